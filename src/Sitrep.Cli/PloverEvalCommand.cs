namespace Sitrep.Cli;

using Sitrep.Evaluation;

/// <summary>`sitrep eval plover FILE [--errors]`: per-category precision/recall, confusion matrix and actor roles on PLOVER gold.</summary>
internal static class PloverEvalCommand
{
    private static readonly string[] Contentious = ["ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "RETREAT"];

    public static int Run(string[] args)
    {
        bool errors = args.Contains("--errors");
        var files = args.Where(a => a != "--errors").ToList();
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } bad)
        {
            return Usage.Fail($"unknown option '{bad}'");
        }

        if (files.Count != 1)
        {
            return Usage.Fail("eval plover needs one PLOVER gold file (JSON array of records)");
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
        Action<PloverMiss>? onMiss = errors
            ? m => Console.WriteLine($"{m.Id}  missed: {Missed(m)}  gold: {m.GoldCategory} {m.GoldSource} -> {m.GoldTarget}  coded: {m.Category} {m.Source ?? "-"} -> {m.Target ?? "-"}\n    {m.Text}")
            : null;
        IReadOnlyList<PloverScore> scores;
        try
        {
            scores = new PloverEvaluation(pipeline).Run(files[0], onMiss);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 1;
        }

        foreach (var s in scores)
        {
            Console.WriteLine($"== {s.Part}: {s.Sentences} sentences");
            Console.WriteLine($"{"category",-12} {"precision",9} {"recall",7} {"gold",5} {"coded",6}");
            foreach (string c in Contentious.Concat(s.Categories.Keys.Except(Contentious).Where(k => k != "NONE").Order()))
            {
                var (tp, predicted, gold) = s.Categories.GetValueOrDefault(c);
                string p = predicted == 0 ? "-" : $"{100.0 * tp / predicted:F1}%";
                string r = gold == 0 ? "-" : $"{100.0 * tp / gold:F1}%";
                Console.WriteLine($"{c,-12} {p,9} {r,7} {gold,5} {predicted,6}");
            }

            Console.WriteLine($"source actor found as actor1: {s.SourcesInRole}/{s.SourcesGold}; target as actor2: {s.TargetsInRole}/{s.TargetsGold}; "
                              + $"REJECT/DEMAND/DISAPPROVE coded as violence: {s.VerbalAsViolence}");
        }

        var all = scores[^1];
        Console.WriteLine("== confusion (all; rows gold, columns coded; only non-zero cells)");
        foreach (var group in all.Confusion.OrderBy(c => c.Key.Gold).GroupBy(c => c.Key.Gold))
        {
            Console.WriteLine($"{group.Key,-12} " + string.Join("  ", group.OrderByDescending(c => c.Value).Select(c => $"{c.Key.Predicted}:{c.Value}")));
        }

        return 0;
    }

    private static string Missed(PloverMiss m) => string.Join(",", new[]
    {
        m.GoldCategory != m.Category ? "category" : null,
        m.SourceFound ? null : "source",
        m.TargetFound ? null : "target",
        m.VerbalAsViolence ? "violence event" : null,
    }.OfType<string>());
}
