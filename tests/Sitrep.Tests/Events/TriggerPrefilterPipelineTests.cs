using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Export;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

/// <summary>The whole extraction is the same with the trigger prefilter as with every pattern run on every sentence.</summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class TriggerPrefilterPipelineTests(RealGazetteerFixture gazetteer)
{
    [Fact]
    public void Samples_seed_reports_cases_and_plover_sentences_extract_the_same_without_the_prefilter()
    {
        var lexicon = EventLexicon.Load(Path.Combine(gazetteer.RepositoryRoot, "data", "lexicons", "event-triggers.tsv"));
        var filtered = PipelineFixture.WithEvents(gazetteer, lexicon);
        var unfiltered = PipelineFixture.WithEvents(gazetteer, lexicon.WithoutPrefilter());
        int reports = 0, events = 0;
        foreach (var report in Reports())
        {
            var result = filtered.Extract(report);
            Assert.Equal(Json(unfiltered.Extract(report)), Json(result));
            reports++;
            events += result.Coding.Events.Count + result.Coding.Statements.Count;
        }

        Assert.True(reports > 300 && events > 300, $"{reports} reports, {events} events: the inputs are missing");
    }

    private static string Json(ExtractionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExtractionJson.Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IEnumerable<Report> Reports()
    {
        string root = TestPaths.RepoRoot;
        foreach (string line in File.ReadLines(Path.Combine(root, "tests", "Sitrep.Tests", "Events", "Cases", "sub-event-types.tsv")))
        {
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [string published, string sentence, ..])
            {
                yield return PlainTextReader.Read("case", sentence, DateOnly.Parse(published, CultureInfo.InvariantCulture));
            }
        }

        foreach (string file in Directory.GetFiles(Path.Combine(root, "samples"), "*.txt")
                     .Concat(Directory.GetFiles(Path.Combine(TestPaths.SharedFolder, "seed"), "*.txt")).Order(StringComparer.Ordinal))
        {
            yield return PlainTextReader.Read(Path.GetFileName(file), File.ReadAllText(file), null);
        }

        using var plover = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedFolder, "eval", "plover", "PLOVER_GSR_CAMEO.json")));
        foreach (var record in plover.RootElement.EnumerateArray())
        {
            if (record.TryGetProperty("eventText", out var text) && text.GetString() is { Length: > 0 } sentence)
            {
                yield return PlainTextReader.Read("plover", sentence, new DateOnly(2020, 1, 1));
            }
        }
    }
}
