using System.Text.RegularExpressions;

namespace Sitrep.Events;

using Sitrep.Actors;
using Sitrep.Text;

/// <summary>
/// Actor roles of an event candidate: who acts (actor1) and who is acted on (actor2), by trigger kind, with the
/// codebook's conventions for territory, protests and interventions.
/// </summary>
internal sealed partial class ArgumentPicker
{
    private void PickActors(EventCandidate candidate, IReadOnlyList<EventCandidate> earlier)
    {
        var sentence = candidate.Sentence;
        var attribution = candidate.Attribution;
        bool declaration = candidate.Trigger.Has(TriggerTraits.Declaration);
        var mentions = _mentions.Actors.In(sentence)
            .Where(a => a.Actor is not null
                        && !(attribution?.ReportingRegion is { } r && r.Contains(a.Span) && !declaration))
            .ToList();
        mentions.RemoveAll(m => IsBracketedRestatement(mentions, m) || IsAllegedAffiliation(m));
        var distinct = mentions.GroupBy(a => a.Actor!.Name).Select(g => g.First()).ToList();

        if (candidate.Trigger.Has(TriggerTraits.Territory))
        {
            // "The Kachin Independence Army said it had captured two military outposts": the speaker took them.
            AssignTerritoryRoles(candidate, distinct, SpeakersForces(candidate));
        }
        else if (declaration)
        {
            var speaker = attribution is { SpeakerKind: SourceKind.Organisation }
                ? _input.Actors.FirstOrDefault(a => a.Span == attribution.SpeakerSpan)
                : null;
            SetActor1(candidate, speaker ?? distinct.FirstOrDefault(a => a.Actor!.Inter != 1));
        }
        else
        {
            // "The army said that its forces had clashed with ...": the speaker's own forces acted.
            var speakersForces = SpeakersForces(candidate);

            // "landmines set up by Pauk PDF": the agent of a passive is actor1 wherever it stands.
            // "came under heavy shelling from the Arakan Army": who the attack came from is actor1 too.
            var agent = distinct.FirstOrDefault(a => IsPassiveAgent(a) && BackedBy(mentions, a) is null)
                        ?? (CameUnder(candidate) ? distinct.FirstOrDefault(a => a.Span.Start >= candidate.TriggerSpan.End && IsFromAgent(a)) : null);

            // "exploded inside the police station": a force named by its facility is the target, not the attacker.
            var targets = distinct.Where(a => IsNamedByFacility(a) || IsHolder(a) || SteppedOnTheWeapon(candidate, a) || IsHarmedBefore(candidate, a)
                                              || IsObjectOfAttackVerb(candidate, a) || IsAttackedPassive(candidate, a)).ToList();
            AddCoordinatedTargets(mentions, targets);
            var nearest = distinct.Where(a => !targets.Contains(a) && a.Span.End <= candidate.TriggerSpan.Start).OrderByDescending(a => a.Span.End).FirstOrDefault();

            // "FARDC soldiers backed by Burundian troops fought M23 rebels": who backs the subject acts with it (an
            // associated actor), in a clash too; the subject is the one backed.
            var backer = nearest is not null ? BackedBy(mentions, nearest) : null;
            string? backing = null;
            if (backer is not null)
            {
                backing = nearest!.Actor!.Name;
                candidate.AssocActors.Add(new EventActor(backing, nearest.Actor.Inter));
                nearest = backer;
            }

            var chainFirst = nearest is null ? null : ChainStart(mentions, nearest, targets);
            var subject = speakersForces
                          ?? agent
                          ?? (chainFirst is null ? null : ChainLead(mentions, chainFirst, nearest!))
                          ?? distinct.FirstOrDefault(a => !targets.Contains(a) && CanActAfterTrigger(candidate, a));

            // "U.S. and British warplanes struck Houthi targets": in a one-sided act the subject's conjuncts act with
            // it (ACLED's associated actors), where in "the army and the KIA clashed" they fight each other.
            int chainStart = chainFirst?.Span.Start ?? 0;
            var allies = subject is not null && nearest is not null && (subject != nearest || chainStart < subject.Span.Start) && speakersForces is null && agent is null
                         && candidate.Trigger.Id is not ("clash" or "agreement" or "change" or "surrender")
                ? distinct.Where(a => a != subject && a.Span.Start >= chainStart && a.Span.End <= nearest.Span.End
                                      && a.Actor!.Name != subject.Actor!.Name).ToList()
                : [];
            var other = targets.FirstOrDefault(a => a.Actor!.Name != subject?.Actor!.Name && a.Actor.Name != backing)
                        ?? distinct.FirstOrDefault(a => a != subject && a.Actor!.Name != subject?.Actor!.Name && a.Actor.Name != backing && !allies.Contains(a));
            foreach (var ally in allies)
            {
                candidate.AssocActors.Add(new EventActor(ally.Actor!.Name, ally.Actor.Inter));
            }
            if (candidate.Trigger.Has(TriggerTraits.Intervention))
            {
                (subject, other) = InterventionRoles(candidate, distinct);
            }
            else if (candidate.Trigger.Has(TriggerTraits.Demonstration))
            {
                // "began a hunger strike to demand the return of property seized by government forces": the forces
                // are what the protest is about; demonstrators are the named non-state actor before the verb or none.
                subject = distinct.Where(a => a.Actor!.Inter != 1 && a.Span.End <= candidate.TriggerSpan.Start).OrderByDescending(a => a.Span.End).FirstOrDefault();
                other = null;
            }

            SetActor1(candidate, subject);
            SetActor2(candidate, other);
        }

        if (candidate.Actor1 is null && StartsWithAnaphor(sentence, candidate.TriggerSpan))
        {
            // "Many of them were transferred ...": the subject is the previous event's actor.
            candidate.Actor1 = earlier.LastOrDefault(e => e.Actor1 is not null)?.Actor1;
        }
    }

