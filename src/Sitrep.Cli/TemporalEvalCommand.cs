using System.Diagnostics;
using System.Globalization;
using Sitrep.Dates;
using Sitrep.Evaluation;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>
/// `sitrep eval temporal DIR [--peer chrono] [--seconds S]`: scores the Dates stage against TimeML (TimeBank 1.2), per
/// half of the corpus, with its speed. `sitrep bench temporal DIR [--peer chrono] [--seconds S]`: the speed alone.
/// </summary>
internal static class TemporalEvalCommand
{
    private sealed record Options(string Directory, bool Chrono, double Seconds);

    private sealed record SystemRow(string Name, TimeBankResult Result, TemporalSpeed.Rate Speed);

    public static int Eval(string[] args) => Run(args, scoring: true, defaultSeconds: 2);

    public static int Bench(string[] args) => args.FirstOrDefault() == "temporal"
        ? Run(args[1..], scoring: false, defaultSeconds: 5)
        : Usage.Fail("bench needs a stage: 'temporal'");

    private static int Run(string[] args, bool scoring, double defaultSeconds)
    {
        var options = Parse(args, defaultSeconds, out string? problem);
        if (options is null)
        {
            return Usage.Fail(problem!);
        }

        IReadOnlyList<TimeBankEntry> entries;
        try
        {
            entries = TimeBankEvaluation.Load(options.Directory, new TextAnalyzer(new StrayCapitalLexicon([])));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 2;
        }

        if (entries.Count == 0)
        {
            Console.Error.WriteLine($"sitrep: {options.Directory}: no .tml files");
            return 2;
        }

        var resolver = new TemporalResolver();
        var rows = new List<SystemRow>
        {
            new("Sitrep", TimeBankEvaluation.Evaluate(entries, e => TimeBankEvaluation.Sitrep(resolver, e)),
                TemporalSpeed.Measure(resolver, entries, options.Seconds)),
        };
        if (options.Chrono)
        {
            var peer = ChronoPeer.Run(entries, options.Seconds, out string? error);
            if (peer is null)
            {
                Console.Error.WriteLine($"sitrep: chrono-node: {error}");
                return 2;
            }

            rows.Add(new($"chrono-node {peer.Version}", TimeBankEvaluation.Evaluate(entries, e => peer.Mentions[e.Gold.Name]), peer.Speed));
        }

        int sentences = entries.Sum(e => e.Analyzed.Sentences.Count);
        Console.WriteLine($"TimeBank: {entries.Count} documents ({entries.Count(e => !e.HeldOut)} tuning, {entries.Count(e => e.HeldOut)} held out), "
                          + $"{sentences:N0} sentences; speed over {options.Seconds:0.#} s of repeated passes");
        if (scoring)
        {
            PrintScores(rows);
        }

        PrintSpeed(rows);
        return 0;
    }

    private static Options? Parse(string[] args, double seconds, out string? problem)
    {
        string? directory = null;
        bool chrono = false;
        problem = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--peer" when i + 1 < args.Length && args[i + 1] == "chrono":
                    chrono = true;
                    i++;
                    break;
                case "--peer":
                    problem = "--peer needs 'chrono'";
                    return null;
                case "--seconds" when i + 1 < args.Length
                                      && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seconds) && seconds > 0:
                    i++;
                    break;
                case "--seconds":
                    problem = "--seconds needs a positive number";
                    return null;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option '{option}'";
                    return null;
                default:
                    directory ??= args[i];
                    break;
            }
        }

        if (directory is null || !Directory.Exists(directory))
        {
            problem = directory is null ? "temporal needs DIR, a folder of TimeML (.tml) files" : $"{directory}: no such folder";
            return null;
        }

        return new Options(directory, chrono, seconds);
    }

    private static void PrintScores(List<SystemRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{"system",-20} {"half",-9} {"docs",4} {"gold",5} {"span P",6} {"span R",6} {"span F1",7}  "
                          + $"{"valued",6} {"recog",5} {"right",5} {"acc/recog",9} {"acc/all",7}");
        foreach (var row in rows)
        {
            foreach (var (half, s) in new[] { ("tuning", row.Result.Tuning), ("held-out", row.Result.HeldOut), ("all", row.Result.All) })
            {
                Console.WriteLine($"{row.Name,-20} {half,-9} {s.Documents,4} {s.GoldSpans,5} {s.SpanPrecision,6:P1} {s.SpanRecall,6:P1} {s.SpanF1,7:P1}  "
                                  + $"{s.GoldValued,6} {s.GoldValuedRecognised,5} {s.GoldValuedCorrect,5} {s.AccuracyOnRecognised,9:P1} {s.AccuracyOnAll,7:P1}");
            }
        }

        if (rows.Count == 2)
        {
            var (a, b) = (rows[0].Result, rows[1].Result);
            Console.WriteLine($"accuracy on all valued gold, Sitrep - chrono-node: tuning {Points(a.Tuning, b.Tuning)}, "
                              + $"held-out {Points(a.HeldOut, b.HeldOut)}");
        }
    }

    private static string Points(TemporalScore a, TemporalScore b) =>
        $"{(a.AccuracyOnAll - b.AccuracyOnAll) * 100:+0.0;-0.0} points";

    private static void PrintSpeed(List<SystemRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{"system",-20} {"docs/s",10} {"sentences/s",12} {"(wall clock)",14}");
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Name,-20} {row.Speed.DocumentsPerSecond,10:N0} {row.Speed.SentencesPerSecond,12:N0} {row.Speed.WallSentencesPerSecond,14:N0}");
        }

        Console.WriteLine("(per CPU-second of one thread; the wall-clock rate also counts time lost to other processes)");

        if (rows.Count == 2 && rows[1].Speed.SentencesPerSecond > 0)
        {
            Console.WriteLine($"Sitrep / chrono-node speed: {rows[0].Speed.SentencesPerSecond / rows[1].Speed.SentencesPerSecond:0.0}x");
        }
    }
}

/// <summary>
/// Times the Dates stage alone over already analysed documents: two seconds of warm-up, then whole passes on one thread. Rates
/// are per second of the process's CPU time (one core's worth of work, whatever else the machine is running) and per
/// second of wall-clock time.
/// </summary>
internal static class TemporalSpeed
{
    public const double WarmUpSeconds = 2;

    public sealed record Rate(double DocumentsPerSecond, double SentencesPerSecond, double WallSentencesPerSecond);

    public static Rate Measure(TemporalResolver resolver, IReadOnlyList<TimeBankEntry> entries, double seconds)
    {
        int sentences = entries.Sum(e => e.Analyzed.Sentences.Count);
        // Warm-up long enough for tiered compilation to replace the first code with optimised code.
        int sink = 0;
        for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < WarmUpSeconds;)
        {
            sink += Pass(resolver, entries);
        }

        long passes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        do
        {
            sink += Pass(resolver, entries);
            passes++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);

        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        GC.KeepAlive(sink);
        return new Rate(passes * entries.Count / cpu, passes * sentences / cpu, passes * sentences / wall);
    }

    private static int Pass(TemporalResolver resolver, IReadOnlyList<TimeBankEntry> entries)
    {
        int found = 0;
        foreach (var entry in entries)
        {
            found += resolver.Resolve(entry.Analyzed, entry.Gold.CreationDate).Count;
        }

        return found;
    }
}
