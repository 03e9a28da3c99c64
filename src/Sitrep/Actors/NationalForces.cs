namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>The country a nationality adjective names ("Israeli" → IL, Israel), or null for any other word.</summary>
public delegate NationalityOf? NationalityLookup(string word);

/// <summary>The country a name of one or more words names outright ("Russia", "South Sudan"), or null.</summary>
public delegate NationalityOf? CountryNameLookup(string name);

/// <summary>A country as a nationality adjective names it: ISO alpha-2 code and the country's name.</summary>
public sealed record NationalityOf(string Code, string Country);

/// <summary>What the Actors stage asks the gazetteer about countries.</summary>
/// <param name="Nationality">"Israeli" → Israel.</param>
/// <param name="CountryNamed">"Russia", "South Sudan" → that country.</param>
/// <param name="NameOf">"PK" → "Pakistan", for generic actors of a report's country.</param>
public sealed record CountryLookups(NationalityLookup Nationality, CountryNameLookup CountryNamed, Func<string, string?> NameOf);

/// <summary>
/// "Israeli soldiers", "Turkish riot police", "Afghan rebels", "Russian warplanes": a nationality adjective before a
/// force noun names that country's forces as ACLED does (Military Forces of X, Police Forces of X, Government of X,
/// Unidentified Armed Group (X), Protesters (X)). The knowledge base's actor for that country and date is used when
/// it has one; otherwise the generic name is made up from the country's name. Civilians by nationality ("Chinese
/// citizens") are not actors. A country named as the one that strikes ("Israel carried out air strikes", "accused
/// Russia of shelling") stands for its military the same way. And in a report about a country the knowledge base has
/// no police or gunmen for, "police" and "gunmen" are that country's, as they would be in a country it covers.
/// </summary>
internal sealed class NationalForces(ActorKnowledgeBase knowledge, CountryLookups countries)
{
    /// <summary>Longest country name tried, in words ("Democratic Republic of the Congo" is spelled out rarely enough).</summary>
    private const int MaxCountryWords = 3;

    private enum Force
    {
        Military,
        Police,
        Government,
        Armed,
        Protesters,
    }

    // Nouns naming people of a force; the mention spans adjective and noun ("Israeli soldiers").
    private static readonly Dictionary<string, Force> People = new(StringComparer.OrdinalIgnoreCase)
    {
        ["army"] = Force.Military, ["troops"] = Force.Military, ["soldiers"] = Force.Military, ["forces"] = Force.Military,
        ["military"] = Force.Military, ["paratroopers"] = Force.Military, ["marines"] = Force.Military, ["commandos"] = Force.Military,
        ["navy"] = Force.Military, ["servicemen"] = Force.Military, ["staff"] = Force.Military, ["ministry"] = Force.Government,
        ["police"] = Force.Police, ["policemen"] = Force.Police, ["gendarmes"] = Force.Police, ["gendarmerie"] = Force.Police,
        ["government"] = Force.Government, ["authorities"] = Force.Government, ["officials"] = Force.Government,
        ["rebels"] = Force.Armed, ["guerrillas"] = Force.Armed, ["guerillas"] = Force.Armed, ["insurgents"] = Force.Armed,
        ["militants"] = Force.Armed, ["militiamen"] = Force.Armed, ["gunmen"] = Force.Armed,
        ["protesters"] = Force.Protesters, ["demonstrators"] = Force.Protesters,
    };

    // Weapons and vehicles a state's forces operate, their attacks and where they hold; the mention is the adjective
    // alone ("Russian" drone strike, 46 "Russian" assaults, attacked "Ukrainian" positions), so the weapon or attack
    // stays the event's trigger.
    private static readonly HashSet<string> Weapons = new(StringComparer.OrdinalIgnoreCase)
    {
        "warplanes", "warplane", "jets", "aircraft", "planes", "helicopters", "gunships", "tanks", "tank", "artillery", "drone", "drones",
        "warships", "gunboats", "missile", "missiles", "air", "airstrike", "airstrikes", "shelling",
        "attack", "attacks", "assault", "assaults", "offensive", "advance", "advances", "incursion", "incursions", "strike", "strikes",
        "positions", "outposts", "bases", "garrison", "garrisons", "convoy", "convoys", "units", "defences", "defenses", "lines",
    };

