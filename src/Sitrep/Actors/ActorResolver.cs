namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>
/// The Actors stage: finds the actors and people a document names or refers to. Knowledge-base phrases are matched
/// longest first (names, aliases, acronyms, misspellings, then country- and date-bound descriptions); anaphors
/// ("the coalition", "the group") take the most recent compatible actor; organisation-like names the knowledge base
/// lacks are kept as unresolved mentions for review. Thread-safe: all state of a call lives in the call.
/// </summary>
public sealed class ActorResolver(ActorKnowledgeBase knowledge, CountryLookups? countries = null)
{
    /// <summary>Sentences back that "the group" or "the rebels" may reach; alliances are rare enough to reach further.</summary>
    private const int AnaphorReach = 3;

    private readonly PersonRecognizer _people = new(knowledge);
    private readonly NationalForces? _national = countries is null ? null : new NationalForces(knowledge, countries);

    /// <summary>
    /// Resolves the actors and people of <paramref name="document"/>. <paramref name="countryFocus"/> (ISO alpha-2)
    /// and <paramref name="published"/> select which actors generic descriptions point to ("the army" in Myanmar in
    /// 2024 is "Military Forces of Myanmar (2021-)"); without them descriptions are not resolved.
    /// </summary>
    public ActorResolution Resolve(Document document, string? countryFocus, DateOnly? published,
        IReadOnlyDictionary<int, string>? sentenceCountries = null)
    {
        var call = new CallState(countryFocus, published);
        var mentions = new List<ActorMention>();
        var blockedBySentence = new List<bool[]>();
        foreach (var sentence in document.Sentences)
        {
            // "In neighbouring Burkina Faso, a bomb hit a military convoy", "Police in Niamey arrested five
            // journalists": a sentence set in another country than the report's names that country's forces.
            call.Focus = sentenceCountries?.GetValueOrDefault(sentence.Index) ?? countryFocus;
            var tokens = sentence.Tokens;
            var candidates = FindKnownPhrases(tokens, sentence.Index, call);
            var organisations = OrganisationFinder.Find(tokens, sentence.Index, candidates, call.OrganisationAcronyms);
            candidates.RemoveAll(c => c.Match is not (ActorMatch.Name or ActorMatch.Acronym)
                                      && organisations.Any(o => o.StartToken < c.EndToken && c.StartToken < o.EndToken));
            candidates.AddRange(organisations);
            if (_national is not null)
            {
                candidates.AddRange(_national.Find(tokens, sentence.Index, candidates, call.Published));
                candidates.AddRange(_national.OwnForcesWeapons(tokens, sentence.Index, candidates, call.Focus, call.Published).ToList());
            }

            candidates.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
            MergeDescribedNames(candidates, tokens);

            var blocked = new bool[tokens.Count];
            foreach (var candidate in candidates)
            {
                var mention = candidate.Anaphor == AnaphorClass.None ? candidate : ResolveAnaphor(candidate, call);
                if (mention is null)
                {
                    continue;
                }

                call.History.Add(mention);
                if (mention.Actor is not null)
                {
                    call.Seen.Add(mention.Actor);
                }

                Array.Fill(blocked, true, mention.StartToken, mention.EndToken - mention.StartToken);
                mentions.Add(new ActorMention(mention.Span, document.Slice(mention.Span), mention.Actor, mention.Match, mention.Note));
            }

            blockedBySentence.Add(blocked);
        }

        var people = _people.Find(document, blockedBySentence, mentions, countryFocus);
        return new ActorResolution(mentions, people);
    }

