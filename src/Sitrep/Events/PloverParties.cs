namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>A PLOVER source or target: the words of the text that name the party, as PLOVER's actorText does.</summary>
public sealed record PloverParty(string Text, TextSpan Span);

/// <summary>
/// Finds the PLOVER source (the subject before the event's verb) and target (the first name after it) of an event in
/// its sentence, with the roles turned round in a passive, the subject of "must" as a demand's target, and the
/// object before the verb when no name follows it. PLOVER codes parties by their words ("Pakistan", "Turkish police", "Congo"), not by a curated actor,
/// so a state named by its country or capital is a party here although it is no ACLED actor.
/// </summary>
internal static partial class PloverParties
{
    private const int MaxSourceTokens = 8;

    /// <summary>Tokens after the verb that the target may start at.</summary>
    private const int TargetReach = 30;

    // Words between a subject and its verb that are not part of the subject: "Pakistan today threatened",
    // "Greece bluntly demanded", "The PRC on Tuesday demanded".
    private static readonly HashSet<string> NotSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "could", "may", "might", "must", "again",
        "also", "once", "today", "yesterday", "tonight", "finally", "bluntly", "outright", "reportedly", "routinely", "recently",
        "on", "in", "at", "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "then",
        "later", "earlier", "still", "already", "now", "formally", "officially", "immediately", "repeatedly", "strongly", "not",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "here", "there", "jointly", "just",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    // Common verbs without an -ed ending that end a subject ("Swiss doctors sent ...").
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "began", "begins", "begin", "sent", "sends", "took", "takes", "gave", "gives", "made",
        "makes", "met", "meets", "won", "fought", "blew", "struck", "shot", "threw", "beat", "held", "holds", "hold", "led",
        "leads", "broke", "brought", "left", "leave", "return", "returns", "plans", "seeks", "sought", "set", "put", "cut",
        "keep", "keeps", "kept", "continue", "continues", "remain", "remains", "face", "faces", "want", "wants", "claims",
        "threatens", "demands", "rejects", "reject", "urges", "warns", "calls", "refuses", "agrees", "accepts", "denies",
        "died", "dies", "hit", "hits",
        // Headline present tense: "Rebels seize Goma", "Sudan masses tanks near Abyei", "UN chief slams Khartoum".
        "seize", "seizes", "masses", "slams", "slam", "arrest", "kill", "kills", "storm", "storms", "shell", "shells",
        // Irregular past forms, which the -ed test misses: "Venezuela froze trade with Colombia and recalled ...".
        "froze", "drove", "rose", "fell", "flew", "sank", "stole", "spoke", "wrote", "chose", "bought", "sold", "paid", "fled",
        "caught", "swore", "tore", "stood", "withdrew", "overran", "forgave", "ran", "shook", "became", "came", "went", "saw",
        "knew", "grew", "drew", "lost", "spent", "built", "felt", "heard", "found", "hung", "dug", "fed", "quit", "got",
    };

    // Words ending in -ed that describe a noun rather than act: "unidentified gunmen", "armed groups".
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "unidentified", "armed", "masked", "suspected", "alleged", "unnamed", "banned", "so-called", "united", "elected",
        "detained", "displaced", "wounded", "injured", "hundred", "retired", "exiled", "outlawed", "disputed", "embattled",
        "aged", "self-styled", "allied", "associated", "affiliated", "based", "backed", "led", "appointed", "newly",
    };

    // Participles of harm a subject suffers: "has been killed", "were wounded".
    private static readonly HashSet<string> HarmParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "wounded", "injured", "hurt", "slain", "murdered", "assassinated", "abducted", "kidnapped", "shot", "executed",
        "tortured", "beaten",
    };

    // Openers that end at the first comma: "On Tuesday, Nigerian junior foreign minister ... summoned".
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "according", "meanwhile", "later", "earlier", "however", "last", "after", "yesterday", "today", "with",
        "despite", "following", "during", "amid", "since", "before",
    };

    private static readonly HashSet<string> ParticipleOpeners = new(StringComparer.Ordinal)
    {
        "citing", "fearing", "facing", "using", "seeking", "hoping", "backed", "armed", "angered", "alarmed", "emboldened",
    };

    // Capitalised words that never start a party name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "i",
    };

    /// <summary>The source before and the target after <paramref name="trigger"/> in <paramref name="sentence"/>.</summary>
    /// <remarks>A passive ("has been indicted by the U.N. war crimes court") turns the roles round.</remarks>
    public static (PloverParty? Source, PloverParty? Target) Find(Document document, Sentence sentence, TextSpan trigger, string? category = null)
    {
        var (source, target) = FindInClause(document, sentence, trigger, category);
        if (ActSubjectAgent(document, sentence, trigger) is { } agent)
        {
            // "The threat of NATO air strikes against Serbia was renewed by Secretary-General Javier Solana": the agent
            // acted, and what the act's own words aimed at stays the target.
            return (agent, target is not null && target.Span.Start >= agent.Span.Start && target.Span.Start < agent.Span.End ? null : target);
        }

        return (source, target);
    }

    private static (PloverParty? Source, PloverParty? Target) FindInClause(Document document, Sentence sentence, TextSpan trigger, string? category)
    {
        if ((Between(document, sentence, trigger) ?? Nominal(document, sentence, trigger, category)) is { } sides)
        {
            return sides;
        }

        var subject = Source(document, sentence, trigger);
        if (WeaponAgent(document, sentence, subject) is { } planter)
        {
            subject = planter; // "A car bomb planted by dissident republicans tore through Omagh": they acted
        }

        if (JointSides(document, sentence, trigger, category, subject) is { } joint)
        {
            return joint;
        }

        if (category is "ASSAULT" or "FIGHT" or "COERCE" or "MOBILIZE" or "RETREAT" or "PROTEST" && ReportedSubject(document, sentence, trigger, subject) is { } doer)
        {
            subject = doer; // "Police said unidentified gunmen had dragged 23 villagers from their homes": the gunmen act
        }
        if (category == "MOBILIZE" && IsPassive(sentence, trigger) && Agent(document, sentence, trigger) is null)
        {
            // "The armed forces were placed on maximum alert": the forces mobilise, against whom a cue names if any.
            return (subject, PartyAfterCue(document, sentence, trigger, AdversaryCues));
        }

        if (CameUnder(sentence, trigger) && Agent(document, sentence, trigger, "from") is { } attacker)
        {
            return (attacker, subject); // "Iranian troops came under a heavy bombardment from Iraqi artillery"
        }

        if (IsPassive(sentence, trigger) || SubjectSuffered(sentence, trigger, subject))
        {
            // "At least three Iraqi civilians have been killed in a car bombing": without a "by" the one acting is
            // untold, and the subject is still the one acted on.
            return (Agent(document, sentence, trigger), category == "DISAPPROVE" ? BlamedOr(document, sentence, trigger, subject, passive: true) : subject);
        }

        if (AfterPronoun(sentence, trigger) && Addressee(document, sentence, trigger, subject) is { } addressee)
        {
            // "Sudan warned Uganda it would retaliate if Kampala ...", "Libya told Britain and the United States it was
            // ready to hand over ...": the one told.
            return (subject, addressee);
        }

        var cued = category switch
        {
            "MOBILIZE" => PartyAfterCue(document, sentence, trigger, AdversaryCues),
            "RETREAT" => PartyAfterCue(document, sentence, trigger, RecipientCues),
            "PROTEST" => PartyAfterCue(document, sentence, trigger, GrievanceCues),
            "FIGHT" => CapturedFrom(document, sentence, trigger) ?? PartyAfterCue(document, sentence, trigger, OpponentCues, pluralHeads: true),
            "COERCE" => PartyAfterCue(document, sentence, trigger, OwnerCues, pluralHeads: true),
            "THREATEN" => PartyAfterCue(document, sentence, trigger, WarCues),
            _ => null,
        };
        if (category is "MOBILIZE" or "RETREAT" or "AID")
        {
            cued ??= MovedForcesPlace(document, sentence, trigger);
        }

        var target = ModalSubject(document, sentence, trigger, subject) ?? cued
                     ?? ObjectTarget(document, sentence, trigger, category, subject)
                     ?? NameBefore(document, sentence, trigger, subject)
                     ?? ObjectPhrase(document, sentence, trigger);
        return (subject, category == "DISAPPROVE" ? BlamedOr(document, sentence, trigger, target, passive: false) : target);
    }

    // The target the words after the trigger give, read only when no modal subject or cue gave one.
    private static PloverParty? ObjectTarget(Document document, Sentence sentence, TextSpan trigger, string? category, PloverParty? subject)
    {
        var target = category == "PROTEST" ? ProtestTarget(document, sentence, trigger) : Target(document, sentence, trigger, category == "MOBILIZE");
        if (target is not null && category is "COERCE" or "ASSAULT" && IsWhere(sentence, target) && NameBefore(document, sentence, trigger, subject) is { } named)
        {
            return named; // "placed opposition leader Aung San Suu Kyi under house arrest in Rangoon": Rangoon is where
        }

        return target;
    }

    // A name right after "in" or "at" tells where the act was done.
    private static bool IsWhere(Sentence sentence, PloverParty party)
    {
        int at = Tokens.IndexAt(sentence.Tokens, party.Span.Start);
        return at > 0 && sentence.Tokens[at - 1].Lower is "in" or "at";
    }

    /// <summary>
    /// "Fighting between Hutu rebels and the Tutsi-led army", "clashes between police and protesters": the two sides
    /// an action noun is said to be between, the first as source and the second as target.
    /// </summary>
    private static (PloverParty?, PloverParty?)? Between(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int after = Tokens.IndexAt(tokens, trigger.End);
        int between = after < tokens.Count && tokens[after].Lower == "between" ? after
            : after > 0 && tokens[after - 1].Lower == "between" ? after - 1 : -1;
        // "blocked the main highway between Cochabamba and Santa Cruz": the ends of a route, not two sides.
        if (between < 0 || (between > 0 && RouteNouns.Contains(tokens[between - 1].Lower)))
        {
            return null;
        }

        int and = -1;
        for (int k = between + 1; k < Math.Min(tokens.Count, between + 1 + MaxSourceTokens); k++)
        {
            if (tokens[k].Lower == "and")
            {
                and = k;
                break;
            }

            if (tokens[k].Kind == TokenKind.Punctuation && !IsInitialsDot(tokens, k) && tokens[k].Text != "-")
            {
                return null;
            }
        }

        int end = and + 1;
        while (end < tokens.Count && end - and <= MaxSourceTokens && (tokens[end].Kind != TokenKind.Punctuation || IsInitialsDot(tokens, end) || tokens[end].Text == "-")
               && !ObjectBreaks.Contains(tokens[end].Lower) && !EndsSubject(tokens[end], false))
        {
            end++;
        }

        return and <= between + 1 || end == and + 1
            ? null
            : (Party(document, tokens[between + 1].Span.Start, tokens[and - 1].Span.End), Party(document, tokens[and + 1].Span.Start, tokens[end - 1].Span.End));
    }

    /// <summary>
    /// "The abduction of three Filipino engineers by Abu Sayyaf guerrillas", "the release of 250 prisoners by Israel":
    /// an action noun takes whom it was done to after "of" and who did it after "by" ("A threat by the rebels": the
    /// doer alone). What a mobilisation or withdrawal noun moves ("the deployment of ECOMOG troops") is the side
    /// moving. Only a noun opening the sentence counts: after a verb ("demanded the release of") the noun is what the
    /// verb is about.
    /// </summary>
    private static (PloverParty?, PloverParty?)? Nominal(Document document, Sentence sentence, TextSpan trigger, string? category)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        int first = 0;
        while (first < at && (Tokens.IsDeterminer(tokens[first]) || tokens[first].Lower is "first" or "latest" or "reported" or "mass"))
        {
            first++;
        }

        if (first != at)
        {
            return null;
        }

        // A pattern may start on the article itself ("^the arrest of").
        while (at + 1 < tokens.Count && tokens[at + 1].Span.Start < trigger.End && (Tokens.IsDeterminer(tokens[at]) || tokens[at].Lower is "mass" or "latest"))
        {
            at++;
        }

        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word || tokens[at].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        // "Demonstrations led by Buddhist monks", "protests organised by the opposition": whoever leads or stages it acts.
        int noun = at + 2 < tokens.Count && LeadingParticiples.Contains(tokens[at + 1].Lower) && tokens[at + 2].Lower == "by" ? at + 1 : at;
        if (noun + 1 < tokens.Count && tokens[noun + 1].Lower == "by")
        {
            // "A threat by Tamil Tiger rebels to sink any vessel": the doer; a protest's target is whom it is against.
            return Agent(document, sentence, tokens[noun].Span) is { } doer
                ? (doer, category == "PROTEST" ? ProtestTarget(document, sentence, trigger) : null) : null;
        }

        int of = at + 1 < tokens.Count && tokens[at + 1].Lower == "of" ? at + 1 : -1;
        if (of < 0)
        {
            return null;
        }

        int end = of + 1;
        while (end < tokens.Count && end - of <= MaxSourceTokens && tokens[end].Kind is TokenKind.Word or TokenKind.Number
               && !ObjectBreaks.Contains(tokens[end].Lower) && tokens[end].Lower is not ("by" or "was" or "were" or "has" or "have" or "had"))
        {
            end++;
        }

        if (end == of + 1)
        {
            return null;
        }

        var acted = Party(document, tokens[of + 1].Span.Start, tokens[end - 1].Span.End);
        // "The massacre of more than 200 peasants at El Mozote by the Atlacatl battalion": where it happened may come
        // between those it was done to and who did it.
        int by = end;
        if (by < tokens.Count && tokens[by].Lower is "at" or "in" or "near" or "outside" or "inside")
        {
            by++;
            while (by < tokens.Count && by - end <= MaxWherePhraseWords && tokens[by].Lower != "by"
                   && (tokens[by].Kind is TokenKind.Word or TokenKind.Number || IsInitialsDot(tokens, by)) && !EndsSubject(tokens[by], false))
            {
                by++;
            }
        }

        // "The capture of Mazar-i-Sharif from the Taliban by Northern Alliance forces": whom the place was taken from
        // is the side fought, and the doer follows.
        PloverParty? takenFrom = null;
        if (category == "FIGHT" && by < tokens.Count && tokens[by].Lower == "from")
        {
            int side = by + 1;
            int sideEnd = side;
            while (sideEnd < tokens.Count && sideEnd - side <= MaxSourceTokens && tokens[sideEnd].Kind is TokenKind.Word or TokenKind.Number
                   && tokens[sideEnd].Lower != "by" && !(sideEnd > side && EndsSubject(tokens[sideEnd], false)))
            {
                sideEnd++;
            }

            if (sideEnd > side)
            {
                takenFrom = Party(document, tokens[side].Span.Start, tokens[sideEnd - 1].Span.End);
                by = sideEnd;
            }
        }

        var agent = by < tokens.Count && tokens[by].Lower == "by" ? Agent(document, sentence, tokens[by - 1].Span) : null;
        // "The withdrawal of Soviet troops from Afghanistan": those a movement noun moves are the side moving, and
        // where they go or leave is the target.
        bool moving = category == "MOBILIZE" || tokens[at].Lower is "withdrawal" or "pullout" or "pull-out" or "retreat" or "departure";
        return moving ? (acted, PlaceMovedTo(document, tokens, end)) : (agent, takenFrom ?? acted);
    }

    private const int MaxWherePhraseWords = 5;

    private static readonly HashSet<string> LeadingParticiples = new(StringComparer.Ordinal)
    {
        "led", "organised", "organized", "staged", "called", "headed", "spearheaded", "mounted", "launched",
    };

    /// <summary>
    /// The subject of an act told after a verb of saying ("Police said unidentified gunmen had dragged ..."): the one
    /// acting, not the one telling. A pronoun there ("said its fighters had shot down") stands for the speaker, who
    /// stays the source.
    /// </summary>
    private static PloverParty? ReportedSubject(Document document, Sentence sentence, TextSpan trigger, PloverParty? speaker)
    {
        var tokens = sentence.Tokens;
        int said = speaker is null ? -1 : Tokens.IndexAt(tokens, speaker.Span.End);
        int to = Tokens.IndexAt(tokens, trigger.Start);
        if (said < 0 || said >= to || !Speech.Contains(tokens[said].Lower))
        {
            return null;
        }

        int start = said + 1;
        if (start < to && tokens[start].Lower == "that")
        {
            start++;
        }

        if (start >= to || tokens[start].Lower is "it" or "they" or "its" or "their" or "he" or "she" or "his" or "her" or "we" or "our" or "on")
        {
            return null;
        }

        int end = start;
        while (end < to && end - start < MaxSourceTokens && !EndsSubject(tokens[end], end == start))
        {
            end++;
        }

        return end == start ? null : Party(document, tokens[start].Span.Start, tokens[end - 1].Span.End);
    }

    // "it would retaliate", "they will storm", "it was ready to": an action told of a pronoun, as a verb of telling's
    // complement.
    private static bool AfterPronoun(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        return at > 0 && at < tokens.Count && tokens[at - 1].Lower is "it" or "they" or "he" or "she" or "we";
    }

    // "warned Uganda it would", "told Kampala they would": the name right after a verb of warning, before the trigger.
    private static PloverParty? Addressee(Document document, Sentence sentence, TextSpan trigger, PloverParty? source)
    {
        var tokens = sentence.Tokens;
        int from = source is null ? 0 : Tokens.IndexAt(tokens, source.Span.End);
        int to = Tokens.IndexAt(tokens, trigger.Start);
        for (int i = from; i + 1 < to; i++)
        {
            if (tokens[i].Lower is "warned" or "warns" or "told" or "tells" or "cautioned" or "informed" or "reminded" or "assured" or "promised"
                && IsNameWord(tokens[i + 1]))
            {
                // "told Britain and the United States": both, as one party.
                int end = NameEnd(tokens, i + 1, to);
                if (end + 2 < to && tokens[end + 1].Lower == "and" && (IsNameWord(tokens[end + 2]) || (tokens[end + 2].Lower == "the" && end + 3 < to && IsNameWord(tokens[end + 3]))))
                {
                    end = NameEnd(tokens, tokens[end + 2].Lower == "the" ? end + 3 : end + 2, to);
                }

                return Party(document, tokens[i + 1].Span.Start, tokens[end].Span.End);
            }
        }

        return null;
    }

    private static readonly HashSet<string> RouteNouns = new(StringComparer.Ordinal)
    {
        "highway", "road", "roads", "route", "railway", "line", "bridge", "corridor", "border", "frontier", "towns", "cities",
        "villages", "pipeline",
    };

    // "has been indicted", "were killed": a form of "be" right before a participle. "are demanding" is progressive
    // and "is committed to opening up" describes the subject, so neither turns the roles round.
    private static bool IsPassive(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        int next = Tokens.IndexAt(tokens, trigger.End);
        // "were warned by Syria to withdraw": a pattern that runs over its agent is passive whatever follows it.
        if (at >= 1 && at + 1 < tokens.Count && tokens[at + 1].Lower == "by" && tokens[at - 1].Lower is "been" or "was" or "were" or "is" or "are" or "be")
        {
            return true;
        }

        // "was stabbed to death by": "to" there is no complement.
        bool toComplement = next < tokens.Count && tokens[next].Lower == "to" && !(next + 1 < tokens.Count && tokens[next + 1].Lower == "death");
        if (at >= tokens.Count || tokens[at].Lower.EndsWith("ing", StringComparison.Ordinal)
            || toComplement || tokens[Math.Max(at, next - 1)].Lower == "to")
        {
            return false;
        }

        // "was placed under house arrest", "were put in jail": a verb of placing before a pattern that starts at its
        // noun ("were engaged in ethnic cleansing" is no passive of the cleansing).
        if (at >= 3 && tokens[at - 1].Lower is "under" or "in" or "into" && tokens[at - 3].Lower is "been" or "was" or "were" or "is" or "are" or "be"
            && tokens[at - 2].Lower is "placed" or "put" or "held" or "kept" or "thrown" or "taken" or "locked")
        {
            return true;
        }

        return Enumerable.Range(Math.Max(0, at - 2), Math.Min(2, at))
            .Any(k => tokens[k].Lower is "been" or "was" or "were" or "is" or "are" or "be");
    }

    // "A journalist has been killed in a car bomb explosion", "A prisoner died as a result of torture": the event is
    // told after a verb of harm its subject suffered, so the subject is the one acted on, whatever the event's noun.
    private static bool SubjectSuffered(Sentence sentence, TextSpan trigger, PloverParty? subject)
    {
        if (subject is null)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, subject.Span.End);
        int to = Tokens.IndexAt(tokens, trigger.Start);
        for (int k = from; k < to && k - from <= 3; k++)
        {
            string word = tokens[k].Lower;
            if (word is "died" or "dies" or "perished"
                || (HarmParticiples.Contains(word) && k > 0 && tokens[k - 1].Lower is "been" or "was" or "were" or "is" or "are"))
            {
                return true;
            }
        }

        return false;
    }

    // "came under a heavy bombardment", "had come under sustained mortar attack": the subject is the one attacked.
    private static bool CameUnder(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        for (int k = at - 1; k >= Math.Max(1, at - 4); k--)
        {
            if (tokens[k].Lower == "under" && tokens[k - 1].Lower is "came" or "come" or "comes" or "coming")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> WeaponNouns = new(StringComparer.Ordinal)
    {
        "bomb", "bombs", "mine", "mines", "landmine", "landmines", "missile", "missiles", "rocket", "rockets", "shell", "shells",
        "grenade", "grenades", "mortar", "mortars", "device", "devices", "explosives", "ied", "ieds", "drone", "drones",
    };

    private static readonly HashSet<string> WeaponUseParticiples = new(StringComparer.Ordinal)
    {
        "planted", "fired", "laid", "launched", "detonated", "thrown", "dropped", "set", "hurled", "placed", "flown",
    };

    /// <summary>
    /// "A car bomb planted by dissident republicans", "A gas-cylinder bomb fired by FARC rebels": a subject that is a
    /// weapon, followed by a participle of its use and "by", is done by the party after "by".
    /// </summary>
    private static PloverParty? WeaponAgent(Document document, Sentence sentence, PloverParty? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        int next = Tokens.IndexAt(tokens, subject.Span.End);
        int head = next - 1;
        return head >= 0 && next + 1 < tokens.Count && WeaponNouns.Contains(tokens[head].Lower)
               && WeaponUseParticiples.Contains(tokens[next].Lower) && tokens[next + 1].Lower == "by"
            ? Agent(document, sentence, tokens[next].Span)
            : null;
    }

    // "by the U.N. war crimes court": the words after "by" (or another preposition naming the doer), up to
    // punctuation or a preposition.
    private static PloverParty? Agent(Document document, Sentence sentence, TextSpan trigger, string by = "by") =>
        AgentAfter(document, sentence, trigger, by) ?? (by == "by" ? null : AgentAfter(document, sentence, trigger, "by"));

    private static PloverParty? AgentAfter(Document document, Sentence sentence, TextSpan trigger, string preposition)
    {
        var tokens = sentence.Tokens;
        int by = -1;
        // From the trigger's second word: a pattern may run over its agent ("were warned by militia leaders that").
        int from = Math.Min(Tokens.IndexAt(tokens, trigger.Start) + 1, Tokens.IndexAt(tokens, trigger.End));
        for (int k = from; k < Math.Min(tokens.Count, from + MaxSourceTokens); k++)
        {
            if (tokens[k].Lower == preposition)
            {
                by = k;
                break;
            }
        }

        int end = by + 1;
        // "by the U.S.-trained Atlacatl battalion": a hyphen joins words of the agent, after initials too.
        while (by >= 0 && end < tokens.Count && end - by <= MaxSourceTokens
               && (tokens[end].Kind != TokenKind.Punctuation || IsInitialsDot(tokens, end) || tokens[end].Text == "-"
                   || (tokens[end].Text == "." && end + 1 < tokens.Count && tokens[end + 1].Text == "-"))
               && tokens[end].Lower is not ("for" or "in" or "on" or "at" or "after" or "over" or "with" or "to" or "near" or "outside" or "inside" or "during"
                   or "as" or "while" or "when" or "because") // "shot dead by a Jewish extremist as he left a peace rally"
               && tokens[end].Text != "against" // "by students against the government": what they act against follows
               && !(end > by + 1 && tokens[end - 1].Text != "-" && EndsSubject(tokens[end], false))) // "by the rebels was welcomed": the verb ends the agent
        {
            end++;
        }

        return by < 0 || end == by + 1 ? null : Party(document, tokens[by + 1].Span.Start, tokens[end - 1].Span.End);
    }

    /// <summary>
    /// The sentence's subject: from the start (after an opener such as "On Tuesday,") to the first verb, auxiliary,
    /// date word or comma. In "Russia said on Tuesday that Sudan must return ..." the source is Russia, as PLOVER
    /// codes the speaker of a demand; an event's verb before any other verb ends the subject there.
    /// </summary>
    private static PloverParty? Source(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int start = 0;
        // "Battered by fierce resistance, Russian troops pulled back", "Citing Syrian support for Kurdish rebels, Turkey
        // has deployed": an opening participle's phrase tells the circumstances; the subject follows its comma.
        // A capitalised word after it makes it a name's first word instead ("United Nations", "Shining Path"), unless the
        // participle is one that opens such phrases.
        bool participle = tokens.Count > 1 && tokens[0] is { Kind: TokenKind.Word } first
                          && (first.Lower.EndsWith("ed", StringComparison.Ordinal) || first.Lower.EndsWith("ing", StringComparison.Ordinal))
                          && (tokens[1] is { Kind: TokenKind.Word, IsCapitalized: false } || ParticipleOpeners.Contains(first.Lower));
        if (tokens.Count > 0 && (Openers.Contains(tokens[0].Text) || participle))
        {
            // The participle's comma must come before the trigger: "Rioting youths went on a rampage in Algiers,
            // torching ..." and "Beijing has asked Washington ..., a spokesman said" open with their subject.
            int comma = IndexOf(tokens, ",", 0, Math.Min(tokens.Count, 14));
            start = comma >= 0 && (!participle || Openers.Contains(tokens[0].Text) || tokens[comma].Span.End <= trigger.Start) ? comma + 1 : start;
        }

        int end = start;
        while (end < tokens.Count && end - start < MaxSourceTokens && tokens[end].Span.Start < trigger.Start
               && (!EndsSubject(tokens[end], end == start) || IsOrdinalBeforeNoun(tokens, end)))
        {
            end++;
        }

        // "The protesters demanded ...", "A suicide bomber blew himself up": when the trigger is the subject's own
        // noun, the subject runs through it; a pattern that runs on into the verb ("Helicopters fired rockets") gives
        // the subject its words before the verb.
        if (end < tokens.Count && end - start <= 1 && tokens[end].Span.Start == trigger.Start)
        {
            int last = Math.Max(end, Tokens.IndexAt(tokens, trigger.End) - 1);
            while (end <= last && tokens[end].Kind == TokenKind.Word && !EndsSubject(tokens[end], false)
                   && !tokens[end].Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                end++; // "detained" is a verb here, though "detained activists" keeps it as an adjective
            }
        }

        // "Thousands of Israeli reservists were called up", "Rioting youths hurled stones": a pattern that starts on
        // the subject's people noun, or on the adjective before it, leaves the noun in the subject.
        bool adjectiveTrigger = end > start && tokens[end - 1].Span.Start >= trigger.Start && tokens[end - 1].Span.Start < trigger.End
                                && tokens[end - 1].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (end < tokens.Count && PeopleNouns.Contains(tokens[end].Lower) && (adjectiveTrigger || tokens[end].Span.Start == trigger.Start))
        {
            end++;
        }

        // "A 24-hour curfew was imposed", "A three-day curfew": an article and a measure before the trigger's noun name no one.
        bool measureOnly = Enumerable.Range(start, end - start).All(k => Tokens.IsDeterminer(tokens[k]) || tokens[k].Kind != TokenKind.Word
                                                                        || tokens[k].Lower.Any(char.IsDigit) || MeasureWords.Contains(tokens[k].Lower));
        return end == start || measureOnly ? null : Party(document, tokens[start].Span.Start, tokens[end - 1].Span.End);
    }

    // "The last Soviet troops left Afghanistan", "The first UN monitors arrived": "last" and "first" after an article
    // qualify the noun; they are no date ("last week").
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "hour", "day", "week", "month", "year", "night", "one-day", "two-day", "three-day", "four-day", "five-day", "one-week",
        "two-week", "dusk-to-dawn", "overnight", "nightly", "indefinite", "open-ended", "total", "round-the-clock",
    };

    private static bool IsOrdinalBeforeNoun(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Lower is "last" or "first" && k > 0 && Tokens.IsDeterminer(tokens[k - 1]);

    private static bool EndsSubject(Token token, bool first)
    {
        if (token.Kind == TokenKind.Punctuation)
        {
            return token.Text is "," or ";" or ":";
        }

        if (token.IsCapitalized || token.Kind == TokenKind.Number)
        {
            return false;
        }

        // "army-backed", "U.S.-trained": a hyphenated participle describes the noun after it.
        string word = token.Lower;
        return NotSubject.Contains(word) || Verbs.Contains(word) || word is "that" or "who" or "which"
               || (IsPastForm(word) && !word.Contains('-'));
    }

    // "killed", "ordered": a past form that acts, not one of the -ed words that describe a noun ("armed", "unidentified").
    private static bool IsPastForm(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !Participles.Contains(word);

    private static PloverParty? Target(Document document, Sentence sentence, TextSpan trigger, bool mobilising = false)
    {
        var tokens = sentence.Tokens;
        // From the trigger's second word: a pattern that reaches over its object ("expelled the Colombian ambassador")
        // holds the target itself.
        int afterTrigger = Tokens.IndexAt(tokens, trigger.End);
        int from = Math.Min(Tokens.IndexAt(tokens, trigger.Start) + 1, afterTrigger);
        if (PeopleObject(document, tokens, from, mobilising) is { } inside)
        {
            return inside;
        }

        // "asked Pyongyang to provide ...": a name the pattern itself holds is whom it is addressed to.
        for (int i = from; i < afterTrigger; i++)
        {
            if (IsNameWord(tokens[i]))
            {
                return NamedParty(document, tokens, i);
            }
        }

        if (PeopleObject(document, tokens, afterTrigger, mobilising) is { } people)
        {
            return people;
        }

        for (int i = from; i < Math.Min(tokens.Count, from + TargetReach); i++)
        {
            var token = tokens[i];

            if (token.Text is ";" or "said" or "says" or "according")
            {
                return null;
            }

            if (IsNameWord(token) && IsSpeaker(tokens, WithHeadNoun(tokens, NameEnd(tokens, i, tokens.Count))))
            {
                return null; // "..., officials in Tbilisi said": the source of the report, not whom the act was done to
            }

            if (IsNameWord(token))
            {
                // "A car bomb ripped through a market in the southern Russian city of Vladikavkaz, killing at least 52
                // people": a name after "in" is where it happened, and the toll's people are whom it was done to.
                // "shelled the regional capital Juba ..., killing about 20 people": the name the verb takes stays.
                bool where = Enumerable.Range(from, i - from).Any(k => Locatives.Contains(tokens[k].Lower));
                if ((where && !mobilising ? Toll(document, tokens, i) : null) is { } toll)
                {
                    return toll;
                }

                return NamedParty(document, tokens, i);
            }
        }

        return null;
    }

    // "sent thousands of troops to Kassala state on the border with Eritrea", "escalating a standoff with Turkey":
    // whom a mobilisation is aimed at, rather than where the forces go.
    private static readonly string[][] AdversaryCues =
        [["border", "with"], ["borders", "with"], ["frontier", "with"], ["standoff", "with"], ["tensions", "with"], ["dispute", "with"],
         ["confrontation", "with"], ["tension", "with"], ["attack", "by"], ["attacks", "by"], ["invasion", "by"], ["aggression", "by"], ["threat", "from"], ["aimed", "at"], ["directed", "at"], ["opposite"], ["against"]];

    // "handed the Aghdam district back to Azerbaijan", "returning the desert territory to Chad", "handed over the
    // Bakassi peninsula to Cameroon", "surrendered to the army": who receives what is given up.
    private static readonly string[][] RecipientCues =
        [["over", "to"], ["back", "to"], ["returning"], ["returned"], ["returns"], ["back"], ["over"],
         ["surrendered", "to"], ["surrender", "to"], ["surrenders", "to"], ["surrendering", "to"]];

    // Cues whose "to" comes after what is given: "returning the desert territory to Chad", "handed back the last third
    // of the Sinai peninsula to Egypt" (a "back" or "over" only after a verb of handing).
    private static readonly HashSet<string> GivingVerbs = new(StringComparer.Ordinal) { "returning", "returned", "returns", "back", "over" };

    private const int MaxGivenWords = 10;

    // "rallied in central Kyiv against President Viktor Yanukovich's decision", "in protest at President Goodluck
    // Jonathan's removal of a fuel subsidy", "demanding the resignation of President Gonzalo Sanchez de Lozada".
    private static readonly string[][] GrievanceCues =
        [["against"], ["protest", "at"], ["defiance", "of"], ["resignation", "of"], ["ouster", "of"], ["removal", "of"], ["to", "press"], ["to", "force"]];

    // "mounted an offensive against South Ossetian separatists", "bombed positions held by infiltrators": the side fought.
    private static readonly string[][] OpponentCues =
        [["offensive", "against"], ["positions", "held", "by"], ["positions", "of"], ["strongholds", "of"], ["drive", "out"], ["to", "hunt"]];

    // "raided the Managua offices of the independent news outlet Confidencial": whose place was raided or sealed.
    private static readonly string[][] OwnerCues =
        [["offices", "of"], ["office", "of"], ["headquarters", "of"], ["homes", "of"], ["home", "of"], ["premises", "of"]];

    // "threatened to launch a new military offensive in its Gulf war with Iraq unless Baghdad ...": the enemy of the war
    // the threat is made in. (The one a condition names, "unless Baghdad", is not the gold's target: it codes whom the
    // threatened act would hit, "to break relations with Russia unless the Kremlin ...".)
    private static readonly string[][] WarCues = [["war", "with"]];

    private const int MaxCueAdjectives = 3;

    private static readonly HashSet<string> SideWords = new(StringComparer.Ordinal)
    {
        "rebel", "separatist", "opposition", "militant", "insurgent", "islamist", "jihadist", "government", "pro-government",
    };

    /// <summary>
    /// The party named right after one of <paramref name="cues"/> (a word sequence) following the trigger: a name, or
    /// "the government" and the like; a determiner and up to three lower-case words may come between. For
    /// "returning ... to" the name must follow the "to" within the reach. Null when no cue leads to a party.
    /// </summary>
    private static PloverParty? PartyAfterCue(Document document, Sentence sentence, TextSpan trigger, string[][] cues, bool pluralHeads = false)
    {
        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, trigger.Start) + 1;
        for (int i = from; i < Math.Min(tokens.Count, from + TargetReach); i++)
        {
            // "..., Defence Minister Milos Vucevic said, as tensions with Kosovo flared": a clause after the attribution
            // still tells the circumstances; a full stop of the report's own words ends the search.
            if (tokens[i].Text == ";" || (tokens[i].Lower is "said" or "says" or "according" && !(i + 1 < tokens.Count && tokens[i + 1].Text == ",")))
            {
                return null;
            }

            foreach (var cue in cues)
            {
                if (!StartsWith(tokens, i, cue))
                {
                    continue;
                }

                int k = i + cue.Length;
                if (cue is ["back"] or ["over"] && !(i > 0 && tokens[i - 1].Lower is "handed" or "handing" or "hand" or "hands" or "gave" or "giving"))
                {
                    continue;
                }

                if (cue.Length == 1 && GivingVerbs.Contains(cue[0]))
                {
                    // "returning the desert territory to Chad": the "to" within the phrase the verb takes.
                    int to = IndexOf(tokens, "to", k, Math.Min(tokens.Count, k + MaxGivenWords));
                    if (to < 0 || IndexOf(tokens, ",", k, to) >= 0)
                    {
                        continue;
                    }

                    k = to + 1;
                }

                if (PartyAt(document, tokens, k, pluralHeads) is { } party)
                {
                    return party;
                }
            }
        }

        return null;
    }

    // Verbs of taking ground: whom it is taken from is the side fought.
    private static readonly HashSet<string> CaptureVerbs = new(StringComparer.Ordinal)
    {
        "seize", "seized", "seizes", "seizing", "capture", "captured", "captures", "capturing", "recapture", "recaptured",
        "recapturing", "retake", "retook", "retaken", "retaking", "wrest", "wrested", "wresting", "regain", "regained",
    };

    private const int MaxTakenWords = 8;

    /// <summary>
    /// "seized the town of Kilinochchi from Tamil Tiger rebels", "an offensive to retake the Krajina region from rebel
    /// Serbs": the side ground is taken from, named after the "from" that follows a verb of taking within its phrase.
    /// </summary>
    private static PloverParty? CapturedFrom(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int start = Tokens.IndexAt(tokens, trigger.Start);
        for (int i = start; i < Math.Min(tokens.Count, start + TargetReach); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && !IsInitialsDot(tokens, i))
            {
                return null;
            }

            if (!CaptureVerbs.Contains(tokens[i].Lower))
            {
                continue;
            }

            for (int k = i + 1; k < Math.Min(tokens.Count, i + 1 + MaxTakenWords); k++)
            {
                if (tokens[k].Lower == "from")
                {
                    return PartyStarting(document, tokens, k + 1) ?? PartyAt(document, tokens, k + 1, pluralHeads: true);
                }

                // "The capture of Mazar-i-Sharif from the Taliban": the place taken comes after "of".
                if (tokens[k].Kind == TokenKind.Punctuation && !IsInitialsDot(tokens, k) && tokens[k].Text != "-" || EndsSubject(tokens[k], false) && tokens[k].Lower is not ("in" or "on" or "at" or "of"))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    // What a deployment, a withdrawal or an aid mission moves: the side's own forces and goods, never its target.
    private static readonly HashSet<string> MovedThings = new(StringComparer.Ordinal)
    {
        "troops", "soldiers", "forces", "marines", "paratroopers", "commandos", "peacekeepers", "warships", "ships", "tanks",
        "units", "battalions", "brigades", "divisions", "reinforcements", "reservists", "personnel", "observers", "monitors",
        "helicopters", "jets", "warplanes", "aircraft", "missiles", "arms", "weapons", "doctors", "nurses", "medicine",
        "supplies", "food", "aid",
    };

    private static readonly HashSet<string> MovedWhere = new(StringComparer.Ordinal)
    {
        "to", "into", "in", "from", "toward", "towards", "inside",
    };

    /// <summary>
    /// "sending 2,000 more Marines to the Persian Gulf", "poured thousands of extra troops into Dagestan", "had
    /// withdrawn all its troops from Cambodia": where the side's forces go or leave is the target, as PLOVER codes a
    /// deployment in the West Bank against the West Bank; the forces are the side itself. Only a name right after the
    /// preposition that follows the forces counts ("to help victims in Armenia" names a purpose first).
    /// </summary>
    private static PloverParty? MovedForcesPlace(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, trigger.Start) + 1;
        bool moved = false;
        for (int i = from; i < Math.Min(tokens.Count, from + MaxPeopleObjectWords + 2); i++)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return null;
            }

            if (MovedThings.Contains(token.Lower))
            {
                moved = true;
            }
            else if (moved && MovedWhere.Contains(token.Lower))
            {
                int k = i + 1 < tokens.Count && tokens[i + 1].Lower == "the" ? i + 2 : i + 1;
                return k < tokens.Count && IsNameWord(tokens[k]) ? NamedParty(document, tokens, k) : null;
            }
            else if (moved && token.Lower == "and" && i + 1 < tokens.Count && MovedThings.Contains(tokens[i + 1].Lower))
            {
                continue; // "airlifted thousands of Interior Ministry troops and paratroopers into Azerbaijan"
            }
            else if (moved)
            {
                return null; // "troops who", "troops and armoured vehicles" is read up to its last noun only
            }
        }

        return null;
    }

    // "from their self-declared security zone in south Lebanon", "to Saudi Arabia": the first name within a few words
    // of a preposition of movement at token k.
    private static PloverParty? PlaceMovedTo(Document document, IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !MovedWhere.Contains(tokens[k].Lower))
        {
            return null;
        }

        for (int i = k + 1; i < Math.Min(tokens.Count, k + 1 + MaxPeopleObjectWords); i++)
        {
            if (IsNameWord(tokens[i]))
            {
                return NamedParty(document, tokens, i);
            }

            if (tokens[i].Kind != TokenKind.Word || tokens[i].Lower is "was" or "were" or "is" or "are" or "has" or "have" or "had"
                or "and" or "but" or "which" or "who" or "that" or "after" or "before" or "on")
            {
                return null; // "from the area on Monday", "from the zone, which ...": no name in the phrase
            }
        }

        return null;
    }

    private static bool StartsWith(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        for (int w = 0; w < words.Length; w++)
        {
            if (i + w >= tokens.Count || tokens[i + w].Lower != words[w])
            {
                return false;
            }
        }

        return true;
    }

    // A party starting at token `k`: a name ("Israel", "Armenian forces") or "the" and up to four words ending in a
    // party noun ("the Bosnian Serb army"); a pronoun is no party.
    private static PloverParty? PartyStarting(Document document, IReadOnlyList<Token> tokens, int k)
    {
        int start = k;
        while (k < tokens.Count && Tokens.IsDeterminer(tokens[k]))
        {
            k++;
        }

        if (k >= tokens.Count || Pronouns.Contains(tokens[k].Lower))
        {
            return null;
        }

        int last = -1;
        for (int j = k; j < Math.Min(tokens.Count, k + 5) && tokens[j].Kind == TokenKind.Word && !ObjectBreaks.Contains(tokens[j].Lower); j++)
        {
            if (IsNameWord(tokens[j]) || PartyHeadNouns.Contains(tokens[j].Lower) || PeopleNouns.Contains(tokens[j].Lower))
            {
                last = j;
            }
            else if (!tokens[j].IsCapitalized && last >= 0 && j > last)
            {
                break;
            }
        }

        return last < 0 ? null : Party(document, tokens[start].Span.Start, tokens[last].Span.End);
    }

    // A name or an institution noun at token k, after an optional determiner and lower-case adjectives; with
    // pluralHeads, also a plural noun that ends the phrase (a protest "against the violations by ..." names no party).
    private static PloverParty? PartyAt(Document document, IReadOnlyList<Token> tokens, int k, bool pluralHeads)
    {
        if (k < tokens.Count && Tokens.IsDeterminer(tokens[k]))
        {
            k++;
        }

        int start = k;
        for (int adjectives = 0; k < tokens.Count; k++, adjectives++)
        {
            var token = tokens[k];
            if (IsNameWord(token))
            {
                // "rebel Serbs", "opposition Awami League": a word that says which side stays with the name.
                var named = NamedParty(document, tokens, k);
                bool sided = k > start && Enumerable.Range(start, k - start).All(j => SideWords.Contains(tokens[j].Lower));
                return sided && named.Span.Start == token.Span.Start ? Party(document, tokens[start].Span.Start, named.Span.End) : named;
            }

            if (IsPartyHead(token) || Possessor(token.Lower) is "junta")
            {
                int last = k; // "the military government": the heads run on
                while (last + 1 < tokens.Count && IsPartyHead(tokens[last + 1]))
                {
                    last++;
                }

                return Party(document, token.Span.Start, tokens[last].Span.End);
            }

            // "positions held by infiltrators on the ridges": a plural noun that ends the phrase is the party.
            bool phraseEnds = k + 1 == tokens.Count || tokens[k + 1].Kind != TokenKind.Word || ObjectBreaks.Contains(tokens[k + 1].Lower);
            if (pluralHeads && phraseEnds && token is { Kind: TokenKind.Word, IsCapitalized: false } && token.Lower.EndsWith('s') && token.Lower.Length > 3)
            {
                return Party(document, tokens[start].Span.Start, token.Span.End);
            }

            if (adjectives == MaxCueAdjectives || token is not { Kind: TokenKind.Word, IsCapitalized: false } || ObjectBreaks.Contains(token.Lower)
                || EndsSubject(token, false))
            {
                return null;
            }
        }

        return null;
    }

    // The party a name starting at token i names, with its head noun ("Serb forces"); a name that only qualifies a
    // person or an outlet gives way to the name after it ("freed American hostage Terry Anderson").
    private static PloverParty NamedParty(Document document, IReadOnlyList<Token> tokens, int i)
    {
        int end = NameEnd(tokens, i, tokens.Count);
        if (Apposed(tokens, end) is int apposed)
        {
            i = apposed;
            end = NameEnd(tokens, i, tokens.Count);
        }

        return Party(document, tokens[i].Span.Start, tokens[WithHeadNoun(tokens, end)].Span.End);
    }

    /// <summary>
    /// "American hostage Terry Anderson", "Belgrade's independent television station Studio B": a name that only
    /// qualifies a noun for a person or an outlet standing before another name; returns where that name starts, or null.
    /// </summary>
    private static int? Apposed(IReadOnlyList<Token> tokens, int nameEnd)
    {
        int k = nameEnd + 1;
        if (k < tokens.Count && tokens[k].Text == "'s")
        {
            k++;
        }

        int words = 0;
        while (k < tokens.Count && words < 3 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && tokens[k].Lower != "of")
        {
            k++;
            words++;
        }

        if (words == 0 || !AppositionNouns.Contains(tokens[k - 1].Lower))
        {
            return null;
        }

        if (k < tokens.Count && tokens[k].Lower == "of")
        {
            k++;
        }

        return k < tokens.Count && IsNameWord(tokens[k]) ? k : null;
    }

    // People and outlets only: the gold keeps a place's qualifier ("the eastern Bosnian enclave of Gorazde" is coded
    // against "Bosnian"), so "the Algerian capital Algiers" is left as it reads.
    private static readonly HashSet<string> AppositionNouns = new(StringComparer.Ordinal)
    {
        "hostage", "leader", "chief", "counterpart", "captain", "journalist", "writer", "activist", "dissident", "cleric", "commander", "envoy",
        "station", "daily", "newspaper", "weekly", "agency", "broadcaster",
    };

    // The people of a toll told after a comma ("..., killing at least 52 people"), within the target's reach.
    private static PloverParty? Toll(Document document, IReadOnlyList<Token> tokens, int from)
    {
        for (int i = from; i < Math.Min(tokens.Count, from + TargetReach); i++)
        {
            if (tokens[i].Text is ";" or "said" or "says")
            {
                return null;
            }

            if (tokens[i].Lower is "killing" or "wounding" or "injuring" && tokens[i - 1].Text == ","
                && PeopleObject(document, tokens, i + 1, false) is { } toll)
            {
                return toll;
            }
        }

        return null;
    }

    /// <summary>
    /// "kidnapped three aid workers near Goma", "shelled 40 villagers", "killed seven FARC guerrillas in Meta": people
    /// named by a common noun right after the verb are whom it was done to, though a place name follows. Numbers,
    /// lower-case words and the names that qualify the noun may come before it, and "dozens of" counts them; a
    /// preposition, a verb or a date ends the search ("exploded a series of bombs in Kabul" has no such object).
    /// </summary>
    /// <remarks>
    /// Not such an object: the source's own people ("withdrew its troops", "willing to withdraw its troops"), and a
    /// noun that only leads to a name ("52 members of the banned Movement ...", whose target is the
    /// Movement). A name right after the noun is the person it titles ("Prime Minister Iyad Allawi").
    /// </remarks>
    private static PloverParty? PeopleObject(Document document, IReadOnlyList<Token> tokens, int from, bool mobilising)
    {
        // "deployed troops in Karachi", "refused to deploy peacekeepers": forces that a mobilisation or an infinitive
        // moves are the source's own, not whom the action is done to.
        bool ownForces = mobilising;
        if (from + 1 < tokens.Count && tokens[from].Lower == "to")
        {
            var next = tokens[from + 1];
            bool infinitive = next is { Kind: TokenKind.Word, IsCapitalized: false } && !Tokens.IsDeterminer(next) && !PeopleNouns.Contains(next.Lower);
            // "hacked to death 30 civilians", "threatened to behead the hostages": the object of the verb after "to";
            // "aid to refugees": the people "to" names.
            from += infinitive ? 2 : 1;
            ownForces |= infinitive;
        }

        if (from > 0 && from + 1 < tokens.Count && tokens[from].Lower == "of" && BodyParts.Contains(tokens[from - 1].Lower))
        {
            from++; // "hacked off the hands and feet" + "of at least 20 villagers"
        }

        if (from + 1 < tokens.Count && tokens[from].Lower == "and")
        {
            // "shot and critically wounded a 15-year-old schoolboy": the second verb takes the same object.
            int verb = tokens[from + 1].Lower.EndsWith("ly", StringComparison.Ordinal) ? from + 2 : from + 1;
            if (verb < tokens.Count && tokens[verb] is { Kind: TokenKind.Word, IsCapitalized: false } && tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                from = verb + 1;
            }
        }

        if (from < tokens.Count && tokens[from].Lower is "dead" or "down" or "back" or "off")
        {
            from++; // "shot dead a district governor", "gunned down two policemen", "beat back rebels"
        }

        if (from + 1 < tokens.Count && tokens[from].Lower is "at" or "on" or "against" or "upon" or "with" && tokens[from + 1].Lower != "least")
        {
            from++; // "fired tear gas at protesters", "held talks with rebel leaders"; "at least a dozen" is a count
        }

        int start = from;
        for (int i = from; i < Math.Min(tokens.Count, from + MaxPeopleObjectWords); i++)
        {
            var token = tokens[i];
            // "dozens of women"; "hacked off the hands of at least 20 civilians": what is cut off belongs to whom it was done to.
            bool countedOf = token.Lower == "of" && i > from && (CountNouns.Contains(tokens[i - 1].Lower) || BodyParts.Contains(tokens[i - 1].Lower));
            bool bodyParts = token.Lower == "and" && i > from && i + 1 < tokens.Count && BodyParts.Contains(tokens[i - 1].Lower) && BodyParts.Contains(tokens[i + 1].Lower);
            bool atLeast = token.Lower == "at" && i + 1 < tokens.Count && tokens[i + 1].Lower == "least";
            // "fired rockets at insurgents", "opened fire on demonstrators": the thing fired, then whom at.
            bool firedAt = token.Lower is "at" or "on" or "upon" or "against" && i > from && !atLeast
                           && tokens[i - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && !PeopleNouns.Contains(tokens[i - 1].Lower);
            bool hyphen = token.Text == "-" && i > from; // "a 15-year-old schoolboy"
            if ((!atLeast && !countedOf && !bodyParts && !firedAt && !hyphen && EndsObject(token, i == from)) || token.Lower is "its" or "their" or "his" or "our")
            {
                return null;
            }

            if (firedAt)
            {
                start = i + 1; // "opened fire on worshippers": whom it was fired at starts after the "on"
                continue;
            }

            if (!PeopleNouns.Contains(token.Lower))
            {
                continue;
            }

            if (ownForces && (OwnForces.Contains(token.Lower) || PartyHeadNouns.Contains(token.Lower)))
            {
                return null;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is { Kind: TokenKind.Word, IsCapitalized: false } && !EndsObject(next, false)
                && (PeopleNouns.Contains(next.Lower) || (!token.Lower.EndsWith('s') && !next.Lower.EndsWith("ing", StringComparison.Ordinal))))
            {
                continue; // "civilian advisers", "an official protest": the noun qualifies the word after it
            }

            if (next is not null && next.Lower == "of" && Enumerable.Range(i + 2, 3).Any(k => k < tokens.Count && IsNameWord(tokens[k])))
            {
                return null;
            }

            int last = next is not null && IsNameWord(next) ? NameEnd(tokens, i + 1, tokens.Count) : i;
            return Party(document, tokens[start].Span.Start, tokens[last].Span.End);
        }

        return null;
    }

    // A preposition, a clause word, a verb, a date or punctuation ends the object; the first word may be a verb-like
    // adjective ("armed", "wounded" are kept by EndsSubject's own list).
    private static bool EndsObject(Token token, bool first) =>
        token.Kind is not (TokenKind.Word or TokenKind.Number)
        || ObjectBreaks.Contains(token.Lower)
        || token.Lower is "where" or "who" or "which" or "that" or "when" or "while" or "but" or "because"
        || (token.IsCapitalized && IsNotName(token.Text))
        || (!token.IsCapitalized && token.Kind == TokenKind.Word && !Tokens.IsDeterminer(token) && EndsSubject(token, first));

    private static readonly HashSet<string> OwnForces = new(StringComparer.Ordinal)
    {
        "troops", "soldiers", "soldier", "peacekeepers", "observers", "monitors", "officers", "policemen", "guards", "recruits",
        "reservists", "conscripts",
    };

    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal)
    {
        "hands", "hand", "arms", "arm", "legs", "leg", "feet", "foot", "ears", "ear", "lips", "noses", "nose", "limbs", "fingers", "heads",
    };

    // Words that count the people after "of": "dozens of women", "a group of students".
    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
    {
        "dozens", "dozen", "hundreds", "thousands", "scores", "tens", "millions", "group", "number", "couple", "some", "many",
        "several", "most", "all", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    private const int MaxPeopleObjectWords = 7;

    /// <summary>
    /// With no name anywhere, the noun phrase the verb takes: "denounced the election as a sham" (election), "accused
    /// the police of torturing detainees" (police), "rejected the peace plan" (peace plan). Its words up to the first
    /// preposition, verb or punctuation; a leading article or possessive is left out.
    /// </summary>
    private static PloverParty? ObjectPhrase(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, trigger.End);
        while (from < tokens.Count && Tokens.IsDeterminer(tokens[from]))
        {
            from++;
        }

        int end = from;
        while (end < tokens.Count && end - from < MaxPeopleObjectWords && tokens[end].Kind == TokenKind.Word
               && !ObjectBreaks.Contains(tokens[end].Lower) && !EndsSubject(tokens[end], end == from) && tokens[end].Text != "'s")
        {
            end++;
        }

        return end == from ? null : Party(document, tokens[from].Span.Start, tokens[end - 1].Span.End);
    }

    // Words that end a verb's object: prepositions, and the conjunctions that start another phrase.
    private static readonly HashSet<string> ObjectBreaks = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "on", "from", "to", "with", "by", "for", "of", "during", "after", "before", "into", "and", "as",
    };

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "people", "civilians", "villagers", "residents", "workers", "journalists", "reporters", "students", "teachers",
        "farmers", "refugees", "migrants", "prisoners", "detainees", "hostages", "protesters", "demonstrators", "activists",
        "children", "women", "men", "worshippers", "worshipers", "passengers", "fishermen", "monks", "priests", "doctors",
        "nurses", "advisers", "advisors", "officials", "leaders", "members", "supporters", "civilian", "villager",
        "journalist", "worker", "activist", "student", "teacher", "farmer", "prisoner", "woman", "man", "child",
        "schoolgirls", "schoolgirl", "schoolboys", "schoolboy", "schoolchildren", "pupils", "pupil", "girls", "girl", "boys", "boy", "pilgrims", "tourists", "foreigners", "nationals",
        "citizens", "traders", "miners", "employees", "clerics", "diplomats", "lawmakers", "politicians", "opponents",
        "dissidents", "critics", "suspects", "leader", "governor", "mayor", "chief", "commander", "commanders",
        "officers", "policemen", "policeman", "guards", "peacekeepers", "observers", "monitors", "rebels",
        "insurgents", "guerrillas", "guerrilla", "fighters", "militants", "militiamen", "gunmen", "troops", "soldiers",
        "soldier", "recruits", "settlers", "inmates", "bystanders", "mourners", "voters", "candidates", "minister",
        "inspectors", "factions", "mayors", "councillors", "councilors", "peasants", "judges", "lawyers", "engineers", "nuns",
        "missionaries", "herders", "herdsmen", "tribesmen", "youths", "drivers", "shoppers", "pastors", "imams", "reservists",
        "conscripts", "separatists", "loyalists",
        // Groups that act: "blamed the opposition for the violence in Nairobi" is against the opposition, not Nairobi.
        "opposition", "junta", "regime",
    };

    /// <summary>
    /// Whom a protest is against: the first name after the verb that is not where it happens ("blocked streets in Hong
    /// Kong in defiance of Chinese authorities", "a hunger strike outside Parliament to demand the return of property
    /// seized by Algerian government forces"). Only when the sentence names no one else is the place the target
    /// ("demonstrated in Serbia, ..., Belgrade radio said"); a name before "said" is the outlet and ends the search.
    /// </summary>
    private static PloverParty? ProtestTarget(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, trigger.End);
        PloverParty? place = null;
        bool placeGoesOn = false;
        for (int i = from; i < Math.Min(tokens.Count, from + TargetReach); i++)
        {
            var token = tokens[i];
            if (token.Text is ";" or "said" or "says" or "according")
            {
                break;
            }

            if (token.Lower == "against" && i + 2 < tokens.Count && Tokens.IsDeterminer(tokens[i + 1]) && IsPartyHead(tokens[i + 2]))
            {
                return Party(document, tokens[i + 1].Span.Start, tokens[i + 2].Span.End); // "to protest against the government"
            }

            if (!IsNameWord(token))
            {
                // "in East Timor's capital Dili": a place noun after a place name is still that place.
                placeGoesOn &= token.Text == "'s" || PlaceNouns.Contains(token.Lower);
                continue;
            }

            int end = WithHeadNoun(tokens, NameEnd(tokens, i, tokens.Count));
            if (IsSpeaker(tokens, end))
            {
                break; // "Belgrade radio said": the outlet
            }

            // "in Belgrade", "at the Kremlin", "the streets of Belgrade"
            bool locative = placeGoesOn || (i > 0 && (Locatives.Contains(tokens[i - 1].Lower)
                                                      || (i > 1 && tokens[i - 1].Lower == "the" && Locatives.Contains(tokens[i - 2].Lower))
                                                      || (i > 1 && tokens[i - 1].Lower == "of" && PlaceNouns.Contains(tokens[i - 2].Lower))));
            if (!locative)
            {
                return Party(document, token.Span.Start, tokens[end].Span.End);
            }

            place ??= Party(document, token.Span.Start, tokens[end].Span.End);
            placeGoesOn = true;
            i = end;
        }

        return place;
    }

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "outside", "near", "into", "inside", "across", "around", "through" };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "capital", "city", "town", "village", "province", "region", "state", "district", "streets", "centre", "center", "outskirts",
        "suburbs", "heart",
    };

    private static readonly HashSet<string> Speech = new(StringComparer.Ordinal) { "said", "says", "reported", "reports", "told" };

    // A name whose next word, or the word after it ("Belgrade radio said"), is a verb of speech.
    private static bool IsSpeaker(IReadOnlyList<Token> tokens, int nameEnd) =>
        Enumerable.Range(nameEnd + 1, 2).Any(k => k < tokens.Count && Speech.Contains(tokens[k].Lower));

    /// <summary>
    /// A demand told by its modal ("Russia said that Sudan must return a helicopter") is made of the modal's
    /// subject: the name right before "must", or for "it"/"they" the last name before that.
    /// </summary>
    private static PloverParty? ModalSubject(Document document, Sentence sentence, TextSpan trigger, PloverParty? source)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at >= tokens.Count || tokens[at].Lower != "must" || at == 0)
        {
            return null;
        }

        int floor = source is null ? 0 : Tokens.IndexAt(tokens, source.Span.End);
        int last = at - 1;
        if (tokens[last].Lower is "it" or "they")
        {
            last--;
            while (last >= floor && !IsNameWord(tokens[last]))
            {
                last--;
            }
        }

        return last >= floor ? NameEndingAt(document, tokens, last, floor) : null;
    }

    // The noun phrase ending at token `last`, back to a clause boundary and from its first capitalised word if it
    // has one: "that the US and other developed nations" gives "US and other developed nations".
    private static PloverParty? NameEndingAt(Document document, IReadOnlyList<Token> tokens, int last, int floor)
    {
        int start = last;
        while (start - 1 >= floor && last - start < MaxSourceTokens && !IsClauseBoundary(tokens[start - 1]))
        {
            start--;
        }

        int first = start;
        while (first < last && !tokens[first].IsCapitalized)
        {
            first++;
        }

        // No name at all ("the army and the police must"): the whole phrase, from after the boundary.
        return Party(document, tokens[tokens[first].IsCapitalized ? first : start].Span.Start, tokens[last].Span.End);
    }

    private static bool IsClauseBoundary(Token token) =>
        token.Kind == TokenKind.Punctuation
            ? token.Text is not ("." or "-" or "'")
            : token.Lower is "that" or "which" or "who" or "said" or "says" or "told" or "to" or "of" or "for" or "from" or "with"
                or "when" or "if" or "unless" or "because" or "whether";

    /// <summary>
    /// With no name after the verb, the object named between the subject and the verb: "summoned Niger's
    /// ambassador to complain", "gave the Ivory Coast 5.1 million dollars of aid".
    /// </summary>
    private static PloverParty? NameBefore(Document document, Sentence sentence, TextSpan trigger, PloverParty? source)
    {
        var tokens = sentence.Tokens;
        int from = source is null ? 0 : Tokens.IndexAt(tokens, source.Span.End);
        int to = Tokens.IndexAt(tokens, trigger.Start);
        for (int i = from; i < to; i++)
        {
            if (IsNameWord(tokens[i]))
            {
                return Party(document, tokens[i].Span.Start, tokens[NameEnd(tokens, i, to)].Span.End);
            }
        }

        return null;
    }

    // The last dot of initials inside a name ("the U.N. war crimes court"): the tokenizer keeps "U.N" as a word and
    // the dot after it apart, which does not end the name when a word follows.
    private static bool IsInitialsDot(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "." && k > 0 && tokens[k - 1].Text is { Length: <= 6 } initials
        && initials.All(c => char.IsUpper(c) || c == '.') && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word;

    // "al-Shabaab", "el-Sisi": a name behind a lower-case Arabic article is still a name.
    private static bool IsNameWord(Token token) =>
        (token.IsCapitalized || (token.Text.Length > 3 && token.Text[2] == '-' && token.Text[..2] is "al" or "el" && char.IsUpper(token.Text[3])))
        && !IsNotName(token.Text);

    // Lower-case words inside a person's name: "Gonzalo Sanchez de Lozada", "Osama bin Laden".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "del", "da", "dos", "van", "von", "bin", "ibn", "bint" };

    // The last token of the name that starts at token `i`, before `limit`: the capitalised words after it, joined
    // across a lone "." or "-" between capitals and through a particle before a capital ("Sanchez de Lozada").
    private static int NameEnd(IReadOnlyList<Token> tokens, int i, int limit)
    {
        int j = i;
        while (j + 1 < limit && !IsNotName(tokens[j + 1].Text)
               && (IsNameWord(tokens[j + 1])
                   || (tokens[j + 1].Text is "." or "-" && j + 2 < limit && tokens[j + 2].IsCapitalized)
                   || (NameParticles.Contains(tokens[j + 1].Text) && j + 2 < limit && tokens[j + 2].IsCapitalized)))
        {
            j++;
        }

        return j;
    }

    // "the Kenyan government", "Chinese authorities", "Algerian government forces": a nationality or a name is the
    // party together with the institution noun after it.
    private static int WithHeadNoun(IReadOnlyList<Token> tokens, int nameEnd)
    {
        int j = nameEnd;
        while (j + 1 < tokens.Count && j - nameEnd < 2 && IsPartyHead(tokens[j + 1]) && !tokens[j].Lower.EndsWith("'s", StringComparison.Ordinal))
        {
            j++;
        }

        return j;
    }

    private static readonly HashSet<string> PartyHeadNouns = new(StringComparer.Ordinal)
    {
        "government", "authorities", "forces", "army", "police", "troops", "soldiers", "officials", "ministry", "military",
        "rebels", "militia", "militants", "embassy", "regime", "parliament",
    };

    // "against the government's austerity measures": the tokenizer keeps a possessive on its word, and the possessor
    // is the party.
    private static bool IsPartyHead(Token token) => PartyHeadNouns.Contains(Possessor(token.Lower));

    private static string Possessor(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    // "Sunday's" is a date however it is written.
    private static bool IsNotName(string word) => NotNames.Contains(Possessor(word));

    private static int IndexOf(IReadOnlyList<Token> tokens, string text, int from, int to)
    {
        for (int k = from; k < to && k < tokens.Count; k++)
        {
            if (tokens[k].Text == text)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The party without a leading "the", "a" or "an", as PLOVER's actorText writes it.</summary>
    public static PloverParty WithoutArticle(PloverParty party)
    {
        int article = ArticleLength(party.Text);
        return article == 0 ? party : new PloverParty(party.Text[article..], new TextSpan(party.Span.Start + article, party.Span.End));
    }

    // The length of the article "words" opens with, 0 when it has none or is nothing else.
    private static int ArticleLength(ReadOnlySpan<char> words)
    {
        foreach (string article in (string[])["the ", "a ", "an "])
        {
            if (words.Length > article.Length && words.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return article.Length;
            }
        }

        return 0;
    }

    // PLOVER's actorText leaves out a leading article: "Red Cross operating in Iraq", not "The Red Cross ...".
    private static PloverParty Party(Document document, int start, int end)
    {
        start += ArticleLength(document.Normalized.AsSpan(start, end - start));
        if (end - start > 2 && document.Normalized.AsSpan(end - 2, 2) is "'s")
        {
            end -= 2; // PLOVER's actorText names the possessor without its "'s"
        }

        var span = new TextSpan(start, end);
        return new PloverParty(document.Slice(span), span);
    }
}
