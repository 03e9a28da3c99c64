namespace Sitrep.Events;

using System.Text.RegularExpressions;
using Sitrep.Actors;
using Sitrep.Text;

/// <summary>
/// Merges a document's candidates: a later account of an earlier event (no place or date of its own, same event
/// type, within two sentences) becomes a claim on it; candidates of the same family at the same place become one
/// event with the best-supported date, all sources and all evidence.
/// </summary>
internal static partial class EventMerger
{
    private const int HistoricalAfterDays = 30;

    public static IReadOnlyList<CodedEvent> Merge(Document document, List<EventCandidate> candidates, EventInput input)
    {
        var kept = FoldAccounts(candidates);
        var groups = new List<Group>();

        // A group's members all share its first member's family, so only the groups of the candidate's family can
        // take it; among them the first, in order of creation, whose every member is the same event.
        var byFamily = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        var placed = new List<EventCandidate>();
        foreach (var candidate in kept)
        {
            if (!byFamily.TryGetValue(candidate.Family, out var family))
            {
                byFamily[candidate.Family] = family = [];
            }

            // "The military fired shells into the village. A shell exploded in a house and two civilians were
            // injured.": a sentence with no place or date of its own goes on telling the event just before it. It adds
            // victims and counts; who acted stays as the event's own sentence says (a later "the military did it"
            // is often a claim or a denial).
            if (candidate.Place is null && candidate.DateRule is not (DateRule.Clause or DateRule.Sentence)
                && EarlierAccount(placed, candidate) is { } told && told.Sentence.Paragraph == candidate.Sentence.Paragraph
                && family.Find(g => g.Members.Contains(told)) is { } tellers)
            {
                candidate.Actor1 = null;
                candidate.Actor2 = null;
                candidate.Evidence.RemoveAll(e => e.Field is "actor1" or "actor2");
                tellers.Members.Add(candidate);
                continue;
            }

            // "FARDC soldiers fought M23 rebels on the hills surrounding Sake. Shells fell on parts of the town, and at
            // least 6 combatants were reportedly killed": fire nobody is said to have aimed, in the sentence right after
            // a battle and at no place of its own, is the battle's fire, and its toll the battle's.
            if (candidate.EventType == AcledTaxonomy.ExplosionsRemoteViolence && candidate.Actor1 is null && !candidate.PlaceFromSentence
                && candidate.DateRule is not (DateRule.Clause or DateRule.Sentence)
                && placed.LastOrDefault() is { EventType: AcledTaxonomy.Battles } battle && battle.Sentence.Paragraph == candidate.Sentence.Paragraph
                && candidate.Sentence.Index - battle.Sentence.Index == 1 && groups.Find(g => g.Members.Contains(battle)) is { } fighting)
            {
                candidate.Actor2 = null;
                candidate.Evidence.RemoveAll(e => e.Field is "actor1" or "actor2" or "event_type");
                fighting.Members.Add(candidate);
                continue;
            }

            placed.Add(candidate);
            var group = family.Find(g => g.Accepts(candidate));
            if (group is null)
            {
                group = new Group(candidate);
                groups.Add(group);
                family.Add(group);
            }
            else
            {
                group.Add(candidate);
            }
        }

        FoldPartsOfOneAttack(groups);
        MarkDeniedLater(document, groups);
        return groups.Select(g => Combine(document, g.Members, input)).ToList();
    }

    // How far after an event's last account a denial of it is looked for.
    private const int DenialReachSentences = 2;

