using Sitrep.Evaluation;
using Sitrep.Places;
using Sitrep.Tests.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// The geoparsing evaluation on ../shared/eval/geoparsing/, run through the library. The floors sit well below the
/// measured figures (docs/gazetteer.md): they catch a regression, they are not a target to tune to.
/// </summary>
[Collection(RealGazetteerGroup.Name)]
public class GeoparseEvaluationTests(RealGazetteerFixture real)
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(["a", "the", "of", "in"]));

    [Theory]
    [InlineData("TR-News.xml", 0.60, 0.55)]
    [InlineData("GeoVirus.xml", 0.75, 0.60)]
    public void Both_halves_of_each_corpus_stay_above_their_floors(string file, double overlapF1Floor, double within161Floor)
    {
        string path = Path.Combine(real.SharedFolder, "eval", "geoparsing", file);
        Assert.True(File.Exists(path), $"{path} is missing: the shared evaluation data must sit beside the repository");
        var articles = GeoparseCorpus.Read(path);
        var evaluation = new GeoparseEvaluation(Analyzer, new ToponymResolver(real.Gazetteer));
        foreach (var half in new[] { CorpusHalf.Tuning, CorpusHalf.HeldOut })
        {
            var scores = evaluation.Score(file, articles, half);
            Assert.True(scores.Articles > 40, $"{half}: only {scores.Articles} articles");
            Assert.True(scores.Overlap.F1 >= overlapF1Floor, $"{file} {half}: overlap F1 {scores.Overlap.F1:P1} < {overlapF1Floor:P0}");
            Assert.True(scores.Within161Km >= within161Floor, $"{file} {half}: within 161 km {scores.Within161Km:P1} < {within161Floor:P0}");
        }
    }

    [Fact]
    public void The_held_out_half_is_fixed_by_the_article_id()
    {
        Assert.Equal(GeoparseCorpus.HalfOf("1040001"), GeoparseCorpus.HalfOf("1040001"));
        var halves = Enumerable.Range(0, 1000).Select(i => GeoparseCorpus.HalfOf("article-" + i)).ToList();
        Assert.InRange(halves.Count(h => h == CorpusHalf.HeldOut), 400, 600);
    }

    [Theory]
    [InlineData("in Pandi, Bulacan", "Pandi", 3, 8, 3)]     // right as given
    [InlineData("in Pandi, Bulacan", "Pandi", 4, 9, 3)]     // counted from one (GeoVirus)
    [InlineData("Pandi and Pandi", "Pandi", 9, 14, 10)]     // the nearest occurrence
    public void A_gold_span_whose_text_is_not_its_phrase_moves_to_the_nearest_occurrence(string text, string name, int start, int end, int expected) =>
        Assert.Equal(new TextSpan(expected, expected + name.Length), GeoparseCorpus.Align(text, name, start, end));
}
