using System.Collections.Concurrent;

namespace Sitrep.Actors;

/// <summary>
/// The actors, people and country names of data/actors/*.json, with a phrase index for the resolver.
/// Immutable once loaded, so one instance is shared across threads.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private readonly Dictionary<string, Actor> _byName;
    private readonly Dictionary<string, List<Actor>> _members;
    private readonly ConcurrentDictionary<string, Actor> _localUnits = new(StringComparer.Ordinal);

    private ActorKnowledgeBase(IReadOnlyList<Actor> actors, IReadOnlyList<KnownPerson> people, IReadOnlyList<CountryNames> countries,
        Dictionary<string, Actor> byName, PhraseIndex phrases)
    {
        Actors = actors;
        People = people;
        Countries = countries;
        _byName = byName;
        Phrases = phrases;
        PeopleByFirstToken = new Dictionary<string, List<(string[] Tokens, KnownPerson Person)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (string name in person.Aliases.Prepend(person.Name))
            {
                string[] tokens = PhraseIndex.Tokens(name);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!PeopleByFirstToken.TryGetValue(tokens[0], out var list))
                {
                    PeopleByFirstToken[tokens[0]] = list = [];
                }

                list.Add((tokens, person));
            }
        }

        foreach (var list in PeopleByFirstToken.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
        _members = [];
        foreach (var actor in actors)
        {
            foreach (var membership in actor.Memberships)
            {
                if (!_members.TryGetValue(membership.Group, out var list))
                {
                    _members[membership.Group] = list = [];
                }

                list.Add(actor);
            }
        }

        CountryWords = new HashSet<string>(countries.SelectMany(c => c.Names.Concat(c.Demonyms)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every actor, in file order (files sorted by name).</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>People the knowledge base knows by name.</summary>
    public IReadOnlyList<KnownPerson> People { get; }

    /// <summary>Names and demonyms of the countries the files cover.</summary>
    public IReadOnlyList<CountryNames> Countries { get; }

    internal PhraseIndex Phrases { get; }

    /// <summary>Known people's names and aliases as tokens, keyed by their first token, longest first.</summary>
    internal Dictionary<string, List<(string[] Tokens, KnownPerson Person)>> PeopleByFirstToken { get; }

    /// <summary>Country names and demonyms ("Myanmar", "Burmese"), which are never people.</summary>
    internal HashSet<string> CountryWords { get; }

    /// <summary>The actor with this canonical name or one of its ACLED names, or null.</summary>
    public Actor? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The local unit of <paramref name="parent"/> at <paramref name="place"/> ("People's Defense Force - Myaing"),
    /// or its unnamed local unit when <paramref name="place"/> is null; null when the parent has no local units.
    /// </summary>
    public Actor? LocalUnit(Actor parent, string? place)
    {
        string? name = place is null ? parent.UnnamedLocalUnit : parent.LocalUnitPattern?.Replace("{place}", place, StringComparison.Ordinal);
        if (name is null)
        {
            return null;
        }

        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        return _localUnits.GetOrAdd(name, static (n, p) => new Actor(n, p.Inter, p.Country, p.Kind, [], [new Membership(p.Name, null, null)], p.ActiveFrom, p.ActiveTo)
        {
            Scope = p.Scope,
            Note = $"local unit of {p.Name}, named after ACLED's pattern; not in the knowledge base by name",
        }, parent);
    }

    /// <summary>
    /// The actor a strike with <paramref name="weapon"/> in <paramref name="country"/> on <paramref name="date"/> is
    /// coded to when the report names no attacker; null when no actor claims such strikes there, or more than one does.
    /// </summary>
    public Actor? UnnamedStriker(string country, StrikeWeapon weapon, DateOnly? date)
    {
        var strikers = Actors.Where(a => a.IsActiveOn(date) && a.StrikesWhenUnnamed.Any(s => s.Covers(country, weapon, date))).Take(2).ToList();
        return strikers.Count == 1 ? strikers[0] : null;
    }

    /// <summary>The members of an alliance or parent organisation on a date (all of them when the date is unknown).</summary>
    public IReadOnlyList<Actor> MembersOf(Actor group, DateOnly? on) =>
        _members.TryGetValue(group.Name, out var list)
            ? list.Where(a => a.Memberships.Any(m => m.Group == group.Name && m.IsActiveOn(on))).ToList()
            : [];

    /// <summary>The alliances or parent organisations an actor belongs to on a date.</summary>
    public IReadOnlyList<Actor> GroupsOf(Actor member, DateOnly? on) =>
        member.Memberships.Where(m => m.IsActiveOn(on)).Select(m => _byName.GetValueOrDefault(m.Group)).OfType<Actor>().ToList();

    /// <summary>
    /// Loads every *.json file of <paramref name="path"/>.
    /// </summary>
    /// <exception cref="ActorKnowledgeException">A file breaks the schema; the message names the file, the entry and the problem.</exception>
    public static ActorKnowledgeBase LoadDirectory(string path)
    {
        var problems = new List<string>();
        var kb = Load(path, problems);
        if (problems.Count > 0 || kb is null)
        {
            throw new ActorKnowledgeException(problems.Count > 0 ? problems : [$"{path}: no actor knowledge loaded"]);
        }

        return kb;
    }

    /// <summary>
    /// Checks every *.json file of <paramref name="path"/> and returns one line per problem ("file: entry: problem");
    /// an empty list means the knowledge loads. For `sitrep actors check`.
    /// </summary>
    public static IReadOnlyList<string> Check(string path)
    {
        var problems = new List<string>();
        Load(path, problems);
        return problems;
    }

    private static ActorKnowledgeBase? Load(string path, List<string> problems)
    {
        if (!Directory.Exists(path))
        {
            problems.Add($"{path}: the actor knowledge folder does not exist");
            return null;
        }

        var files = new List<ActorFile>();
        foreach (string file in Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
        {
            var read = ActorFileReader.Read(file, File.ReadAllText(file), problems);
            if (read is not null)
            {
                files.Add(read);
            }
        }

        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{path}: no *.json actor files");
        }

        return Build(files, problems);
    }

    internal static ActorKnowledgeBase Build(IReadOnlyList<ActorFile> files, List<string> problems)
    {
        var byName = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        var actors = new List<Actor>();
        foreach (var file in files)
        {
            foreach (var entry in file.Actors)
            {
                string where = $"{Path.GetFileName(file.Path)}: {entry.Location}";
                foreach (string name in entry.Actor.AcledNames.Prepend(entry.Actor.Name))
                {
                    if (!origin.TryAdd(name, where))
                    {
                        problems.Add($"{where}: the name \"{name}\" is already used by {origin[name]}");
                    }
                    else
                    {
                        byName[name] = entry.Actor;
                    }
                }

                actors.Add(entry.Actor);
            }
        }

        foreach (var file in files)
        {
            foreach (var entry in file.Actors)
            {
                foreach (var membership in entry.MembersOf)
                {
                    if (!byName.ContainsKey(membership.Group))
                    {
                        problems.Add($"{Path.GetFileName(file.Path)}: {entry.Location}: unknown member group \"{membership.Group}\" (no actor has that name)");
                    }
                    else if (membership.Group == entry.Actor.Name)
                    {
                        problems.Add($"{Path.GetFileName(file.Path)}: {entry.Location}: an actor cannot be a member of itself");
                    }
                }
            }
        }

        var people = new List<KnownPerson>();
        foreach (var file in files)
        {
            foreach (var person in file.People)
            {
                Actor? affiliation = null;
                if (person.Affiliation is not null && !byName.TryGetValue(person.Affiliation, out affiliation))
                {
                    problems.Add($"{Path.GetFileName(file.Path)}: {person.Location}: unknown affiliation \"{person.Affiliation}\" (no actor has that name)");
                }

                people.Add(new KnownPerson(person.Name, person.Aliases, affiliation, person.Country));
            }
        }

        var countries = MergeCountries(files);
        var phrases = PhraseCatalog.Build(files, countries, problems);
        return new ActorKnowledgeBase(actors, people, countries, byName, phrases);
    }

    private static List<CountryNames> MergeCountries(IReadOnlyList<ActorFile> files) =>
        files.SelectMany(f => f.Countries)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new CountryNames(g.Key,
                g.SelectMany(c => c.Names).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                g.SelectMany(c => c.Demonyms).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
}
