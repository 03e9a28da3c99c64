namespace Sitrep.Events;

/// <summary>A PLOVER event category with its mode (the ontology POLECAT users read).</summary>
public sealed record PloverCode(string Category, string? Mode);

/// <summary>
/// Maps ACLED sub-event types to PLOVER categories and modes, so every coded event carries both codings.
/// The rules (docs/plover.md): fighting between armed actors is FIGHT with its weapon as mode; explosives,
/// suicide attacks and violence against civilians are ASSAULT; demonstrations and riots are PROTEST; arrests,
/// looting and seizures are COERCE; a withdrawal is RETREAT; an agreement is AGREE; a new base is MOBILIZE.
/// </summary>
public static class PloverMapping
{
    private static readonly Dictionary<string, PloverCode> BySubEventType = new()
    {
        ["Armed clash"] = new("FIGHT", "firearms"),
        ["Government regains territory"] = new("FIGHT", null),
        ["Non-state actor overtakes territory"] = new("FIGHT", null),
        ["Shelling/artillery/missile attack"] = new("FIGHT", "heavy-weapons"),
        ["Air/drone strike"] = new("FIGHT", "aerial"),
        ["Remote explosive/landmine/IED"] = new("ASSAULT", "explosives"),
        ["Grenade"] = new("ASSAULT", "explosives"),
        ["Suicide bomb"] = new("ASSAULT", "suicide-attack"),
        ["Chemical weapon"] = new("ASSAULT", "other"),
        ["Attack"] = new("ASSAULT", null),
        ["Sexual violence"] = new("ASSAULT", "sexual"),
        ["Abduction/forced disappearance"] = new("ASSAULT", "abduct"),
        ["Peaceful protest"] = new("PROTEST", "demo"),
        ["Protest with intervention"] = new("PROTEST", "demo"),
        ["Excessive force against protesters"] = new("ASSAULT", null),
        ["Violent demonstration"] = new("PROTEST", "riot"),
        ["Mob violence"] = new("PROTEST", "riot-spon"),
        ["Agreement"] = new("AGREE", null),
        ["Arrests"] = new("COERCE", "arrest"),
        ["Disrupted weapons use"] = new("COERCE", "confiscate"),
        ["Looting/property destruction"] = new("COERCE", "destroy"),
        ["Headquarters or base established"] = new("MOBILIZE", "troops"),
        ["Non-violent transfer of territory"] = new("RETREAT", null),
    };

    /// <summary>The PLOVER coding of an ACLED sub-event type, or null where PLOVER has no counterpart ("Other").</summary>
    public static PloverCode? For(string subEventType) => BySubEventType.GetValueOrDefault(subEventType);
}
