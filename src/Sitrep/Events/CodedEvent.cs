namespace Sitrep.Events;

using Sitrep.Places;
using Sitrep.Text;

/// <summary>A piece of text that supports one field of a coded event.</summary>
public sealed record Evidence(string Field, TextSpan Span, string Text);

/// <summary>An event's actor as coded: ACLED name and inter code.</summary>
public sealed record EventActor(string Name, int Inter);

/// <summary>Where an event happened, with ACLED's geo_precision (1 town, 2 near a town or part of a region, 3 region).</summary>
public sealed record EventPlace(string Name, string Country, string? Admin1, GeoPoint Point, int GeoPrecision, int? GazetteerId);

/// <summary>The kinds of source a claim can come through.</summary>
public enum SourceKind
{
    /// <summary>The agency that wrote the report (from the dateline).</summary>
    NewsAgency,
    /// <summary>A media outlet the report cites ("Popular News Journal").</summary>
    Outlet,
    Person,
    Organisation,
    /// <summary>A statement, post or communiqué ("a statement posted on social media").</summary>
    Statement,
}

/// <summary>Who an event or count is sourced to.</summary>
/// <param name="By">For a statement or outlet: the actor or person behind it, when known.</param>
public sealed record ClaimSource(string Name, SourceKind Kind, string? By = null);

/// <summary>One party's account of an event: who says it, through which outlet, with which reporting verb.</summary>
public sealed record Claim(string By, string? Via, string Verb, string Says, TextSpan Span);

/// <summary>Who took control of a place from whom, and when.</summary>
public sealed record ControlChange(string Place, string? From, string? To, DateOnly On);

/// <summary>One event coded in the ACLED taxonomy, with the evidence behind every field.</summary>
/// <param name="DateRule">Which rule chose the date: "clause", "sentence", "paragraph" or "publication".</param>
/// <param name="Historical">True for background events well before publication (the 2021 coup in a 2024 report).</param>
public sealed record CodedEvent(
    string EventType,
    string SubEventType,
    DateOnly? Date,
    int TimePrecision,
    string DateRule,
    EventActor? Actor1,
    EventActor? Actor2,
    IReadOnlyList<EventActor> AssocActors,
    EventPlace? Place,
    int Fatalities,
    int? Injured,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<ClaimSource> Sources,
    IReadOnlyList<Claim> Claims,
    bool Disputed,
    bool Historical,
    double Confidence,
    ControlChange? ControlChange,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The PLOVER category and mode of the event (docs/plover.md), or null where PLOVER has none ("Other").</summary>
    public PloverCode? Plover { get; init; } = PloverMapping.For(SubEventType);

    /// <summary>The PLOVER source: actor1's words, else the subject of the event's verb.</summary>
    public PloverParty? PloverSource { get; init; }

    /// <summary>The PLOVER target: actor2's words, else the first name after the event's verb.</summary>
    public PloverParty? PloverTarget { get; init; }
}

/// <summary>
/// An action PLOVER codes and ACLED does not ("Pakistan threatened to break off relations with Congo", "imposed a
/// curfew"): its category and mode, the words that carry it, and its source and target as the text names them.
/// </summary>
public sealed record PloverStatement(PloverCode Plover, TextSpan Span, string Text, PloverParty? Source, PloverParty? Target);

/// <summary>
/// A cumulative figure a party claims over a period ("captured more than 250 military targets since October"),
/// kept as a claim rather than coded as a one-day event.
/// </summary>
public sealed record ClaimedTotal(string By, string? Via, DateOnly? Since, string What, long Value, string Qualifier, TextSpan Span, string Text);

/// <summary>The Events stage's result for one document.</summary>
public sealed record EventCoding(IReadOnlyList<CodedEvent> Events, IReadOnlyList<ClaimedTotal> ClaimedTotals, IReadOnlyList<string> Warnings)
{
    /// <summary>Actions only PLOVER codes (threats, demands, curfews), in text order.</summary>
    public IReadOnlyList<PloverStatement> Statements { get; init; } = [];
}
