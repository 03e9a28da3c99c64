namespace Sitrep.Bench;

using System.Diagnostics;
using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Knowledge;
using Sitrep.Places;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// The pipeline's stages built one by one from the repository's knowledge, so each can be timed alone. The order
/// and inputs mirror <see cref="SitrepPipeline.Extract"/>; the whole pipeline is also built for comparison.
/// </summary>
internal sealed class Stages
{
    public Stages()
    {
        string data = DataDirectory.Locate();
        Gazetteer = Gazetteer.Load(DataDirectory.CompiledGazetteer(data));
        var strayCapitals = StrayCapitalLexicon.Load(Path.Combine(data, "lexicons", "stray-capitals.txt"));
        var actors = ActorKnowledgeBase.LoadDirectory(Path.Combine(data, "actors"));
        var events = EventLexicon.Load(Path.Combine(data, "lexicons", "event-triggers.tsv"));
        Text = new TextAnalyzer(strayCapitals);
        Places = new ToponymResolver(Gazetteer);
        Actors = new ActorResolver(actors);
        Dates = new TemporalResolver();
        Quantities = new QuantityRecognizer();
        Events = new EventCoder(events);
        Pipeline = new SitrepPipeline(strayCapitals, Gazetteer, actors, events);
    }

    public Gazetteer Gazetteer { get; }
    public TextAnalyzer Text { get; }
    public ToponymResolver Places { get; }
    public ActorResolver Actors { get; }
    public TemporalResolver Dates { get; }
    public QuantityRecognizer Quantities { get; }
    public EventCoder Events { get; }
    public SitrepPipeline Pipeline { get; }

    public static readonly string[] Names = ["Text", "Places", "Actors", "Dates", "Quantities", "Events"];

    /// <summary>Runs the stages on one report, adding each stage's elapsed ticks to <paramref name="ticks"/>.</summary>
    public EventCoding RunTimed(Report report, long[] ticks)
    {
        long t0 = Stopwatch.GetTimestamp();
        var document = Text.Analyze(report.Text, report.BodyStart);
        long t1 = Stopwatch.GetTimestamp();
        var places = Places.Resolve(document, report.Dateline);
        string? focus = ToponymResolver.CountryFocus(places);
        long t2 = Stopwatch.GetTimestamp();
        var actors = Actors.Resolve(document, focus, report.Published);
        long t3 = Stopwatch.GetTimestamp();
        var dates = Dates.Resolve(document, report.Published);
        long t4 = Stopwatch.GetTimestamp();
        var quantities = Quantities.Recognize(document, dates.Select(d => d.Span).ToList());
        long t5 = Stopwatch.GetTimestamp();
        var coding = Events.Code(EventInputFor(report, document, places, focus, actors, dates, quantities));
        long t6 = Stopwatch.GetTimestamp();
        ticks[0] += t1 - t0;
        ticks[1] += t2 - t1;
        ticks[2] += t3 - t2;
        ticks[3] += t4 - t3;
        ticks[4] += t5 - t4;
        ticks[5] += t6 - t5;
        return coding;
    }

    public EventInput EventInputFor(Report report, Document document, IReadOnlyList<PlaceMention> places, string? focus,
        ActorResolution actors, IReadOnlyList<DateMention> dates, IReadOnlyList<QuantityMention> quantities) =>
        new(document, report.Published, report.Dateline?.Agency, places, actors.Actors, actors.People, dates, quantities, focus,
            code => Gazetteer.Country(code)?.Name);
}
