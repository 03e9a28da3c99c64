namespace Sitrep.Actors;

/// <summary>
/// Turns the actors of the knowledge files into the phrases the resolver looks for: names and aliases, the parts of
/// ACLED's "ACR: Full Name" form, acronyms, misspellings, descriptions with their country-named variants
/// ("the army" → "the Burmese army", "Myanmar's army"), and anaphors. Reports phrases that two actors of one
/// country share during overlapping periods, since a mention of them could not be resolved.
/// </summary>
internal static class PhraseCatalog
{
    // English anaphors that need no knowledge: they refer back to the most recent compatible actor.
    private static readonly (string Phrase, AnaphorClass Class)[] GenericAnaphors =
    [
        ("the coalition", AnaphorClass.Alliance), ("the alliance", AnaphorClass.Alliance),
        ("the ethnic alliance", AnaphorClass.Alliance), ("the rebel alliance", AnaphorClass.Alliance),
        ("the armed alliance", AnaphorClass.Alliance),
        ("the group", AnaphorClass.Group), ("the armed group", AnaphorClass.Group), ("the militia", AnaphorClass.Group),
        ("its fighters", AnaphorClass.Group), ("the group's fighters", AnaphorClass.Group),
        ("its troops", AnaphorClass.Forces), ("its forces", AnaphorClass.Forces), ("its soldiers", AnaphorClass.Forces),
        ("the rebels", AnaphorClass.Rebels), ("the rebel group", AnaphorClass.Rebels), ("the insurgents", AnaphorClass.Rebels),
        ("the rebel fighters", AnaphorClass.Rebels), ("the militants", AnaphorClass.Rebels),
    ];

