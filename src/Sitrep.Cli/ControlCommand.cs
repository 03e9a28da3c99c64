namespace Sitrep.Cli;

using Sitrep.Storage;

/// <summary>`sitrep control PLACE [--on DATE]`: who held a place and since when, with the evidence.</summary>
internal static class ControlCommand
{
    public static int Run(string[] args)
    {
        string db = StoreOptions.DefaultDb;
        string? place = null;
        DateOnly? on = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--on" when i + 1 < args.Length:
                    if (!Arguments.TryDate("--on", args[++i], out var date, out int exit))
                    {
                        return exit;
                    }

                    on = date;
                    break;
                case "--db" or "--on":
                    return Usage.Fail($"{args[i]} needs a value");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Usage.Fail($"unknown option '{option}'");
                default:
                    place = place is null ? args[i] : place + " " + args[i];
                    break;
            }
        }

        if (place is null)
        {
            return Usage.Fail("control needs a PLACE");
        }

        using var store = StoreOptions.Open(db);
        if (store is null)
        {
            return 2;
        }

        var answer = ControlTimeline.Query(store, place, on);
        string when = on is { } d ? $"on {EventStore.DateText(d)}" : "at the latest report";
        if (answer.Holder is null)
        {
            Console.WriteLine(answer.Timeline.Count == 0
                ? $"{place}: no control changes stored"
                : $"{place}: no control change known {when}");
            return 0;
        }

        Console.WriteLine($"{answer.Place} {when}: held by {answer.Holder} since {EventStore.DateText(answer.Since)}");
        Console.WriteLine("Evidence:");
        foreach (var e in answer.Evidence)
        {
            Console.WriteLine($"  {EventStore.DateText(e.On)}  {e.From ?? "?"} -> {e.To ?? "?"}  event {e.EventId}  {e.ReportSource} [{e.Start}..{e.End}] \"{e.EvidenceText}\"");
        }

        Console.WriteLine("Timeline:");
        foreach (var e in answer.Timeline)
        {
            Console.WriteLine($"  {EventStore.DateText(e.On)}  {e.From ?? "?"} -> {e.To ?? "?"}  ({e.ReportSource})");
        }

        return 0;
    }
}
