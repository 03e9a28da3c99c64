namespace Sitrep.Cli;

using System.Globalization;
using System.Text.Json;
using Sitrep.Export;
using Sitrep.Storage;

/// <summary>`sitrep events [filters] [--format]` lists stored events; `sitrep events split EVENT_ID` undoes a merge.</summary>
internal static class EventsCommand
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "split")
        {
            return Split(args[1..]);
        }

        string db = StoreOptions.DefaultDb, format = "table";
        string? country = null, place = null, type = null, actor = null;
        DateOnly? from = null, to = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage.Fail($"events takes options only; '{args[i]}' is not one");
            }

            if (i + 1 >= args.Length)
            {
                return Usage.Fail($"{args[i]} needs a value");
            }

            string value = args[++i];
            switch (args[i - 1])
            {
                case "--db": db = value; break;
                case "--format" or "-f": format = value; break;
                case "--country": country = value; break;
                case "--place": place = value; break;
                case "--type": type = value; break;
                case "--actor": actor = value; break;
                case "--from" or "--to":
                    if (!Arguments.TryDate(args[i - 1], value, out var date, out int exit))
                    {
                        return exit;
                    }

                    if (args[i - 1] == "--from") from = date; else to = date;
                    break;
                default:
                    return Usage.Fail($"unknown option '{args[i - 1]}'");
            }
        }

        if (format is not ("table" or "json" or "csv" or "geojson"))
        {
            return Usage.Fail($"--format '{format}' is not one of table, json, csv, geojson");
        }

        using var store = StoreOptions.Open(db);
        if (store is null)
        {
            return 2;
        }

        var events = store.Events(new EventFilter(country, place, from, to, type, actor));
        ExportCommand.Write(Console.Out, format, events);
        return 0;
    }

    private static int Split(string[] args)
    {
        string db = StoreOptions.DefaultDb;
        long? id = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
            {
                db = args[++i];
            }
            else if (long.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out long n) && id is null)
            {
                id = n;
            }
            else
            {
                return Usage.Fail($"events split takes one EVENT_ID and --db; '{args[i]}' is neither");
            }
        }

        if (id is null)
        {
            return Usage.Fail("events split needs an EVENT_ID");
        }

        using var store = StoreOptions.Open(db);
        if (store is null)
        {
            return 2;
        }

        if (store.Split(id.Value) is not { } outcome)
        {
            Console.Error.WriteLine($"sitrep: event {id} is not merged into another event");
            return 1;
        }

        Console.WriteLine($"event {outcome.RestoredEventId} is its own event again (it had been merged into {outcome.FormerGroupId})");
        return 0;
    }

    /// <summary>One line per event: id, date, type, actors, place, fatalities, reports.</summary>
    public static void WriteTable(TextWriter w, IReadOnlyList<StoredEvent> events)
    {
        w.WriteLine($"{"id",-6} {"date",-10} {"sub_event_type",-36} {"actor1",-28} {"actor2",-28} {"location",-20} {"fat",4} {"rep",3}  merged");
        foreach (var s in events)
        {
            var e = s.Event;
            w.WriteLine($"{s.Id,-6} {EventStore.DateText(e.Date) ?? "?",-10} {Cut(e.SubEventType, 36),-36} {Cut(e.Actor1?.Name, 28),-28} " +
                        $"{Cut(e.Actor2?.Name, 28),-28} {Cut(e.Place?.Name, 20),-20} {e.Fatalities,4} {s.Reports.Count,3}  {string.Join(",", s.MergedEventIds)}");
        }

        w.WriteLine($"{events.Count} event(s)");
    }

    private static string Cut(string? s, int n) => s is null ? "" : s.Length <= n ? s : s[..(n - 1)] + "…";
}
