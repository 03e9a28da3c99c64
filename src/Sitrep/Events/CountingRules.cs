using System.Text.RegularExpressions;

namespace Sitrep.Events;

using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// Ties the numbers of an event's sentence to what they count: fatalities, injuries, or another count
/// ("2,389 army personnel ... had surrendered" → personnel_surrendered). ACLED takes the lowest credible figure.
/// </summary>
internal sealed partial class CountingRules(EventInput input, MentionsBySentence mentions)
{
    [GeneratedRegex(@"\b(?:(?<before>killed|killing|injured|injuring|wounded|wounding|shot dead|gunned down|beheaded|murdered) (?:a|an|one) (?:\d+-year-old |young |local |pregnant )?(?<who>[a-z]+)|\b(?:a|an|one) (?:\d+-year-old |young |local )?(?<who>[a-z]+) (?:was|were) " + HarmWording.Adverb + @"(?<after>killed|injured|wounded|shot dead|gunned down|beheaded|murdered))\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex SingleVictim();

    // "raided the village", "burning down houses", "three houses were set on fire": homes and villages as the target.
    [GeneratedRegex(@"\b((at|on|into|targeting|hit|hitting|towards|to|shelled|shelling|bombed|bombing|attacked|attacking|torched|burned|burning|raided|raiding|(burned|burnt|burning) down|set fire to)( the)?( nearby| several| two| three| a)? (civilians|villagers|villages?|homes?|houses?|residential (areas?|districts?)|markets?|schools?|monastery|monasteries|churches?|hospitals?)|(houses|homes) (\w+ ){0,2}(were|was) (set on fire|set ablaze|torched|burned down|burnt down))\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex TargetsCivilians();

    [GeneratedRegex(@"\b(villagers?|civilians?|residents?|locals?(?! (defen[cs]e|PDFs?|people's|militias?|resistance|guerrillas?|groups?|forces?|fighters?|units?))|people|persons?|IDPs?|refugees?|man|men|woman|women|child|children|boys?|girls?|youths?|teenagers?|farmers?|family|administrators?|assistants?|staff|workers?|monks?|students?|passers-by|bystanders?|drivers?|shepherds?|vendors?|traders?|shopkeepers?|pedestrians?|motorists?|labou?rers?|teachers?|nurses?|doctors?|passengers?|journalists?|reporters?|researchers?|aid workers?|elders|hostages?|tourists?|nationals|citizens|pupils?|schoolgirls?|schoolchildren|engineers?|missionar(y|ies)|nuns?|pastors?|worshipp?ers?|priests?|imams?|herders?|fishermen|palestinians|israelis|ukrainians|syrians|iraqis|afghans|yemenis|somalis|sudanese|congolese|rohingya|lebanese)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex CivilianNoun();

    [GeneratedRegex(@"\b(injured|injuried|injuring|injuries|killed|killing|died|dead|wounded|wounding|hurt|hit|stepped|suffered|sustained|abducted|kidnapped|snatched|raped|tortured|beaten|executed|massacred|beheaded|stabbed)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex HarmVerb();

    // "fired artillery shells at Lel Mu Pa Law village", "towards IDP camps", "at a Catholic church": a named or
    // described civilian place as the target of fire. The names are capitalised words, matched case-sensitively.
    [GeneratedRegex(@"\b(at|on|into|towards|targeting|shelled|shelling|bombed|bombing)( the| a| an)?((?-i: [A-Z][\w'-]*){1,4}((,| and)(?-i: [A-Z][\w'-]*){1,4})*)? (villages?|churches|church|monastery|monasteries|IDP camps?|displacement camps?|residential (areas?|wards?))\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex TargetsNamedCivilianPlace();

    [GeneratedRegex(@"\b(soldiers?|troops?|police|policem[ae]n|officers?|fighters?|militia|members of the)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex ArmedNoun();

    [GeneratedRegex(@"\bby (the |a |an )?([\w'-]+ ){0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, RegexLimits.TimeoutMs)]
    private static partial Regex ByAgent();

    /// <summary>
    /// ACLED codes Civilians as the target when civilians are harmed: "a villager stepped on a landmine", "A ward
    /// administrator and his assistant were injured", "fired shells into the village". Armed victims do not count.
    /// </summary>
    private bool HarmsCivilians(Sentence sentence)
    {
        string text = input.Document.SliceNormalized(sentence.Span);
        return (CivilianNoun().IsMatch(text) && HarmVerb().IsMatch(text) && !NamesArmedVictims(text)) || TargetsCivilians().IsMatch(text)
               || TargetsNamedCivilianPlace().IsMatch(text);
    }

    // Soldiers or police in the sentence may be the ones hurt, unless they are only the agent: "a mine planted by junta
    // troops", or the subject of an active verb of harm after them ("RSF fighters abducted at least 15 young men").
    private static bool NamesArmedVictims(string text)
    {
        var harm = HarmVerb().Match(text);
        bool activeHarm = harm.Success && DoneToOthers.Contains(harm.Value) && !PassiveBefore().IsMatch(text.AsSpan(0, harm.Index));
        foreach (var match in ArmedNoun().EnumerateMatches(text))
        {
            bool subject = activeHarm && match.Index < harm.Index;
            // "..., killing six, police said": the police who tell of it are its source, not among those harmed.
            bool speaks = SpeakerAfter().IsMatch(text.AsSpan(match.Index + match.Length));
            if (!subject && !speaks && !ByAgent().IsMatch(text.AsSpan(0, match.Index)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^( [\w-]+)? (said|says|told|reported|added|confirmed)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex SpeakerAfter();

    // Verbs of harm that take their victim as object; "died", "suffered" or "hit" say nothing of who did it.
    private static readonly HashSet<string> DoneToOthers = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "killing", "wounded", "wounding", "injured", "injuring", "abducted", "kidnapped", "snatched", "raped",
        "tortured", "beaten", "executed", "massacred", "beheaded", "stabbed",
    };

    // "were killed", "had been abducted": the verb of harm is passive, and what comes before it suffered it.
    [GeneratedRegex(@"\b(was|were|is|are|been|being) ([a-z]+ly )?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, RegexLimits.TimeoutMs)]
    private static partial Regex PassiveBefore();

    private static readonly HashSet<string> KillWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "killing", "dead", "died", "deaths", "fatalities", "bodies", "kill", "massacred", "executed", "slain",
        "shot dead", "gunned down", "beheaded", "murdered", "neutralised", "neutralized",
    };

    private static readonly HashSet<string> InjuryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wounded", "wounding", "injured", "injuring", "injuries", "hurt", "wounds",
    };

    /// <summary>Verbs whose object or subject is counted by the events and claims that carry them.</summary>
    public static readonly HashSet<string> CountVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "surrendered", "captured", "arrested", "detained", "displaced", "abducted", "kidnapped", "evacuated", "returned",
        "raided", "seized", "destroyed", "fled", "defected", "repatriated", "released", "freed", "taken",
    };

    /// <summary>Leading words that describe rather than name what is counted ("army personnel" counts personnel).</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "military", "government", "junta", "rebel", "security", "electronic", "other", "local", "foreign", "more",
    };

    private static readonly HashSet<string> CivilianNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "civilians", "villagers", "residents", "children", "women", "men", "persons", "passengers", "worshippers",
        "students", "farmers", "family", "families", "others",
        // People of a nation at war, told by nationality alone ("killing three Palestinians"): not named as fighters.
        "Palestinians", "Israelis", "Ukrainians", "Syrians", "Iraqis", "Afghans", "Yemenis", "Somalis", "Sudanese", "Congolese",
        "Rohingya", "Lebanese",
    };

    /// <summary>Counts from the candidate's own sentence: casualties, other counts, civilian targets.</summary>
    public void Apply(EventCandidate candidate)
    {
        ApplySentence(candidate, candidate.Sentence, casualtiesOnly: false);
        candidate.CivilianVictims |= HarmsCivilians(candidate.Sentence);
    }

    /// <summary>
    /// "Israeli air strikes killed 25 Palestinians ..., as fighting raged in Khan Younis": when one sentence tells
    /// several events, each toll belongs to the event whose trigger comes last before it (the first event when none
    /// does), not to every event of the sentence; the others lose it and, with it, its civilian victims.
    /// </summary>
    public void ShareTolls(IReadOnlyList<EventCandidate> sentenceEvents)
    {
        if (sentenceEvents.Count < 2)
        {
            return;
        }

        var tolls = sentenceEvents.SelectMany(c => c.Evidence).Where(e => e.Field is "fatalities" or "injured").Distinct().ToList();
        foreach (var toll in tolls)
        {
            var owner = sentenceEvents.Where(c => c.TriggerSpan.Start <= toll.Span.Start).MaxBy(c => c.TriggerSpan.Start) ?? sentenceEvents[0];
            int value = mentions.Quantities.In(owner.Sentence).FirstOrDefault(q => q.Span == toll.Span) is { } q ? (int)Math.Min(int.MaxValue, q.Value) : 1;
            foreach (var other in sentenceEvents.Where(c => c != owner && c.Evidence.Contains(toll)))
            {
                other.Evidence.Remove(toll);
                if (toll.Field == "fatalities")
                {
                    other.Fatalities = other.Fatalities - value is > 0 and var left ? left : null;
                }
                else
                {
                    other.Injured = other.Injured - value is > 0 and var left ? left : null;
                }

                other.CivilianVictims = false;
            }
        }
    }

    /// <summary>
    /// Casualties told in a later sentence with no event of its own ("Two soldiers were killed and five others
    /// were injured.") belong to the event just before it in the paragraph.
    /// </summary>
    public void ApplyFollowUp(EventCandidate candidate, Sentence sentence)
    {
        if (IsCasualtySentence(sentence))
        {
            ApplySentence(candidate, sentence, casualtiesOnly: true);
        }

        candidate.CivilianVictims |= HarmsCivilians(sentence);
    }

    private void ApplySentence(EventCandidate candidate, Sentence sentence, bool casualtiesOnly)
    {
        bool killedSomeone = false, injuredSomeone = false;
        foreach (var q in mentions.Quantities.In(sentence))
        {
            if (candidate.Attribution?.ReportingRegion is { } region && region.Contains(q.Span))
            {
                continue;
            }

            var (verb, verbSpan) = VerbFor(sentence, q);
            if (verbSpan is { } at && candidate.Trigger.Has(TriggerTraits.Demonstration) && NamesAnAct(sentence, at))
            {
                verb = null; // "rallied ..., denouncing the killing of two classmates": the grievance's toll, not the protest's
            }

            if (IsSubset(sentence, q))
            {
                verb = null; // "killing nine people, including two children, and wounding 32": the two are of the nine
            }

            int value = (int)Math.Min(int.MaxValue, q.Value);
            bool civilians = q.Counted is { } counted && counted.Split(' ').Any(CivilianNouns.Contains);
            if (verb is not null && (KillWords.Contains(verb) || InjuryWords.Contains(verb)))
            {
                candidate.CivilianVictims |= civilians;
            }

            if (verb is not null && KillWords.Contains(verb))
            {
                candidate.Fatalities = (candidate.Fatalities ?? 0) + value;
                candidate.AddEvidence("fatalities", q.Span, input.Document);
                killedSomeone = true;
            }
            else if (verb is not null && InjuryWords.Contains(verb))
            {
                candidate.Injured = (candidate.Injured ?? 0) + value;
                candidate.AddEvidence("injured", q.Span, input.Document);
                injuredSomeone = true;
            }
            else if (!casualtiesOnly && (verb is not null || IsSubset(sentence, q)) && CountKey(q, verb, IsSubset(sentence, q)) is { } key)
            {
                candidate.Counts[key] = q.Value;
                candidate.AddEvidence("counts." + key, q.Span, input.Document);
            }
        }

        CountSingleVictims(candidate, sentence, killedSomeone, injuredSomeone);
    }

    // "killed a 62-year-old man", "A child was injured": one victim, though no number is written.
    private void CountSingleVictims(EventCandidate candidate, Sentence sentence, bool killedSomeone, bool injuredSomeone)
    {
        string text = input.Document.SliceNormalized(sentence.Span);
        foreach (Match m in SingleVictim().Matches(text))
        {
            string verb = (m.Groups["before"].Success ? m.Groups["before"] : m.Groups["after"]).Value.ToLowerInvariant();
            var span = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
            if (KillWords.Contains(verb) && !killedSomeone)
            {
                candidate.Fatalities = (candidate.Fatalities ?? 0) + 1;
                candidate.AddEvidence("fatalities", span, input.Document);
            }
            else if (InjuryWords.Contains(verb) && !injuredSomeone)
            {
                candidate.Injured = (candidate.Injured ?? 0) + 1;
                candidate.AddEvidence("injured", span, input.Document);
            }

            candidate.CivilianVictims |= m.Groups["who"].Value.ToLowerInvariant() is not ("soldier" or "policeman" or "officer" or "fighter" or "member");
            killedSomeone |= KillWords.Contains(verb);
        }

        CountNamedVictims(candidate, sentence, killedSomeone);
    }

    // "an air strike ... that killed Al Shabaab senior leader Abdullahi Yare", "commander Ali Hassan was shot dead": a
    // person killed by name is one death, though no number is written.
    private void CountNamedVictims(EventCandidate candidate, Sentence sentence, bool killedSomeone)
    {
        if (killedSomeone)
        {
            return;
        }

        string text = input.Document.Normalized;
        foreach (var person in mentions.People.In(sentence))
        {
            int from = Math.Max(sentence.Span.Start, person.Span.Start - NamedVictimReach);
            int to = Math.Min(sentence.Span.End, person.Span.End + NamedVictimReach);
            if (KilledBeforeName().IsMatch(text.AsSpan(from, person.Span.Start - from)) || KilledAfterName().IsMatch(text.AsSpan(person.Span.End, to - person.Span.End)))
            {
                candidate.Fatalities = (candidate.Fatalities ?? 0) + 1;
                candidate.AddEvidence("fatalities", person.Span, input.Document);
                return;
            }
        }
    }

    /// <summary>Characters before or after a name that a killing verb naming that person as its victim may stand within.</summary>
    private const int NamedVictimReach = 60;

    // The verb, then only the victim's affiliation and title ("killed Al Shabaab senior leader "): no punctuation.
    [GeneratedRegex(@"\b(killed|killing|kills|shot dead|gunned down|assassinated|assassinating|murdered|beheaded|executed)\s+(?:[\w'.-]+\s+){0,5}$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex KilledBeforeName();

    // "Abdullahi Yare was killed", "Ali Hassan, a local chief, was shot dead".
    [GeneratedRegex(@"^(\s*,[^,.;]{1,50},)?\s+(was|has been|had been)\s+(\w+\s+)?(killed|shot dead|gunned down|assassinated|murdered|beheaded|executed)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex KilledAfterName();

    public bool IsCasualtySentence(Sentence sentence) =>
        mentions.Quantities.In(sentence).Any(q => VerbFor(sentence, q).Verb is { } v && (KillWords.Contains(v) || InjuryWords.Contains(v)))
        || SingleVictim().IsMatch(input.Document.SliceNormalized(sentence.Span));

    /// <summary>
    /// The verb that says what happened to the counted people or things: just before the number ("wounding five
    /// people", "captured 250 targets") or after the counted phrase ("2,389 army personnel ... had surrendered").
    /// </summary>
    public static (string? Verb, TextSpan? Span) VerbFor(Sentence sentence, QuantityMention q)
    {
        var tokens = sentence.Tokens;
        int start = IndexAt(tokens, q.Span.Start);
        for (int k = start - 1; k >= Math.Max(0, start - 2); k--)
        {
            if (tokens[k].Lower is "and" or "or" or "," or "while")
            {
                break; // "injured and one man was killed": the verb before the conjunction belongs to the other clause
            }

            if (IsCountingVerb(tokens[k].Text))
            {
                return (tokens[k].Lower, tokens[k].Span);
            }

            if (k == start - 2 && tokens[k].Lower == "death" && tokens[k + 1].Lower == "of")
            {
                return ("deaths", tokens[k].Span); // "causing the death of at least 10 persons"
            }

            if (k == start - 1 && tokens[k].Kind == TokenKind.Word && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[k].Lower.Length > 5)
            {
                // "freeing more than 3,600 inmates, and at least 12 people were killed": the count is the object of
                // its own verb, not the subject of a later one.
                return (null, null);
            }
        }

        // "Riots left 30 dead", "the blast left 12 injured": the word read as what is counted is what happened to them.
        if (q.CountedSpan is { } counted && IndexAt(tokens, counted.Start) is var c && c < tokens.Count
            && tokens[c].Span.End == counted.End && (KillWords.Contains(tokens[c].Text) || InjuryWords.Contains(tokens[c].Text)))
        {
            return (tokens[c].Lower, tokens[c].Span);
        }

        int after = IndexAt(tokens, (q.CountedSpan ?? q.Span).End);
        int depth = 0;
        for (int k = after; k < Math.Min(tokens.Count, after + 14); k++)
        {
            string t = tokens[k].Text;
            if (t == "including"
                || (t == "," && depth == 0 && k + 1 < tokens.Count && tokens[k + 1].Lower is "most" or "many" or "mostly" or "all" or "among" or "half" or "several" or "some"))
            {
                // "At least 45 people, most of them displaced civilians, were killed": an aside on who they were, whose
                // words ("displaced") say nothing of what happened to them.
                depth++;
            }
            else if (t == "," && depth > 0)
            {
                depth--;
            }
            else if (t is ";" or ":" or "." || (t == "," && depth == 0 && k + 1 < tokens.Count && tokens[k + 1].Lower is not "including"
                                                    && tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                break; // "15 raids on Idlib province, killing seven civilians": the clause after the comma counts its own
            }
            else if (depth == 0 && k > after && tokens[k].Lower is "after" or "before" or "while" or "when" or "because" or "since" or "until")
            {
                break; // "Thousands rallied ..., a week after riots left dozens dead": a clause of its own begins
            }
            else if (depth == 0 && k > after && tokens[k].Lower == "to" && k + 1 < tokens.Count && PurposeVerbs.Contains(tokens[k + 1].Lower))
            {
                break; // "Thousands marched in Nairobi to mourn two protesters killed last month": what they marched for
            }
            else if (depth == 0 && IsCountingVerb(t))
            {
                // "Thousands marched ... to denounce the killing of traders": the word names an act the counted people
                // speak of; it is not what happened to them. "two protesters killed last month": a toll told as past.
                return (k > after && NamesAnAct(sentence, tokens[k].Span)) || ToldAsPast(tokens, k) ? (null, null) : (tokens[k].Lower, tokens[k].Span);
            }
        }

        return (null, null);
    }

    // Verbs after "to" that say what a crowd gathered for, not what happened to it.
    private static readonly HashSet<string> PurposeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "mourn", "denounce", "protest", "condemn", "demand", "mark", "commemorate", "honour", "honor", "remember", "decry",
        "oppose", "support", "express", "voice", "call", "demonstrate", "march", "rally",
    };

    // "killed last month", "killed two years ago", "killed earlier this year": a toll of something before the event.
    private static bool ToldAsPast(IReadOnlyList<Token> tokens, int verb) =>
        verb + 2 < tokens.Count
        && ((tokens[verb + 1].Lower == "last" && tokens[verb + 2].Lower is "week" or "month" or "year" or "weekend")
            || (tokens[verb + 1].Lower == "earlier" && tokens[verb + 2].Lower == "this")
            || (verb + 3 < tokens.Count && tokens[verb + 3].Lower == "ago"));

    // "the killing of", "their deaths": after an article or a possessive the word is a noun naming an act.
    private static bool NamesAnAct(Sentence sentence, TextSpan word)
    {
        int k = IndexAt(sentence.Tokens, word.Start);
        return k > 0 && (Tokens.IsDeterminer(sentence.Tokens[k - 1]) || sentence.Tokens[k - 1].Lower.EndsWith("'s", StringComparison.Ordinal));
    }

    private static bool IsCountingVerb(string word) => KillWords.Contains(word) || InjuryWords.Contains(word) || CountVerbs.Contains(word);

    /// <summary>"including six brigadier generals": a subset of another count, keyed by what it counts alone.</summary>
    private static bool IsSubset(Sentence sentence, QuantityMention q)
    {
        int i = IndexAt(sentence.Tokens, q.Span.Start);
        return i > 0 && sentence.Tokens[i - 1].Lower is "including" or "among";
    }

    /// <summary>A readable key: the counted noun without descriptive modifiers, plus the verb ("personnel_surrendered").</summary>
    public static string? CountKey(QuantityMention q, string? verb, bool subset)
    {
        var words = (q.Counted ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Modifiers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        string noun = string.Join('_', words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
        if (!subset && verb is not null && CountVerbs.Contains(verb))
        {
            return noun.Length > 0 ? noun + "_" + verb : verb;
        }

        return noun.Length > 0 ? noun : null;
    }

    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        int i = 0;
        while (i < tokens.Count && tokens[i].Span.Start < offset)
        {
            i++;
        }

        return i;
    }
}
