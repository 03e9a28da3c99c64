namespace Sitrep.Bench;

using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// Each stage alone over one fixed report (the Buthidaung sample), its inputs computed once in setup, plus the
/// whole pipeline. ShortRun keeps a full run to a few minutes on two cores.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Stages _stages = null!;
    private Report _report = null!;
    private Document _document = null!;
    private IReadOnlyList<PlaceMention> _places = null!;
    private string? _focus;
    private ActorResolution _actors = null!;
    private IReadOnlyList<DateMention> _dates = null!;
    private List<Text.TextSpan> _dateSpans = null!;
    private EventInput _eventInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stages = new Stages();
        _report = Corpus.FixedReport();
        _document = _stages.Text.Analyze(_report.Text, _report.BodyStart);
        _places = _stages.Places.Resolve(_document, _report.Dateline);
        _focus = ToponymResolver.CountryFocus(_places);
        _actors = _stages.Actors.Resolve(_document, _focus, _report.Published);
        _dates = _stages.Dates.Resolve(_document, _report.Published);
        _dateSpans = _dates.Select(d => d.Span).ToList();
        var quantities = _stages.Quantities.Recognize(_document, _dateSpans);
        _eventInput = _stages.EventInputFor(_report, _document, _places, _focus, _actors, _dates, quantities);
    }

    [Benchmark]
    public Document Text() => _stages.Text.Analyze(_report.Text, _report.BodyStart);

    [Benchmark]
    public IReadOnlyList<PlaceMention> Places() => _stages.Places.Resolve(_document, _report.Dateline);

    [Benchmark]
    public ActorResolution Actors() => _stages.Actors.Resolve(_document, _focus, _report.Published);

    [Benchmark]
    public IReadOnlyList<DateMention> Dates() => _stages.Dates.Resolve(_document, _report.Published);

    [Benchmark]
    public IReadOnlyList<QuantityMention> Quantities() => _stages.Quantities.Recognize(_document, _dateSpans);

    [Benchmark]
    public EventCoding Events() => _stages.Events.Code(_eventInput);

    [Benchmark]
    public ExtractionResult Pipeline() => _stages.Pipeline.Extract(_report);
}
