namespace Sitrep.Cli;

using Sitrep.Evaluation;
using Sitrep.Knowledge;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// `sitrep eval geoparse FILE... [--errors] [--country-ceiling]`: runs the Places stage over TR-News / GeoVirus XML and
/// prints recognition, resolution and speed for each corpus, its tuning half and its held-out half; with
/// --country-ceiling also the bound that the corpora's own country points set on "within 161 km".
/// </summary>
internal static class EvalGeoparseCommand
{
    public static int Run(string[] args)
    {
        bool errors = args.Contains("--errors");
        bool ceiling = args.Contains("--country-ceiling");
        var files = args.Where(a => a is not ("--errors" or "--country-ceiling")).ToList();
        if (files.Count == 0 || files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } bad)
        {
            return Usage.Fail(files.Count == 0 ? "eval geoparse needs at least one corpus FILE (TR-News.xml, GeoVirus.xml)" : $"unknown option '{files.First(f => f.StartsWith("--", StringComparison.Ordinal))}'");
        }

        GeoparseEvaluation evaluation;
        Gazetteer gazetteer;
        try
        {
            string data = DataDirectory.Locate();
            var analyzer = new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(data, "lexicons", "stray-capitals.txt")));
            gazetteer = Gazetteer.Load(DataDirectory.CompiledGazetteer(data));
            evaluation = new GeoparseEvaluation(analyzer, new ToponymResolver(gazetteer));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 2;
        }

        var rows = new List<GeoparseScores>();
        var corpora = new List<(string, IReadOnlyList<GeoparseArticle>)>();
        int failures = 0;
        foreach (string file in files)
        {
            IReadOnlyList<GeoparseArticle> articles;
            try
            {
                articles = GeoparseCorpus.Read(file);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                failures++;
                continue;
            }

            string corpus = Path.GetFileNameWithoutExtension(file);
            corpora.Add((corpus, articles));
            if (errors)
            {
                // Errors are listed for the tuning half only: the held-out half is never read while tuning.
                foreach (var article in articles.Where(a => GeoparseCorpus.HalfOf(a.Id) == CorpusHalf.Tuning))
                {
                    foreach (string error in evaluation.Errors(article))
                    {
                        Console.WriteLine($"{corpus} {article.Id}  {error}");
                    }
                }
            }

            rows.Add(evaluation.Score(corpus, articles, CorpusHalf.Tuning));
            rows.Add(evaluation.Score(corpus, articles, CorpusHalf.HeldOut));
            rows.Add(evaluation.Score(corpus, articles, null));
        }

        Print(rows);
        if (ceiling)
        {
            PrintCeiling(CountryPointCeiling.Compute(gazetteer, corpora));
        }

        return failures == 0 ? 0 : 1;
    }

    private static void PrintCeiling(IReadOnlyList<CountryCeilingRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine("Country-point ceiling: for each country, the gold point within 161 km of most of its mentions in all the corpora");
        Console.WriteLine("given (chosen with hindsight); mentions still farther cap 'within 161 km' even with every other toponym right.");
        Console.WriteLine($"{"corpus",-10} {"half",-8} {"located",7} {"country",7} {"too far",7} {"ceiling",7}");
        foreach (var r in rows)
        {
            Console.WriteLine($"{r.Corpus,-10} {r.Half,-8} {r.Located,7} {r.CountryMentions,7} {r.Unreachable,7} {P(r.Ceiling),7}");
        }
    }

    private static void Print(List<GeoparseScores> rows)
    {
        Console.WriteLine("Recognition: exact = same start and end as the gold span; overlap = sharing a character. Resolution: gold toponyms");
        Console.WriteLine("recognised by overlap, within 161 km of the gold point; id = exact GeoNames id where the gold gives one.");
        Console.WriteLine($"{"corpus",-10} {"half",-8} {"docs",5} {"gold",5} {"found",5}  {"P ex",5} {"R ex",5} {"F1 ex",5}  {"P ov",5} {"R ov",5} {"F1 ov",5}  {"located",7} {"≤161km",6}  {"id",5}  {"docs/s",7}");
        foreach (var r in rows)
        {
            Console.WriteLine($"{r.Corpus,-10} {r.Half,-8} {r.Articles,5} {r.Gold,5} {r.Predicted,5}  {P(r.Exact.Precision)} {P(r.Exact.Recall)} {P(r.Exact.F1)}  "
                              + $"{P(r.Overlap.Precision)} {P(r.Overlap.Recall)} {P(r.Overlap.F1)}  {r.Located,7} {P(r.Within161Km),6}  "
                              + $"{(r.ExactId is { } id ? P(id) : "    -")}  {r.DocsPerSecond,7:F0}");
        }
    }

    private static string P(double ratio) => $"{100 * ratio,5:F1}";
}