    /// <summary>
    /// The country a document's named rebels and militias call home ("ISWAP fighters attacked ..." is Nigeria), for a
    /// text that names no place or demonym of any country: the home most of those named outright (by name or acronym,
    /// not by description) share, the earliest named winning a tie; null when none is named. State forces are left
    /// out: they are as often reported fighting abroad.
    /// </summary>
    public string? HomeCountry(Document document, DateOnly? published)
    {
        var call = new CallState(null, published);
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            foreach (var found in FindKnownPhrases(sentence.Tokens, sentence.Index, call))
            {
                if (found is { Actor: { Country: { Length: 2 } home, Inter: >= 2 and <= 4 }, Match: ActorMatch.Name or ActorMatch.Acronym })
                {
                    var (count, first) = counts.GetValueOrDefault(home, (0, counts.Count));
                    counts[home] = (count + 1, first);
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    private List<Candidate> FindKnownPhrases(IReadOnlyList<Token> tokens, int sentence, CallState call)
    {
        var found = new List<Candidate>();
        int i = 0;
        while (i < tokens.Count)
        {
            Candidate? chosen = null;
            foreach (var hit in AfterCompassWord(tokens, i) ? [] : knowledge.Phrases.Match(tokens, i, static _ => false))
            {
                chosen = Choose(tokens, i, hit, sentence, call);
                if (chosen is not null)
                {
                    break;
                }
            }

            if (chosen is null)
            {
                i++;
                continue;
            }

            if (StartsALongerName(tokens, chosen))
            {
                i = chosen.EndToken - 1;
                continue;
            }

            if (chosen.Actor is { LocalUnitPattern: not null })
            {
                chosen = LocalUnits.Extend(chosen, tokens, found.Count > 0 ? found[^1].EndToken : 0, knowledge);
            }

            found.Add(chosen);
            i = chosen.EndToken;
        }

        return found;
    }

    // "South Sudanese troops", "North Korean", "South Sudan's army": a country word after a compass word names another
    // country, whose actors the phrase for the shorter name must not take.
    private bool AfterCompassWord(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text is "South" or "North" or "East" or "West" or "Central"
        && knowledge.CountryWords.Contains(tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) ? tokens[i].Text[..^2] : tokens[i].Text);

    // "a local people's defense force": a description read in the possessive ("local people's") whose last word
    // opens a longer name gives way to the name, which the local-unit rule then widens to "local ... defense force".
    private bool StartsALongerName(IReadOnlyList<Token> tokens, Candidate chosen)
    {
        var last = tokens[chosen.EndToken - 1];
        return chosen.Match == ActorMatch.Description && chosen.EndToken - 1 > chosen.StartToken && chosen.Span.End < last.Span.End
               && knowledge.Phrases.Match(tokens, chosen.EndToken - 1, static _ => false)
                   .Any(h => h.EndToken > chosen.EndToken && h.Entries.Any(e => e.Match is ActorMatch.Name or ActorMatch.Acronym));
    }

    // "the paramilitary Rapid Support Forces": a description right before a name of the same actor is one mention.
    // "Jihadists from the Islamic State West Africa Province", "gunmen of al-Shabaab": unnamed fighters said to be of a
    // named armed group are that group, not an unidentified one beside it.
    private static void MergeDescribedNames(List<Candidate> candidates, IReadOnlyList<Token> tokens)
    {
        for (int k = candidates.Count - 2; k >= 0; k--)
        {
            var (description, name) = (candidates[k], candidates[k + 1]);
            if (description.Match != ActorMatch.Description || name.Match is not (ActorMatch.Name or ActorMatch.Acronym)
                || description.Actor is null || name.Actor is null)
            {
                continue;
            }

            bool sameActor = description.EndToken == name.StartToken && ReferenceEquals(description.Actor, name.Actor);
            bool fightersOf = description.Actor.Name.StartsWith("Unidentified Armed Group (", StringComparison.Ordinal)
                              && name.Actor.IsNonStateArmed && MembersOf(tokens, description.EndToken, name.StartToken);
            if (sameActor || fightersOf)
            {
                candidates[k] = name with { StartToken = description.StartToken, Span = new TextSpan(description.Span.Start, name.Span.End) };
                candidates.RemoveAt(k + 1);
            }
        }
    }

    // Words between the fighters and their group: "from", "of", "belonging to", "believed to belong to", "thought to
    // be from", "affiliated with", each perhaps followed by "the".
    private static readonly string[][] MembershipWords =
    [
        ["from"], ["of"], ["belonging", "to"], ["affiliated", "with"], ["believed", "to", "belong", "to"], ["said", "to", "belong", "to"],
        ["believed", "to", "be", "from"], ["suspected", "to", "be", "from"], ["thought", "to", "be", "from"], ["said", "to", "be", "from"],
        ["believed", "to", "be", "members", "of"],
    ];

    private static bool MembersOf(IReadOnlyList<Token> tokens, int from, int to)
    {
        int words = to - from;
        if (words > 0 && tokens[to - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words--;
        }

        return MembershipWords.Any(m => m.Length == words && m.Select((w, i) => tokens[from + i].Text == w).All(same => same));
    }

    private Candidate? Choose(IReadOnlyList<Token> tokens, int start, PhraseHit hit, int sentence, CallState call)
    {
        var span = new TextSpan(tokens[start].Span.Start, hit.EndChar);
        var actors = new List<(Actor Actor, ActorMatch Match)>();
        foreach (var entry in hit.Entries)
        {
            if (entry.Anaphor != AnaphorClass.None || entry.Actor is not { } actor || !actor.IsActiveOn(call.Published)
                || (entry.CaseSensitive && !PhraseIndex.SameCase(entry, tokens, start, hit))
                || (entry.NeedsScope && (!actor.IsInScope(call.Focus) || AfterForeignDemonym(tokens, start, call.Focus)))
                || (entry.Match == ActorMatch.Description && hit.EndToken < tokens.Count && Attributive.Contains(tokens[hit.EndToken].Text))
                || (entry.Match == ActorMatch.Acronym && IsShortAcronym(entry) && !actor.IsInScope(call.Focus) && !call.Seen.Contains(actor)
                    && !(hit.EndToken < tokens.Count && FighterNouns.Contains(tokens[hit.EndToken].Text))))
            {
                continue;
            }

            actors.Add((actor, entry.Match));
        }

        if (actors.Count > 0)
        {
            return Pick(actors, call, sentence, start, hit.EndToken, span);
        }

        // "police" in a report about a country whose police the knowledge base lacks: that country's police.
        var outOfScope = hit.Entries.Where(e => e is { Match: ActorMatch.Description, NeedsScope: true, Anaphor: AnaphorClass.None, Actor: not null }
                                                && !AfterForeignDemonym(tokens, start, call.Focus))
            .Select(e => e.Actor!).ToList();
        if (outOfScope.Count > 0 && _national?.GenericFor(outOfScope, call.Focus, call.Published) is { } generic)
        {
            return new Candidate(sentence, start, hit.EndToken, span, generic, ActorMatch.Description, null, AnaphorClass.None, [], null);
        }

        var anaphors = hit.Entries.Where(e => e.Anaphor != AnaphorClass.None).ToList();
        if (anaphors.Count == 0)
        {
            return null;
        }

        var fallbacks = anaphors.Select(e => e.Actor).OfType<Actor>()
            .Where(a => a.IsActiveOn(call.Published) && a.IsInScope(call.Focus)).Distinct().ToList();
        return new Candidate(sentence, start, hit.EndToken, span, null, ActorMatch.Coreference, null, anaphors[0].Anaphor, fallbacks, null);
    }

    // Several actors for one phrase: prefer the document's country, then (without a date) the current regime.
    private static Candidate Pick(List<(Actor Actor, ActorMatch Match)> actors, CallState call, int sentence, int start, int end, TextSpan span)
    {
        var ranked = actors
            .OrderByDescending(a => a.Actor.IsInScope(call.Focus))
            .ThenByDescending(a => call.Published is null && a.Actor.ActiveTo is null)
            .ToList();
        var best = ranked[0];
        var rivals = ranked.Where(a => !ReferenceEquals(a.Actor, best.Actor)
                                       && a.Actor.IsInScope(call.Focus) == best.Actor.IsInScope(call.Focus)
                                       && (call.Published is not null || (a.Actor.ActiveTo is null) == (best.Actor.ActiveTo is null)))
            .Select(a => a.Actor.Name).Distinct().ToList();
        if (rivals.Count == 0)
        {
            return new Candidate(sentence, start, end, span, best.Actor, best.Match, null, AnaphorClass.None, [], null);
        }

        string note = $"ambiguous: \"{best.Actor.Name}\" or \"{string.Join("\" or \"", rivals)}\"; review";
        return new Candidate(sentence, start, end, span, null, ActorMatch.Unresolved, note, AnaphorClass.None, [], null);
    }

    private Candidate? ResolveAnaphor(Candidate anaphor, CallState call)
    {
        for (int k = call.History.Count - 1; k >= 0; k--)
        {
            var earlier = call.History[k];
            if (anaphor.Anaphor != AnaphorClass.Alliance && anaphor.Sentence - earlier.Sentence > AnaphorReach)
            {
                break;
            }

            if (earlier.Actor is { } actor && Fits(anaphor.Anaphor, actor))
            {
                return anaphor with { Actor = actor, Match = ActorMatch.Coreference, Anaphor = AnaphorClass.None };
            }

            if (earlier.OrganisationName is { } name && (anaphor.Anaphor != AnaphorClass.Alliance || OrganisationFinder.IsAllianceName(name)))
            {
                return anaphor with
                {
                    Match = ActorMatch.Unresolved, Anaphor = AnaphorClass.None, OrganisationName = name,
                    Note = $"refers to \"{name}\", which is not in the knowledge base; review",
                };
            }
        }

        if (anaphor.Fallbacks.Count == 1)
        {
            // Nothing named yet: the knowledge base says what such a phrase means in this country and period.
            return anaphor with { Actor = anaphor.Fallbacks[0], Match = ActorMatch.Description, Anaphor = AnaphorClass.None };
        }

        return null;
    }

    private bool Fits(AnaphorClass anaphor, Actor actor) => anaphor switch
    {
        // A coalition of gangs (Viv Ansanm) is no rebel alliance, but it has members.
        AnaphorClass.Alliance => actor.Kind == ActorKind.RebelAlliance || (knowledge.MembersOf(actor, null).Count > 0 && actor.Inter != 1),
        AnaphorClass.Group => actor.IsNonStateArmed,
        AnaphorClass.Rebels => actor.IsNonStateArmed && actor.Inter is 2 or 3,
        AnaphorClass.Forces => actor.IsNonStateArmed || actor.Kind == ActorKind.StateForces,
        _ => false,
    };

    // "the military coup", "military rule": the description is an adjective here, not a party to anything.
    private static readonly HashSet<string> Attributive = new(StringComparer.OrdinalIgnoreCase) { "coup", "coups", "takeover", "rule", "court", "courts", "tribunal" };

    // "PIJ militants" in a report about a rocket that hit Israel: an acronym that names fighters is the armed group,
    // though it belongs to another country's file and is short enough to be something else elsewhere.
    private static readonly HashSet<string> FighterNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "militants", "fighters", "rebels", "gunmen", "militiamen", "insurgents", "guerrillas", "jihadists", "combatants",
    };

    private static bool IsShortAcronym(PhraseEntry entry) => entry.Surface.Length == 1 && entry.Surface[0].Length <= 3;

    // "Chinese civilians" in a Myanmar report are not Civilians (Myanmar).
    private bool AfterForeignDemonym(IReadOnlyList<Token> tokens, int start, string? focus)
    {
        if (start == 0 || !tokens[start - 1].IsCapitalized)
        {
            return false;
        }

        string word = tokens[start - 1].Text;
        var own = knowledge.Countries.FirstOrDefault(c => c.Code == focus);
        if (own is not null && (own.Demonyms.Contains(word, StringComparer.OrdinalIgnoreCase) || own.Names.Contains(word, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        return knowledge.CountryWords.Contains(word) || OtherDemonyms.Contains(word)
               || (word.Length > 4 && (word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
                                       || word.EndsWith("ish", StringComparison.Ordinal)));
    }

    private static readonly HashSet<string> OtherDemonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Thai", "Bangladeshi", "Pakistani", "Iraqi", "Saudi", "Emirati", "Kuwaiti", "Qatari", "Omani", "Nepali", "Afghan",
        "American", "French", "Dutch", "Greek", "Swiss", "Turkish", "Kenyan", "Rwandan", "Ugandan", "Burundian", "Chadian",
    };

    /// <summary>What one call has seen so far: actors named, mentions in order, and unknown organisations' acronyms.</summary>
    private sealed class CallState(string? focus, DateOnly? published)
    {
        public string? Focus { get; set; } = focus;

        public DateOnly? Published { get; } = published;

        public HashSet<Actor> Seen { get; } = [];

        public List<Candidate> History { get; } = [];

        public Dictionary<string, string> OrganisationAcronyms { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>A mention before anaphors are resolved; token indexes are within the sentence.</summary>
/// <param name="Fallbacks">For an anaphor, the actors the knowledge base gives it when nothing compatible precedes it.</param>
/// <param name="OrganisationName">For an unresolved organisation, its name, so later anaphors can point to it.</param>
internal sealed record Candidate(int Sentence, int StartToken, int EndToken, TextSpan Span, Actor? Actor, ActorMatch Match,
    string? Note, AnaphorClass Anaphor, IReadOnlyList<Actor> Fallbacks, string? OrganisationName);
