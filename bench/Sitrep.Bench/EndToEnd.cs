namespace Sitrep.Bench;

using System.Diagnostics;
using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Pipeline;

/// <summary>
/// `e2e`: the whole pipeline over a corpus of at least 10 MB on one core and on all cores, allocation per article,
/// peak memory, a per-stage breakdown, the cold start of the published CLI and the npm peers on the same corpus.
/// </summary>
internal static class EndToEnd
{
    private const double TargetArticlesPerSecond = 1000, TargetColdStartMs = 300, TargetPeakMb = 300;

    public static int Run(string[] args)
    {
        double mb = 10, peerBudget = 60;
        bool peers = true, coldStart = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb" when i + 1 < args.Length: mb = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--peer-budget" when i + 1 < args.Length: peerBudget = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-peers": peers = false; break;
                case "--no-cold-start": coldStart = false; break;
                default: Console.Error.WriteLine($"e2e: unknown argument '{args[i]}'"); return 2;
            }
        }

        var (baseArticles, sources) = Corpus.LoadBase();
        var corpus = Corpus.Repeat(baseArticles, (long)(mb * 1024 * 1024));
        long baseBytes = Corpus.Utf8Bytes(baseArticles), corpusBytes = Corpus.Utf8Bytes(corpus);
        int rounds = baseArticles.Count == 0 ? 0 : corpus.Count / baseArticles.Count;
        Console.WriteLine($"corpus     {corpus.Count:N0} articles, {corpusBytes / 1048576.0:F1} MB ({rounds} x {baseArticles.Count:N0} articles, "
                          + $"{baseBytes / 1048576.0:F2} MB): {string.Join(", ", sources.Select(s => $"{s.Source} {s.Count:N0}"))}");
        Console.WriteLine($"machine    {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

        var load = Stopwatch.StartNew();
        var stages = new Stages();
        Console.WriteLine($"load       knowledge and gazetteer loaded in {load.Elapsed.TotalMilliseconds:F0} ms (bench process, JIT)");
        var pipeline = stages.Pipeline;

        // Warm-up over the base set so tiered JIT has settled before anything is timed.
        RunSequential(pipeline, baseArticles);
        Breakdown(stages, baseArticles.Take(300));
        PrintBreakdown(stages, baseArticles);

        var one = RunSequential(pipeline, corpus);
        Console.WriteLine(Line("one core", one, corpusBytes, corpus.Count));

        // On a shared machine the wall-clock rate falls with the load; the process's CPU time over the same pass
        // (the coding thread, GC and JIT) depends far less on it. The load average says how much other work ran.
        string loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        Console.WriteLine($"cpu        {one.Cpu.TotalSeconds:F1} s of process CPU time for the one-core pass: "
                          + $"{corpus.Count / one.Cpu.TotalSeconds:N0} articles per CPU second (load average {loadAverage})");
        Console.WriteLine($"alloc      {one.AllocatedBytes / (double)corpus.Count / 1024:F0} KB per article ({one.AllocatedBytes / (double)corpusBytes:F1} bytes allocated per input byte)");
        var all = RunParallel(pipeline, corpus);
        Console.WriteLine(Line($"all cores ({Environment.ProcessorCount})", all, corpusBytes, corpus.Count)
                          + $", {one.Elapsed / all.Elapsed:F2}x one core");
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine($"peak       {peakMb:F0} MB working set (bench process: knowledge, corpus and all results in flight)");
        if (one.Failures + all.Failures > 0)
        {
            Console.WriteLine($"FAILURES   {one.Failures + all.Failures} articles threw; first: {one.FirstError ?? all.FirstError}");
        }

        double? coldMs = coldStart ? ColdStart.Measure() : null;
        PeerResult? peer = peers ? Peers.Run(baseArticles, rounds, peerBudget) : null;

        double oneRate = corpus.Count / one.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("targets");
        Console.WriteLine(Target("articles/s on one core", oneRate, TargetArticlesPerSecond, higherIsBetter: true, "F0"));
        if (coldMs is { } c)
        {
            Console.WriteLine(Target("cold start of ./sitrep extract, ms", c, TargetColdStartMs, higherIsBetter: false, "F0"));
        }

        Console.WriteLine(Target("peak memory, MB", peakMb, TargetPeakMb, higherIsBetter: false, "F0"));
        if (peer is not null)
        {
            double sitrepMbps = corpusBytes / 1048576.0 / one.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine("peers (one core each, same corpus; ratio > 1 means Sitrep is faster)");
            foreach (var p in peer.Tools)
            {
                double mbps = p.Bytes / 1048576.0 / p.Seconds, rate = p.Articles / p.Seconds;
                Console.WriteLine($"  {p.Name,-34} {rate,9:N0} articles/s {mbps,7:F2} MB/s over {p.Articles:N0} articles   "
                                  + $"Sitrep/peer {oneRate / rate:F2}");
            }

            Console.WriteLine($"  {"sitrep (whole pipeline)",-34} {oneRate,9:N0} articles/s {sitrepMbps,7:F2} MB/s");
        }

        return one.Failures + all.Failures == 0 ? 0 : 1;
    }

    private sealed record Pass(TimeSpan Elapsed, long AllocatedBytes, int Events, int Failures, string? FirstError)
    {
        /// <summary>CPU time of the whole process over the pass (all its threads).</summary>
        public TimeSpan Cpu { get; init; }
    }

    private static Pass RunSequential(SitrepPipeline pipeline, List<Article> articles)
    {
        int events = 0, failures = 0;
        string? firstError = null;
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            try
            {
                var report = PlainTextReader.Read(article.Name, article.Text, article.Published);
                events += pipeline.Extract(report).Coding.Events.Count;
            }
            catch (Exception e)
            {
                failures++;
                firstError ??= $"{article.Name}: {e.GetType().Name}: {e.Message}";
            }
        }

        watch.Stop();
        return new Pass(watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, events, failures, firstError)
        {
            Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu,
        };
    }

    private static Pass RunParallel(SitrepPipeline pipeline, List<Article> articles)
    {
        int events = 0, failures = 0;
        string? firstError = null;
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(articles, article =>
        {
            try
            {
                var report = PlainTextReader.Read(article.Name, article.Text, article.Published);
                Interlocked.Add(ref events, pipeline.Extract(report).Coding.Events.Count);
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstError, $"{article.Name}: {e.GetType().Name}: {e.Message}", null);
            }
        });
        watch.Stop();
        return new Pass(watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, events, failures, firstError);
    }

    private static long[] Breakdown(Stages stages, IEnumerable<Article> articles)
    {
        var ticks = new long[Stages.Names.Length];
        foreach (var article in articles)
        {
            stages.RunTimed(PlainTextReader.Read(article.Name, article.Text, article.Published), ticks);
        }

        return ticks;
    }

    private static void PrintBreakdown(Stages stages, List<Article> articles)
    {
        var ticks = Breakdown(stages, articles);
        double total = ticks.Sum();
        var parts = Stages.Names.Select((name, i) => (name, ms: ticks[i] * 1000.0 / Stopwatch.Frequency, share: ticks[i] / total))
            .OrderByDescending(p => p.ms);
        Console.WriteLine($"stages     one pass over the base set, {total * 1000 / Stopwatch.Frequency:F0} ms: "
                          + string.Join(", ", parts.Select(p => $"{p.name} {p.ms:F0} ms ({p.share:P0})")));
    }

    private static string Line(string label, Pass pass, long bytes, int articles) =>
        $"{label,-10} {articles / pass.Elapsed.TotalSeconds:N0} articles/s, {bytes / 1048576.0 / pass.Elapsed.TotalSeconds:F2} MB/s "
        + $"({pass.Elapsed.TotalSeconds:F1} s, {pass.Events:N0} events)";

    private static string Target(string what, double value, double target, bool higherIsBetter, string format)
    {
        bool met = higherIsBetter ? value >= target : value <= target;
        return $"  {what,-36} {value.ToString(format, CultureInfo.InvariantCulture),8}   target {(higherIsBetter ? ">=" : "<=")} "
               + $"{target.ToString(format, CultureInfo.InvariantCulture),-6} {(met ? "met" : "NOT MET")}";
    }
}
