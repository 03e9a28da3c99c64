namespace Sitrep.Actors;

/// <summary>What kind of party an actor is.</summary>
public enum ActorKind
{
    StateForces,
    RebelGroup,
    RebelAlliance,
    PoliticalMilitia,
    IdentityMilitia,
    Protesters,
    Rioters,
    Civilians,
    ExternalForces,
    Government,
    Other,
}

/// <summary>Membership of an actor in an alliance or parent organisation during a period.</summary>
public sealed record Membership(string Group, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the membership holds on <paramref name="date"/>; an unknown date matches every period.</summary>
    public bool IsActiveOn(DateOnly? date) =>
        date is not { } d || ((From is null || From <= d) && (To is null || d <= To));
}

/// <summary>What an unnamed attacker struck with, as far as it tells who could have.</summary>
public enum StrikeWeapon
{
    /// <summary>Warplanes, helicopters, air strikes and air raids.</summary>
    Aircraft,

    /// <summary>Armed drones and loitering munitions.</summary>
    Drones,

    /// <summary>Missiles and long-range rockets.</summary>
    Missiles,
}

/// <summary>
/// Strikes no report names an attacker for, coded to this actor because in <paramref name="Country"/> during the period
/// only it strikes with these weapons (only Sudan's army flies warplanes against the RSF; the missiles that hit
/// Ukrainian towns since 24 February 2022 are Russia's). ACLED codes such a strike to that actor, not to an
/// unidentified armed group.
/// </summary>
public sealed record UnnamedStrikes(string Country, IReadOnlyList<StrikeWeapon> Weapons, DateOnly? From, DateOnly? To)
{
    /// <summary>True when a strike with <paramref name="weapon"/> in <paramref name="country"/> on <paramref name="date"/> is this actor's.</summary>
    public bool Covers(string country, StrikeWeapon weapon, DateOnly? date) =>
        string.Equals(Country, country, StringComparison.OrdinalIgnoreCase) && Weapons.Contains(weapon)
        && (date is not { } d || ((From is null || From <= d) && (To is null || d <= To)));
}

/// <summary>
/// An actor of the knowledge base, named as ACLED names it ("Military Forces of Myanmar (2021-)",
/// "MNDAA: Myanmar National Democratic Alliance Army").
/// </summary>
/// <param name="Inter">ACLED inter code: 1 state forces, 2 rebels, 3 political militia, 4 identity militia,
/// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.</param>
/// <param name="Country">ISO 3166 alpha-2 code of the actor's home country ("MM").</param>
/// <param name="ActiveFrom">First day the actor exists under this name (a regime's forces begin at the coup).</param>
/// <param name="ActiveTo">Last day the actor exists under this name, or null while it still does.</param>
public sealed record Actor(
    string Name,
    int Inter,
    string? Country,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Membership> Memberships,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo)
{
    /// <summary>Short forms matched case-sensitively ("MNDAA", "KIA").</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    /// <summary>Wrong spellings seen in real copy ("MNLD" for MNDAA), matched like the form they imitate.</summary>
    public IReadOnlyList<string> Misspellings { get; init; } = [];

    /// <summary>
    /// Generic references ("the junta", "the army") that point to this actor only in a document about one of
    /// <see cref="Scope"/>'s countries and dated inside the active period.
    /// </summary>
    public IReadOnlyList<string> Descriptions { get; init; } = [];

    /// <summary>
    /// Anaphors ("the coalition", "an alliance of ethnic armed groups") that refer back to the most recent compatible
    /// actor, and to this one when none was named yet in a document about its country and period.
    /// </summary>
    public IReadOnlyList<string> Coreference { get; init; } = [];

    /// <summary>Other names under which ACLED's data has recorded this actor (renamings, older spellings).</summary>
    public IReadOnlyList<string> AcledNames { get; init; } = [];

    /// <summary>Countries where this actor's descriptions apply: its own country first, then those it operates in.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>
    /// How ACLED names this actor's local units, with "{place}" for the place ("People's Defense Force - {place}"),
    /// or null when the actor has none.
    /// </summary>
    public string? LocalUnitPattern { get; init; }

    /// <summary>ACLED's name for a local unit whose place the text does not give ("People's Defense Force - Local Group").</summary>
    public string? UnnamedLocalUnit { get; init; }

    /// <summary>Where and when a strike whose attacker the report does not name is this actor's (see <see cref="UnnamedStrikes"/>).</summary>
    public IReadOnlyList<UnnamedStrikes> StrikesWhenUnnamed { get; init; } = [];

    /// <summary>The analyst's note on the entry (uncertain naming, sources), or null.</summary>
    public string? Note { get; init; }

    /// <summary>True when the actor exists under this name on <paramref name="date"/>; an unknown date matches.</summary>
    public bool IsActiveOn(DateOnly? date) =>
        date is not { } d || ((ActiveFrom is null || ActiveFrom <= d) && (ActiveTo is null || d <= ActiveTo));

    /// <summary>True when the actor's descriptions apply in a document about <paramref name="country"/>.</summary>
    public bool IsInScope(string? country) =>
        country is not null && (string.Equals(Country, country, StringComparison.OrdinalIgnoreCase)
                                || Scope.Contains(country, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The inter code for an event in <paramref name="eventCountry"/>. ACLED: a state's forces acting outside
    /// their own country are coded 8, external/other forces.
    /// </summary>
    public int InterIn(string? eventCountry) =>
        Inter == 1 && eventCountry is not null && Country is not null
            && !string.Equals(eventCountry, Country, StringComparison.OrdinalIgnoreCase) ? 8 : Inter;

    /// <summary>True for an actor outside the state: rebels, militias and alliances (inter 2, 3 or 4).</summary>
    public bool IsNonStateArmed => Inter is 2 or 3 or 4 && Kind is not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters);
}