    // Verbs of armed force after a country's name: the country is the attacker ("Russia shelled", "Israel carried out").
    private static readonly HashSet<string> StrikeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "shelled", "shells", "bombed", "bombs", "struck", "strikes", "pounded", "pounds", "attacked", "attacks", "raided",
        "invaded", "bombarded", "targeted", "targets", "launched", "launches", "fired", "fires", "downed", "conducted", "carried",
    };

    // Words that may stand between a country's name and its verb: "Russia has again shelled".
    private static readonly HashSet<string> BetweenSubjectAndVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "again", "reportedly", "allegedly", "then", "later", "overnight", "repeatedly",
    };

    // What an accusation pins on a country: "accused Russia of shelling", "blamed Israel for the strike".
    private static readonly HashSet<string> AttackGerunds = new(StringComparer.OrdinalIgnoreCase)
    {
        "shelling", "bombing", "attacking", "striking", "targeting", "firing", "launching", "raiding", "killing", "carrying",
    };

    private static readonly HashSet<string> AttackNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing", "bombardment", "raid", "raids",
    };

    // Words that may stand between the adjective and the noun: "Liberian riot police", "Turkish security forces",
    // "Israeli helicopter gunships".
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "riot", "border", "security", "government", "special", "armed", "federal", "army", "regular", "elite", "interim", "military",
        "occupation", "invasion", "naval", "ground", "defense", "defence", "paramilitary", "state", "central", "general",
        "foreign", "interior", "helicopter", "fighter", "combat", "navy",
    };

    /// <summary>The national-force mentions of one sentence that no known phrase already covers.</summary>
    public List<Candidate> Find(IReadOnlyList<Token> tokens, int sentence, IReadOnlyList<Candidate> known, DateOnly? published)
    {
        var found = new List<Candidate>();
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsCapitalized || known.Any(c => c.StartToken <= i && i < c.EndToken) || PartOfTwoWordNation(tokens, i))
            {
                continue;
            }

            // "South Sudanese troops": a two-word nationality before the one-word one it ends with.
            var twoWords = i + 2 < tokens.Count && tokens[i + 1].IsCapitalized ? NationOf($"{tokens[i].Text} {tokens[i + 1].Text}") : null;
            if ((twoWords ?? NationOf(tokens[i].Text)) is not { } nation)
            {
                continue;
            }

            // "U.S. and British warplanes": the first of two nations shares the second's noun, and is a mention alone.
            // The tokenizer leaves the last dot of "U.S." a token of its own.
            int next = twoWords is not null ? i + 2
                : i + 1 < tokens.Count - 1 && tokens[i + 1].Text == "." && tokens[i].Text.Contains('.', StringComparison.Ordinal) ? i + 2 : i + 1;
            bool shared = next + 2 < tokens.Count && tokens[next].Lower == "and" && tokens[next + 1].IsCapitalized && NationOf(tokens[next + 1].Text) is not null;
            int j = shared ? next + 2 : next;
            if (j < tokens.Count - 1 && Modifiers.Contains(tokens[j].Text) && !known.Any(c => c.StartToken <= j && j < c.EndToken)
                && (People.ContainsKey(tokens[j + 1].Text) || Weapons.Contains(tokens[j + 1].Text)))
            {
                j++;
            }

            Force force;
            int end;
            if (People.TryGetValue(tokens[j].Text, out force))
            {
                end = shared ? next : j + 1;
                if (force == Force.Government && j > i + 1 && tokens[j - 1].Lower is "defense" or "defence")
                {
                    force = Force.Military; // "Russia's Defense Ministry" speaks for its armed forces
                }
            }
            else if (Weapons.Contains(tokens[j].Text))
            {
                (force, end) = (Force.Military, next);
            }
            else
            {
                continue;
            }

            if (known.Any(c => c.StartToken < end && i < c.EndToken) || ActorFor(nation, force, published) is not { } actor)
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            found.Add(new Candidate(sentence, i, end, span, actor, ActorMatch.Nationality, null, AnaphorClass.None, [], null));
            i = end - 1;
        }

        found.AddRange(StrikingCountries(tokens, sentence, [.. known, .. found], published));
        return found;
    }

    // "Sudanese" in "South Sudanese troops" is the second word of another nation's name.
    private bool PartOfTwoWordNation(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsCapitalized && NationOf($"{tokens[i - 1].Text} {tokens[i].Text}") is not null;

    // "Israeli" names Israel as an adjective; "Ukraine's" ("Ukraine's General Staff") as a possessive; "U.S." (in
    // "U.S. warplanes") by the abbreviation newsrooms use as the adjective.
    private NationalityOf? NationOf(string word) =>
        countries.Nationality(word)
        ?? (word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal) ? countries.CountryNamed(word[..^2])
            : word is "U.S" or "U.K" or "US" or "UK" ? countries.CountryNamed(word.Replace(".", "", StringComparison.Ordinal)) : null);

    /// <summary>
    /// "a military drone strike", "army helicopters fired": the armed forces' own weapons in a report about one country
    /// are that country's military, as "the military" would be. The mention is the one word, so the weapon stays the
    /// event's trigger.
    /// </summary>
    public IEnumerable<Candidate> OwnForcesWeapons(IReadOnlyList<Token> tokens, int sentence, IReadOnlyList<Candidate> known,
        string? focus, DateOnly? published)
    {
        if (focus is null || countries.NameOf(focus) is not { } name)
        {
            yield break;
        }

        for (int i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Lower is "military" or "army" && Weapons.Contains(tokens[i + 1].Text)
                && !known.Any(c => c.StartToken <= i + 1 && i < c.EndToken)
                && ActorFor(new NationalityOf(focus, name), Force.Military, published) is { } actor)
            {
                yield return new Candidate(sentence, i, i + 1, tokens[i].Span, actor, ActorMatch.Description, null, AnaphorClass.None, [], null);
            }
        }
    }

    /// <summary>
    /// "police", "gunmen" in a report about Pakistan: descriptions the knowledge base gives only other countries'
    /// police or unidentified armed groups name the focus country's. Only when every actor the phrase describes is
    /// of one such kind. "the army" and "troops" name the focus country's military only where the knowledge base has
    /// no file for that country at all: where it has one and leaves them out, they are ambiguous (Sudan).
    /// </summary>
    public Actor? GenericFor(IEnumerable<Actor> described, string? focus, DateOnly? published)
    {
        if (focus is null || countries.NameOf(focus) is not { } name)
        {
            return null;
        }

        bool uncharted = !knowledge.Actors.Any(a => a.IsInScope(focus));
        var forces = described.Select(a => GenericKind(a.Name, uncharted)).Distinct().ToList();
        return forces is [{ } force] ? ActorFor(new NationalityOf(focus, name), force, published) : null;
    }

    private static Force? GenericKind(string actorName, bool militaryToo) =>
        KnownPrefix(actorName, Force.Police) ? Force.Police
        : KnownPrefix(actorName, Force.Armed) ? Force.Armed
        : militaryToo && KnownPrefix(actorName, Force.Military) ? Force.Military
        : null;

    // "Israel carried out air strikes on Rafah", "Ukraine accused Russia of shelling Kharkiv": the country named as
    // the one that strikes is its military. A country named in any other role ("Russia said") is no actor.
    private IEnumerable<Candidate> StrikingCountries(IReadOnlyList<Token> tokens, int sentence, List<Candidate> known, DateOnly? published)
    {
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsCapitalized || known.Any(c => c.StartToken <= i && i < c.EndToken))
            {
                continue;
            }

            for (int words = Math.Min(MaxCountryWords, tokens.Count - 1 - i); words >= 1; words--)
            {
                int end = i + words;
                // The cheap test of the words around comes first: most capitalised words are followed by no strike.
                if (!(StrikesNext(tokens, end) || IsAccused(tokens, i, end) || SpeaksOfItsForces(tokens, end))
                    || known.Any(c => c.StartToken < end && i < c.EndToken)
                    || countries.CountryNamed(string.Join(' ', tokens.Skip(i).Take(words).Select(t => t.Text))) is not { } nation
                    || ActorFor(nation, Force.Military, published) is not { } actor)
                {
                    continue;
                }

                var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                yield return new Candidate(sentence, i, end, span, actor, ActorMatch.Nationality, null, AnaphorClass.None, [], null);
                i = end - 1;
                break;
            }
        }
    }

    private static bool StrikesNext(IReadOnlyList<Token> tokens, int at)
    {
        while (at < tokens.Count && BetweenSubjectAndVerb.Contains(tokens[at].Text))
        {
            at++;
        }

        if (at >= tokens.Count || !StrikeVerbs.Contains(tokens[at].Text))
        {
            return false;
        }

        // "carried" only as "carried out"; "launched", "fired" and "conducted" need an attack, not an appeal.
        return tokens[at].Lower switch
        {
            "carried" => at + 1 < tokens.Count && tokens[at + 1].Lower == "out",
            "launched" or "launches" or "fired" or "fires" or "conducted" => tokens.Skip(at + 1).Take(4).Any(t => AttackNouns.Contains(t.Text)
                || t.Lower is "missiles" or "missile" or "rockets" or "rocket" or "drones" or "drone" or "shells" or "offensive"),
            _ => true,
        };
    }

    /// <summary>
    /// "Russia said on Saturday its forces had taken full control of Avdiivka": a country telling of "its forces" speaks
    /// for its military, whose own act the clause tells. Only the day of speaking and "that" may stand between.
    /// </summary>
    private static bool SpeaksOfItsForces(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Lower is not ("said" or "says" or "announced" or "claimed" or "stated" or "reported"))
        {
            return false;
        }

        for (int k = at + 1; k + 1 < tokens.Count && k <= at + 6; k++)
        {
            if (tokens[k].Lower == "its")
            {
                return OwnForceNouns.Contains(tokens[k + 1].Text);
            }

            if (!SpokenWhen.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> OwnForceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "forces", "troops", "army", "military", "soldiers", "units", "warplanes", "jets", "aircraft", "drones", "navy", "artillery",
    };

    private static readonly HashSet<string> SpokenWhen = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "late", "early", "that", "today", "yesterday", "overnight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", ",",
    };

    private static bool IsAccused(IReadOnlyList<Token> tokens, int start, int end) =>
        start > 0 && end + 1 < tokens.Count
        && ((tokens[start - 1].Lower is "accused" or "accuses" or "accusing" && tokens[end].Lower == "of" && AttackGerunds.Contains(tokens[end + 1].Text))
            || (tokens[start - 1].Lower is "blamed" or "blames" or "blaming" && tokens[end].Lower == "for"
                && tokens.Skip(end + 1).Take(3).Any(t => AttackNouns.Contains(t.Text))));

    // ACLED writes "Military Forces of the United States", "Government of the Philippines" (but "Civilians (United States)").
    private static bool TakesThe(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country.Contains("Republic", StringComparison.Ordinal)
        || country is "Netherlands" or "Philippines";

    private Actor? ActorFor(NationalityOf nation, Force force, DateOnly? published)
    {
        string of = TakesThe(nation.Country) ? $"the {nation.Country}" : nation.Country;
        string name = force switch
        {
            Force.Military => $"Military Forces of {of}",
            Force.Police => $"Police Forces of {of}",
            Force.Government => $"Government of {of}",
            Force.Armed => $"Unidentified Armed Group ({nation.Country})",
            _ => $"Protesters ({nation.Country})",
        };

        // The knowledge base's own actor keeps ACLED's period in its name: "Military Forces of Israel (2022-)".
        var curated = knowledge.Actors
            .Where(a => string.Equals(a.Country, nation.Code, StringComparison.OrdinalIgnoreCase) && a.IsActiveOn(published)
                        && a.Memberships.Count == 0 && KnownPrefix(a.Name, force))
            .OrderBy(a => a.ActiveTo is null ? 0 : 1)
            .FirstOrDefault();
        if (curated is not null)
        {
            return curated;
        }

        var (inter, kind) = force switch
        {
            Force.Armed => (3, ActorKind.Other),
            Force.Protesters => (6, ActorKind.Protesters),
            Force.Government => (1, ActorKind.Government),
            _ => (1, ActorKind.StateForces),
        };
        return new Actor(name, inter, nation.Code, kind, [], [], null, null);
    }

    private static bool KnownPrefix(string name, Force force) => force switch
    {
        Force.Military => name.StartsWith("Military Forces of ", StringComparison.Ordinal),
        Force.Police => name.StartsWith("Police Forces of ", StringComparison.Ordinal),
        Force.Government => name.StartsWith("Government of ", StringComparison.Ordinal),
        Force.Armed => name.StartsWith("Unidentified Armed Group (", StringComparison.Ordinal),
        _ => name.StartsWith("Protesters (", StringComparison.Ordinal),
    };
}
