namespace Sitrep.Actors;

/// <summary>How a country is named in text: its names ("Myanmar", "Burma") and demonyms ("Burmese").</summary>
public sealed record CountryNames(string Code, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms);

/// <summary>A person the knowledge base knows by name, with the actor they belong to, if any.</summary>
public sealed record KnownPerson(string Name, IReadOnlyList<string> Aliases, Actor? Affiliation, string? Country);

/// <summary>One knowledge file as read from disk, before the names it refers to are checked across files.</summary>
internal sealed record ActorFile(
    string Path,
    string Title,
    IReadOnlyList<CountryNames> Countries,
    IReadOnlyList<ActorEntry> Actors,
    IReadOnlyList<PersonEntry> People);

/// <summary>An actor as written in a file, with the members_of groups still as names.</summary>
internal sealed record ActorEntry(string Location, Actor Actor, IReadOnlyList<Membership> MembersOf);

/// <summary>A person as written in a file, with the affiliation still as a name.</summary>
internal sealed record PersonEntry(string Location, string Name, IReadOnlyList<string> Aliases, string? Affiliation, string? Country);