    /// <summary>The mention <paramref name="ally"/> backs, when the text between them says so ("A backed by B", "A, supported by B,").</summary>
    private ActorMention? BackedBy(List<ActorMention> mentions, ActorMention ally)
    {
        var backed = mentions.Where(m => m.Span.End <= ally.Span.Start).MaxBy(m => m.Span.End);
        return backed is not null && backed.Actor!.Name != ally.Actor!.Name
               && BackedByWords().IsMatch(_input.Document.Normalized[backed.Span.End..ally.Span.Start])
            ? backed
            : null;
    }

    [GeneratedRegex(@"^\s*,?\s*((backed|supported|aided|assisted|reinforced|helped|accompanied) by|alongside|together with|with the (support|help|backing) of)\s+(the\s+)?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex BackedByWords();

    // "abducted 15 young men, accusing them of links to the army", "a man they accused of spying for the RSF", "an
    // informant of the military regime": the side a victim is said to serve is neither the attacker nor the target.
    private bool IsAllegedAffiliation(ActorMention mention) => AffiliationBefore().IsMatch(TextBefore(mention, 40));

    [GeneratedRegex(@"\b((informants?|informers?|spies|spy|collaborators?|agents?) (of|for)|(spying|informing|collaborating|collaboration) (for|with)|(links?|ties|connections?|affiliation) (to|with)|information to) (the )?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex AffiliationBefore();

    // "a local people's defense force (PDF)": an acronym in brackets right after a name restates it (or names the
    // network the unit belongs to); it is not a second party.
    private bool IsBracketedRestatement(List<ActorMention> mentions, ActorMention mention)
    {
        string text = _input.Document.Normalized;
        var before = mentions.LastOrDefault(m => m.Span.End <= mention.Span.Start);
        return before is not null && mention.Span.End < text.Length && text[mention.Span.End] == ')'
               && text[before.Span.End..mention.Span.Start].Trim() == "("
               && (before.Actor!.Name == mention.Actor!.Name || before.Actor.Memberships.Any(g => g.Group == mention.Actor.Name));
    }

    /// <summary>
    /// An actor named only after the trigger is its object ("shelled Kherson, wounding five civilians"), except for
    /// symmetric fighting ("clashes between the army and the KIA") and agreements, whose parties may follow the verb.
    /// </summary>
    private static bool CanActAfterTrigger(EventCandidate candidate, ActorMention mention) =>
        mention.Span.End <= candidate.TriggerSpan.Start
        || (mention.Actor!.Inter != 7 && candidate.Trigger.Id is "clash" or "agreement" or "offensive" or "change" or "base" or "surrender");

    // ACLED: a Protest with intervention has the protesters as actor1 and the intervening force as actor2; Excessive
    // force against protesters has the force as actor1 and the protesters as actor2. A rebel group that governs where
    // it breaks up a protest ("HTS General Security members ... break up a protest in Idleb") is that force too.
    private static (ActorMention? Actor1, ActorMention? Actor2) InterventionRoles(EventCandidate candidate, List<ActorMention> actors)
    {
        var protesters = actors.FirstOrDefault(a => a.Actor!.Inter == 6);
        var force = actors.FirstOrDefault(a => a.Actor!.Inter is 1 or 2 or 3 or 8);
        return candidate.SubEventType == "Excessive force against protesters" ? (force, protesters) : (protesters, force);
    }

    private void AssignTerritoryRoles(EventCandidate candidate, List<ActorMention> actors, ActorMention? speaker)
    {
        // "the Malian army and Wagner Group mercenaries took control of Kidal": the actors coordinated as the
        // subject act together; the first state force among them leads and its partners are associated actors.
        var subject = CoordinatedSubject(candidate, actors);
        // "Rwandan and Mozambican troops have retaken ...": the report's own state forces lead foreign ones beside them.
        var state = subject.FirstOrDefault(a => a.Actor is { Inter: 1 } lead && lead.Country == _input.CountryFocus)
                    ?? subject.FirstOrDefault(a => a.Actor!.Inter == 1) ?? actors.FirstOrDefault(a => a.Actor!.Inter == 1);
        var nonState = actors.FirstOrDefault(a => a.Actor!.Inter != 1 && !subject.Contains(a))
                       ?? subject.FirstOrDefault(a => a.Actor!.Inter != 1)
                       ?? (speaker is { Actor.Inter: not 1 } ? speaker : null);
        ActorMention? gainer;
        ActorMention? loser;
        bool regain = false;
        if (IsWithdrawal(candidate) && subject.Count > 0)
        {
            // "after Al Shabaab withdrew", "the rebels pulled out": who withdraws loses the place to the other side.
            loser = subject[0];
            gainer = actors.FirstOrDefault(a => !subject.Contains(a) && a.Actor!.Inter != loser.Actor!.Inter)
                     ?? actors.FirstOrDefault(a => !subject.Contains(a));
        }
        else if (candidate.NonViolent && subject.Count > 0)
        {
            // "Ukrainian troops entered Kherson without a fight": who enters gains the place.
            gainer = subject.FirstOrDefault(a => a.Actor!.Inter == 1) ?? subject[0];
            loser = actors.FirstOrDefault(a => !subject.Contains(a));
        }
        else
        {
            // "Burmese troops have captured part of a Karen guerrilla stronghold": state forces that are the active
            // subject of a capture, with no other state's forces in the sentence, take the place from a non-state group.
            regain = candidate.Trigger.Has(TriggerTraits.Regain) || IsCapturedByTheState(candidate, actors, state, subject);
            // "The capture of Mazar-i-Sharif from the Taliban by Northern Alliance forces", "seized the town from the
            // KNU": the side the place was taken from lost it, whoever else is named.
            var takenFrom = actors.FirstOrDefault(a => a.Span.Start >= candidate.TriggerSpan.End && IsFromAgent(a));
            if (takenFrom is not null && nonState == takenFrom)
            {
                nonState = subject.FirstOrDefault(a => a != takenFrom && a.Actor!.Inter != 1)
                           ?? actors.FirstOrDefault(a => a != takenFrom && a.Actor!.Inter != 1);
            }

            gainer = regain ? state ?? nonState : nonState;

            // "Ukrainian troops recaptured Kupiansk from Russian forces": the loser may be another state's forces; the
            // state's partners in the subject ("soldiers and Civilian JTF vigilantes") lose nothing.
            var opponents = actors.Where(a => a != gainer && !(subject.Contains(gainer!) && subject.Contains(a))).ToList();
            loser = regain ? (gainer == state ? opponents.FirstOrDefault(a => a.Actor!.Inter != 1) ?? opponents.FirstOrDefault(a => a.Actor!.Inter == 1) : null)
                : takenFrom is not null && takenFrom != gainer ? takenFrom : state;
        }

        SetActor1(candidate, gainer);
        SetActor2(candidate, loser);
        if (gainer?.Actor is { } lead)
        {
            var partners = subject.Contains(gainer) ? subject.Where(a => a != gainer && a != loser) : [];
            foreach (var member in actors.Where(a => a != gainer && a.Actor!.Memberships.Any(m => m.Group == lead.Name)).Concat(partners).Distinct())
            {
                candidate.AssocActors.Add(new EventActor(member.Actor!.Name, member.Actor.Inter));
            }
        }

        if (candidate.NonViolent)
        {
            candidate.SubEventType = "Non-violent transfer of territory";
        }
        else if (gainer?.Actor is { Inter: 1 })
        {
            candidate.SubEventType = "Government regains territory";
        }
    }

    private bool IsCapturedByTheState(EventCandidate candidate, List<ActorMention> actors, ActorMention? state, List<ActorMention> coordinated)
    {
        var subject = coordinated.Contains(state!) ? state : actors.Where(a => a.Span.End <= candidate.TriggerSpan.Start).MaxBy(a => a.Span.End);
        if (candidate.NonViolent || subject is null || subject != state || actors.Count(a => a.Actor!.Inter == 1) > 1 || IsPassiveAgent(subject))
        {
            return false;
        }

        // "fell to the army", "the fall of the town", "was captured": the place or a passive is the subject.
        string text = _input.Document.Normalized;
        return !CapturedPassive().IsMatch(text[subject.Span.End..candidate.TriggerSpan.End]);
    }

    [GeneratedRegex(@"\b(fell|fall|seizure|(was|were|been|being|is|are) (\w+ )?(captur|seiz|tak|overr|over)\w*)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex CapturedPassive();

    // The actors named as the subject of the trigger: the nearest actor before it and those joined to it by "and" or
    // a comma ("the Malian army and Wagner Group mercenaries"), in text order; none when that actor is a passive's
    // agent ("was captured by the army") or stands in another clause.
    private List<ActorMention> CoordinatedSubject(EventCandidate candidate, List<ActorMention> actors)
    {
        var before = actors.Where(a => a.Span.End <= candidate.TriggerSpan.Start).OrderBy(a => a.Span.Start).ToList();
        if (before.Count == 0 || IsPassiveAgent(before[^1])
            || ClauseBreak().IsMatch(_input.Document.Normalized[before[^1].Span.End..candidate.TriggerSpan.Start]))
        {
            return [];
        }

        int first = before.Count - 1;
        while (first > 0 && before[first - 1].Span.End <= before[first].Span.Start
               && Conjunction().IsMatch(_input.Document.Normalized[before[first - 1].Span.End..before[first].Span.Start]))
        {
            first--;
        }

        return before[first..];
    }

    // Between a subject and its verb: a new clause or sentence part ("the army said; ", "and then ... after").
    [GeneratedRegex(@"[;:]|\b(after|before|while|when|as|since|because|but|who|which|that)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex ClauseBreak();

    // A withdrawal's subject gives the place up: "withdrew", "pulled out", "abandoned the town", "ceded", "handed over".
    private bool IsWithdrawal(EventCandidate candidate) =>
        candidate.NonViolent && WithdrawalWords().IsMatch(_input.Document.Normalized[candidate.TriggerSpan.Start..candidate.TriggerSpan.End]);

    [GeneratedRegex(@"^(withdr[ae]w(n|ing)?\b|pulled out|relinquish|handed over|ceded|abandoned)", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex WithdrawalWords();

    private void SetActor1(EventCandidate candidate, ActorMention? mention)
    {
        if (mention?.Actor is { } actor)
        {
            candidate.Actor1 = new EventActor(actor.Name, actor.Inter);
            candidate.AddEvidence("actor1", mention.Span, _input.Document);
        }
    }

    private void SetActor2(EventCandidate candidate, ActorMention? mention)
    {
        if (mention?.Actor is { } actor)
        {
            candidate.Actor2 = new EventActor(actor.Name, actor.Inter);
            candidate.AddEvidence("actor2", mention.Span, _input.Document);
        }
    }

    private static readonly HashSet<string> FacilityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "station", "stations", "post", "posts", "base", "bases", "camp", "camps", "headquarters", "outpost", "checkpoint",
        "office", "offices", "compound", "convoy", "convoys", "vehicle", "vehicles", "truck", "trucks", "column", "booth", "booths",
        "car", "cars", "bus", "academy", "school", "tower", "towers", "hospital", "checkpoints", "gate", "building", "barracks",
    };

    // "two police cars hit landmines", "troops stepped on a mine": the subject is the victim of the weapon.
    private bool SteppedOnTheWeapon(EventCandidate candidate, ActorMention mention)
    {
        if (!candidate.Trigger.Has(TriggerTraits.Weapon) || mention.Span.End > candidate.TriggerSpan.Start)
        {
            return false;
        }

        string between = _input.Document.Normalized[mention.Span.End..candidate.TriggerSpan.Start].ToLowerInvariant();
        return between.Contains("stepped on", StringComparison.Ordinal) || between.Contains(" hit ", StringComparison.Ordinal)
               || between.Contains("struck", StringComparison.Ordinal) || between.Contains("ran over", StringComparison.Ordinal);
    }

    // "Three soldiers were killed and others injured due to the bomb blast": a force harmed before the weapon is
    // named is the weapon's target, not the one who used it.
    // "Two soldiers were shot dead by militants": so is a force whose passive harm is the trigger itself.
    private bool IsHarmedBefore(EventCandidate candidate, ActorMention mention) =>
        mention.Span.End <= candidate.TriggerSpan.Start
        && (HarmedPassive().IsMatch(_input.Document.Normalized[mention.Span.End..candidate.TriggerSpan.Start])
            || HarmedPassiveTrigger().IsMatch(_input.Document.Normalized[mention.Span.End..candidate.TriggerSpan.End]));

    [GeneratedRegex(@"^\s+(was|were|had been|have been) " + HarmWording.Adverb + @"(killed|injured|wounded|hurt|shot dead|gunned down|murdered)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex HarmedPassiveTrigger();

    // "a military truck was struck by a mine", "Russian positions ... were shelled overnight by Chechen rebels",
    // "troops ... were attacked with remote-controlled explosives", "troops came under attack from the KIA": the
    // subject of a passive attack is its target; who attacked is named after it, or is unnamed (ACLED: Unidentified
    // Armed Group).
    private bool IsAttackedPassive(EventCandidate candidate, ActorMention mention) =>
        mention.Span.End <= candidate.TriggerSpan.Start
        && AttackedPassive().IsMatch(_input.Document.Normalized[mention.Span.End..candidate.TriggerSpan.End]);

    [GeneratedRegex(@"\b((was|were) (reportedly |allegedly |also |then |later |again )?(attacked|struck|hit|targeted|ambushed|bombed|blown up|shelled|bombarded|pounded|raided|stormed|overrun|shot at|fired (up)?on)|(came|come|comes|coming) under)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex AttackedPassive();

    /// <summary>
    /// "seven soldiers died", "the blast injured a driver, a woman and 3 soldiers", "a soldier was reportedly
    /// killed": the mention at <paramref name="mention"/> is someone harmed, told by a harm word right after it or
    /// before it (up to a list of eight words).
    /// </summary>
    internal static bool IsHarmedAt(string text, TextSpan mention, TextSpan sentence) =>
        HarmedAfter().IsMatch(text[mention.End..sentence.End]) || HarmedBefore().IsMatch(text[sentence.Start..mention.Start]);

    [GeneratedRegex(@"^(\s+[\w'-]+){0,4}?\s+((was|were|had been|have been) )?" + HarmWording.Adverb + @"(killed|injured|wounded|hurt|shot dead|died)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex HarmedAfter();

    [GeneratedRegex(@"\b(killed|killing|injured|injuring|wounded|wounding)\s+(at least |about |around |more than )?([\w'-]+,?\s+){0,8}$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex HarmedBefore();

    /// <summary>"was killed", "were reportedly injured": someone named before it was harmed, not the one who harmed.</summary>
    [GeneratedRegex(@"\b(was|were) " + HarmWording.Adverb + @"(killed|injured|wounded|hurt|shot dead)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    internal static partial Regex HarmedPassive();

    // "the joint forces of the KNDF and the KA attacked": ACLED's actor1 is the first of coordinated attackers (the
    // others are associated actors), the start of the subject chain "A, B and C" running from first to last. But
    // "Rwandan and Mozambican troops have retaken Mocimboa da Praia": foreign forces fighting beside the report's own
    // state forces are ACLED's associated actor of them, whatever the order they are named in.
    private ActorMention ChainLead(List<ActorMention> mentions, ActorMention first, ActorMention last)
    {
        if (first.Actor is { Inter: 1 } lead && lead.Country != _input.CountryFocus && _input.CountryFocus is { } home)
        {
            var homeForces = mentions.FirstOrDefault(m => m.Span.Start >= first.Span.Start && m.Span.End <= last.Span.End
                                                          && m.Actor is { Inter: 1 } a && a.Country == home);
            return homeForces ?? first;
        }

        return first;
    }

    // The first actor of the subject chain "A, B and C" that ends at last, walked back through its conjunctions.
    private ActorMention ChainStart(List<ActorMention> mentions, ActorMention last, List<ActorMention> targets)
    {
        var first = last;
        while (mentions.Where(m => m.Span.End <= first.Span.Start && !targets.Any(t => t.Actor!.Name == m.Actor!.Name))
                   .OrderByDescending(m => m.Span.End).FirstOrDefault() is { } previous
               && Conjunction().IsMatch(_input.Document.Normalized[previous.Span.End..first.Span.Start]))
        {
            first = previous;
        }

        return first;
    }

    // "ambushed the police and military convoy": what is coordinated with a target is a target too.
    private void AddCoordinatedTargets(List<ActorMention> mentions, List<ActorMention> targets)
    {
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            var (previous, mention) = (ordered[i - 1], ordered[i]);
            if (targets.Any(t => t.Actor!.Name == previous.Actor!.Name) && !targets.Any(t => t.Actor!.Name == mention.Actor!.Name)
                && previous.Span.End <= mention.Span.Start && Conjunction().IsMatch(_input.Document.Normalized[previous.Span.End..mention.Span.Start]))
            {
                targets.Add(mention);
            }
        }
    }

    /// <summary>What joins two coordinated actors: "and", "and the", ", the", "as well as".</summary>
    [GeneratedRegex(@"^\s*(,\s*)?(and|&|as well as|,)?\s*(the\s+)?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex Conjunction();

    // "the Myaing PDF attacked a convoy of military trucks with mines", "launched a mine attack against junta troops":
    // when the weapon is the trigger, a force named after an attack verb and before the weapon is what was attacked.
    private bool IsObjectOfAttackVerb(EventCandidate candidate, ActorMention mention)
    {
        if (mention.Span.End > candidate.TriggerSpan.Start)
        {
            return false;
        }

        int from = Math.Max(candidate.Sentence.Span.Start, mention.Span.Start - 80);
        return AttackVerbBefore().IsMatch(_input.Document.Normalized[from..mention.Span.Start]);
    }

    /// <summary>
    /// An attack or killing verb followed by at most ten words, no punctuation, up to the end of the text: "attacked a
    /// convoy of two ", "killed 12 " (before "soldiers in an ambush": the soldiers died, they did not ambush).
    /// </summary>
    [GeneratedRegex(@"\b(attacked|attacking|ambushed|ambushing|targeted|targeting|against|bombed|bombing|raided|killed|killing|shot dead|gunned down|(attacks?|assaults?) on)\s+(?:(?:[A-Za-z0-9][\w'-]*|\d[\d,]*)\s+){0,10}$", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex AttackVerbBefore();

    // "ambushed by suspected JNIM militants", "by hundreds of suspected Islamic State Sahel fighters": a count or a
    // hedge between "by" and the name leaves the agent the agent.
    private bool IsPassiveAgent(ActorMention mention) =>
        AgentBefore().IsMatch(TextBefore(mention, 48)) && !IsHolder(mention);

    [GeneratedRegex(@" by (the |a |an )?((suspected|alleged|presumed|suspect|armed|heavily|hundreds|dozens|scores|several|some|about|around|at|least|more|than|of|[\d,]+) )*$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex AgentBefore();

    // "strafed positions held by Palestinian guerrillas", "a checkpoint guarded by the military": whoever holds what is
    // attacked is its target, not the agent of a passive.
    private bool IsHolder(ActorMention mention) =>
        HeldByBefore().IsMatch(TextBefore(mention, 24));

    [GeneratedRegex(@"\b(held|controlled|occupied|manned|guarded|defended|used|run) by (the |a |an )?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex HeldByBefore();

    private bool CameUnder(EventCandidate candidate) =>
        CameUnderBefore().IsMatch(_input.Document.Normalized[candidate.Sentence.Span.Start..candidate.TriggerSpan.Start]);

    [GeneratedRegex(@"\b(came|come|comes|coming) under\b([\s\w'-]*)$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex CameUnderBefore();

    // Up to `chars` characters of the text right before the mention, for the look-behinds of the role rules.
    private string TextBefore(ActorMention mention, int chars) =>
        _input.Document.Normalized[Math.Max(0, mention.Span.Start - chars)..mention.Span.Start];

    private bool IsFromAgent(ActorMention mention)
    {
        string before = TextBefore(mention, 10).ToLowerInvariant();
        return before.EndsWith(" from ", StringComparison.Ordinal) || before.EndsWith(" from the ", StringComparison.Ordinal);
    }

    private bool IsNamedByFacility(ActorMention mention)
    {
        string text = _input.Document.Normalized;
        // "military-owned", "military-appointed": the force qualifies a target, it does not act ("LIB-142" is a unit number).
        return (mention.Span.End + 1 < text.Length && text[mention.Span.End] == '-' && char.IsLower(text[mention.Span.End + 1]))
               || FacilityNouns.Contains(WordAfter(mention.Span));
    }

    // The speaking organisation's mention, when what it says is told of its own forces ("said it had captured").
    private ActorMention? SpeakersForces(EventCandidate candidate) =>
        candidate.Attribution is { SpeakerKind: SourceKind.Organisation } attribution && RefersToSpeakersForces(candidate)
            ? _input.Actors.FirstOrDefault(a => a.Span == attribution.SpeakerSpan && a.Actor is not null)
            : null;

    private bool RefersToSpeakersForces(EventCandidate candidate)
    {
        int from = candidate.Attribution!.Complement.Start;
        int to = candidate.TriggerSpan.Start;
        if (to <= from)
        {
            return false;
        }

        string before = _input.Document.Normalized[from..to].ToLowerInvariant().TrimStart();
        // "said on Monday they had taken control of Wad Madani": a day between the verb and its clause.
        before = SaidWhen().Replace(before, "");
        if (before.StartsWith("that ", StringComparison.Ordinal))
        {
            before = before[5..];
        }

        // "The KNDF announced that it had merged with ...": the pronoun is the speaker.
        return before.StartsWith("it ", StringComparison.Ordinal) || before.StartsWith("they ", StringComparison.Ordinal)
               || before.Contains("its forces", StringComparison.Ordinal) || before.Contains("its troops", StringComparison.Ordinal)
               || before.Contains("its fighters", StringComparison.Ordinal) || before.Contains("their forces", StringComparison.Ordinal)
               || before.Contains("our forces", StringComparison.Ordinal)
               // "said its warplanes struck": the speaker's own weapon is the trigger.
               || ((before.StartsWith("its ", StringComparison.Ordinal) || before.StartsWith("their ", StringComparison.Ordinal))
                   && before.Count(c => c == ' ') <= 3);
    }

    [GeneratedRegex(@"^((late |early )?on \w+|today|yesterday|on \w+ (morning|afternoon|evening|night)),? ", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex SaidWhen();

    private static bool StartsWithAnaphor(Sentence sentence, TextSpan trigger) =>
        sentence.Tokens.TakeWhile(t => t.Span.Start < trigger.Start).Take(4).Any(t => AnaphoricSubjects.Contains(t.Text));
}