    /// <summary>
    /// "At least 18 civilians were killed when shells fell on a camp. The army blamed the M23 for the shelling, but
    /// rebel spokesman Lawrence Kanyuka denied that his fighters had targeted civilians": a violent event that a
    /// sentence of the same paragraph soon after refers back to and denies is disputed, whoever it names.
    /// </summary>
    private static void MarkDeniedLater(Document document, List<Group> groups)
    {
        var sentences = document.Sentences;
        foreach (var group in groups)
        {
            if (group.Members[0].EventType is not (AcledTaxonomy.Battles or AcledTaxonomy.ExplosionsRemoteViolence or AcledTaxonomy.ViolenceAgainstCivilians))
            {
                continue;
            }

            var lastAccount = group.Members.MaxBy(m => m.Sentence.Index)!.Sentence;
            for (int i = lastAccount.Index + 1; i < sentences.Count && i <= lastAccount.Index + DenialReachSentences; i++)
            {
                if (sentences[i].Paragraph != lastAccount.Paragraph)
                {
                    break;
                }

                string text = document.SliceNormalized(sentences[i].Span);
                if (Denial().IsMatch(text) && BackReference().IsMatch(text))
                {
                    group.Members[0].Disputed = true;
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex Denial();

    // "the shelling", "the attack", "responsibility": the sentence speaks of an act already told.
    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:deadly\s+|latest\s+|alleged\s+)?(?:attacks?|shelling|strikes?|air\s?strikes?|bombings?|bombardment|killings?|massacre|raids?|ambush|explosions?|blasts?|incident|abductions?|kidnappings?)\b|\b(?:responsibility|involvement)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex BackReference();

    /// <summary>
    /// "Janjaweed horsemen torched huts and gunned down fleeing villagers in a dawn attack on a village": one sentence
    /// telling one attack in several words is one event. Property destroyed in the course of a violent event is part of
    /// it (ACLED codes looting or destruction on its own only when nothing more severe happened), and an attack whose
    /// victims are civilians is the same event as the killing the sentence tells of them at the same place and date.
    /// Parts done by different actors stay apart ("The Israeli army blew up the homes of ... Hamas suicide bombers").
    /// And "M23 rebels seized the town of Shasha ... after heavy fighting with the army": the fighting that won a place
    /// is the taking of it (ACLED codes the takeover, a Battles sub-event, alone), wherever else the sentence's
    /// fighting was placed.
    /// </summary>
    private static void FoldPartsOfOneAttack(List<Group> groups)
    {
        // Sentence index → the groups with a member there, so a report of thousands of events is not scanned per part.
        var bySentence = new Dictionary<int, List<Group>>();
        foreach (var group in groups)
        {
            foreach (int index in group.Members.Select(m => m.Sentence.Index).Distinct())
            {
                if (!bySentence.TryGetValue(index, out var inSentence))
                {
                    bySentence[index] = inSentence = [];
                }

                inSentence.Add(group);
            }
        }

        var folded = new HashSet<Group>();
        for (int i = groups.Count - 1; i >= 0; i--)
        {
            var part = groups[i];
            bool destruction = part.Members[0].Family == "Looting/property destruction";
            // "Gunmen stormed a church in Owo and killed 40 worshippers": an attack that names no armed opponent, told with
            // the killing of civilians that took its toll, is that killing too.
            bool attackOnCivilians = part.Members[0].Family == "territory" && part.Members.All(c => c.Trigger.Id is "attack" or "offensive")
                                     && (part.Members.Exists(c => c.CivilianVictims) || part.Members.TrueForAll(c => c.Actor2 is null or { Inter: 7 }));
            bool fightingOnly = part.Members[0].Family == "territory" && !part.Members.Exists(c => c.Trigger.Has(TriggerTraits.Territory));
            // "rounded up and executed dozens of men", "detained and tortured": people seized on the way to being
            // killed or hurt are that attack's victims, not arrested too.
            bool seized = part.Members[0].Family == "Arrests";
            if (!destruction && !attackOnCivilians && !fightingOnly && !seized)
            {
                continue;
            }

            var nearby = part.Members.SelectMany(m => bySentence[m.Sentence.Index]).Distinct().Where(g => !folded.Contains(g)).ToList();
            var host = nearby.Find(g => g != part && (destruction || attackOnCivilians || seized) && HostsPart(g, part, attackOnCivilians || seized))
                       ?? (fightingOnly ? nearby.Find(g => g != part && WonByFighting(g, part)) : null);
            if (host is null)
            {
                continue;
            }

            foreach (var member in part.Members)
            {
                host.Add(member);
            }

            folded.Add(part);
            groups.RemoveAt(i);
        }
    }

    private static bool HostsPart(Group host, Group part, bool attackOnCivilians) =>
        (attackOnCivilians ? host.Members[0].Family == "Attack" : ViolentFamilies.Contains(host.Members[0].Family))
        && host.Members.Exists(h => part.Members.Exists(p => p.Sentence == h.Sentence && SameEvent(h, p, anyFamily: true) && SameActor1(h, p)));

    // A change of control told in the same sentence as the fighting, by the same side, on a date that agrees.
    private static bool WonByFighting(Group takeover, Group fighting) =>
        takeover.Members[0].Family == "territory" && takeover.Members.Exists(c => c.Trigger.Has(TriggerTraits.Territory) && !c.NonViolent)
        && takeover.Members.Exists(h => fighting.Members.Exists(p => p.Sentence == h.Sentence && CompatibleDates(h, p) && SameActor1(h, p)));

    private static bool SameActor1(EventCandidate a, EventCandidate b) => a.Actor1 is null || b.Actor1 is null || a.Actor1 == b.Actor1;

    // The families an event of property destruction in the same sentence is part of.
    private static readonly HashSet<string> ViolentFamilies = new(StringComparer.Ordinal)
    {
        "territory", "Attack", "Abduction/forced disappearance", "Sexual violence", "Shelling/artillery/missile attack", "Air/drone strike",
        "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon", "Mob violence", "Violent demonstration",
    };

    /// <summary>
    /// Candidates merged into one event. A candidate is checked against one member of each set of members alike in
    /// all that <see cref="SameEvent"/> reads (<see cref="SameKey"/>) rather than every member: a long report of many
    /// accounts of one event would otherwise be quadratic.
    /// </summary>
    private sealed class Group(EventCandidate first)
    {
        private readonly List<EventCandidate> _distinct = [first];

        public List<EventCandidate> Members { get; } = [first];

        public bool Accepts(EventCandidate candidate) => _distinct.TrueForAll(member => SameEvent(member, candidate));

        public void Add(EventCandidate candidate)
        {
            Members.Add(candidate);
            if (!_distinct.Exists(member => SameKey(member, candidate)))
            {
                _distinct.Add(candidate);
            }
        }
    }

    /// <summary>True when the two agree in everything <see cref="SameEvent"/> and <see cref="CompatibleDates"/> read of a candidate.</summary>
    private static bool SameKey(EventCandidate a, EventCandidate b) =>
        a.Family == b.Family && (a.Place is null) == (b.Place is null) && a.Place?.GazetteerId == b.Place?.GazetteerId
        && a.Place?.Name == b.Place?.Name && a.Date == b.Date && a.DateRule == b.DateRule && a.TimePrecision == b.TimePrecision;

    private static List<EventCandidate> FoldAccounts(List<EventCandidate> candidates)
    {
        var kept = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            bool ownDate = candidate.DateRule is DateRule.Clause or DateRule.Sentence;
            var earlier = EarlierAccount(kept, candidate);
            bool samePlace = !candidate.PlaceFromSentence || (earlier?.Place is { } p && candidate.Place is { } q && SamePlace(p, q));
            if (ownDate || !samePlace || candidate.Attribution is null || earlier is null)
            {
                kept.Add(candidate);
                continue;
            }

            earlier.Claims.AddRange(candidate.Claims);
            foreach (var source in candidate.Sources)
            {
                earlier.AddSource(source);
            }

            bool blamesOther = candidate.Actor1 is not null && earlier.Actor1 is not null && candidate.Actor1 != earlier.Actor1;
            earlier.Disputed |= candidate.Attribution.IsDisputing || blamesOther;
            earlier.Evidence.AddRange(candidate.Evidence.Where(e => e.Field == "source"));
            TakeTollIfUntold(earlier, candidate);
        }

        return kept;
    }

    /// <summary>
    /// "Iran's Revolutionary Guards said they fired ballistic missiles at ... Erbil. The Kurdistan regional government
    /// said four civilians were killed when a missile hit his home": the later account tells the toll the first did not,
    /// and who was harmed. A toll the first account gave is kept; the later one is only another party's claim.
    /// </summary>
    private static void TakeTollIfUntold(EventCandidate earlier, EventCandidate account)
    {
        if (earlier.Fatalities is null or 0 && account.Fatalities > 0)
        {
            earlier.Fatalities = account.Fatalities;
            earlier.Evidence.AddRange(account.Evidence.Where(e => e.Field == "fatalities"));
        }

        if (earlier.Injured is null or 0 && account.Injured > 0)
        {
            earlier.Injured = account.Injured;
            earlier.Evidence.AddRange(account.Evidence.Where(e => e.Field == "injured"));
        }

        if (earlier.Actor2 is null && account.Actor2 is not null && account.Actor2 != earlier.Actor1)
        {
            earlier.Actor2 = account.Actor2;
            earlier.Evidence.AddRange(account.Evidence.Where(e => e.Field == "actor2"));
        }

        earlier.CivilianVictims |= account.CivilianVictims;
    }

    /// <summary>The last kept candidate of the same event type one or two sentences before (candidates are in text order).</summary>
    private static EventCandidate? EarlierAccount(List<EventCandidate> kept, EventCandidate candidate)
    {
        for (int i = kept.Count - 1; i >= 0 && candidate.Sentence.Index - kept[i].Sentence.Index <= 2; i--)
        {
            if (kept[i].EventType == candidate.EventType && candidate.Sentence.Index - kept[i].Sentence.Index > 0)
            {
                return kept[i];
            }
        }

        return null;
    }

    private static bool SameEvent(EventCandidate a, EventCandidate b, bool anyFamily = false) =>
        (anyFamily || a.Family == b.Family) && a.Place is not null && b.Place is not null && SamePlace(a.Place, b.Place) && CompatibleDates(a, b);

    /// <summary>
    /// Two dates read from the text must agree within their precision (a day either side for day precision, a week
    /// otherwise); a date that fell back to the paragraph or the publication day agrees with any earlier date.
    /// </summary>
    private static bool CompatibleDates(EventCandidate a, EventCandidate b)
    {
        if (a.Date is not { } da || b.Date is not { } db)
        {
            return true;
        }

        bool aFromText = a.DateRule is DateRule.Clause or DateRule.Sentence;
        bool bFromText = b.DateRule is DateRule.Clause or DateRule.Sentence;
        if (!aFromText || !bFromText)
        {
            return aFromText ? da <= db : !bFromText || db <= da;
        }

        int window = a.TimePrecision == 1 && b.TimePrecision == 1 ? 1 : 7;
        return Math.Abs(da.DayNumber - db.DayNumber) <= window;
    }

    private static bool SamePlace(EventPlace a, EventPlace b) => a.GazetteerId == b.GazetteerId || a.Name == b.Name;

    private static CodedEvent Combine(Document document, List<EventCandidate> group, EventInput input)
    {
        var first = group[0];
        var dated = group.OrderBy(c => c.DateRule).ThenBy(c => c.TimePrecision).ThenBy(c => c.Date).First();
        var placed = group.OrderByDescending(c => c.PlaceFromSentence).ThenBy(c => c.Place?.GeoPrecision ?? 9).First();
        string subEventType = first.Family switch
        {
            "territory" => TerritorySubEvent(document, group),
            EventCandidate.DemonstrationFamily => DemonstrationSubEvent(group),
            _ => first.SubEventType,
        };

        var actor1 = group.Select(c => c.Actor1).FirstOrDefault(a => a is not null);
        var actor2 = group.Select(c => c.Actor2).FirstOrDefault(a => a is not null && a != actor1);
        if (subEventType == "Excessive force against protesters" && first.Family == EventCandidate.DemonstrationFamily)
        {
            // The protesters who died are the ones force was used on (actor2); whoever used it, if named, is actor1.
            var usedForce = new[] { actor1, actor2 }.FirstOrDefault(a => a is not null and not { Inter: 6 or 7 });
            var protesters = new[] { actor1, actor2 }.FirstOrDefault(a => a is { Inter: 6 });
            (actor1, actor2) = (usedForce, protesters);
        }
        var place = placed.Place;
        if (IsAttackOnCivilians(group, subEventType, actor2))
        {
            subEventType = "Attack";
        }

        // "Police clashed with protesters", "Demonstrators ... throwing stones" after the police: in a riot ACLED's
        // actor1 is the rioters and the state forces they fight are actor2.
        if (AcledTaxonomy.EventTypeOf(subEventType) == AcledTaxonomy.Riots && actor1 is { Inter: 1 } force)
        {
            actor2 ??= force;
            actor1 = null;
        }

        // Only an unnamed attacker of remote violence is named by where it fired from: not looked for otherwise, as it
        // reads every place of the event's sentences.
        string? launchedFrom = actor1 is null && AcledTaxonomy.EventTypeOf(subEventType) == AcledTaxonomy.ExplosionsRemoteViolence
            ? LaunchCountry(document, group, input)
            : null;
        if (actor1 is null && launchedFrom is null && AcledTaxonomy.EventTypeOf(subEventType) == AcledTaxonomy.ExplosionsRemoteViolence)
        {
            actor1 = UnnamedStriker(document, group, subEventType, place, dated.Date ?? input.Published, input);
        }

        actor1 = GenericActors.Actor1(subEventType, actor1, place, input, actor2Known: actor2 is not null, launchedFrom: launchedFrom);
        // Force used on a demonstration is used on its protesters, even when the one killed is counted as a person.
        actor2 ??= GenericActors.Actor2(subEventType, place, input) ?? VictimActor(group, place, input);
        actor1 = AbroadInter(actor1, place, input);
        actor2 = AbroadInter(actor2, place, input);
        if (subEventType == "Government regains territory" && actor1 is { Inter: 8 })
        {
            // Only the country's own government regains its territory; a foreign army taking a town (Russia's in
            // Ukraine) overtakes it, as a non-state actor does.
            subEventType = "Non-state actor overtakes territory";
        }

        if (subEventType == "Peaceful protest")
        {
            // ACLED codes a peaceful protest as the protesters' action alone (interaction 60): whom they protest
            // against, or whose death they mourn, is in the notes, not actor2.
            actor2 = null;
        }

        // "Ukrainian forces struck the headquarters of Russia's Black Sea Fleet ... Ukraine's Special Operations Forces
        // later claimed ...": one actor on both sides is a misreading of the second; whom it was done to is untold.
        bool sameSides = actor2 is not null && actor2 == actor1;
        if (sameSides)
        {
            actor2 = null;
        }

        var evidence = group.SelectMany(c => c.Evidence).Where(e => (e.Field != "date" || dated.Evidence.Contains(e)) && !(sameSides && e.Field == "actor2"))
            .Distinct().ToList();
        var counts = new Dictionary<string, long>();
        foreach (var (key, value) in group.SelectMany(c => c.Counts))
        {
            counts[key] = counts.TryGetValue(key, out long existing) ? Math.Min(existing, value) : value;
        }

        var stated = group.Where(c => c.Fatalities is not null).Select(c => c.Fatalities!.Value).ToList();
        var injured = group.Where(c => c.Injured is not null).Select(c => c.Injured!.Value).ToList();
        bool historical = dated.Date is { } d && input.Published is { } p && d < p.AddDays(-HistoricalAfterDays);
        var sources = group.SelectMany(c => c.Sources).DistinctBy(s => (s.Name, s.Kind)).ToList();
        var claims = group.SelectMany(c => c.Claims).Distinct().ToList();
        bool disputed = group.Any(c => c.Disputed);
        string eventType = AcledTaxonomy.EventTypeOf(subEventType);
        // A demonstration whose toll makes it excessive force for ACLED stays, for PLOVER, what its words told: a
        // rally at which people were killed is still PROTEST.
        string ploverSubEvent = first.Family == EventCandidate.DemonstrationFamily ? DemonstrationSubEvent(group, byToll: false) : subEventType;
        var plover = first.Trigger.Plover is { } finer && first.SubEventType == ploverSubEvent ? finer : PloverMapping.For(ploverSubEvent);
        var parties = PloverParties.Find(document, first.Sentence, first.ActionSpan ?? first.TriggerSpan, plover?.Category);

        // PLOVER's source acts; an ACLED actor2 standing where the sentence's subject stands ("Burmese troops have
        // captured ...", coded as the loser of the place) is not also its target. PLOVER names a party by all its
        // words, so a subject holding actor1's words ("Taliban gunmen" for the actor found by "gunmen") is the source.
        var actor1Words = Party(evidence, "actor1");
        // "Leftist guerrillas battled government troops": when the only actor ACLED could name is whom the sentence's
        // subject acts on, the subject is still PLOVER's source and that actor its target. Not for a place changing
        // hands, whose subject may be the place ("The Karen rebel headquarters at Manerplaw fell to Burmese troops").
        bool actor1IsObject = actor1Words is not null && !AcledTaxonomy.TerritorialSubEventTypes.Contains(subEventType)
                              && parties.Source is { } doer && parties.Target is { } done
                              && done.Span.Contains(actor1Words.Span) && !doer.Span.Overlaps(actor1Words.Span);
        var ploverSource = actor1IsObject ? parties.Source
            : actor1Words is not null && parties.Source is { } subject && subject.Span.Contains(actor1Words.Span)
            ? subject
            : actor1Words ?? parties.Source;

        // Only a place the event is at changes hands, not one it is merely near ("seized the town of Shasha on the road
        // linking Goma to Bukavu" does not give Goma to the M23).
        ControlChange? control = null;
        if (dated.Date is { } on && place is not null && !placed.PlaceOnlyNear
            && (AcledTaxonomy.TerritorialSubEventTypes.Contains(subEventType) || first.Trigger.Has(TriggerTraits.Declaration)))
        {
            control = new ControlChange(place.Name, actor2?.Name, actor1?.Name, on);
        }

        return new CodedEvent(
            eventType, subEventType, dated.Date, dated.TimePrecision, dated.DateRule.ToString().ToLowerInvariant(),
            actor1, actor2, group.SelectMany(c => c.AssocActors).Select(a => AbroadInter(a, place, input)!).Distinct().ToList(), place,
            stated.Count > 0 ? stated.Min() : 0, injured.Count > 0 ? injured.Min() : null, counts, sources, claims,
            disputed, historical, Confidence(group, dated, placed, actor1, disputed), control, evidence)
        {
            Plover = plover,
            PloverSource = ploverSource,
            // A deployment's or a withdrawal's actor2 is often the moved forces themselves ("moved troops to their
            // borders with Colombia", "withdrawn all its troops from Cambodia"); PLOVER's target is whom it is aimed
            // at or where the forces go or leave, when the sentence names one.
            PloverTarget = plover?.Category is "MOBILIZE" or "RETREAT" && parties.Target is { } aimedAt ? aimedAt
                : Party(evidence, "actor2") is { } target && !target.Span.Overlaps(ploverSource?.Span ?? default) ? target : parties.Target,
        };
    }

    /// <summary>
    /// "a rocket fired from Lebanon hit a house in Kiryat Shmona": the country a weapon was fired or launched from,
    /// which names the unidentified armed group that fired it; null when the event's sentences name none.
    /// </summary>
    private static string? LaunchCountry(Document document, List<EventCandidate> group, EventInput input)
    {
        string text = document.Normalized;
        foreach (var sentence in group.Select(c => c.Sentence).Distinct())
        {
            foreach (var country in input.Places.Where(p => p.Place.Kind == Sitrep.Places.PlaceKind.Country && !p.IsDateline && sentence.Span.Contains(p.Span)))
            {
                int from = Math.Max(sentence.Span.Start, country.Span.Start - 40);
                if (LaunchedFrom().IsMatch(text.AsSpan(from, country.Span.Start - from)))
                {
                    return input.CountryName(country.Place.CountryCode);
                }
            }
        }

        return null;
    }

    // ACLED codes a state's forces acting outside their country as external forces (inter 8): Russia's in Ukraine.
    private static EventActor? AbroadInter(EventActor? actor, EventPlace? place, EventInput input) =>
        actor is { Inter: 1 } && place is not null && input.Knowledge?.Find(actor.Name) is { } known
            ? actor with { Inter = known.InterIn(place.Country) }
            : actor;

    /// <summary>
    /// "A missile strike on a residential building in Kharkiv killed five": the report names no attacker, but since
    /// February 2022 the missiles that hit Ukrainian towns are Russia's, and ACLED codes them so. The knowledge base
    /// says which actor alone strikes with which weapons where (<see cref="ActorKnowledgeBase.UnnamedStriker"/>); null
    /// when none or several do, and the attacker stays an unidentified armed group.
    /// </summary>
    private static EventActor? UnnamedStriker(Document document, List<EventCandidate> group, string subEventType, EventPlace? place, DateOnly? date, EventInput input)
    {
        if (input.Knowledge is not { } knowledge || (place?.Country ?? input.CountryFocus) is not { } country)
        {
            return null;
        }

        var weapons = group.Select(c => WeaponOf(document.Normalized.Substring(c.TriggerSpan.Start, c.TriggerSpan.Length), subEventType))
            .OfType<StrikeWeapon>().Distinct().ToList();
        // Two kinds of weapon must point at one striker: "drones and rockets" from different sides stay unnamed.
        var strikers = weapons.Select(w => knowledge.UnnamedStriker(country, w, date)).Distinct().ToList();
        return strikers is [{ } striker] ? new EventActor(striker.Name, striker.Inter) : null;
    }

    // The weapon a trigger names; a bare "strikes on" under Air/drone strike is an air strike. Shelling and artillery
    // name no weapon that tells sides apart: both sides of a front line fire them.
    private static StrikeWeapon? WeaponOf(string trigger, string subEventType)
    {
        if (DroneWords().IsMatch(trigger))
        {
            return StrikeWeapon.Drones;
        }

        if (MissileWords().IsMatch(trigger))
        {
            return StrikeWeapon.Missiles;
        }

        return subEventType == "Air/drone strike" ? StrikeWeapon.Aircraft : null;
    }

    [GeneratedRegex(@"\b(drones?|uavs?|unmanned)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex DroneWords();

    [GeneratedRegex(@"\b(missiles?|rockets?)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex MissileWords();

    [GeneratedRegex(@"\b(?:fired|launched)\s+from\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|south|north|east|west)\s+)?$", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex LaunchedFrom();

    // PLOVER's actorText leaves out a leading article ("Sudanese army garrison", not "The Sudanese army ...").
    private static PloverParty? Party(List<Evidence> evidence, string field) =>
        evidence.FirstOrDefault(e => e.Field == field) is { } e ? PloverParties.WithoutArticle(new PloverParty(e.Text, e.Span)) : null;

    /// <summary>
    /// ACLED's boundary between Armed clash and Attack: an attack ("attacked a village, killing nine residents") whose
    /// victims are civilians and whose target is no armed actor is violence against civilians.
    /// </summary>
    private static bool IsAttackOnCivilians(List<EventCandidate> group, string subEventType, EventActor? actor2) =>
        subEventType == "Armed clash" && group.Where(c => c.EventType == AcledTaxonomy.Battles).All(c => c.Trigger.Id is "attack" or "offensive")
        && group.Any(c => c.CivilianVictims) && actor2 is null or { Inter: 7 };

    /// <summary>
    /// A demonstration and the force used on it: ACLED's protest with intervention when force was used without lethal
    /// or serious harm, and excessive force against protesters when people died ("security forces fired live
    /// ammunition at supporters gathered ... At least 4 protesters were reportedly killed").
    /// </summary>
    private static string DemonstrationSubEvent(List<EventCandidate> group, bool byToll = true) =>
        byToll && group.Any(c => c.Fatalities > 0) ? "Excessive force against protesters"
        : group.Any(c => c.SubEventType == "Protest with intervention") ? "Protest with intervention"
        : "Peaceful protest";

    [GeneratedRegex(@"\b(to avoid (being )?(encircle(ment|d)|surrounded|captured?|annihilat(ion|ed))|under (heavy |intense |relentless |enemy |constant )?(fire|pressure|attacks?|bombardment|shelling)|after (days|weeks|months) of (heavy |fierce |intense |bitter )?(fighting|battles?|clashes|combat|assaults?|siege)|after (heavy|fierce|intense|bitter|bloody) (fighting|battles?|clashes|combat)|after (the|a) (long(est)? |bloodiest |months-long |weeks-long )?(battle|siege))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMs)]
    private static partial Regex ForcedRetreat();

    private static string TerritorySubEvent(Document document, List<EventCandidate> group)
    {
        if (!group.Any(c => c.Trigger.Has(TriggerTraits.Territory)))
        {
            return group[0].SubEventType; // fighting with no change of control stays an armed clash
        }

        // "taken full control of Avdiivka, hours after Ukraine announced the withdrawal of troops ... to avoid
        // encirclement": a retreat forced by the fighting hands nothing over; the taking is the battle's end.
        bool forcedOut = group.Exists(c => c.Trigger.Has(TriggerTraits.Territory) && !c.NonViolent)
                         && group.Exists(c => c.NonViolent && ForcedRetreat().IsMatch(document.SliceNormalized(c.Sentence.Span)));
        if (group.Any(c => c.NonViolent) && !forcedOut)
        {
            return "Non-violent transfer of territory";
        }

        return group.Any(c => c.SubEventType == "Government regains territory") ? "Government regains territory" : "Non-state actor overtakes territory";
    }

    // Wounded or killed "people", "civilians", "villagers": ACLED's Civilians (Country) as the target.
    private static EventActor? VictimActor(List<EventCandidate> group, EventPlace? place, EventInput input)
    {
        string? country = GenericActors.ForeignVictimCountryName(group.Select(c => c.Sentence).Distinct(), place, input)
                          ?? GenericActors.VictimCountryName(place, input);
        if (!group.Any(c => c.CivilianVictims) || country is null)
        {
            return null;
        }

        return new EventActor($"Civilians ({country})", 7);
    }

    private static double Confidence(List<EventCandidate> group, EventCandidate dated, EventCandidate placed, EventActor? actor1, bool disputed)
    {
        double score = 0.35;
        score += placed.PlaceFromSentence ? 0.2 : 0.05;
        score += dated.DateRule switch { DateRule.Clause => 0.2, DateRule.Sentence => 0.15, DateRule.Paragraph => 0.1, _ => 0.0 };
        score += actor1 is not null ? 0.15 : 0.0;
        score += Math.Min(0.1, 0.05 * (group.Count - 1));
        score -= disputed ? 0.1 : 0.0;
        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }
}
