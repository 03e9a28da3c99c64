using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

/// <summary>A trigger pattern that backtracks catastrophically times out on its sentence; it never escapes the pipeline.</summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class TriggerTimeoutTests(RealGazetteerFixture gazetteer)
{
    [Fact]
    public async Task A_catastrophic_trigger_pattern_skips_its_sentence_with_a_warning_and_the_rest_is_coded()
    {
        string lexicon = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(lexicon,
            [
                "# a pattern written badly on purpose: nested quantifiers",
                "bad\tShelling/artillery/missile attack\t-\t(a+)+b",
                "shelling\tShelling/artillery/missile attack\t-\t\\bshelled\\b",
            ]);
            var pipeline = PipelineFixture.WithEvents(gazetteer, EventLexicon.Load(lexicon));
            string text = "Rebels shelled Lashio on Friday, residents said.\n\n" + new string('a', 400) + "c.";
            var work = Task.Run(() => pipeline.Extract(PlainTextReader.Read("timeout.txt", text, new DateOnly(2024, 3, 2))));
            var result = await work.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Contains(result.Warnings, w => w.Contains("a pattern took too long", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(lexicon);
        }
    }
}
