using System.Text.RegularExpressions;
using Sitrep.Ingest;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// The Places stage: finds the places a document names and resolves each to a gazetteer entry. Candidates are
/// scored by how the name matched, what kind of place and how populous it is, whether it lies in the document's
/// country focus, and how close it is to the other places of the text. Safe to share across threads.
/// </summary>
public sealed partial class ToponymResolver
{
    // A variant spelling of a place outside the document's country must be one edit from the name of a city at
    // least this large ("Bejing"), which "Hamas" (two edits from Homs) is not.
    private const long VariantPopulationOutsideFocus = 1_000_000;

    // A town outside the focus country, named without a preposition of place and far from the text's other places,
    // must be a city this large: "Moscow", yes; "Ajax" (a football club, and a town in Ontario), no.
    private const long TownPopulationOutsideFocus = 1_000_000;

    // Kind weights of the score (a town's is 0.4 × log10 population plus its feature bonus, about 1.5 to 4).
    private const double CountryWeight = 5.0;
    private const double Admin1Weight = 3.0;

    /// <summary>Same-name places this close together (towns split by a border) anchor their neighbours as one.</summary>
    private const double TwinTownKm = 50;

    /// <summary>A place said to be near a landmark, or a stated distance from it, lies within this much more of it.</summary>
    private const double LandmarkSlackKm = 100;

    /// <summary>The longest wording between a name and its landmark: ", approximately 1,250 kilometres north-east of ".</summary>
    private const int MaxLandmarkPhrase = 50;

    private readonly Gazetteer _gazetteer;
    private readonly ToponymRecognizer _recognizer;

    public ToponymResolver(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _recognizer = new ToponymRecognizer(gazetteer);
    }

    /// <summary>
    /// Returns the place mentions of <paramref name="document"/> in text order, the dateline's city first.
    /// <paramref name="impliedCountry"/> is a country the text implies without naming any place of it (the home of the
    /// armed groups it names, or the country of its dateline); it stands as the focus where no place votes for one.
    /// </summary>
    public IReadOnlyList<PlaceMention> Resolve(Document document, Dateline? dateline, string? impliedCountry = null)
    {
        var mentions = new List<PlaceMention>();
        if (ResolveDateline(document, dateline) is { } datelineMention)
        {
            mentions.Add(datelineMention);
        }

        var spans = _recognizer.Find(document).Select(s => s with { Candidates = Plausible(s) }).Where(s => s.Candidates.Count > 0).ToList();
        PlaceByContainers(document.Original, spans);
        DivisionsListedTogether(document.Original, spans);
        KeepInsideNamedDivisions(document, spans);
        var votes = new FocusVotes(spans.Select(FocusVote).ToList());
        string? focus = votes.Focus(except: -1) ?? impliedCountry;
        var anchors = new AnchorSet(spans.Select(s => Anchor(s, focus)).ToList());
        var namedDivisions = KeepNamedDivisionSense(document, spans, votes, anchors, impliedCountry);
        for (int i = 0; i < spans.Count; i++)
        {
            // A span does not vote for itself: one mention of "Ajax" must not make Canada the focus that admits it.
            var mention = spans[i].Context.HasFlag(ToponymContext.RegionNoun)
                ? namedDivisions[i]
                : ResolveSpan(document, spans[i], votes.Focus(except: i) ?? impliedCountry, anchors, i);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    // "the bulk of the cases have been in the state of Victoria ... not to travel to Victoria": a name the text once
    // calls a first-order division means that division in its other mentions too (one sense per discourse), not
    // Victoria, Texas or Hong Kong's old centre. Returns the mentions of the spans named with a division noun, resolved
    // here once (nothing this changes bears on them), by span index.
    private PlaceMention?[] KeepNamedDivisionSense(Document document, List<ToponymSpan> spans, FocusVotes votes, AnchorSet anchors, string? impliedCountry)
    {
        var named = new PlaceMention?[spans.Count];
        Dictionary<string, int>? sense = null;
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].Context.HasFlag(ToponymContext.RegionNoun)
                && (named[i] = ResolveSpan(document, spans[i], votes.Focus(except: i) ?? impliedCountry, anchors, i)) is { Place.Kind: PlaceKind.Admin1 } division)
            {
                (sense ??= new(StringComparer.OrdinalIgnoreCase)).TryAdd(spans[i].Name, division.Place.Id);
            }
        }

