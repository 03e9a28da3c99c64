namespace Sitrep.Pipeline;

using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Knowledge;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// Composes the stages once (Text → Places → Actors → Dates → Quantities → Events) and runs them on reports.
/// Knowledge is loaded when the pipeline is built; the pipeline is immutable and safe to share across threads.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly TextAnalyzer _text;
    private readonly ToponymResolver _places;
    private readonly ActorResolver _actors;
    private readonly TemporalResolver _dates;
    private readonly QuantityRecognizer _quantities;
    private readonly EventCoder _events;
    private readonly Gazetteer _gazetteer;
    private readonly ActorKnowledgeBase _actorKnowledge;
    private readonly Dictionary<string, string> _countryNames;

    public SitrepPipeline(StrayCapitalLexicon strayCapitals, Gazetteer gazetteer, ActorKnowledgeBase actors, EventLexicon events)
    {
        _text = new TextAnalyzer(strayCapitals);
        _gazetteer = gazetteer;
        _actorKnowledge = actors;
        _places = new ToponymResolver(gazetteer);
        // Generic actors take ACLED's country names, which the knowledge files list first ("Civilians (Democratic
        // Republic of Congo)", as the Congo file's own actors read), and GeoNames' for any other country.
        // A name written as prose matches it ("the United States") is no actor name; GeoNames' stands then.
        _countryNames = actors.Countries.Where(c => c.Names.Count > 0 && char.IsUpper(c.Names[0][0]))
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Names[0], StringComparer.Ordinal);
        _actors = new ActorResolver(actors, new CountryLookups(
            word => Nationality(gazetteer, word), name => CountryNamed(gazetteer, name), CountryName));
        _dates = new TemporalResolver();
        _quantities = new QuantityRecognizer();
        _events = new EventCoder(events);
    }

    /// <summary>
    /// The sentences set surely in one country other than the report's focus: every place they name that cannot be a
    /// namesake abroad (a country, a first-order division, a capital or a city of 100,000 named by its own name) lies
    /// there. Towns do not count: a village's namesake abroad must not move a sentence's army with it.
    /// </summary>
    private static Dictionary<int, string> SentenceCountries(Document document, IReadOnlyList<PlaceMention> places, string? focus)
    {
        var countries = new Dictionary<int, string>();
        foreach (var sentence in places.Where(p => !p.IsDateline)
                     .GroupBy(p => document.SentenceAt(p.Span.Start)?.Index ?? -1))
        {
            var sure = sentence.Where(p => p.IsUnmistakable && (p.Place.Kind != PlaceKind.Country || p.IsNamedAsWhere(document.Normalized)))
                .Select(p => p.Place.CountryCode).Distinct().ToList();
            if (sure is [var country] && country != focus && country.Length == 2)
            {
                countries[sentence.Key] = country;
            }
        }

        return countries;
    }

    private string? CountryName(string code) => _countryNames.GetValueOrDefault(code) ?? _gazetteer.Country(code)?.Name;

    /// <summary>Loads every knowledge file from the data folder (see <see cref="DataDirectory"/>).</summary>
    public static SitrepPipeline LoadDefault() => Load(DataDirectory.Locate());

    public static SitrepPipeline Load(string dataDirectory) => new(
        StrayCapitalLexicon.Load(Path.Combine(dataDirectory, "lexicons", "stray-capitals.txt")),
        Gazetteer.Load(DataDirectory.CompiledGazetteer(dataDirectory)),
        ActorKnowledgeBase.LoadDirectory(Path.Combine(dataDirectory, "actors")),
        EventLexicon.Load(Path.Combine(dataDirectory, "lexicons", "event-triggers.tsv")));

    // "Israeli", "Turkish": a demonym of a country in the gazetteer names that country's forces in the Actors stage.
    private static NationalityOf? Nationality(Gazetteer gazetteer, string word) =>
        gazetteer.FindByName(word).FirstOrDefault(c => c.Match == NameMatch.Demonym && c.Entry.Kind == PlaceKind.Country) is { } hit
            ? new NationalityOf(hit.Entry.CountryCode, hit.Entry.Name)
            : null;

    // "Russia", "South Sudan": a country's own name (or a name the gazetteer gives it), for a country named as the attacker.
    private static NationalityOf? CountryNamed(Gazetteer gazetteer, string name) =>
        gazetteer.FindByName(name).FirstOrDefault(c => c.Match is NameMatch.Exact or NameMatch.AlternateName && c.Entry.Kind == PlaceKind.Country) is { } hit
            ? new NationalityOf(hit.Entry.CountryCode, hit.Entry.Name)
            : null;

    private List<string> CountriesNamed(string words) =>
        _gazetteer.FindByName(words).Where(c => c.Entry.Kind == PlaceKind.Country).Select(c => c.Entry.CountryCode).Distinct().ToList();

    // No place names the report's country, but its adjectives may ("Myanmar military forces fired ..."): the country
    // they name most often is the focus, so "the military" resolves as it would beside a place name. An adjective two
    // countries share ("Congolese" is of both Congos) names neither: the armed groups the report names decide.
    // "South Sudanese" names South Sudan, not Sudan: a capitalised word read with the one before it when the two name a country.
    private string? NationalityFocus(Document document) =>
        document.Sentences.SelectMany(s => s.Tokens.Select((t, i) => (Word: t, Before: i > 0 ? s.Tokens[i - 1] : null)))
            .Where(p => p.Word.IsCapitalized)
            .Select(p => (p.Before is { IsCapitalized: true } before && CountriesNamed($"{before.Text} {p.Word.Text}") is [_, ..] two ? two : CountriesNamed(p.Word.Text)))
            .Where(countries => countries.Count == 1).Select(countries => countries[0])
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    // Words a first-order division may be named by alone in several countries: "North-West", "Far North", "Centre".
    private static readonly HashSet<string> CompassWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center", "far",
        "upper", "lower", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast", "southwest",
        "southeast", "north-western", "north-eastern", "south-western", "south-eastern", "region", "province",
    };

    // A namesake abroad may be taken by mistake: a town that is not a capital or a city of 100,000 named exactly, or a
    // division named only by compass words.
    private static bool IsWeak(PlaceMention p) => !p.IsUnmistakable || IsCompassDivision(p);

    private static bool IsCompassDivision(PlaceMention p) =>
        p.Place.Kind == PlaceKind.Admin1 && p.Place.Name.Split(' ').All(CompassWords.Contains);

    /// <summary>
    /// "executed dozens of men at a livestock market in the central village of Moura" in a report on Mali: a town, or
    /// a division named only by compass words ("North-West region"), that lies in a country the report names nowhere
    /// else (by no other place and no demonym) is a namesake taken by mistake, and no event is placed there. It is
    /// dropped when the report's focus is another country, or, with no focus, when a place that has no namesake
    /// abroad lies in another country ("the Siloe neighbourhood of Cali": not Silae in the Philippines). A town is
    /// dropped only when the report names the focus country or a city of it other than its capital. Countries, other
    /// divisions, capitals and cities of 100,000 named by their own name stay.
    /// </summary>
    private IReadOnlyList<PlaceMention> WithoutUnnamedAbroad(Document document, IReadOnlyList<PlaceMention> places, string? focus)
    {
        bool ElsewhereFirst(PlaceMention p) => focus is not null
            ? p.Place.CountryCode != focus
            : places.Any(o => !o.IsDateline && !IsWeak(o) && o.Place.CountryCode != p.Place.CountryCode);

        // The focus is a setting only when the report names the country, or a city of it that is not its capital: a
        // nationality or a capital may name a side acting abroad ("a Turkish drone struck a vehicle near Sinjar, ...
        // Ankara regards"). A compass-named division needs no such setting.
        bool focusPlaced = focus is null || places.Any(o => !o.IsDateline && o.Place.CountryCode == focus && !IsWeak(o) && o.Match != NameMatch.Metonym
                                                             && (o.Place.Kind == PlaceKind.Country || o.Place.FeatureCode != "PPLC"));
        bool Doubtful(PlaceMention p) => !p.IsDateline && IsWeak(p) && ElsewhereFirst(p) && (focusPlaced || IsCompassDivision(p))
            && !places.Any(o => o != p && !o.IsDateline && o.Place.CountryCode == p.Place.CountryCode && !o.Span.Overlaps(p.Span));

        if (!places.Any(Doubtful))
        {
            return places;
        }

        var demonyms = document.Sentences.SelectMany(s => s.Tokens).Where(t => t.IsCapitalized)
            .SelectMany(t => CountriesNamed(t.Text)).ToHashSet(StringComparer.Ordinal);
        return places.Where(p => !Doubtful(p) || demonyms.Contains(p.Place.CountryCode)).ToList();
    }

    public ExtractionResult Extract(Report report)
    {
        var document = _text.Analyze(report.Text, report.BodyStart);
        var places = _places.Resolve(document, report.Dateline);
        string? focus = ToponymResolver.CountryFocus(places) ?? NationalityFocus(document);
        // "At least 15 Cameroonian soldiers were killed ... near Bamessing, in the North-West region", "the Siloe
        // neighbourhood of Cali": a focus that only weak namesakes give (South Africa's North West, Silae in the
        // Philippines) yields to the country the report's demonyms name, else to that of a place with no namesake.
        // Two names in the focus country bear each other out ("Ma'arrat An Nu'man (..., Idleb)").
        if (focus is not null && places.Where(p => !p.IsDateline && p.Place.CountryCode == focus).ToList() is var atFocus
            && atFocus.All(p => IsCompassDivision(p) || (!p.IsUnmistakable && p.Match != NameMatch.Exact))
            && atFocus.Select(p => p.Place.Name).Distinct().Count() <= 1
            && (NationalityFocus(document)
                ?? places.FirstOrDefault(p => !p.IsDateline && !IsWeak(p) && p.Place.CountryCode != focus)?.Place.CountryCode) is { } named
            && named != focus)
        {
            places = _places.Resolve(document, report.Dateline, named);
            focus = named;
        }
        // No place or demonym names a country: "ISWAP fighters attacked a base in Malam Fatori" names an armed group
        // whose home a reader places its small towns in; else "MAIDUGURI, Nigeria - A military drone strike killed 85
        // villagers in Tudun Biri" is about the country it was written in, and its villages and "the army" are read there.
        if (focus is null
            && (_actors.HomeCountry(document, report.Published)
                ?? places.FirstOrDefault(p => p.IsDateline && p.Place.CountryCode.Length == 2)?.Place.CountryCode) is { } implied)
        {
            places = _places.Resolve(document, report.Dateline, implied);
            focus = ToponymResolver.CountryFocus(places) ?? implied;
        }
        else if (focus is not null && places.Any(p => !p.IsDateline && p.RunnerUp is { } other && other.CountryCode != p.Place.CountryCode)
                 && _actors.HomeCountry(document, report.Published) is { } home && home != focus
                 && _places.Resolve(document, report.Dateline, home) is var atHome && ToponymResolver.CountryFocus(atHome) == home)
        {
            // "ADF rebels killed 12 people in Beni": a name that is also a place abroad (Bolivia's Beni) is read in the
            // named group's home when no place the text names rules that out.
            places = atHome;
            focus = home;
        }

        places = WithoutUnnamedAbroad(document, places, focus);

        var actors = _actors.Resolve(document, focus, report.Published, SentenceCountries(document, places, focus));
        var dates = _dates.Resolve(document, report.Published);
        var quantities = _quantities.Recognize(document, dates.Select(d => d.Span).ToList());
        var input = new EventInput(document, report.Published, report.Dateline?.Agency, places, actors.Actors, actors.People,
            dates, quantities, focus, CountryName) { Knowledge = _actorKnowledge, CountryOfDemonym = word => Nationality(_gazetteer, word)?.Code };
        var coding = _events.Code(input);
        return new ExtractionResult(report, document, places, actors.Actors, actors.People, dates, quantities, coding, coding.Warnings);
    }
}
