namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>How an event's date was chosen, best first.</summary>
public enum DateRule
{
    Clause,
    Sentence,
    Paragraph,
    Publication,
}

/// <summary>
/// One sentence's reading of an event, before reports of the same event in the document are merged.
/// Mutable only while the coder fills it in; it never leaves the Events stage.
/// </summary>
internal sealed class EventCandidate
{
    public required EventTrigger Trigger { get; init; }
    public required TextSpan TriggerSpan { get; init; }
    public required Sentence Sentence { get; init; }
    public Attribution? Attribution { get; init; }

    /// <summary>
    /// Where the next event the sentence tells begins, when a clause boundary (a comma, a semicolon) separates it
    /// from this one: "air strikes killed 25 across the Gaza Strip, as fighting raged in Khan Younis". Places from
    /// there on are that event's.
    /// </summary>
    public int? ClauseEnd { get; init; }

    /// <summary>
    /// Where the action's words begin when a weapon named later codes it: "Croatian forces launched a major offensive
    /// against rebel Serbs, shelling Knin" is the offensive's, and PLOVER reads its parties from there. Null: the trigger.
    /// </summary>
    public TextSpan? ActionSpan { get; init; }
    public string SubEventType { get; set; } = "";
    public DateOnly? Date { get; set; }
    public int TimePrecision { get; set; } = 2;
    public DateRule DateRule { get; set; } = DateRule.Publication;
    public EventPlace? Place { get; set; }
    public bool PlaceFromSentence { get; set; }

    /// <summary>The place is only near where the event was (a route's end, a town beside an unknown village), not it.</summary>
    public bool PlaceOnlyNear { get; set; }

    public EventActor? Actor1 { get; set; }
    public EventActor? Actor2 { get; set; }
    public List<EventActor> AssocActors { get; } = [];
    public int? Fatalities { get; set; }
    public int? Injured { get; set; }
    public Dictionary<string, long> Counts { get; } = [];
    public List<ClaimSource> Sources { get; } = [];
    public List<Claim> Claims { get; } = [];
    public bool Disputed { get; set; }
    public bool NonViolent { get; set; }

    /// <summary>True when the killed or wounded are counted as people or civilians, not as fighters.</summary>
    public bool CivilianVictims { get; set; }
    public List<Evidence> Evidence { get; } = [];
    public double Confidence { get; set; }

    /// <summary>Territorial sub-event types merge with each other: one place changing hands is one event.</summary>
    /// <remarks>An armed clash at the same place and time as a capture is the fighting for it, so it joins the family.</remarks>
    public string Family => AcledTaxonomy.TerritorialSubEventTypes.Contains(SubEventType) || SubEventType == "Armed clash"
        ? "territory"
        : SubEventType is "Peaceful protest" or "Protest with intervention" ? DemonstrationFamily : SubEventType;

    /// <summary>
    /// A demonstration and the force used on it ("marched in Kinshasa. Police fired tear gas to disperse them") are one
    /// event at one place and date, coded as the protest with intervention.
    /// </summary>
    public const string DemonstrationFamily = "demonstration";

    public string EventType => AcledTaxonomy.EventTypeOf(SubEventType);

    public void AddEvidence(string field, TextSpan span, Document document)
    {
        if (!Evidence.Any(e => e.Field == field && e.Span == span))
        {
            Evidence.Add(new Evidence(field, span, document.Slice(span)));
        }
    }

    public void AddSource(ClaimSource source)
    {
        if (!Sources.Any(s => s.Name == source.Name && s.Kind == source.Kind))
        {
            Sources.Add(source);
        }
    }
}