    public static PhraseIndex Build(IReadOnlyList<ActorFile> files, IReadOnlyList<CountryNames> countries, List<string> problems)
    {
        var index = new PhraseIndex();
        var claims = new Dictionary<string, List<(Actor Actor, string Where, string Phrase)>>(StringComparer.OrdinalIgnoreCase);
        var namesByCountry = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var entry in file.Actors)
            {
                string where = $"{Path.GetFileName(file.Path)}: {entry.Location}";
                var actor = entry.Actor;
                var (names, acronyms) = NamesAndAcronyms(actor);
                foreach (string name in names)
                {
                    Add(index, claims, actor, where, name, ActorMatch.Name, caseSensitive: false, needsScope: false);
                }

                foreach (string acronym in acronyms)
                {
                    Add(index, claims, actor, where, acronym, ActorMatch.Acronym, caseSensitive: true, needsScope: false);
                }

                foreach (string misspelling in actor.Misspellings)
                {
                    // A misspelt acronym ("MNLD") keeps the acronym's case rule; a misspelt name does not.
                    Add(index, claims, actor, where, misspelling, ActorMatch.Acronym, caseSensitive: !misspelling.Any(char.IsLower), needsScope: false);
                }

                namesByCountry.TryGetValue(actor.Country ?? "", out var country);
                foreach (string description in actor.Descriptions)
                {
                    Add(index, claims, actor, where, description, ActorMatch.Description, caseSensitive: false, needsScope: true);
                    foreach (string variant in CountryVariants(description, country))
                    {
                        // Naming the country makes the description specific: it needs no document focus.
                        Add(index, null, actor, where, variant, ActorMatch.Description, caseSensitive: false, needsScope: false);
                    }
                }

                var anaphorClass = actor.Kind == ActorKind.RebelAlliance ? AnaphorClass.Alliance : AnaphorClass.Group;
                foreach (string phrase in actor.Coreference)
                {
                    index.Add(PhraseIndex.Tokens(phrase), new PhraseEntry(actor, ActorMatch.Coreference, false, true, anaphorClass, PhraseIndex.Tokens(phrase)));
                }
            }
        }

        foreach (var (phrase, anaphorClass) in GenericAnaphors)
        {
            string[] tokens = PhraseIndex.Tokens(phrase);
            index.Add(tokens, new PhraseEntry(null, ActorMatch.Coreference, false, false, anaphorClass, tokens));
        }

        ReportSharedPhrases(claims, problems);
        return index;
    }

    /// <summary>
    /// The names and acronyms an actor answers to. ACLED writes many actors as "ACR1/ACR2: Full Name 1/Full Name 2"
    /// ("KIO/KIA: Kachin Independence Organization/Kachin Independence Army"): each part is matched on its own.
    /// </summary>
    internal static (List<string> Names, List<string> Acronyms) NamesAndAcronyms(Actor actor)
    {
        var names = new List<string>();
        var acronyms = new List<string>(actor.Acronyms);
        foreach (string full in actor.AcledNames.Prepend(actor.Name))
        {
            names.Add(full);
            int colon = full.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string[] heads = full[..colon].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string tail = full[(colon + 2)..];
            string[] tails = tail.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (string head in heads)
            {
                (IsAcronym(head) ? acronyms : names).Add(head);
            }

            names.AddRange(tails.Length == heads.Length ? tails : [tail]);
        }

        names.AddRange(actor.Aliases);
        return (names.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), acronyms.Distinct(StringComparer.Ordinal).ToList());
    }

    // "MNDAA", "SSA-S", "CGF-HTY", "21KPG": no lower-case letter and no space.
    private static bool IsAcronym(string text) => !text.Contains(' ') && !text.Any(char.IsLower) && text.Any(char.IsUpper);

    /// <summary>
    /// "the army" → "the Myanmar army", "Myanmar army", "Myanmar's army", "the army of Myanmar", "the army in Myanmar";
    /// "junta" → "Myanmar junta", "Myanmar's junta".
    /// </summary>
    internal static IEnumerable<string> CountryVariants(string description, CountryNames? country)
    {
        if (country is null)
        {
            yield break;
        }

        bool definite = description.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        string core = definite ? description[4..] : description;
        foreach (string demonym in country.Demonyms)
        {
            if (definite)
            {
                yield return $"the {demonym} {core}";
            }

            yield return $"{demonym} {core}";
        }

        foreach (string name in country.Names)
        {
            yield return $"{name}'s {core}";
            if (definite)
            {
                yield return $"{description} of {name}";
                yield return $"{description} in {name}";
            }
        }
    }

    private static void Add(PhraseIndex index, Dictionary<string, List<(Actor, string, string)>>? claims, Actor actor, string where,
        string phrase, ActorMatch match, bool caseSensitive, bool needsScope)
    {
        string[] tokens = PhraseIndex.Tokens(phrase);
        index.Add(tokens, new PhraseEntry(actor, match, caseSensitive, needsScope, AnaphorClass.None, tokens));
        if (claims is null)
        {
            return;
        }

        string key = (actor.Country ?? "") + "|" + string.Join(' ', tokens);
        if (!claims.TryGetValue(key, out var list))
        {
            claims[key] = list = [];
        }

        list.Add((actor, where, phrase));
    }

    private static void ReportSharedPhrases(Dictionary<string, List<(Actor Actor, string Where, string Phrase)>> claims, List<string> problems)
    {
        foreach (var (key, list) in claims)
        {
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (!ReferenceEquals(a.Actor, b.Actor) && Overlap(a.Actor, b.Actor))
                    {
                        problems.Add($"{b.Where}: duplicate alias \"{b.Phrase}\" within {key[..key.IndexOf('|')]}: " +
                                     $"also used by \"{a.Actor.Name}\" ({a.Where[..a.Where.IndexOf(':')]}) during an overlapping period");
                    }
                }
            }
        }
    }

    private static bool Overlap(Actor a, Actor b) =>
        (a.ActiveFrom is null || b.ActiveTo is null || a.ActiveFrom <= b.ActiveTo)
        && (b.ActiveFrom is null || a.ActiveTo is null || b.ActiveFrom <= a.ActiveTo);
}
