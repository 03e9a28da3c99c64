namespace Sitrep.Events;

/// <summary>ACLED's six event types and 25 sub-event types, spelled exactly as ACLED spells them.</summary>
public static class AcledTaxonomy
{
    public const string Battles = "Battles";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    /// <summary>Each sub-event type with the event type it belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> SubEventTypes = new Dictionary<string, string>
    {
        ["Armed clash"] = Battles,
        ["Government regains territory"] = Battles,
        ["Non-state actor overtakes territory"] = Battles,
        ["Chemical weapon"] = ExplosionsRemoteViolence,
        ["Air/drone strike"] = ExplosionsRemoteViolence,
        ["Suicide bomb"] = ExplosionsRemoteViolence,
        ["Shelling/artillery/missile attack"] = ExplosionsRemoteViolence,
        ["Remote explosive/landmine/IED"] = ExplosionsRemoteViolence,
        ["Grenade"] = ExplosionsRemoteViolence,
        ["Sexual violence"] = ViolenceAgainstCivilians,
        ["Attack"] = ViolenceAgainstCivilians,
        ["Abduction/forced disappearance"] = ViolenceAgainstCivilians,
        ["Peaceful protest"] = Protests,
        ["Protest with intervention"] = Protests,
        ["Excessive force against protesters"] = Protests,
        ["Violent demonstration"] = Riots,
        ["Mob violence"] = Riots,
        ["Agreement"] = StrategicDevelopments,
        ["Arrests"] = StrategicDevelopments,
        ["Change to group/activity"] = StrategicDevelopments,
        ["Disrupted weapons use"] = StrategicDevelopments,
        ["Headquarters or base established"] = StrategicDevelopments,
        ["Looting/property destruction"] = StrategicDevelopments,
        ["Non-violent transfer of territory"] = StrategicDevelopments,
        ["Other"] = StrategicDevelopments,
    };

    /// <summary>Sub-event types that change who controls a place; they feed the control timeline.</summary>
    public static readonly IReadOnlySet<string> TerritorialSubEventTypes = new HashSet<string>
    {
        "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
    };

    /// <summary>The event type of a sub-event type, or an exception for a name ACLED does not use.</summary>
    public static string EventTypeOf(string subEventType) =>
        SubEventTypes.TryGetValue(subEventType, out string? eventType)
            ? eventType
            : throw new ArgumentException($"'{subEventType}' is not an ACLED sub-event type.", nameof(subEventType));
}
