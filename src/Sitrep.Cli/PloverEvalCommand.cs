namespace Sitrep.Cli;

using Sitrep.Evaluation;

/// <summary>`sitrep eval plover FILE`: per-category precision/recall, confusion matrix and actor roles on PLOVER gold.</summary>
internal static class PloverEvalCommand
{
    private static readonly string[] Contentious = ["ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "RETREAT"];

    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage.Fail("eval plover needs one PLOVER gold file (JSON array of records)");
        }

        if (!File.Exists(args[0]))
        {
            Console.Error.WriteLine($"sitrep: {args[0]}: no such file");
            return 1;
        }

        if (Arguments.TryLoadPipeline() is not { } pipeline)
        {
            return 2;
        }

        var scores = new PloverEvaluation(pipeline).Run(args[0]);
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
}
