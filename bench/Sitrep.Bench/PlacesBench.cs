namespace Sitrep.Bench;

using System.Diagnostics;
using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Knowledge;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// `places [--rounds N] [--no-peers] CORPUS...`: the place stage alone (text analysis, then toponym recognition and resolution) on
/// one thread over geoparsing corpora such as TR-News and GeoVirus, after an untimed warm-up. Prints docs/s for the two halves of the stage and for the whole, against the
/// 5,000 docs/s target of issue 3, each the median of the timed rounds, and the ratio to compromise (npm) on the same
/// articles in the same run (`--no-peers` leaves it out).
/// </summary>
internal static class PlacesBench
{
    private const double TargetDocsPerSecond = 5000;

    public static int Run(string[] args)
    {
        int rounds = 15;
        bool peers = true;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length)
            {
                if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)
                {
                    Console.Error.WriteLine($"places: --rounds needs a whole number of at least 1, not '{args[i]}'");
                    return 2;
                }
            }
            else if (args[i] == "--no-peers")
            {
                peers = false;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("places needs at least one geoparsing corpus (../shared/eval/geoparsing/TR-News.xml, GeoVirus.xml)");
            return 2;
        }

        string data = DataDirectory.Locate();
        var analyzer = new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(data, "lexicons", "stray-capitals.txt")));
        var resolver = new ToponymResolver(Gazetteer.Load(DataDirectory.CompiledGazetteer(data)));

        var corpora = new List<(string Name, List<string> Texts)>();
        foreach (string file in files)
        {
            try
            {
                corpora.Add((Path.GetFileNameWithoutExtension(file), GeoparseCorpus.Read(file).Select(a => a.Text).ToList()));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"places: {e.Message}");
                return 1;
            }
        }

        // Warm-up until the JIT has tiered the hot paths up (it compiles them in the background after their first
        // calls; on two cores that takes seconds), so the figures are the steady rate and not the JIT's.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var (_, texts) in corpora)
            {
                RunRound(analyzer, resolver, texts, out _, out _);
            }
        }

        Console.WriteLine($"{"corpus",-12} {"docs",5} {"chars/doc",9} {"text docs/s",12} {"resolve docs/s",15} {"stage docs/s",13} {"target",7} {"peer docs/s",12} {"Sitrep/peer",11}");
        foreach (var (name, texts) in corpora)
        {
            var text = new List<double>();
            var resolve = new List<double>();
            var stage = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                RunRound(analyzer, resolver, texts, out long a, out long r);
                text.Add(Rate(texts.Count, a));
                resolve.Add(Rate(texts.Count, r));
                stage.Add(Rate(texts.Count, a + r));
            }

            // The peer in the same run on the same articles: compromise's places() and people(), the nearest npm
            // counterpart of recognising place names (it resolves none of them to coordinates).
            var peer = peers ? Peers.Run([.. texts.Select((t, i) => new Article($"{name}-{i}", t, null))], rounds: 5, budgetSeconds: 15)
                ?.Tools.FirstOrDefault(t => t.Name.StartsWith("compromise", StringComparison.Ordinal)) : null;
            double? peerRate = peer is null ? null : peer.Articles / peer.Seconds;

            // Medians of the rounds, so a round slowed by another process on the machine does not move the figure.
            Console.WriteLine($"{name,-12} {texts.Count,5} {texts.Average(t => t.Length),9:F0} "
                              + $"{Medians.Of(text),12:F0} {Medians.Of(resolve),15:F0} {Medians.Of(stage),13:F0} {Medians.Of(stage) / TargetDocsPerSecond,6:F2}x "
                              + (peerRate is { } pr ? $"{pr,12:F0} {Medians.Of(stage) / pr,10:F1}x" : $"{"-",12} {"-",11}"));
        }

        return 0;
    }

    private static double Rate(int docs, long ticks) => docs / ((double)ticks / Stopwatch.Frequency);

    private static void RunRound(TextAnalyzer analyzer, ToponymResolver resolver, List<string> texts, out long analyzeTicks, out long resolveTicks)
    {
        analyzeTicks = 0;
        resolveTicks = 0;
        foreach (string text in texts)
        {
            long t0 = Stopwatch.GetTimestamp();
            var document = analyzer.Analyze(text);
            long t1 = Stopwatch.GetTimestamp();
            resolver.Resolve(document, null);
            long t2 = Stopwatch.GetTimestamp();
            analyzeTicks += t1 - t0;
            resolveTicks += t2 - t1;
        }
    }
}
