namespace Sitrep.Cli;

using Sitrep.Evaluation;

/// <summary>
/// `sitrep eval acled FILE [--errors] [--place-errors]`: agreement with ACLED's own coding of the same notes; the options
/// list the tuning part's actor misses and its places more than 50 km off.
/// </summary>
internal static class AcledEvalCommand
{
    public static int Run(string[] args)
    {
        bool errors = args.Contains("--errors");
        bool placeErrors = args.Contains("--place-errors");
        var files = args.Where(a => a is not ("--errors" or "--place-errors")).ToList();
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } bad)
        {
            return Usage.Fail($"unknown option '{bad}'");
        }

        if (files.Count != 1)
        {
            return Usage.Fail("eval acled needs one ACLED CSV file (with a notes column)");
        }

        if (!File.Exists(files[0]))
        {
            Console.Error.WriteLine($"sitrep: {files[0]}: no such file");
            return 1;
        }

        if (Arguments.TryLoadPipeline() is not { } pipeline)
        {
            return 2;
        }

        // Misses are listed for the tuning part only: the held-out part is never read while tuning.
        Action<AcledActorMiss>? onMiss = errors
            ? m => Console.WriteLine($"{m.EventId}  gold: {m.GoldActor1} | {m.GoldActor2}  coded: {m.Actor1 ?? "-"} | {m.Actor2 ?? "-"}\n    {m.Notes}")
            : null;
        Action<AcledPlaceMiss>? onPlaceMiss = placeErrors
            ? m => Console.WriteLine($"{m.EventId}  gold: {m.GoldLocation} ({m.GoldTownship})  coded: {m.Place ?? "-"}{(m.Km is { } km ? $" {km:F0} km" : "")}\n    {m.Notes}")
            : null;
        IReadOnlyList<AcledScore> scores;
        try
        {
            scores = new AcledEvaluation(pipeline).Run(files[0], onMiss, onPlaceMiss);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 1;
        }

        Console.WriteLine($"{"part",-9} {"records",7} {"event",6} {"type",6} {"sub",6} {"date",6} {"fatal",6} {"actors",7} {"actor1",7} {"≤10km",6} {"≤50km",6} {"≤161km",7}  place: {"location",8} {"township",8} {"other",6} {"none",5}  {"notes/s",7}");
        foreach (var s in scores)
        {
            string P(int n) => $"{AcledScore.Percent(n, s.Records),5:F1}%";
            Console.WriteLine($"{s.Part,-9} {s.Records,7} {P(s.WithEvent)} {P(s.EventType)} {P(s.SubEventType)} {P(s.Date)} {P(s.Fatalities)} {P(s.BothActors),7} {P(s.Actor1),7} "
                              + $"{P(s.Within10Km)} {P(s.Within50Km)} {P(s.Within161Km),7}         {P(s.PlaceIsLocation),8} {P(s.PlaceIsTownship),8} {P(s.PlaceOther),6} {P(s.PlaceNone),5}  {s.Records / Math.Max(s.Seconds, 1e-9),7:F0}");
        }

        Console.WriteLine("All percentages are of the records in the part. 'actors': every ACLED actor is among Sitrep's actor1/actor2 (either order).");
        return 0;
    }
}
