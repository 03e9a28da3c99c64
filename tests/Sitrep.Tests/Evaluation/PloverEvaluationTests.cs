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
    public void Every_acled_sub_event_type_but_other_has_a_plover_category()
    {
        foreach (string subEventType in AcledTaxonomy.SubEventTypes.Keys.Where(s => s != "Other" && s != "Change to group/activity"))
        {
            Assert.NotNull(PloverMapping.For(subEventType));
        }
    }
}
