using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// The whole pipeline over the repository's knowledge and the real compiled gazetteer, built once per test run.
/// Tests that use it join the "Real gazetteer" collection so the index is never built twice at the same time.
/// </summary>
public sealed class PipelineFixture
{
    private static readonly Lock Gate = new();
    private static SitrepPipeline? _shared;

    public PipelineFixture(RealGazetteerFixture gazetteer)
    {
        lock (Gate)
        {
            _shared ??= WithEvents(gazetteer, EventLexicon.Load(Path.Combine(gazetteer.RepositoryRoot, "data", "lexicons", "event-triggers.tsv")));
            Pipeline = _shared;
        }
    }

    public SitrepPipeline Pipeline { get; }

    /// <summary>Codes a short report written for a test, published on <paramref name="published"/> (YYYY-MM-DD).</summary>
    public ExtractionResult Code(string text, string published) =>
        Pipeline.Extract(PlainTextReader.Read("test", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A pipeline of the repository's knowledge and the real gazetteer that codes events with <paramref name="events"/>.</summary>
    public static SitrepPipeline WithEvents(RealGazetteerFixture gazetteer, EventLexicon events)
    {
        string data = Path.Combine(gazetteer.RepositoryRoot, "data");
        return new SitrepPipeline(
            StrayCapitalLexicon.Load(Path.Combine(data, "lexicons", "stray-capitals.txt")),
            gazetteer.Gazetteer,
            ActorKnowledgeBase.LoadDirectory(Path.Combine(data, "actors")),
            events);
    }
}
