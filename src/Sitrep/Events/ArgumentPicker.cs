namespace Sitrep.Events;

using System.Text.RegularExpressions;
using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// Fills an event candidate's arguments (place, date, actors, counts, sources) from the mentions in and around its
/// sentence, following ACLED's coding rules and the event-date rule: own clause, else sentence, else the nearest
/// preceding event date in the paragraph, else the publication date with time_precision 2.
/// </summary>
internal sealed partial class ArgumentPicker
{
    private static readonly HashSet<string> AnaphoricSubjects = new(StringComparer.OrdinalIgnoreCase) { "they", "them", "many", "some", "most" };
    // "near Sake", "large parts of North Kivu": the event is about the place, not at all of it, so it is only near it
    // and does not hand the place to anyone.
    private static readonly HashSet<string> NearWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "near", "outside", "outskirts", "around", "close", "parts", "swathes", "swaths",
    };
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "town", "city", "village", "base", "camp", "headquarters", "post", "outpost", "positions", "position", "township", "district",
    };
    private static readonly HashSet<string> RouteNouns = new(StringComparer.OrdinalIgnoreCase) { "road", "highway", "railway", "motorway", "route" };

    // The first end of a route named after its ends: "Kale-Gangaw highway", "Mawlamyine- Yangon road".
    [GeneratedRegex(@"^\s?[-\u2013]\s?\p{Lu}[\p{L}' ]{0,30}?\s(?i:road|highway|railway|motorway|route)\b", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex RouteFromHere();

    // Either end of a route told by its ends: "the road linking Goma to Bukavu", "the highway between Kale and Gangaw".
    [GeneratedRegex(@"\b(?i:road|highway|railway|motorway|route)\s+(?:linking|connecting|joining|between|from)\s+(?:\p{Lu}[\p{L}'-]*\s+){0,3}?(?:(?:to|and|with)\s+)?$", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex RouteEndsBefore();

    private readonly EventInput _input;
    private readonly MentionsBySentence _mentions;
    private readonly PlaceMention? _focalTown;
    /// <summary>The counting rules, also used for casualties told after the event's sentence.</summary>
    public CountingRules Counting { get; }

    public ArgumentPicker(EventInput input, MentionsBySentence mentions)
    {
        _input = input;
        _mentions = mentions;
        _focalTown = FocalTown(input.Places);
        Counting = new CountingRules(input, mentions);
    }

    /// <summary>Fills <paramref name="candidate"/>; returns false when the trigger cannot be an event here.</summary>
    public bool Fill(EventCandidate candidate, IReadOnlyList<EventCandidate> earlier)
    {
        var document = _input.Document;
        candidate.SubEventType = candidate.Trigger.SubEventType;
        candidate.NonViolent = candidate.Trigger.Has(TriggerTraits.NonViolent);
        candidate.AddEvidence("event_type", candidate.TriggerSpan, document);
        if (!PickPlace(candidate))
        {
            return false;
        }

        PickDate(candidate, earlier);
        PickActors(candidate, earlier);
        Counting.Apply(candidate);
        AddSources(candidate);
        return true;
    }

    /// <summary>"Beijing protested", "the government protested": a diplomatic protest, not a demonstration.</summary>
    public bool SubjectIsAuthority(Sentence sentence, TextSpan trigger)
    {
        bool placeSubject = _mentions.Places.In(sentence).Any(p => p.Span.End <= trigger.Start && trigger.Start - p.Span.End <= 2
                                                                   && (p.Place.Kind != PlaceKind.Town || p.Match == NameMatch.Metonym));
        bool stateSubject = _mentions.Actors.In(sentence).Any(a => a.Actor is { Inter: 1 } && a.Span.End <= trigger.Start
                                                                   && trigger.Start - a.Span.End <= 2);
        return placeSubject || stateSubject;
    }

    private bool PickPlace(EventCandidate candidate)
    {
        var sentence = candidate.Sentence;
        var region = candidate.Attribution?.ReportingRegion;
        // A place in the attribution is the speaker's, not the event's ("Kyiv said"), save the report's own country
        // ("Ukraine's air force said it shot down 38 drones"), which ranks last and so places only what nothing else does.
        var inSentence = _mentions.Places.In(sentence)
            .Where(p => CanPlaceAnEvent(p) && !(candidate.ClauseEnd <= p.Span.Start)
                        && !(region is { } r && r.Contains(p.Span) && !(p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == _input.CountryFocus)))
            .ToList();

        // The most specific place wins; among equals, the trigger's object ("fall of Laokaing", "transferred to
        // Lashio") beats a place elsewhere in the sentence.
        // A report about one country locates its events there: a same-named town abroad loses to any home town or
        // division. The home country's own name does not count: "Israel carried out air strikes on Rafah" names the
        // attacker's country, and the strike is in Rafah.
        bool homePlaceExists = inSentence.Any(p => p.Place.CountryCode == _input.CountryFocus && p.Place.Kind != PlaceKind.Country);
        var best = inSentence
            .OrderBy(p => Rank(p) + (homePlaceExists && p.Place.CountryCode != _input.CountryFocus ? 4 : 0))
            .ThenBy(p => IsObjectOf(candidate, p) ? 0 : 1)
            .ThenBy(p => Math.Abs(p.Span.Start - candidate.TriggerSpan.Start))
            .FirstOrDefault();

        bool isTerritory = candidate.Trigger.Has(TriggerTraits.Territory);
        bool onlyHomeCountry = best is null || (best.Place.Kind == PlaceKind.Country && best.Place.CountryCode == _input.CountryFocus);
        if (onlyHomeCountry && _focalTown is not null)
        {
            if (isTerritory && best is null && !MentionsPlaceNoun(candidate))
            {
                return false; // "seized power", "seized weapons": nothing territorial was taken
            }

            // "Hundreds marched in Kinshasa on Friday. Police fired tear gas to disperse protesters ...": a sentence
            // that names no place goes on about the place its paragraph just named, before the report's main town.
            if (best is null && !isTerritory && PlaceOfSentencesBefore(sentence) is { Place.Kind: not PlaceKind.Country } lead
                && _input.Document.SentenceAt(lead.Span.Start)?.Paragraph == sentence.Paragraph)
            {
                PlaceNear(candidate, lead);
                return true;
            }

            // ACLED geo_precision 2: the report implies the event is at or near the report's main town.
            candidate.Place = ToEventPlace(_focalTown.Place, 2);
            candidate.PlaceFromSentence = false;
            candidate.PlaceOnlyNear = true;
            return true;
        }

        if (best is null)
        {
            if (!isTerritory && PlaceOfSentencesBefore(sentence) is { } lead)
            {
                // "Due to the bombing, the office was destroyed.": a sentence that names no place goes on telling of
                // the place the sentences just before it named, as a reader takes it; less precisely.
                PlaceNear(candidate, lead);
            }
            else if (!isTerritory && ReportCountryMention() is { } country)
            {
                // "executed dozens of men at a livestock market in the central village of Moura", where the gazetteer
                // knows no Moura in Mali: the event is somewhere in the report's country, which ACLED codes at
                // geo_precision 3 rather than leave the event unplaced.
                candidate.Place = ToEventPlace(country.Place, 3);
                candidate.PlaceFromSentence = false;
                candidate.PlaceOnlyNear = true;
            }

            return !isTerritory;
        }

        // "in Tabayin township", "(Mohnyin District, ...)": the area is named after its main town, so the town stands
        // for it, less precisely. "seized the town of Shasha on the road linking Goma to Bukavu": when the sentence's
        // own town is one the gazetteer lacks, or the place found is only a route's end, the event is near that
        // place, not at it.
        bool standsForArea = AreaNoun(best) is "township" or "tract" || NamesAnAdministrativeArea(best);
        bool onlyNear = IsNear(best) || IsWardOrRouteEnd(best) || NamesUnplacedSettlement(sentence);
        int precision = onlyNear || standsForArea ? Math.Max(2, best.Place.GeoPrecision) : best.Place.GeoPrecision;
        candidate.Place = ToEventPlace(best.Place, precision);
        candidate.PlaceFromSentence = true;
        candidate.PlaceOnlyNear = onlyNear;
        candidate.AddEvidence("place", best.Span, _input.Document);
        return true;
    }

    /// <summary>Places the event near a place an earlier sentence named: geo_precision 2 at best, and no evidence span.</summary>
    private static void PlaceNear(EventCandidate candidate, PlaceMention lead)
    {
        candidate.Place = ToEventPlace(lead.Place, Math.Max(2, lead.Place.GeoPrecision));
        candidate.PlaceFromSentence = false;
        candidate.PlaceOnlyNear = true;
    }

    /// <summary>"the town of Shasha", "Tudun Biri village": a settlement the sentence names that no place mention covers.</summary>
    private bool NamesUnplacedSettlement(Sentence sentence)
    {
        string text = _input.Document.Normalized;
        foreach (Match m in NamedSettlement().Matches(text.Substring(sentence.Span.Start, sentence.Span.Length)))
        {
            var name = m.Groups["name"];
            int start = sentence.Span.Start + name.Index;
            var span = new TextSpan(start, start + name.Length);
            if (!_mentions.Places.In(sentence).Any(p => p.Span.Overlaps(span)) && !_mentions.Actors.In(sentence).Any(a => a.Span.Overlaps(span)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:town|village|city|locality|hamlet|settlement) of (?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)|(?<name>(?!(?:The|A|An|This|That|Another|Each|Every|One|Our|Their|His|Her|Its)\b)\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) village\b", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex NamedSettlement();

    /// <summary>Whether a mention can be where an event happened: not the dateline, a border, an institution or a demonym.</summary>
    private bool CanPlaceAnEvent(PlaceMention place) =>
        !place.IsDateline && !IsBorderReference(place) && !NamesAnInstitution(place) && place.Match != NameMatch.Demonym
        && !IsAgentCountry(place) && !IsActorsNameMisread(place);

    // "Houthi targets": a known actor's name read as a misspelt town (Al Qaţan) is the actor, not a place. A local
    // unit named after its place ("People's Defense Force - Mobye") still says where it is.
    private bool IsActorsNameMisread(PlaceMention place) =>
        place.Match == NameMatch.SpellingVariant && _input.Document.SentenceAt(place.Span.Start) is { } sentence
        && _mentions.Actors.In(sentence).Any(a => a.Actor is { } actor && a.Span.Contains(place.Span) && actor.LocalUnitPattern is null
                                                  && !actor.Name.Contains(" - ", StringComparison.Ordinal));

    // "shot down 38 of 42 drones launched by Russia": a country after "by" is who acted, not where.
    private bool IsAgentCountry(PlaceMention place)
    {
        if (place.Place.Kind != PlaceKind.Country)
        {
            return false;
        }

        var before = _input.Document.Normalized.AsSpan(0, place.Span.Start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4];
        }

        // "by Myanmar military forces": a country qualifying the agent may still say where the act was.
        var after = _input.Document.Normalized.AsSpan(place.Span.End).TrimStart();
        int word = after.IndexOfAny(' ', ',', '.');
        var next = word < 0 ? after : after[..word];
        bool agentEnds = next.IsEmpty || after[0] is ',' or '.' or ';' || next is "and" or "on" or "in" or "at" or "from" or "over" or "during"
            or "after" or "since" or "to" or "for" or "with" or "overnight" or "last" or "this";
        return agentEnds && before.EndsWith(" by", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// How poor a guide to an event's place a mention is (lower is better): the most specific place wins, and a town
    /// named for its district, a ward or the end of a named road does worse.
    /// </summary>
    private int Rank(PlaceMention place) =>
        Specificity(place.Place.Kind) + (NamesAnAdministrativeArea(place) ? 1 : 0) + (IsWardOrRouteEnd(place) ? 2 : 0);

    // How far back a sentence that names no place looks for the place it goes on about.
    private const int PlaceLookBackSentences = 3;

    /// <summary>The report's country as its text names it (not its dateline, nor a capital speaking for it), or null.</summary>
    private PlaceMention? ReportCountryMention() =>
        _input.CountryFocus is { } focus
            ? _input.Places.FirstOrDefault(p => !p.IsDateline && p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == focus && p.Match != NameMatch.Metonym)
            : null;

    /// <summary>
    /// The best-ranked place of the nearest of the few sentences before <paramref name="sentence"/> that name one where
    /// something could happen (<see cref="CanPlaceAnEvent"/>, and no capital speaking for its government), or null.
    /// </summary>
    private PlaceMention? PlaceOfSentencesBefore(Sentence sentence)
    {
        var sentences = _input.Document.Sentences;
        for (int i = sentence.Index - 1; i >= Math.Max(0, sentence.Index - PlaceLookBackSentences); i--)
        {
            var lead = _mentions.Places.In(sentences[i])
                .Where(p => CanPlaceAnEvent(p) && p.Match != NameMatch.Metonym)
                .OrderBy(Rank)
                .ThenBy(p => p.Span.Start)
                .FirstOrDefault();
            if (lead is not null)
            {
                return lead;
            }
        }

        return null;
    }

    /// <summary>"Shwebo district", "Sagaing region": a town's name used for the area around it, context rather than the place.</summary>
    private bool NamesAnAdministrativeArea(PlaceMention place) =>
        place.Place.Kind == PlaceKind.Town && AreaNoun(place) is "district" or "region" or "division" or "state" or "province";

    /// <summary>
    /// "Tat Kone ward", "on the Mawlamyine-Yangon road", "the road linking Goma to Bukavu": a ward is a quarter of a
    /// town, and a road is named or told after where it ends, so either is a poorer guide to where the event was than
    /// another town the sentence names. A ward's name that matches a town at all is usually a town elsewhere.
    /// </summary>
    private bool IsWardOrRouteEnd(PlaceMention place)
    {
        string after = WordAfter(place.Span);
        if (after is "ward" or "wards" or "quarter")
        {
            return true;
        }

        string text = _input.Document.Normalized;
        int end = place.Span.End;
        if (RouteFromHere().IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end))))
        {
            return true;
        }

        int lookBack = Math.Min(80, place.Span.Start);
        if (RouteEndsBefore().IsMatch(text.AsSpan(place.Span.Start - lookBack, lookBack)))
        {
            return true;
        }

        int before = place.Span.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && text[before] is '-' or '\u2013' && RouteNouns.Contains(after);
    }

    /// <summary>
    /// The lower-cased noun naming what sort of area a place mention is: the span's own last word when the recognizer
    /// took a division noun into it ("Mawlamyine District", "Ye township"), else the word after the span.
    /// </summary>
    private string AreaNoun(PlaceMention place)
    {
        string text = _input.Document.Normalized.Substring(place.Span.Start, place.Span.Length);
        int space = text.LastIndexOf(' ');
        string last = space < 0 ? "" : text[(space + 1)..].ToLowerInvariant();
        return PlaceWords.RegionNouns.Contains(last) ? last : WordAfter(place.Span);
    }

    /// <summary>The lower-cased word that follows a span, skipping spaces ("" at punctuation).</summary>
    private string WordAfter(TextSpan span) => _input.Document.WordAfter(span.End);

    private static bool IsObjectOf(EventCandidate candidate, PlaceMention place) =>
        place.Span.Start >= candidate.TriggerSpan.Start && place.Span.Start - candidate.TriggerSpan.End <= 80;

    private static int Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.Town => 0,
        PlaceKind.Region => 1,
        PlaceKind.Admin1 => 2,
        _ => 3,
    };

    private static EventPlace ToEventPlace(GazetteerEntry entry, int geoPrecision) =>
        new(entry.Name, entry.CountryCode, entry.Admin1, entry.Point, geoPrecision, entry.Id);

    // "the Gaza health ministry said", "Kharkiv officials": a place naming whose institution speaks is not where the
    // event happened, unless a preposition of place puts it there ("in Gaza health workers ...").
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "health", "ministry", "officials", "authorities", "authority", "government", "governor", "administration", "spokesman",
        "spokeswoman", "spokesperson", "council", "municipality", "mayor", "prosecutors", "media",
    };

    private bool NamesAnInstitution(PlaceMention place)
    {
        if (!InstitutionNouns.Contains(WordAfter(place.Span)))
        {
            return false;
        }

        int from = Math.Max(0, place.Span.Start - 12);
        string before = _input.Document.Normalized[from..place.Span.Start].ToLowerInvariant();
        return !PrepositionOfPlaceBefore().IsMatch(before);
    }

    [GeneratedRegex(@"\b(in|at|near|from|into|across|around|inside|outside)\s+(the\s+)?$", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex PrepositionOfPlaceBefore();

    private bool IsBorderReference(PlaceMention place)
    {
        int from = Math.Max(0, place.Span.Start - 20);
        string before = _input.Document.Normalized[from..place.Span.Start].ToLowerInvariant();
        return before.EndsWith("border with ", StringComparison.Ordinal) || before.EndsWith("borders with ", StringComparison.Ordinal)
               || before.EndsWith("crossings with ", StringComparison.Ordinal) || before.EndsWith("border from ", StringComparison.Ordinal);
    }

    private bool IsNear(PlaceMention place)
    {
        var tokens = _input.Document.SentenceAt(place.Span.Start)?.Tokens;
        if (tokens is null)
        {
            return false;
        }

        int i = 0;
        while (i < tokens.Count && tokens[i].Span.Start < place.Span.Start)
        {
            i++;
        }

        for (int k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (NearWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool MentionsPlaceNoun(EventCandidate candidate)
    {
        string after = _input.Document.Normalized[candidate.TriggerSpan.End..candidate.Sentence.Span.End];
        return after.Split(' ', 12, StringSplitOptions.RemoveEmptyEntries).Take(10)
            .Any(w => PlaceNouns.Contains(w.Trim(',', '.', ';')));
    }

    /// <summary>The report's main town: the town mentioned most often (at least twice), not the dateline.</summary>
    private static PlaceMention? FocalTown(IReadOnlyList<PlaceMention> places) =>
        places.Where(p => !p.IsDateline && p.Place.Kind == PlaceKind.Town)
            .GroupBy(p => p.Place.Id)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.First()).FirstOrDefault();

    private void PickDate(EventCandidate candidate, IReadOnlyList<EventCandidate> earlier)
    {
        ReadDate(candidate, earlier);

        // "..., a week after riots left dozens dead": a date read outside the trigger's own clause is the sentence's,
        // and the background clause says how far before (or after) it its act was.
        if (candidate.DateRule != DateRule.Clause && candidate.Date is { } date
            && BackgroundClause.At(_input.Document.Normalized, candidate.Sentence.Span.Start, candidate.TriggerSpan.Start) is { } offset)
        {
            candidate.Date = date.AddDays(offset.Days);
            candidate.TimePrecision = Math.Max(candidate.TimePrecision, offset.TimePrecision);
        }
    }

    private void ReadDate(EventCandidate candidate, IReadOnlyList<EventCandidate> earlier)
    {
        var sentence = candidate.Sentence;
        var region = candidate.Attribution?.ReportingRegion;
        bool declaration = candidate.Trigger.Has(TriggerTraits.Declaration);
        var own = _mentions.Dates.In(sentence)
            .Where(d => d.Value is not null && !d.PointsForward
                        && d.Relation is DateRelation.On or DateRelation.By
                        && (declaration || !(region is { } r && r.Contains(d.Span))))
            .OrderBy(d => Math.Abs(d.Span.Start - candidate.TriggerSpan.Start))
            .FirstOrDefault();
        if (own is not null)
        {
            var value = own.Value!;
            candidate.Date = value.Start;
            candidate.TimePrecision = own.Relation == DateRelation.By ? Math.Max(2, value.TimePrecision) : value.TimePrecision;
            candidate.DateRule = SameClause(candidate, own.Span) ? DateRule.Clause : DateRule.Sentence;
            candidate.AddEvidence("date", own.Span, _input.Document);
            return;
        }

        var previous = earlier.LastOrDefault(e => e.Sentence.Paragraph == sentence.Paragraph
                                                  && e.DateRule is DateRule.Clause or DateRule.Sentence);
        if (previous?.Date is { } inherited)
        {
            candidate.Date = inherited;
            candidate.TimePrecision = previous.TimePrecision;
            candidate.DateRule = DateRule.Paragraph;
            return;
        }

        candidate.Date = _input.Published;
        candidate.TimePrecision = 2;
        candidate.DateRule = DateRule.Publication;
    }

    // A clause ends at a comma, semicolon or "that" between the trigger and the date.
    private bool SameClause(EventCandidate candidate, TextSpan date)
    {
        int from = Math.Min(candidate.TriggerSpan.End, date.End);
        int to = Math.Max(candidate.TriggerSpan.Start, date.Start);
        if (to <= from)
        {
            return true;
        }

        string between = _input.Document.Normalized[from..to];
        return !between.Contains(',', StringComparison.Ordinal) && !between.Contains(';', StringComparison.Ordinal)
               && !between.Contains(" that ", StringComparison.Ordinal);
    }

    // "..., a charge Moscow denied", "; Moscow denied the claim": the other side contradicts the account in the same
    // sentence. (A denial whose complement holds the trigger, "denied that troops had withdrawn", codes no event.)
    [GeneratedRegex(@"\b(?:a charge|an accusation|a claim|claims|allegations?|accusations?|charges?)\s+(?:which\s+|that\s+)?(?:[\w'-]+\s+){1,4}(?:has\s+|have\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses)\b|\b(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:the\s+|this\s+|that\s+|these\s+|any\s+|its\s+|their\s+)?(?:claims?|charges?|accusations?|allegations?|reports?|involvement|responsibility|it)\b", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex ContradictedInSentence();

    private void AddSources(EventCandidate candidate)
    {
        if (ContradictedInSentence().IsMatch(_input.Document.SliceNormalized(candidate.Sentence.Span)))
        {
            candidate.Disputed = true;
        }

        if (_input.Agency is { Length: > 0 } agency)
        {
            candidate.AddSource(new ClaimSource(agency, SourceKind.NewsAgency));
        }

        if (candidate.Attribution is not { } a)
        {
            return;
        }

        candidate.AddSource(new ClaimSource(a.Speaker, a.SpeakerKind));
        if (a.Outlet is not null && a.Outlet != a.Speaker)
        {
            candidate.AddSource(new ClaimSource(a.Outlet, SourceKind.Outlet, a.Speaker));
        }

        if (a.Statement is not null)
        {
            candidate.AddSource(new ClaimSource(a.Statement, SourceKind.Statement, a.Speaker));
        }

        if (a.SpeakerSpan is { } speakerSpan)
        {
            candidate.AddEvidence("source", speakerSpan, _input.Document);
        }

        string says = _input.Document.Slice(a.Complement).Trim(' ', ',', '.');
        candidate.Claims.Add(new Claim(a.Speaker, a.Outlet == a.Speaker ? null : a.Outlet, a.Verb, says, a.Complement));
    }
}
