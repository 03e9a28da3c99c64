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
public sealed record Membership(string Group, DateOnly? From, DateOnly? To);

/// <summary>
/// An actor of the knowledge base, named as ACLED names it ("Military Forces of Myanmar (2021-)",
/// "MNDAA: Myanmar National Democratic Alliance Army").
/// </summary>
/// <param name="Inter">ACLED inter code: 1 state forces, 2 rebels, 3 political militia, 4 identity militia,
/// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.</param>
/// <param name="ActiveFrom">First day the actor exists under this name (a regime's forces begin at the coup).</param>
public sealed record Actor(
    string Name,
    int Inter,
    string? Country,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Membership> Memberships,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo);
