using System.Buffers;
using System.Text.RegularExpressions;

namespace Sitrep.Events;

using Sitrep.Actors;
using Sitrep.Text;

/// <summary>
/// The Events stage: finds event triggers sentence by sentence, fills each event's arguments from the mentions
/// the earlier stages found, drops hedged, negated and cumulative statements, and merges reports of the same event.
/// </summary>
public sealed partial class EventCoder(EventLexicon lexicon)
{
    // "claimed responsibility", "claimed they were responsible", "announced that it had carried out the bombing".
    [GeneratedRegex(@"\b(claimed responsibility|(claimed|said|announced|reported|stated) (that )?(they|it) (had )?(did|done|carried out|was behind|were behind|was responsible|were responsible|bombed|exploded|detonated|planted)|(admitted|took|claimed the) responsibility)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex ClaimsResponsibility();

    // "claimed the attack", "claimed the killings in September", "admitted days later that one of its units was holding
    // him"; not "no group claimed the attack" or "which did not claim it".
    [GeneratedRegex(@"(?<!\b(not|never|no one|nobody|no group|no organi[sz]ation) )\b(claimed|claims) (responsibility|credit|involvement|(the|this|both) (\w+ )?(attacks?|bombings?|blasts?|explosions?|killings?|kidnappings?|abductions?|ambush|assault|raid|strikes?|massacre|operation|shooting))\b|\badmitted (\w+ ){0,8}(holding|carried out|was behind|were behind)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex ClaimsTheAct();

    // "Authorities blamed", "attributed the attack to", "blamed the killings on", "held ... responsible".
    [GeneratedRegex(@"\b(blamed|blames|blaming|attributed (it|them|the \w+) to|held (\w+ ){1,4}responsible)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex BlamesOn();

    [GeneratedRegex(@"\b(denied|denies|rejected|rejects) (it|the (accusation|allegation|claim|charge)s?|responsibility|involvement|any)\b|\bwhich (denied|rejected)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex DeniesIt();

    [GeneratedRegex(@"\b(targeted|targeting|aimed at)\s+(the\s+)?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex TargetedBefore();

    // "The explosion killed two civilians.", "Three soldiers were killed in the blast", "A woman was killed by a shell
    // explosion": the sentence opens on the weapon or attack the paragraph has just told of, or tells who was hurt in it.
    [GeneratedRegex(@"^(the|this|that) (explosions?|blasts?|bombs?|bombing|attacks?|shelling|shells?|strikes?|airstrikes?|air strikes?|mines?|landmines?|grenades?|devices?|ieds?)\b|\b(in|by|from|during|due to) (the|a|an) (first |second |same |)(bomb |mine |landmine |grenade |drone |shell |artillery |mortar )?(explosions?|blasts?|attacks?|shelling|strikes?|airstrikes?|air strikes?)\b", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex RefersToTheLastEvent();

    /// <summary>
    /// Words before a trigger that make it a plan, a hope, a threat or a denial rather than an event, or that undo
    /// it ("ended an informal ceasefire" is no agreement).
    /// </summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "could", "may", "might", "shall", "should", "vowed", "pledged", "threatened", "plans", "plan",
        "planning", "planned", "attempt", "attempting", "try", "trying", "seeking", "seek", "aims", "aim", "intends", "intend",
        "not", "never", "no", "denied", "deny", "denies", "n't", "whether", "if", "unless", "possible", "potential", "ready",
        "ended", "broke", "violated", "collapse", "collapsed", "scrapped", "face", "deter", "prevent", "thwart", "avert", "forestall",
    };

    private static readonly string[] WeaponPriority =
    [
        "Chemical weapon", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    ];

    /// <summary>Verbs after which "to" introduces what happened, not what is planned ("admitted to withdrawing").</summary>
    private static readonly HashSet<string> FactiveBeforeTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "admitted", "admits", "according", "confessed", "owing", "due", "led", "leading",
    };

    public EventCoding Code(EventInput input)
    {
        var document = input.Document;
        var warnings = new List<string>();
        if (input.Published is null)
        {
            warnings.Add("No publication date (no dateline and no --published): relative dates are left unresolved.");
        }

        foreach (var unresolved in input.Actors.Where(a => a.Actor is null))
        {
            warnings.Add($"Unresolved organisation '{unresolved.Text}' at {unresolved.Span.Start}: {unresolved.Note ?? "not in the knowledge base; review"}.");
        }

        var mentions = new MentionsBySentence(input);
        var arguments = new ArgumentPicker(input, mentions);
        var totals = new ClaimedTotalFinder(input, mentions);
        var candidates = new List<EventCandidate>();
        var statements = new List<PloverStatement>();
        Attribution? previousAttribution = null;
        foreach (var sentence in document.Sentences)
        {
            try
            {
                previousAttribution = CodeSentence(input, mentions, sentence, arguments, totals, candidates, statements, previousAttribution);
            }
            catch (RegexMatchTimeoutException)
            {
                warnings.Add($"Sentence at {sentence.Span.Start} skipped: a pattern took too long on it (pathological input?).");
            }
        }

        var events = EventMerger.Merge(document, candidates, input);
        return new EventCoding(events, totals.Totals, warnings) { Statements = statements };
    }

    /// <summary>
    /// "The Anti-Fascist Armed Force claimed responsibility", "Al Shabaab claimed the attack": the claimant is the
    /// perpetrator ACLED codes. "Authorities blamed Boko Haram, although no group claimed the attacks", "the Congolese
    /// army attributed it to the ADF": with no claim, ACLED codes the armed group an attack is attributed to, and a
    /// denial ("the OLA, which denied it") makes the event disputed. Either names the attacker of this sentence's
    /// unnamed events ("The Islamic State claimed the blast" tells of the blast again) or, when it codes none, of the
    /// paragraph's last event.
    /// </summary>
    private static void AttributeToClaimant(Document document, Sentence sentence, Attribution? attribution, IReadOnlyList<ActorMention> actors,
        List<EventCandidate> candidates, int before)
    {
        var unnamed = candidates.Skip(before).Where(IsUnnamed).ToList();
        if (candidates.Count == before && candidates.LastOrDefault() is { } last && IsUnnamed(last) && last.Sentence.Paragraph == sentence.Paragraph)
        {
            unnamed.Add(last);
        }

        if (unnamed.Count == 0)
        {
            return;
        }

        string text = document.SliceNormalized(sentence.Span);
        ActorMention? perpetrator = null;
        bool disputed = false;
        int blamedAfter = -1;
        // The claimant is the organisation speaking the claim in the event's own sentence ("Houthi rebels claimed
        // responsibility for a drone attack": a speaker is otherwise no party to what it reports), else the claim's
        // subject, the last armed actor before "claimed" in its clause: in "The Islamic State claimed the blast; the
        // army attributed it to the ADF" an unknown claimant leaves the blame to decide.
        var claim = ClaimsResponsibility().Match(text);
        if (!claim.Success)
        {
            claim = ClaimsTheAct().Match(text);
        }

        if (claim.Success)
        {
            int claimAt = sentence.Span.Start + claim.Index;
            int clauseStart = sentence.Span.Start + (claim.Index == 0 ? 0 : text.LastIndexOf(';', claim.Index - 1) + 1);
            perpetrator = (candidates.Count > before && attribution is { SpeakerKind: SourceKind.Organisation, SpeakerSpan: { } speakerSpan }
                              ? actors.FirstOrDefault(a => a.Span == speakerSpan && a.Actor is { Inter: not 7 })
                              : null)
                          ?? actors.LastOrDefault(a => a.Actor is { Inter: not 1 and not 7 } && a.Span.Start >= clauseStart && a.Span.End <= claimAt);
        }

        if (perpetrator is null && BlamesOn().Match(text) is { Success: true } blame)
        {
            blamedAfter = sentence.Span.Start + blame.Index;
            perpetrator = actors.FirstOrDefault(a => a.Actor is { Inter: >= 1 and <= 4 } && a.Span.Start >= blamedAfter + blame.Length);
            disputed = DeniesIt().IsMatch(text);
        }

        if (perpetrator?.Actor is not { } actor)
        {
            return;
        }

        foreach (var candidate in unnamed.Where(c => c.Actor2?.Name != actor.Name))
        {
            candidate.Evidence.RemoveAll(e => e.Field == "actor1");
            candidate.Actor1 = new EventActor(actor.Name, actor.Inter);
            candidate.AddEvidence("actor1", perpetrator.Span, document);
            candidate.Disputed |= disputed;
            // Who blames ("the Congolese army attributed it to the ADF") is no party to the attack.
            if (blamedAfter >= 0 && candidate.Evidence.FirstOrDefault(e => e.Field == "actor2") is { } target && target.Span.End <= blamedAfter
                && sentence.Span.Contains(target.Span))
            {
                candidate.Actor2 = null;
                candidate.Evidence.Remove(target);
            }
        }
    }

    // No attacker, or "gunmen" (an unidentified armed group) until someone claims or is blamed.
    private static bool IsUnnamed(EventCandidate candidate) =>
        candidate.Actor1 is null || candidate.Actor1.Name.StartsWith("Unidentified ", StringComparison.Ordinal);

    private Attribution? CodeSentence(
        EventInput input, MentionsBySentence mentions, Sentence sentence, ArgumentPicker arguments, ClaimedTotalFinder totals, List<EventCandidate> candidates,
        List<PloverStatement> statements, Attribution? previousAttribution)
    {
        var document = input.Document;
        var actors = mentions.Actors.In(sentence);
        var people = mentions.People.In(sentence);
        var attribution = AttributionFinder.Find(document, sentence, actors, people, previousAttribution, mentions.Places.In(sentence));
        previousAttribution = attribution ?? previousAttribution;

        if (totals.TryReadTotals(sentence, attribution, candidates))
        {
            return previousAttribution; // cumulative claims are kept as claimed totals, not coded as one-day events
        }

        int before = candidates.Count;
        string lower = document.SliceNormalized(sentence.Span).ToLowerInvariant();
        Span<bool> selected = stackalloc bool[Math.Max(lexicon.Triggers.Count, lexicon.Statements.Count)];
        List<TextSpan> absorbed = [];
        var triggers = lexicon.TriggerFilter.Select(lower, selected) && !RetellsLastEvent(mentions, sentence, lower, candidates)
            ? FindTriggers(sentence, lower, selected, FollowsDemonstration(sentence, candidates), out absorbed) : [];
        var verbal = lower.Length <= MaxStatementSentence && lexicon.StatementFilter.Select(lower, selected)
            ? FindStatements(document, sentence, lower, selected) : [];
        var coded = new List<TextSpan>();
        var placeless = new List<PloverStatement>();
        var actionStarts = triggers.Select(t => t.Span.Start).Concat(verbal.Select(v => v.Span.Start)).ToList();
        verbal.RemoveAll(v => IsReducedRelative(sentence, v.Span, actionStarts) || IsConditioned(sentence, v.Span) || IsAttributive(sentence, v.Span));
        // "Iraq's invasion of Kuwait was denounced by Arab League foreign ministers": an act PLOVER alone codes is, like
        // an ACLED trigger, what a passive reaction after it is about.
        verbal.RemoveAll(v => !VerbalCategories.Contains(v.Plover.Category) && IsReactionSubject(sentence, verbal, v.Span));
        foreach (var (trigger, span) in triggers)
        {
            if (IsHedged(sentence, span, trigger) || IsDenied(attribution, span) || IsDisowned(lower, span.Start - sentence.Span.Start)
                || IsReactedTo(document, verbal, span) || IsAngeredBy(document, sentence, span) || IsReactionSubject(sentence, verbal, span) || IsNamePart(sentence, span)
                || IsMovedWeapon(verbal, span, trigger) || IsReducedRelative(sentence, span, actionStarts) || IsHaltedAct(sentence, span)
                || (trigger.Has(TriggerTraits.Demonstration) && arguments.SubjectIsAuthority(sentence, span)))
            {
                continue;
            }

            var candidate = new EventCandidate
            {
                Trigger = trigger, TriggerSpan = span, Sentence = sentence, Attribution = attribution,
                ClauseEnd = NextClauseEvent(document, triggers, span),
                ActionSpan = trigger.Has(TriggerTraits.Weapon) && absorbed.Where(a => a.End <= span.Start).ToList() is [var action, ..] ? action : null,
            };
            if (arguments.Fill(candidate, candidates))
            {
                coded.Add(span);
                candidates.Add(candidate);
            }
            else if ((trigger.Plover ?? PloverMapping.For(trigger.SubEventType)) is { } plover)
            {
                // No place to put it ("Somali forces recaptured the town from al-Shabaab"): no ACLED event, but PLOVER
                // codes the action all the same.
                var (source, target) = PloverParties.Find(document, sentence, span, plover.Category);
                placeless.Add(new PloverStatement(plover, span, document.Slice(span), source, target));
            }
        }

        arguments.Counting.ShareTolls(candidates.Skip(before).ToList());

        // Where an ACLED event stands, its own PLOVER coding covers the words. A trigger that made no event (no place
        // for it: "Forty UN monitors were withdrawn") leaves them to the statement.
        statements.AddRange(verbal.Where(v => !coded.Any(c => c.Overlaps(v.Span)))
            .Concat(placeless.Where(p => !coded.Any(c => c.Overlaps(p.Span)) && !verbal.Any(v => v.Span.Overlaps(p.Span))))
            .OrderBy(s => s.Span.Start));
        AttributeToClaimant(document, sentence, attribution, actors, candidates, before);
        if (candidates.Count == before && candidates.LastOrDefault() is { } last && last.Sentence.Paragraph == sentence.Paragraph)
        {
            arguments.Counting.ApplyFollowUp(last, sentence);

            // "A soldier was reportedly killed.", "Seven troops died.": a force harmed in the toll sentence is the event's target.
            if (last.Actor2 is null
                && actors.FirstOrDefault(a => a.Actor is { Inter: 1 or 2 } victim && victim.Name != last.Actor1?.Name
                                              && ArgumentPicker.IsHarmedAt(document.Normalized, a.Span, sentence.Span)) is { Actor: { } target } harmed)
            {
                last.Actor2 = new EventActor(target.Name, target.Inter);
                last.AddEvidence("actor2", harmed.Span, document);
            }

            // "The Myanmar military reportedly targeted the KIA positions.": the armed group named as the target.
            if (last.Actor2 is null
                && actors.FirstOrDefault(a => a.Actor is { Inter: >= 1 and <= 4 } group && group.Name != last.Actor1?.Name
                                              && TargetedBefore().IsMatch(document.Normalized[sentence.Span.Start..a.Span.Start])) is { Actor: { } aimedAt } named)
            {
                last.Actor2 = new EventActor(aimedAt.Name, aimedAt.Inter);
                last.AddEvidence("actor2", named.Span, document);
            }

        }

        return previousAttribution;
    }

    /// <summary>
    /// A sentence that refers back to the last event's weapon or attack ("The explosion killed two civilians",
    /// "... were killed in the blast") with no place or date of its own (a country inside an actor's name, "Myanmar
    /// military soldiers", is no place of its own) tells that event's toll, not a second event: its counts and
    /// victims go to the last event.
    /// </summary>
    private static bool RetellsLastEvent(MentionsBySentence mentions, Sentence sentence, string lower, List<EventCandidate> candidates) =>
        candidates.LastOrDefault() is { } last && last.Sentence.Paragraph == sentence.Paragraph
        && sentence.Index - last.Sentence.Index is > 0 and <= 2
        && RefersToTheLastEvent().IsMatch(lower)
        && !mentions.Places.In(sentence).Any(p => !p.IsDateline && !mentions.Actors.In(sentence).Any(a => a.Span.Contains(p.Span)))
        && mentions.Dates.In(sentence).Count == 0;

    /// <summary>The triggers of a sentence, one per stretch of text (the earliest, then the longest, wins).</summary>
    /// <param name="selected">The triggers the prefilter selected, by position in the lexicon: the others cannot match.</param>
    /// <param name="absorbed">The attack and offensive words a weapon took over ("launched an offensive ..., shelling"), earliest first.</param>
    // "Hundreds marched in Bamako. Security forces fired tear gas to disperse them.": the sentence before told the
    // demonstration that this one's force was used on.
    private static bool FollowsDemonstration(Sentence sentence, List<EventCandidate> candidates) =>
        candidates.LastOrDefault() is { Family: EventCandidate.DemonstrationFamily } last
        && last.Sentence.Paragraph == sentence.Paragraph && sentence.Index - last.Sentence.Index == 1;

    private List<(EventTrigger Trigger, TextSpan Span)> FindTriggers(Sentence sentence, string lower, ReadOnlySpan<bool> selected, bool followsDemonstration,
        out List<TextSpan> absorbed)
    {
        absorbed = [];
        var found = new List<(EventTrigger, TextSpan)>();
        for (int i = 0; i < lexicon.Triggers.Count; i++)
        {
            if (!selected[i])
            {
                continue;
            }

            var trigger = lexicon.Triggers[i];
            foreach (var match in trigger.Pattern.EnumerateMatches(lower))
            {
                var span = new TextSpan(sentence.Span.Start + match.Index, sentence.Span.Start + match.Index + match.Length);
                found.Add((trigger, span));
            }
        }

        ApplySentenceRules(found, lower, sentence.Span.Start, lexicon.Triggers, followsDemonstration);
        var chosen = new List<(EventTrigger, TextSpan)>();
        foreach (var item in found.OrderBy(f => f.Item2.Start).ThenByDescending(f => f.Item2.Length))
        {
            if (!chosen.Any(c => c.Item2.Overlaps(item.Item2)))
            {
                chosen.Add(item);
            }
        }

        // "attacked the convoy with landmines": the weapon names the attack, so it is remote violence, not a clash.
        // Several weapons in one sentence are one attack, coded by the weightiest (ACLED: air strikes over shelling).
        var weapons = chosen.Where(c => c.Item1.Has(TriggerTraits.Weapon)).ToList();
        if (weapons.Count > 0)
        {
            absorbed = chosen.Where(c => c.Item1.Id is "attack" or "offensive").Select(c => c.Item2).ToList();
            chosen.RemoveAll(c => c.Item1.Id is "attack" or "offensive");

            // "Air strikes killed dozens of civilians": the killing is the weapon's toll, not a second attack.
            chosen.RemoveAll(c => c.Item1.Has(TriggerTraits.Victims) && IsKilling(lower, new TextSpan(c.Item2.Start - sentence.Span.Start, c.Item2.End - sentence.Span.Start)));
            var weightiest = weapons.OrderBy(w => w.Item2.Start).MinBy(w => Array.IndexOf(WeaponPriority, w.Item1.SubEventType) is var i and >= 0 ? i : int.MaxValue);
            chosen.RemoveAll(c => c.Item1.Has(TriggerTraits.Weapon) && c != weightiest);
        }

        return chosen;
    }

    private static readonly SearchValues<string> KillingVerbs = SearchValues.Create(
        // "kill" also holds the headline present: "Strikes on Hsenwi kill civilians" is the strikes' toll.
        ["kill", "shot", "gunned", "stabbed", "hacked", "beheaded", "murdered", "fire on"], StringComparison.Ordinal);

    private static bool IsKilling(string lower, TextSpan match) => lower.AsSpan(match.Start, match.Length).IndexOfAny(KillingVerbs) >= 0;

    /// <summary>PLOVER-only actions of a sentence, one per stretch of text (the earliest, then the longest, wins).</summary>
    private List<PloverStatement> FindStatements(Document document, Sentence sentence, string lower, ReadOnlySpan<bool> selected)
    {
        var found = new List<PloverStatement>();
        var spans = new List<(EventTrigger Trigger, TextSpan Span)>();
        for (int i = 0; i < lexicon.Statements.Count; i++)
        {
            if (!selected[i])
            {
                continue;
            }

            var trigger = lexicon.Statements[i];
            foreach (var match in trigger.Pattern.EnumerateMatches(lower))
            {
                spans.Add((trigger, new TextSpan(sentence.Span.Start + match.Index, sentence.Span.Start + match.Index + match.Length)));
            }
        }

        foreach (var (trigger, span) in spans.OrderBy(f => f.Span.Start).ThenByDescending(f => f.Span.Length))
        {
            if ((found.Count > 0 && found[^1].Span.End > span.Start) || IsInsideName(sentence, span))
            {
                continue;
            }

            var (source, target) = PloverParties.Find(document, sentence, span, trigger.Plover!.Category);
            found.Add(new PloverStatement(trigger.Plover!, span, document.Slice(span), source, target));
        }

        return found;
    }

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "been", "being" };

    // Words that end a noun phrase's reach: past one of them, the trigger belongs to another clause ("troops shelled
    // the village and were condemned by the UN" reports the shelling).
    private static readonly HashSet<string> SubjectBreakers = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "since", "after", "before", "when", "while",
        "as", "if", "unless", "until", "where", "said", "says", "say",
    };

    private const int MaxSubjectWords = 12;

    /// <summary>
    /// "Moscow's deployment of SS-20 missiles aimed at western Europe was condemned by NATO": the subject of a passive
    /// reaction is what the reaction is about, like the object of an active one ("NATO condemned the deployment"); it
    /// was reported before and is no event of this sentence. The trigger must sit in the noun phrase right before the
    /// passive verb: no comma, clause word or "and" between.
    /// </summary>
    private static bool IsReactionSubject(Sentence sentence, List<PloverStatement> verbal, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        foreach (var v in verbal)
        {
            if (v.Span.Start <= trigger.Start || !VerbalCategories.Contains(v.Plover.Category))
            {
                continue;
            }

            int verb = Tokens.IndexAt(tokens, v.Span.Start), first = Tokens.IndexAt(tokens, trigger.End);
            int k = verb - 1;
            while (k >= first && tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                k--; // "was strongly condemned"
            }

            if (k < first || !PassiveAuxiliaries.Contains(tokens[k].Lower) || verb - first > MaxSubjectWords)
            {
                continue;
            }

            bool oneNounPhrase = true;
            for (int j = first; j < k && oneNounPhrase; j++)
            {
                oneNounPhrase = tokens[j].Text is not ("," or ";" or ":") && !SubjectBreakers.Contains(tokens[j].Lower);
            }

            if (oneNounPhrase)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Organization for Security and Cooperation in Europe urged ...", "the Shanghai Cooperation Organisation": a
    /// statement's word capitalised in mid-sentence after a capitalised word, or after "and", "for" or "of" that follow
    /// one, is part of a name. A headline in title case is left alone.
    /// </summary>
    private static bool IsInsideName(Sentence sentence, TextSpan span)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, span.Start);
        if (at < 1 || at >= tokens.Count || !tokens[at].IsCapitalized || IsTitleCase(tokens))
        {
            return false;
        }

        var before = tokens[at - 1];
        return before.IsCapitalized || (before.Lower is "and" or "for" or "of" && at > 1 && tokens[at - 2].IsCapitalized);
    }

    // Most words capitalised: a headline, where capitals say nothing about names.
    private static bool IsTitleCase(IReadOnlyList<Token> tokens) =>
        tokens.Count(t => t.Kind == TokenKind.Word && !t.IsCapitalized) * 3 < tokens.Count(t => t.Kind == TokenKind.Word);

    private static readonly HashSet<string> NameHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "treaty", "agreement", "accord", "pact", "crisis", "agency", "command", "forces", "force", "brigade", "regiment",
        "regime", "defense", "defence", "program", "programme", "talks", "convention",
    };

    /// <summary>
    /// "the 1972 Anti-Ballistic Missile treaty", "the Strategic Rocket Forces", "the Cuban Missile Crisis": a weapon word
    /// capitalised inside a name is part of that name, not a weapon fired. It must follow a capitalised word and lead
    /// to a name's head; a headline in title case is left alone.
    /// </summary>
    private static bool IsNamePart(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at < 1 || at >= tokens.Count || !tokens[at].IsCapitalized || !tokens[at - 1].IsCapitalized)
        {
            return false;
        }

        if (IsTitleCase(tokens))
        {
            return false;
        }

        for (int k = at + 1; k < tokens.Count && k <= at + 3; k++)
        {
            if (NameHeads.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (!tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs and nouns whose object is an act brought to a stop: "to halt its air raids", "a halt to the shelling".</summary>
    private static readonly HashSet<string> Stoppers = new(StringComparer.OrdinalIgnoreCase)
    {
        "halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping", "cease", "ceased", "ceasing", "suspend",
        "suspends", "suspended", "suspending", "end", "ends", "ending",
    };

    /// <summary>Words a stopped act's noun phrase may hold between the stopper and the act ("halt its air and artillery raids").</summary>
    private const int StoppedPhraseReach = 6;

    /// <summary>
    /// "called on Israel to halt its air and artillery raids", "calls for a halt to the shelling", "agreed to end the
    /// fighting": the act named as what must stop, or did stop, is the object of a demand or a truce, not a new event.
    /// The act must be a noun ("raids", "shelling"): "ended its siege and attacked the town" still attacked. Between the
    /// stopper and the act only the act's own noun phrase may stand: no punctuation, no verb in the past.
    /// </summary>
    private static bool IsHaltedAct(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at >= tokens.Count || tokens[at].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = at - 1; k >= Math.Max(0, at - StoppedPhraseReach); k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation || token.Lower is "was" or "were" or "is" or "are" or "has" or "had" or "have"
                    || (token.Lower.EndsWith("ed", StringComparison.Ordinal) && !Stoppers.Contains(token.Text)))
            {
                return false;
            }

            if (Stoppers.Contains(token.Text))
            {
                // "the end of the fighting" reads the same; "at the end of a raid" is when something else happened.
                return !(token.Lower is "end" or "ends" && k > 1 && tokens[k - 1].Lower == "the" && tokens[k - 2].Lower is "at" or "by" or "until" or "before" or "after");
            }
        }

        return false;
    }

    // "Serb forces pulled their heavy weapons back", "handed over 200 rifles and mortars", "ordered troops and warplanes
    // to Saudi Arabia", "supplying the guerrillas with Stinger missiles": a weapon inside the words of a withdrawal, a
    // handover, a deployment or a delivery of aid is what was moved, not fired.
    private static bool IsMovedWeapon(List<PloverStatement> verbal, TextSpan trigger, EventTrigger pattern) =>
        pattern.Has(TriggerTraits.Weapon) && verbal.Any(v => v.Plover.Category is "RETREAT" or "MOBILIZE" or "AID" && v.Span.Contains(trigger));

    /// <summary>
    /// "Relatives of nine oil workers kidnapped in the Niger Delta urged ...", "Four Western tourists kidnapped in Yemen
    /// last week were released ...", "prisoners held in Serbian jails went on hunger strike": a participle right after a
    /// plural noun, followed by a preposition or a time word, tells who those people are; the sentence's own verb comes
    /// later (another action, or a form of "be" or "have", with no "and" or comma between). The act it names was
    /// reported before, and is no event of this sentence.
    /// </summary>
    private static bool IsReducedRelative(Sentence sentence, TextSpan trigger, List<int> actionStarts)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at < 2 || at + 1 >= tokens.Count || tokens[at].Span.Start != trigger.Start)
        {
            return false;
        }

        string word = tokens[at].Lower;
        var noun = tokens[at - 1];
        bool participle = word.EndsWith("ed", StringComparison.Ordinal) || word is "held" or "taken" or "kept" or "shot" or "caught";
        bool pluralNoun = noun is { Kind: TokenKind.Word, IsCapitalized: false } && noun.Lower.EndsWith('s')
                          && noun.Lower is not ("was" or "has" or "is" or "its" or "this" or "his" or "as" or "us" or "thus");
        // "massacred at least 24 peasants" is the verb with its object, not a participle.
        bool count = tokens[at + 1].Lower == "at" && at + 2 < tokens.Count && tokens[at + 2].Lower is "least" or "most";
        if (!participle || !pluralNoun || count || !ReducedRelativeFollowers.Contains(tokens[at + 1].Lower))
        {
            return false;
        }

        for (int k = at + 1; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Lower is "and" or "," or ";" or ":")
            {
                return false;
            }

            if (token.Lower is "was" or "were" or "is" or "are" or "has" or "have" or "had"
                || actionStarts.Contains(token.Span.Start) && token.Span.Start > trigger.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Jailed IRA member Bobby Sands refused food", "jailed 52 members of the banned Movement for ...": a participle
    /// before its noun, opening the sentence or after an article, a possessive or a preposition, describes the noun;
    /// the act it names was told before and is no action of this sentence. After a subject it is the verb ("Police
    /// jailed five protesters"). Only for the acts PLOVER alone codes (a ban, a jailing): a harm told by its marks
    /// ("the mutilated bodies of four peasant leaders were found") is the report of an attack, as ACLED codes it.
    /// </summary>
    private static bool IsAttributive(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at + 1 >= tokens.Count || tokens[at].Span.Start != trigger.Start || tokens[at].Lower is not { Length: > 4 } word
            || !word.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var before = at == 0 ? null : tokens[at - 1];
        bool opensPhrase = before is null || Tokens.IsDeterminer(before) || before.Lower.EndsWith("'s", StringComparison.Ordinal)
                           || AttributiveOpeners.Contains(before.Lower);
        var next = tokens[at + 1];
        return opensPhrase && next.Kind == TokenKind.Word && !Tokens.IsDeterminer(next) && !NotAttributiveHeads.Contains(next.Lower);
    }

    private static readonly HashSet<string> AttributiveOpeners = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "to", "from", "against", "about", "among",
    };

    // Words after a participle that make it a verb or a clause of its own ("Killed in the blast were ...", "the
    // detained were freed", "held him for a week").
    private static readonly HashSet<string> NotAttributiveHeads = new(StringComparer.Ordinal)
    {
        "by", "in", "at", "on", "from", "to", "with", "for", "after", "during", "over", "under", "into", "as", "and", "or",
        "off", "out", "up", "down", "back", "away", "near", "him", "them", "it", "us", "me", "was", "were", "is", "are",
        "has", "have", "had", "been", "being", "since", "when", "while", "last", "this", "yesterday", "today", "dead",
        "alive", "more", "some", "all", "nearly", "about", "around", "least", "until", "without", "through",
    };

    /// <summary>
    /// "NATO warned the Bosnian Serbs that they faced air strikes unless they pulled their heavy weapons back": what an
    /// "if" or "unless" clause names is the condition of a threat or an offer, not an action. The clause runs from its
    /// word to the next comma or semicolon.
    /// </summary>
    private static bool IsConditioned(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        for (int k = Tokens.IndexAt(tokens, trigger.Start) - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "," or ";" or ":")
            {
                return false;
            }

            if (tokens[k].Lower is "if" or "unless")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ReducedRelativeFollowers = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "near", "by", "of", "during", "from", "last", "earlier", "outside", "inside", "since", "after", "this",
        "yesterday", "overnight",
    };

    /// <summary>Verbal categories whose object is talked about, not reported: "blamed Israel for the bombing".</summary>
    private static readonly HashSet<string> VerbalCategories = ["DISAPPROVE", "REJECT", "DEMAND", "THREATEN", "INVESTIGATE"];

    // "Lebanon complained to the United Nations over two Israeli air raids", "blamed Israel for the bombing": the
    // raids are the complaint's object when a preposition ties them to it, or when they follow the verb as its direct
    // object ("condemned the massacre of civilians", "criticised NATO air strikes"). A comma ends the reach: "while
    // police were investigating an earlier attack, a bomb exploded".
    private static bool IsReactedTo(Document document, List<PloverStatement> verbal, TextSpan trigger) =>
        verbal.Any(v => v.Span.End <= trigger.Start && VerbalCategories.Contains(v.Plover.Category)
                        && document.Normalized.AsSpan(v.Span.End, trigger.Start - v.Span.End) is var between
                        && between.IndexOfAny(',', ';') < 0
                        && document.Normalized.AsSpan(v.Span.Start, trigger.Start - v.Span.Start) is var reactionOn // the reaction's words too
                        && (RefersBack($" {between}{document.Normalized.AsSpan(trigger.Start, trigger.Length)} ") || IsObjectPrelude(between)
                            || IsPartTakenIn(document.Normalized.AsSpan(v.Span.Start, v.Span.Length), between)
                            || IsFeltAt(reactionOn) || (v.Plover.Category == "REJECT" && RejectedClaim().IsMatch(reactionOn))));

    /// <summary>
    /// "protesters enraged by the port explosion", "angered by the killing of colleagues by gangs": the act that
    /// angered someone is their grievance, told as background to what they did, not an event of this report.
    /// </summary>
    private static bool IsAngeredBy(Document document, Sentence sentence, TextSpan trigger)
    {
        var before = document.Normalized.AsSpan(sentence.Span.Start, trigger.Start - sentence.Span.Start);
        foreach (var match in AngeredBy().EnumerateMatches(before))
        {
            if (IsObjectPrelude(before[(match.Index + match.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(enraged|angered|outraged|incensed|infuriated|furious|angry|upset) (by|over|at|about) ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AngeredBy();

    // A crowd opening the sentence (after a date phrase) as its subject, not its victims ("Hundreds of people were killed").
    [GeneratedRegex(@"^(on [^,]{3,40}, )?((several |many )?(hundreds|thousands|dozens|scores|tens of thousands) of (angry )?(supporters|people|youths|residents|protesters|demonstrators|students|villagers)|(angry )?supporters of |(an? )?(angry )?(crowds?|mobs?)|angry (youths|residents|men))\b(?![^,]{0,80}\b(were|was|had been|have been|are|is)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CrowdSubject();

    /// <summary>
    /// "denied any involvement in the Beirut car bombing", "admitted its role in the attack": a part in an act is a
    /// reference to it, when the reaction's own words end on the part and "in" leads straight to the act's phrase.
    /// </summary>
    private static bool IsPartTakenIn(ReadOnlySpan<char> reaction, ReadOnlySpan<char> between)
    {
        var trimmed = between.TrimStart();
        return trimmed.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && IsObjectPrelude(trimmed[3..])
            && (reaction.EndsWith("involvement", StringComparison.OrdinalIgnoreCase) || reaction.EndsWith("role", StringComparison.OrdinalIgnoreCase)
                || reaction.EndsWith("complicity", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> Feelings = new(StringComparer.OrdinalIgnoreCase)
    {
        "dismay", "outrage", "anger", "concern", "alarm", "horror", "revulsion", "shock", "disgust", "indignation", "regret",
        "sorrow", "grief", "fury", "sadness",
    };

    /// <summary>
    /// "voiced dismay on Friday at the abduction of more than 200 schoolgirls": a feeling voiced "at" a noun phrase is
    /// about an act told before. <paramref name="words"/> run from the reaction's own words to the trigger: a word before
    /// "at" must name the feeling, and only an object's prelude may follow it.
    /// </summary>
    private static bool IsFeltAt(ReadOnlySpan<char> words)
    {
        int at = words.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !IsObjectPrelude(words[(at + 4)..]))
        {
            return false;
        }

        var before = words[..at];
        foreach (var range in before.Split(' '))
        {
            if (Feelings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[range]))
            {
                return true;
            }
        }

        return false;
    }

    // "rejected charges by Iran that its warplanes had dropped poison gas", "brushed aside accusations that it had
    // shelled hospitals": the act is the other side's charge, which the sentence reports as rejected.
    [GeneratedRegex(@"\b(charges?|accusations?|claims?|allegations?|reports?|suggestions?|assertions?)\b[^;]*?\bthat\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RejectedClaim();

    // Words that may stand between a reaction verb and its object's head: "condemned the massacre", "criticised NATO
    // air strikes", "denounced the alleged killings". Anything else (a clause word, a preposition, a verb) means the
    // trigger is not the reaction's object: "condemned the attack that killed 12" still reports the killing.
    private const int MaxObjectPreludeWords = 4;

    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "after", "before", "when", "while", "as", "and", "but", "or", "because", "since",
        "if", "unless", "until", "where", "in", "on", "at", "to", "from", "by", "with", "near", "during", "of", "for", "over",
        "about", "against", "into", "said", "says",
    };

    private static readonly HashSet<string> AdjectivalParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "alleged", "reported", "suspected", "so-called", "renewed", "continued", "repeated", "attempted", "armed", "unprovoked",
    };

    /// <summary>True when <paramref name="between"/> is only a determiner, adjectives or names before an object's head.</summary>
    private static bool IsObjectPrelude(ReadOnlySpan<char> between)
    {
        int words = 0;
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxObjectPreludeWords || ClauseBreakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    && !AdjectivalParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a preposition ties a noun phrase to the reaction ("for the bombing", "over two Israeli air raids"): a
    /// reference to an event told elsewhere. An act in a gerund ("accused the military of firing a shell at the
    /// village") is the speaker's account of what happened, coded as a (disputed) event.
    /// </summary>
    private static bool RefersBack(string text)
    {
        foreach (string preposition in (string[])[" for ", " over ", " about ", " of ", " against ", " into "])
        {
            int at = text.IndexOf(preposition, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            string next = text[(at + preposition.Length)..].Split(' ', 2)[0];
            return !next.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    // The start of the sentence's next trigger when a comma or semicolon stands between it and this one ("..., as
    // fighting raged in Khan Younis"); "attacked and captured Laukkaing" shares its place.
    private static int? NextClauseEvent(Document document, List<(EventTrigger Trigger, TextSpan Span)> triggers, TextSpan span)
    {
        foreach (var (_, next) in triggers)
        {
            if (next.Start > span.End && document.Normalized.AsSpan(span.End, next.Start - span.End).IndexOfAny(',', ';') >= 0)
            {
                return next.Start;
            }
        }

        return null;
    }

    /// <summary>Rules between the triggers of one sentence, applied before overlapping triggers are resolved.</summary>
    private static void ApplySentenceRules(List<(EventTrigger Trigger, TextSpan Span)> found, string lower, int sentenceStart, IReadOnlyList<EventTrigger> all,
        bool followsDemonstration)
    {
        // "rallied ..., a week after riots left dozens dead", "began a hunger strike ..., days after soldiers shot dead
        // ten civilians": an act the sentence dates before its own is background, so it neither turns this sentence's
        // demonstration into a riot nor is force used on it.
        bool Background((EventTrigger Trigger, TextSpan Span) f) => BackgroundClause.At(lower, 0, f.Span.Start - sentenceStart) is not null;

        // "Fighting between the army and the KIA killed 20 people": the dead are the battle's toll, not a second
        // event; "Gang members killed 20 people" alone is an attack on them.
        if (found.Any(f => AcledTaxonomy.EventTypeOf(f.Trigger.SubEventType) == AcledTaxonomy.Battles))
        {
            found.RemoveAll(f => f.Trigger.Id == "killing-people");
        }

        // "Police used tear gas to disperse demonstrators": force used on a demonstration codes the demonstration
        // (ACLED: Protest with intervention; lethal force is Excessive force against protesters). Without a
        // demonstration in the sentence or the one before, "tear gas" or "opened fire" is no protest event.
        found.RemoveAll(f => f.Trigger.Has(TriggerTraits.Intervention) && Background(f));
        var interventions = found.Where(f => f.Trigger.Has(TriggerTraits.Intervention)).ToList();
        if (interventions.Count > 0)
        {
            if (found.Any(f => f.Trigger.Has(TriggerTraits.Demonstration)) || followsDemonstration)
            {
                // "... pushing aside protesters ..., and detained several of them": the detention is part of the
                // intervention, not an arrest event of its own.
                var strongest = interventions.OrderByDescending(f => f.Trigger.SubEventType == "Excessive force against protesters").First();
                found.RemoveAll(f => f.Trigger.Has(TriggerTraits.Demonstration) || (f.Trigger.Has(TriggerTraits.Intervention) && f != strongest)
                                     || (f.Trigger.SubEventType == "Arrests" && interventions.Exists(i => i.Span.Overlaps(f.Span))));
            }
            else
            {
                found.RemoveAll(f => f.Trigger.Has(TriggerTraits.Intervention));
            }
        }

        // "Angry youths took to the streets of Shashemene, torching hotels", "amid protests against fuel prices, a crowd
        // broke into a warehouse and looted it": demonstrators who destroy or loot riot (ACLED: Violent demonstration),
        // one event, not a protest and a looting. The demonstration comes first: in "Soldiers torched a village,
        // residents who protested said" the residents did not torch it.
        // The destruction (or the storming) is the riot's act: the riot takes its place and no looting stays beside it.
        void BecomesRiot((EventTrigger Trigger, TextSpan Span) act)
        {
            if (all.FirstOrDefault(t => t.SubEventType == "Violent demonstration") is { } riot)
            {
                found.RemoveAll(f => f.Trigger.SubEventType == "Looting/property destruction" || f == act);
                found.Add((riot, act.Span));
            }
        }

        if (found.FirstOrDefault(f => f.Trigger.Has(TriggerTraits.Demonstration) && !Background(f)) is { Trigger: not null } demonstration
            && found.FirstOrDefault(f => f.Trigger.SubEventType == "Looting/property destruction" && !Background(f)
                                         && f.Span.Start > demonstration.Span.Start) is { Trigger: not null } destruction)
        {
            BecomesRiot(destruction);
        }

        // "Hundreds of supporters of the coup leaders gathered in Niamey, then ransacked the party's headquarters",
        // "thousands of supporters of the cleric ... stormed the parliament building": a crowd that is the sentence's
        // subject and loots, burns or storms riots (ACLED: Violent demonstration), though no protest word is used.
        if (CrowdSubject().Match(lower) is { Success: true } crowd
            && found.FirstOrDefault(f => f.Span.Start - sentenceStart > crowd.Index + crowd.Length && !Background(f)
                                         && (f.Trigger.SubEventType == "Looting/property destruction"
                                             || (f.Trigger.Id == "attack" && lower.AsSpan(f.Span.Start - sentenceStart).StartsWith("storm")))) is { Trigger: not null } rampage)
        {
            BecomesRiot(rampage);
        }

        // "Protesters threw stones at police": a demonstration that turns violent is one riot, not also a protest;
        // "... burned tyres, and police shot dead two of them": force used on rioters is the riot's other side
        // (ACLED: one Violent demonstration, the police as actor2), not a second event.
        if (found.Any(f => f.Trigger.SubEventType == "Violent demonstration" && !Background(f)))
        {
            found.RemoveAll(f => f.Trigger.Has(TriggerTraits.Demonstration) || f.Trigger.Has(TriggerTraits.Intervention));
        }

        // "Soldiers defused a landmine": the weapon a sentence says was defused or intercepted was not used.
        // "Indian jets pounded positions ..., and Pakistan said it had shot down two of the aircraft": only in its
        // own clause.
        var disrupted = found.Where(f => f.Trigger.Has(TriggerTraits.Disrupts)).ToList();
        if (disrupted.Count > 0)
        {
            found.RemoveAll(f => f.Trigger.Has(TriggerTraits.Weapon) && disrupted.Exists(d => SameClause(lower, f.Span, d.Span, sentenceStart)));
        }
    }

    // No comma or semicolon between the two spans (absolute offsets; lower is the sentence from sentenceStart).
    private static bool SameClause(string lower, TextSpan a, TextSpan b, int sentenceStart)
    {
        int from = Math.Min(a.End, b.End) - sentenceStart, to = Math.Max(a.Start, b.Start) - sentenceStart;
        return to <= from || lower.AsSpan(from, to - from).IndexOfAny(',', ';') < 0;
    }

    /// <summary>
    /// "The government rejected accusations that its troops had killed civilians", "dismissed reports of fighting":
    /// whoever speaks (the speaker need not be a known actor), what a denial disowns is not reported as having
    /// happened. A clause after "but" or ";" is the report's own account again.
    /// </summary>
    private static bool IsDisowned(string lowerSentence, int triggerOffset)
    {
        foreach (Match denial in Disowning().Matches(lowerSentence))
        {
            int end = denial.Index + denial.Length;
            if (end <= triggerOffset && !ClauseBreak().IsMatch(lowerSentence.AsSpan(end, triggerOffset - end)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting)\s+(?:that\b|(?:[\w'-]+\s+){0,3}?(?:accusations?|allegations?|claims?|reports?|charges?|suggestions?|assertions?)\s+(?:that|of)\b)", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex Disowning();

    [GeneratedRegex(@";|\bbut\b|\bhowever\b", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex ClauseBreak();

    /// <summary>"Zaw Min Tun denied that troops had withdrawn": what a denial reports did not happen by its account.</summary>
    private static bool IsDenied(Attribution? attribution, TextSpan trigger) =>
        attribution is { Verb: "denied" or "denies" or "rejected" } && attribution.Complement.Contains(trigger);

    /// <summary>Verbs that make what follows them a threat or a promise ("warned that Israel would face ...").</summary>
    private static readonly HashSet<string> ThreatVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "threatened", "threatens", "threaten", "threatening", "warned", "warns", "vowed", "vows", "pledged", "pledges",
        "promised", "promises", "ultimatum", "demanded", "demands", "urged", "urges",
    };

    /// <summary>Modal verbs that, earlier in the trigger's clause, make the event future or hypothetical.</summary>
    private static readonly HashSet<string> ClauseModals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "may", "might", "shall", "should", "must", "if", "unless", "planned", "plans", "prepared",
    };

    /// <summary>
    /// Longest sentence searched for PLOVER-only statements: a news sentence is a few hundred characters, and a
    /// megabyte line without a full stop has no verbal event worth the time of scanning it for one.
    /// </summary>
    private const int MaxStatementSentence = 2000;

    /// <summary>Tokens before a trigger that a threat verb may stand at (a bound, so one long line stays linear).</summary>
    private const int ThreatReach = 40;

    // Words after a threat verb that end its reach: "warned residents after rebels attacked the base".
    private static readonly HashSet<string> ThreatBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "when", "as", "because", "since", "following", "while", "before", "amid",
    };

    private static bool IsHedged(Sentence sentence, TextSpan trigger, EventTrigger kind)
    {
        if (IsThreatened(sentence, trigger))
        {
            return true;
        }

        var tokens = sentence.Tokens;
        int index = 0;
        while (index < tokens.Count && tokens[index].Span.Start < trigger.Start)
        {
            index++;
        }

        for (int k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            var token = tokens[k];
            // "group (assumed to be) bombed": an aside in brackets hedges what it follows, not the verb after it.
            if (token.Kind == TokenKind.Punctuation && token.Text is "," or ";" or ":" or ")")
            {
                break;
            }

            // "the Pan To police outpost": a capitalised hedge word in mid-sentence is part of a name.
            if (!Hedges.Contains(token.Text) || (k > 0 && char.IsUpper(token.Text[0])))
            {
                continue;
            }

            // "agreed to a ceasefire" is the agreement itself; "agreed to withdraw" stays a plan.
            // "travelling to Myawaddy with mines", "troops loyal to the president battled": "to" before a name or an
            // article is a preposition, not an infinitive.
            if (token.Lower == "to" && k + 1 < tokens.Count && (tokens[k + 1].IsCapitalized || Tokens.IsDeterminer(tokens[k + 1])))
            {
                continue;
            }

            // "attempted to assassinate the minister": the attempt is the attack; "tried to retake the town" took nothing.
            bool attempted = k > 0 && tokens[k - 1].Lower is "attempted" or "tried" && !kind.Has(TriggerTraits.Territory);
            bool factive = token.Lower == "to" && k > 0 && (FactiveBeforeTo.Contains(tokens[k - 1].Text) || attempted
                                                             || (kind.SubEventType == "Agreement" && tokens[k - 1].Lower is "agreed" or "agree" or "agreeing"));
            if (!factive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Hamas warned that Israel would face suicide bombings", "the army said it would retake the town": a threat verb
    /// earlier in the sentence, or a modal earlier in the trigger's clause, makes the event a threat or a plan.
    /// </summary>
    private static bool IsThreatened(Sentence sentence, TextSpan trigger)
    {
        bool inClause = true;
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        for (int k = at - 1; k >= Math.Max(0, at - ThreatReach); k--)
        {
            var token = tokens[k];

            if (token.Text is ";" || ThreatBoundaries.Contains(token.Text))
            {
                return false;
            }

            if (token.Text is "," or ":" || token.Lower is "but" or "which" or "who")
            {
                inClause = false;
            }

            if (ThreatVerbs.Contains(token.Text) || (inClause && ClauseModals.Contains(token.Text)))
            {
                return true;
            }

            // "The threat of NATO air strikes against Serbia was renewed": the strikes are what is threatened. Only in
            // the trigger's clause: "Despite the threat of reprisals, villagers marched" marched all the same.
            if (inClause && token.Lower is "threat" or "threats" && k + 1 < at && tokens[k + 1].Lower == "of")
            {
                return true;
            }
        }

        return false;
    }
}