        for (int i = 0; sense is not null && i < spans.Count; i++)
        {
            // "Sagaing region ... Sagaing town": a place noun after a mention says it is the town.
            if (!spans[i].Context.HasFlag(ToponymContext.RegionNoun) && sense.TryGetValue(spans[i].Name, out int id)
                && document.WordAfter(spans[i].Span.End) is not ("town" or "city" or "village" or "villages")
                && spans[i].Candidates.Where(c => c.Entry.Id == id).ToList() is { Count: > 0 } same)
            {
                spans[i] = spans[i] with { Candidates = same };
            }
        }

        return named;
    }

    /// <summary>
    /// The country a document is about: the one its place mentions (countries, divisions, towns) name most often, the
    /// earliest mentioned winning a tie. The dateline's city is the place of writing and does not count. A capital
    /// speaking for its government ("a charge Moscow denied") names a party, not where things happen, so metonyms
    /// count only when nothing else names a country.
    /// </summary>
    public static string? CountryFocus(IReadOnlyList<PlaceMention> mentions)
    {
        bool onlyMetonyms = mentions.All(m => m.IsDateline || m.Match == NameMatch.Metonym);
        var counts = new Dictionary<string, (int Count, int Regions, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsDateline || m.Place.CountryCode.Length != 2 || (m.Match == NameMatch.Metonym && !onlyMetonyms))
            {
                continue;
            }

            var (count, regions, first) = counts.GetValueOrDefault(m.Place.CountryCode, (0, 0, i));
            bool region = m.Place.Kind is PlaceKind.Admin1 or PlaceKind.Country && m.Match != NameMatch.SpellingVariant;
            counts[m.Place.CountryCode] = (count + 1, regions + (region ? 1 : 0), first);
        }

        // "in Kani township (Sagaing region)": towns are often spelled like towns abroad, regions and countries rarely,
        // so at equal counts the country whose regions the report names wins.
        return counts.Count == 0 ? null
            : counts.OrderByDescending(c => c.Value.Count).ThenByDescending(c => c.Value.Regions).ThenBy(c => c.Value.First).First().Key;
    }

    private PlaceMention? ResolveDateline(Document document, Dateline? dateline)
    {
        if (dateline?.Place is not { Length: > 0 } place || dateline.PlaceSpan is not { } span)
        {
            return null;
        }

        // The place of writing is a city the wire names plainly; the most populous match wins, seats of government first.
        var ranked = _gazetteer.FindByName(place)
            .Where(c => c.Match != NameMatch.Demonym)
            .OrderByDescending(c => c.Entry.Kind == PlaceKind.Town)
            .ThenByDescending(c => c.IsNationalCapital || c.Entry.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal))
            .ThenByDescending(c => c.Entry.Population)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        // "LONDON, Ky. (WKYT)", "EDMONTON, Ky.": the state or country after the comma says which one, as in the text.
        if (DatelineContainer(dateline.Region) is { } container && ranked.Where(c => Holds(container, c.Entry)).ToList() is { Count: > 0 } held)
        {
            ranked = held;
        }

        var best = ranked[0];
        var runnerUp = ranked.Skip(1).FirstOrDefault(c => c.Entry.Id != best.Entry.Id && c.Entry.Kind == PlaceKind.Town);
        double score = runnerUp is null ? 1.0 : best.Entry.Population > 10 * Math.Max(1, runnerUp.Entry.Population) ? 0.95 : 0.7;
        return new PlaceMention(span, document.Slice(span), best.Entry, best.Match, score, runnerUp?.Entry, IsDateline: true);
    }

    // The country or first-order division a dateline names after its place: a wire abbreviation ("Ky.", "B.C.") or a
    // name ("Myanmar", "Queensland").
    private GazetteerEntry? DatelineContainer(string? region)
    {
        if (region is null)
        {
            return null;
        }

        string? country = null;
        if (DivisionAbbreviations.TryGet(region.TrimEnd('.'), out var abbreviated) || DivisionAbbreviations.TryGetUndotted(region, out abbreviated))
        {
            (country, region) = abbreviated;
        }

        return _gazetteer.FindByName(region)
            .Where(c => c.Match is NameMatch.Exact or NameMatch.AlternateName && c.Entry.Kind is PlaceKind.Country or PlaceKind.Admin1
                        && (country is null || c.Entry.CountryCode == country))
            .Select(c => c.Entry)
            .OrderBy(e => e.Kind) // a country before a same-name division
            .FirstOrDefault();
    }

    // Drops the candidates the context rules out before any scoring.
    private static List<NameCandidate> Plausible(ToponymSpan span)
    {
        var context = span.Context;
        var kept = new List<NameCandidate>();
        // Entry id → its place in kept, so a name with hundreds of candidates ("San Jose") is not compared pairwise.
        var keptAt = new Dictionary<int, int>(span.Candidates.Count);

        // "a Somali journalist": a country's demonym is its adjective, not a division or town of the same name
        // (Ethiopia's Somali Region), unless a preposition or a division noun makes it a place ("in Somali region").
        bool adjective = span.Candidates.Any(c => c.Match == NameMatch.Demonym)
                         && (context & (ToponymContext.Locative | ToponymContext.RegionNoun | ToponymContext.Contained)) == 0;
        // "the state of Victoria": named as a division, and a division has that exact name, so a town that merely has
        // it as an alternate name (Victoria, the old name of Hong Kong's centre) is not meant.
        bool divisionNamed = context.HasFlag(ToponymContext.RegionNoun)
                             && span.Candidates.Any(c => c.Match == NameMatch.Exact && c.Entry.Kind is PlaceKind.Admin1 or PlaceKind.Region);
        bool water = !context.HasFlag(ToponymContext.RegionNoun) && span.Name.EndsWith(" Sea", StringComparison.OrdinalIgnoreCase);
        foreach (var c in span.Candidates)
        {
            bool keep = c.Match switch
            {
                NameMatch.Demonym => context.HasFlag(ToponymContext.DemonymPlaceNoun),
                _ => (!context.HasFlag(ToponymContext.PeopleNoun) || c.Entry.Kind == PlaceKind.Country)
                     && !(adjective && c.Entry.Kind != PlaceKind.Country),
            };
            if (context.HasFlag(ToponymContext.CommonWord) && c.Entry.Kind == PlaceKind.Town
                && (!context.HasFlag(ToponymContext.Locative) || PlaceWords.CalendarWords.Contains(span.Name)))
            {
                keep = false; // "Video clips", "a Deal": the word, not the town; "in August" is a time, not August, Wisconsin
            }

            if (context.HasFlag(ToponymContext.CommonWord) && c.Entry.Kind == PlaceKind.Admin1 && !context.HasFlag(ToponymContext.RegionNoun))
            {
                keep = false; // "Chaung Ma (East)", "the North": a direction, not Cameroon's East or Sri Lanka's North
            }

            if (divisionNamed && c.Entry.Kind == PlaceKind.Town && c.Match != NameMatch.Exact)
            {
                keep = false;
            }

            if (context.HasFlag(ToponymContext.InLongerName) && c.Entry.Kind == PlaceKind.Town && c.Match != NameMatch.Exact)
            {
                keep = false; // "in Let Pan To": "Pan" is a syllable of the village's name, not Hpa-An by its alternate name
            }

            if (context.HasFlag(ToponymContext.SpeechVerb) && c.Entry.Kind == PlaceKind.Town && !c.IsNationalCapital)
            {
                keep = false; // "Dunn said": a speaker; only a capital speaks for its government ("Moscow said")
            }

            if (water && c.Entry.Kind is PlaceKind.Admin1 or PlaceKind.Town)
            {
                keep = false; // "Red Sea shipping", "the southern Red Sea": the sea, not Egypt's or Sudan's Red Sea division
            }

            if (keep && keptAt.TryGetValue(c.Entry.Id, out int existing))
            {
                if (Quality(c) > Quality(kept[existing]))
                {
                    kept[existing] = c;
                }

                continue;
            }

            if (keep)
            {
                keptAt[c.Entry.Id] = kept.Count;
                kept.Add(c);
            }
        }

        return kept;
    }

    // "Athens, Greece", "London, Ontario", "Pandi, Bulacan": a name followed by a comma and a country or division that
    // holds one of its candidates means a place inside it, and the container is the one that holds it. "Edmonton,
    // south of Cairns", "Kutkai, 20 km north of Lashio", "Yarrabah, near Cairns": a name placed by a landmark means
    // the namesake near that landmark. The writer placed the name once, so its other mentions in the document mean
    // the same place (one sense per discourse).
    private static void PlaceByContainers(string text, List<ToponymSpan> spans)
    {
        var placed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Right to left, so that in "Greenlane, Auckland, New Zealand" Auckland is placed before it places Greenlane.
        for (int i = spans.Count - 2; i >= 0; i--)
        {
            var (name, container) = (spans[i], spans[i + 1]);
            // "China, Japan", "Oklahoma, Texas": a list of countries or divisions, not a town placed in the next one
            // (but "London, Ontario" is the town, though Greater London also answers to "London").
            if (name.Sentence != container.Sentence || container.Span.Start < name.Span.End
                || name.Candidates.Any(c => c.Entry.Kind == PlaceKind.Country || c.Entry.Kind == PlaceKind.Admin1 && c.Match == NameMatch.Exact))
            {
                continue;
            }

            var between = text.AsSpan(name.Span.End, container.Span.Start - name.Span.End);
            Func<GazetteerEntry, GazetteerEntry, bool> places;
            if (IsComma(between))
            {
                places = Holds;
            }
            else if (LandmarkRangeKm(between) is { } rangeKm)
            {
                places = (landmark, place) => place.Kind is PlaceKind.Town or PlaceKind.Region && landmark.Id != place.Id
                    && (landmark.Kind is PlaceKind.Town ? landmark.Point.DistanceKm(place.Point) <= rangeKm : Holds(landmark, place));
            }
            else
            {
                continue;
            }

            var inside = name.Candidates.Where(c => container.Candidates.Any(k => places(k.Entry, c.Entry))).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            spans[i] = name with { Candidates = inside, Context = name.Context | ToponymContext.Contained };
            spans[i + 1] = container with { Candidates = container.Candidates.Where(k => inside.Any(c => places(k.Entry, c.Entry))).ToList() };
            if (inside.Select(c => c.Entry.Id).Distinct().Count() == 1)
            {
                placed[name.Name] = inside[0].Entry.Id;
            }
        }

        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (!span.Context.HasFlag(ToponymContext.Contained) && placed.TryGetValue(span.Name, out int id)
                && span.Candidates.Where(c => c.Entry.Id == id).ToList() is { Count: > 0 } same)
            {
                spans[i] = span with { Candidates = same, Context = span.Context | ToponymContext.Contained };
            }
        }
    }

    // How far from the landmark the words between a name and the landmark put it: "near" (or "outside", "close to"),
    // a compass point with "of", or a distance and a compass point ("20 km north of", "12 miles south-east of"). The
    // range leaves room for a town's point lying off its centre. Null when the words place nothing.
    private static double? LandmarkRangeKm(ReadOnlySpan<char> between)
    {
        if (between.Length > MaxLandmarkPhrase)
        {
            return null; // most pairs of names in a sentence are far apart: no substring for them
        }

        var match = LandmarkPhrase().Match(between.ToString());
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups["distance"].Success)
        {
            return LandmarkSlackKm;
        }

        double distance = double.Parse(match.Groups["distance"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        double km = match.Groups["unit"].Value.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? distance * 1.609 : distance;
        return km + LandmarkSlackKm;
    }

    [GeneratedRegex(@"^\s*,?\s*(?:(?:(?:about|some|around|roughly|nearly|approximately|almost)\s+)?(?:(?<distance>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|near|outside|close\s+to|just\s+outside|not\s+far\s+from)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LandmarkPhrase();

    // "in British Columbia, Nova Scotia, Ontario, Alberta, New Brunswick and Quebec": a name listed next to a first-order
    // division of one country is that country's division when it has one of that name, though a same-name town
    // elsewhere is bigger or in the report's focus country (Ontario, California; New Brunswick, New Jersey).
    private static void DivisionsListedTogether(string text, List<ToponymSpan> spans)
    {
        // One sweep each way, so a division at either end of a list settles the names beside it in turn, in linear time.
        for (int i = 1; i < spans.Count; i++)
        {
            TakeNeighboursDivision(text, spans, i, i - 1);
        }

        for (int i = spans.Count - 2; i >= 0; i--)
        {
            TakeNeighboursDivision(text, spans, i, i + 1);
        }
    }

    private static void TakeNeighboursDivision(string text, List<ToponymSpan> spans, int i, int neighbour)
    {
        var span = spans[i];
        if (span.Candidates.Select(c => c.Entry.CountryCode).Distinct().Count() < 2
            || !ListedTogether(text, spans[Math.Min(i, neighbour)], spans[Math.Max(i, neighbour)])
            || DivisionCountry(spans[neighbour]) is not { } country)
        {
            return;
        }

        var division = span.Candidates.Where(c => c.Entry.Kind == PlaceKind.Admin1 && c.Match == NameMatch.Exact && c.Entry.CountryCode == country).ToList();
        if (division.Count > 0)
        {
            spans[i] = span with { Candidates = division };
        }
    }

    // The country whose first-order division a span surely names: an exact division name, all its candidates in that country.
    private static string? DivisionCountry(ToponymSpan span) =>
        span.Candidates.Any(c => c.Entry.Kind == PlaceKind.Admin1 && c.Match == NameMatch.Exact)
        && span.Candidates.Select(c => c.Entry.CountryCode).Distinct().Count() == 1
            ? span.Candidates[0].Entry.CountryCode
            : null;

    // Two names of one sentence with only a comma, "and" or "or" between them, or a repeated count and "in" ("fifteen
    // in British Columbia, fourteen in Nova Scotia, and one in Quebec").
    private static bool ListedTogether(string text, ToponymSpan first, ToponymSpan second) =>
        first.Sentence == second.Sentence && second.Span.Start >= first.Span.End
        && ListSeparator().IsMatch(text.AsSpan(first.Span.End, second.Span.Start - first.Span.End));

    [GeneratedRegex(@"^\s*(,|,?\s*(and|or))(\s+(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|several|some)\s+in)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    // "in Lay Kay village (Bilin Township, Thaton District, Mon State)": a sentence that names a division ("Mon State",
    // "Sagaing region", or a name that can only be a division) tells where its other places are. A spelling variant outside it
    // (Laukkaing, 700 km away in Shan; populous Pyapon for "Hpapun township, Kayin State") is dropped, and so is a
    // same-name village elsewhere when the text calls the name a village, or a hamlet of fewer than 1,000 people
    // elsewhere ("the Ma Au police station" in Magway is not Ma Au in Yangon): a local place the gazetteer lacks is
    // likelier. Same-name towns elsewhere are left to scoring.
    private static void KeepInsideNamedDivisions(Document document, List<ToponymSpan> spans)
    {
        // Per sentence, once: a report with thousands of place names must not compare every span with every other.
        var named = new Dictionary<int, List<GazetteerEntry>>();
        foreach (var d in spans)
        {
            if (d.Context.HasFlag(ToponymContext.RegionNoun) || d.Candidates.All(c => c.Entry.Kind == PlaceKind.Admin1))
            {
                if (!named.TryGetValue(d.Sentence, out var divisions))
                {
                    named[d.Sentence] = divisions = [];
                }

                foreach (var c in d.Candidates.Where(c => c.Entry.Kind == PlaceKind.Admin1 && c.Match is NameMatch.Exact or NameMatch.AlternateName))
                {
                    if (!divisions.Exists(known => known.Id == c.Entry.Id))
                    {
                        divisions.Add(c.Entry); // distinct, so a line repeating "Shan State" stays one division
                    }
                }
            }
        }

        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (!named.TryGetValue(span.Sentence, out var inSentence) || span.Candidates.All(c => c.Entry.Kind != PlaceKind.Town))
            {
                continue;
            }

            // A span is not its own container: "Sagaing" the region does not place "Sagaing" the town.
            var divisions = inSentence.Where(d => span.Candidates.All(c => c.Entry.Id != d.Id)).ToList();
            if (divisions.Count == 0)
            {
                continue;
            }

            bool village = document.WordAfter(span.Span.End) is "village" or "villages";
            var kept = span.Candidates.Where(c => c.Entry.Kind != PlaceKind.Town || divisions.Any(d => Holds(d, c.Entry))
                                                  || !(c.Match == NameMatch.SpellingVariant || village || c.Entry.IsHamlet)).ToList();
            if (kept.Count != span.Candidates.Count)
            {
                spans[i] = span with { Candidates = kept };
            }
        }

        spans.RemoveAll(s => s.Candidates.Count == 0);
    }

    private static bool IsComma(ReadOnlySpan<char> between) => between.Trim() is [','];

    // Whether a country or first-order division holds a place: the same country, and for a division the same admin1.
    private static bool Holds(GazetteerEntry container, GazetteerEntry place) => container.Id != place.Id && container.Kind switch
    {
        PlaceKind.Country => place.Kind != PlaceKind.Country && place.CountryCode == container.CountryCode,
        PlaceKind.Admin1 => place.Kind is PlaceKind.Town or PlaceKind.Region && place.CountryCode == container.CountryCode
                            && string.Equals(place.Admin1, container.Admin1, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // The country a span can only mean (exact names only), which is its vote for the focus before scoring. A place on
    // the ground (a town, a division) counts twice a country's own name, which reports use as often for a party
    // ("U.S. and British warplanes struck Houthi targets across Yemen") as for where things happen.
    private static (string? Country, int Weight) FocusVote(ToponymSpan span)
    {
        var exact = span.Candidates.Where(c => c.Match != NameMatch.SpellingVariant).ToList();
        var countries = exact.Select(c => c.Entry.CountryCode).Distinct().ToList();
        if (countries.Count != 1)
        {
            return (null, 0);
        }

        // "her husband Elliott, aged 90": a hamlet's name with nothing around it that makes it a place is more often a
        // person's, and must not make its country the focus that admits it and its neighbours.
        bool placed = (span.Context & (ToponymContext.Locative | ToponymContext.Contained | ToponymContext.RegionNoun | ToponymContext.VerbObject)) != 0;
        bool smallTownsOnly = exact.All(c => c.Entry.IsHamlet && !c.IsNationalCapital);
        bool countryName = exact.All(c => c.Entry.Kind == PlaceKind.Country);
        return smallTownsOnly && !placed ? (null, 0) : (countries[0], countryName && !placed ? 1 : 2);
    }

    // Where a span is, if that is already clear: its only entry, or its only entry in the focus country.
    private static GeoPoint? Anchor(ToponymSpan span, string? focus)
    {
        var exact = span.Candidates.Where(c => c.Match != NameMatch.SpellingVariant && c.Entry.Kind != PlaceKind.Country).ToList();
        if (exact.Count == 1)
        {
            return exact[0].Entry.Point;
        }

        var inFocus = exact.Where(c => c.Entry.CountryCode == focus).ToList();
        if (inFocus.Count == 1)
        {
            return inFocus[0].Entry.Point;
        }

        // Rafah in Gaza and Rafah in Egypt, 5 km apart: which one is meant does not matter for what lies near them.
        return exact.Count > 1 && exact.All(c => c.Entry.Point.DistanceKm(exact[0].Entry.Point) <= TwinTownKm) ? exact[0].Entry.Point : null;
    }

    private PlaceMention? ResolveSpan(Document document, ToponymSpan span, string? focus, AnchorSet anchors, int index)
    {
        var scored = new List<(NameCandidate Candidate, double Score)>();
        var ruledOut = new List<(NameCandidate Candidate, double Score)>();
        foreach (var c in span.Candidates)
        {
            double? nearest = anchors.NearestKm(c.Entry.Point, except: index);
            var list = IsPlausible(c, span.Context, focus, nearest) ? scored : ruledOut;
            list.Add((c, Score(c, span.Context, focus, nearest)));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (SeatOfTheDivision(span, scored) is int seat)
        {
            scored.Insert(0, scored[seat]);
            scored.RemoveAt(seat + 1);
        }

        var (best, bestScore) = scored[0];
        // A candidate ruled out (Lào Cai for "Laokai" in a Myanmar report) is still shown as the runner-up.
        var runnerUp = scored.Skip(1).Concat(ruledOut.OrderByDescending(r => r.Score))
            .Select(s => ((NameCandidate, double)?)s).FirstOrDefault();
        double? rivalScore = scored.Count > 1 ? scored[1].Score : null;
        var place = best.Entry;
        var match = best.Match;
        if (best.IsNationalCapital && span.Context.HasFlag(ToponymContext.StatementVerb) && _gazetteer.Country(place.CountryCode) is { } country)
        {
            // "Beijing protested": the capital speaks for its government, so the mention is of the country.
            return new PlaceMention(span.Span, document.Slice(span.Span), country, NameMatch.Metonym, Confidence(0.9, bestScore, rivalScore), place, false);
        }

        // "The U.S. military said it carried out an air strike near Jilib": the abbreviation is the side's nationality,
        // as "American" would be, not where the report is set.
        if (place.Kind == PlaceKind.Country && IsAttributiveAbbreviation(document, span.Span))
        {
            match = NameMatch.Metonym;
        }

        return new PlaceMention(span.Span, document.Slice(span.Span), place, match, Confidence(Quality(best), bestScore, rivalScore),
            runnerUp?.Item1.Entry, false);
    }

    private static readonly System.Buffers.SearchValues<char> AbbreviationLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    /// <summary>"U.S. troops", "UK officials": a country's abbreviation right before a lower-case word qualifies it.</summary>
    private static bool IsAttributiveAbbreviation(Document document, TextSpan span)
    {
        var name = document.Original.AsSpan(span.Start, span.Length);
        if (name.Length > 6 || name.ContainsAnyExcept(AbbreviationLetters))
        {
            return false;
        }

        int next = span.End;
        while (next < document.Original.Length && document.Original[next] == ' ')
        {
            next++;
        }

        if (next == span.End || next >= document.Original.Length || !char.IsLower(document.Original[next]))
        {
            return false;
        }

        // "protests across the U.S. on Saturday": after a preposition the abbreviation is where, whatever follows it.
        var before = document.Normalized.AsSpan(0, span.Start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4];
        }

        return !PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "across", "to", "from", "into", "throughout", "within", "at", "inside", "outside", "around",
    };

    /// <summary>
    /// "fighting in Gao", "gathered in Kassala": where a division and its seat share a name, a place said to be where
    /// things happen, without "region" or "state", is the town. Returns the seat's index in <paramref name="scored"/>
    /// when the best candidate is such a division.
    /// </summary>
    private static int? SeatOfTheDivision(ToponymSpan span, List<(NameCandidate Candidate, double Score)> scored)
    {
        var division = scored[0].Candidate.Entry;
        if (division.Kind != PlaceKind.Admin1 || !span.Context.HasFlag(ToponymContext.Locative) || span.Context.HasFlag(ToponymContext.RegionNoun))
        {
            return null;
        }

        int seat = scored.FindIndex(s => s.Candidate.Entry is { Kind: PlaceKind.Town, FeatureCode: "PPLA" } town
                                         && town.CountryCode == division.CountryCode
                                         && string.Equals(town.Admin1, division.Name, StringComparison.OrdinalIgnoreCase)
                                         && s.Candidate.Match == NameMatch.Exact);
        return seat > 0 ? seat : null;
    }

    private static bool IsPlausible(NameCandidate c, ToponymContext context, string? focus, double? nearestKm)
    {
        bool inFocus = c.Entry.CountryCode == focus;
        if (context.HasFlag(ToponymContext.Acronym) && c.Entry.Kind != PlaceKind.Country)
        {
            return false;
        }

        if (c.Match == NameMatch.SpellingVariant)
        {
            // Any capitalised sentence opener is looked up, so a variant there must also sit near the text's other places.
            return c.Entry.Kind != PlaceKind.Country
                   && (inFocus || (c.Entry.Population >= VariantPopulationOutsideFocus && c.Distance <= 1))
                   && (!context.HasFlag(ToponymContext.SentenceInitial) || nearestKm is < 300);
        }

        if (c.Entry.Kind != PlaceKind.Town || context.HasFlag(ToponymContext.Contained))
        {
            return true;
        }

        bool supplement = c.Entry.Id < 0;
        bool locative = context.HasFlag(ToponymContext.Locative);
        bool surelyLocative = locative && !context.HasFlag(ToponymContext.VerbObject);
        if (c.Match == NameMatch.AlternateName && !inFocus && !surelyLocative && nearestKm is not < 300)
        {
            return false; // "White House" is an alternate name of Casablanca, "Hamas" one of Hamm
        }

        if (context.HasFlag(ToponymContext.RegionNoun) && focus is not null && !inFocus && nearestKm is not < 300
            && c.Entry.Population < TownPopulationOutsideFocus)
        {
            // "Kani township" in a report about Sagaing is a division of the focus country the gazetteer lacks, not
            // the same-name town in Japan: a town named as a division abroad must sit near the text's other places.
            return false;
        }

        return c.Entry.Population >= TownPopulationOutsideFocus || c.IsNationalCapital
               || inFocus && (!c.Entry.IsHamlet || supplement || context.HasFlag(ToponymContext.Locative))
               || nearestKm is < 300
               || context.HasFlag(ToponymContext.Locative) && !c.Entry.IsHamlet;
    }

    private static double Score(NameCandidate c, ToponymContext context, string? focus, double? nearestKm)
    {
        var e = c.Entry;
        double score = Quality(c) * 3;
        score += e.Kind switch
        {
            // A country or continent named outright is that country, not a same-name town ("Mexico", Missouri; "China", Maine).
            PlaceKind.Country => CountryWeight,
            PlaceKind.Region when e.FeatureCode == "CONT" => CountryWeight,
            // A named region (Darfur, Java, the Middle East) is as widely known as a division: not a same-name town.
            PlaceKind.Region when e.IsWideArea => context.HasFlag(ToponymContext.RegionNoun) ? 4.0 : Admin1Weight,
            // A first-order division outranks a same-name town of its country ("California", "Alberta") ...
            PlaceKind.Admin1 => context.HasFlag(ToponymContext.RegionNoun) ? 4.0 : Admin1Weight,
            PlaceKind.Region => context.HasFlag(ToponymContext.RegionNoun) ? 3.5 : 1.5,
            // ... except a city of a million, which newsrooms name more often than its state ("New York").
            _ => 0.4 * Math.Log10(e.Population + 1) + FeatureBonus(e.FeatureCode, c.IsNationalCapital)
                 + (e.Population >= 1_000_000 ? 1.0 : 0)
                 - (context.HasFlag(ToponymContext.RegionNoun) ? 1.0 : 0),
        };
        if (focus is not null && e.CountryCode == focus)
        {
            score += 2.0;
        }

        if (e.Kind != PlaceKind.Country && nearestKm is { } km)
        {
            score += km < 50 ? 1.5 : km < 200 ? 1.0 : km < 500 ? 0.5 : 0;
        }

        return score;
    }

    private static double FeatureBonus(string featureCode, bool nationalCapital) => featureCode switch
    {
        _ when nationalCapital => 0.8,
        "PPLC" => 0.8,
        "PPLA" => 0.5,
        "PPLA2" => 0.3,
        "PPLX" or "PPLH" or "PPLQ" or "PPLW" => -1.0,
        _ => 0,
    };

    // How much the way a name matched is worth, 0..1.
    private static double Quality(NameCandidate c) => c.Match switch
    {
        NameMatch.Exact => 1.0,
        NameMatch.AlternateName => 0.9,
        NameMatch.Demonym => 0.85,
        NameMatch.SpellingVariant => 0.75 - 0.05 * c.Distance,
        _ => 0.9,
    };

    // The match quality, discounted when a runner-up scored close to the winner.
    private static double Confidence(double quality, double best, double? runnerUp)
    {
        double margin = runnerUp is { } r ? 1 - Math.Exp(-(best - r)) : 1;
        return Math.Round(quality * (0.5 + 0.5 * margin), 3);
    }

}
