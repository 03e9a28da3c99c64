using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Evaluation;

/// <summary>The PLOVER evaluation's bookkeeping, on ../shared/eval/plover/, and the ACLED → PLOVER mapping.</summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class PloverEvaluationTests(RealGazetteerFixture gazetteer)
{
    [Fact]
    public void Every_gold_sentence_is_scored_once_and_the_parts_add_up()
    {
        string path = Path.Combine(gazetteer.SharedFolder, "eval", "plover", "PLOVER_GSR_CAMEO.json");
        var scores = new PloverEvaluation(new PipelineFixture(gazetteer).Pipeline).Run(path);
        Assert.Equal(322, scores[^1].Sentences);
        Assert.Equal(scores[^1].Sentences, scores[0].Sentences + scores[1].Sentences);
        Assert.Equal(322, scores[^1].Categories.Values.Sum(c => c.Gold));
        Assert.Equal(322, scores[^1].Confusion.Values.Sum());
        Assert.True(scores[1].Sentences is > 80 and < 140, $"held-out part has {scores[1].Sentences} sentences");
    }

    [Fact]
    public void Verbal_sentences_do_not_become_violence_and_threats_and_sources_are_found()
    {
        // Floors well below the measured figures (docs/plover.md): they catch regressions, not tune to the data.
        string path = Path.Combine(gazetteer.SharedFolder, "eval", "plover", "PLOVER_GSR_CAMEO.json");
        var tuning = new PloverEvaluation(new PipelineFixture(gazetteer).Pipeline).Run(path)[0];
        Assert.Equal(0, tuning.VerbalAsViolence);
        var (threatsFound, _, threats) = tuning.Categories["THREATEN"];
        Assert.True(threatsFound >= threats * 0.7, $"THREATEN recall {threatsFound}/{threats}");
        Assert.True(tuning.SourcesInRole >= tuning.SourcesGold * 0.7, $"sources in role {tuning.SourcesInRole}/{tuning.SourcesGold}");
        Assert.True(tuning.TargetsInRole >= tuning.TargetsGold * 0.55, $"targets in role {tuning.TargetsInRole}/{tuning.TargetsGold}");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"records\": []}")]
    [InlineData("[{\"id\": \"x\", \"text\": \"A record without its event.\"}]")]
    public void A_file_that_is_not_plover_records_is_an_error_naming_it(string content)
    {
        using var folder = new TempFolder("sitrep-plover-");
        string path = folder.Write("gold.json", content);
        var error = Assert.Throws<InvalidDataException>(() => new PloverEvaluation(new PipelineFixture(gazetteer).Pipeline).Run(path));
        Assert.StartsWith(path + ": not a JSON array of PLOVER records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_acled_sub_event_type_but_other_has_a_plover_category()
    {
        foreach (string subEventType in AcledTaxonomy.SubEventTypes.Keys.Where(s => s != "Other" && s != "Change to group/activity"))
        {
            Assert.NotNull(PloverMapping.For(subEventType));
        }
    }
}
