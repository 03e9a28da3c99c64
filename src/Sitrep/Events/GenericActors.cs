namespace Sitrep.Events;

using System.Text.RegularExpressions;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// ACLED's generic actors for parties the text does not name: Unidentified Armed Group (Country) for remote violence
/// and violence against civilians, Protesters (Country) and Rioters (Country) for demonstrations.
/// </summary>
internal static partial class GenericActors
{
    /// <summary>
    /// The event's actor1: the named one, else the generic actor its event type implies. <paramref name="launchedFrom"/>
    /// is the country the text says the weapon was fired from, whose unidentified armed group fired it.
    /// </summary>
    public static EventActor? Actor1(string subEventType, EventActor? named, EventPlace? place, EventInput input, bool actor2Known = false,
        string? launchedFrom = null)
    {
        string eventType = AcledTaxonomy.EventTypeOf(subEventType);
        if (CountryName(place, input) is not { } name)
        {
            return named;
        }

        // Demonstrators are named by the country where they demonstrate, like the civilians an attack harms: a report
        // from Yangon about China's support for the junta is a protest by Protesters (Myanmar).
        if (VictimCountryName(place, input) is { } where && (eventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots || (place is not null && IsUnmistakable(place, input))))
        {
            name = where;
        }

        // "Protesters threw stones at police": demonstrators who turn violent are rioters in ACLED's coding.
        if (eventType == AcledTaxonomy.Riots && named is null or { Inter: 6 or 7 })
        {
            return new EventActor($"Rioters ({name})", 5);
        }

        // "Residents protested": people who demonstrate are Protesters (Country), whatever else the text calls them.
        if (eventType == AcledTaxonomy.Protests && named is { Inter: 7 })
        {
            return new EventActor($"Protesters ({name})", 6);
        }

        if (named is not null)
        {
            return named;
        }

        if (eventType is AcledTaxonomy.ExplosionsRemoteViolence or AcledTaxonomy.ViolenceAgainstCivilians)
        {
            return new EventActor($"Unidentified Armed Group ({(eventType == AcledTaxonomy.ExplosionsRemoteViolence ? launchedFrom ?? name : name)})", 3);
        }

        // "Two soldiers were shot dead by militants": a battle's side the text does not name is, as ACLED codes it,
        // an unidentified armed group, once the other side is known.
        if (eventType == AcledTaxonomy.Battles && subEventType == "Armed clash" && actor2Known)
        {
            return new EventActor($"Unidentified Armed Group ({name})", 3);
        }

        // ACLED names demonstrators by country when no organisation leads them.
        return eventType == AcledTaxonomy.Protests && subEventType != "Excessive force against protesters"
            ? new EventActor($"Protesters ({name})", 6)
            : null;
    }

    /// <summary>The event's actor2 when the text names none: the protesters that force was used against.</summary>
    public static EventActor? Actor2(string subEventType, EventPlace? place, EventInput input) =>
        subEventType == "Excessive force against protesters" && VictimCountryName(place, input) is { } name
            ? new EventActor($"Protesters ({name})", 6)
            : null;

    // The conflict's country names the generic actor: the home country most of the report's actors share, else the
    // report's focus country, else the event place's country.
    public static string? CountryName(EventPlace? place, EventInput input) =>
        (ConflictCountry(input) ?? RegionCountry(input) ?? input.CountryFocus ?? place?.Country) is { } focus ? input.CountryName(focus) : null;

    /// <summary>
    /// Civilians are named by the country of the event's place ("Civilians (Palestine)" for an Israeli strike on
    /// Rafah), unless the regions the report names put that town abroad by mistake; without a place, by the
    /// report's conflict country.
    /// </summary>
    public static string? VictimCountryName(EventPlace? place, EventInput input)
    {
        if (place is null)
        {
            return CountryName(null, input);
        }

        string? region = RegionCountry(input);
        return input.CountryName(region is null || region == place.Country || IsUnmistakable(place, input) ? place.Country : region);
    }

    /// <summary>
    /// "killed six French aid workers and their Nigerien guide", "two Chinese nationals were abducted": civilians that
    /// the event's sentences name by one nationality other than the country they are in are that country's, as ACLED
    /// codes foreign victims ("Civilians (France)"). Null when no such nationality, or more than one, is named.
    /// </summary>
    public static string? ForeignVictimCountryName(IEnumerable<Sentence> sentences, EventPlace? place, EventInput input)
    {
        if (input.CountryOfDemonym is not { } countryOf)
        {
            return null;
        }

        var named = sentences
            .SelectMany(s => NationalVictims().Matches(input.Document.SliceNormalized(s.Span)).Select(m => countryOf(m.Groups["nation"].Value)))
            .OfType<string>().Distinct().ToList();
        return named is [var code] && input.CountryName(code) is { } name && name != VictimCountryName(place, input) ? name : null;
    }

    // A nationality right before a noun for civilians ("French aid workers", "Chinese nationals"); the demonym is
    // checked against the gazetteer afterwards.
    [GeneratedRegex(@"\b(?<nation>[A-Z][a-z]+) (?:aid workers?|nationals?|citizens?|tourists?|journalists?|reporters?|workers?|engineers?|civilians?|missionar(?:y|ies)|hostages?|contractors?|diplomats?|doctors?|nurses?|teachers?|traders?|pilgrims?|fishermen|businessm[ae]n|truck drivers?|migrants?)\b", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex NationalVictims();

    // A capital, a city of 100,000 or a first-order division named by its name is no namesake abroad: "marched in
    // Nairobi ... to denounce the killing of Kenyan traders in Somalia" was in Kenya, an ambush "in Cauca" in Colombia.
    // So is a town in the country its own sentence names as where ("In northern Israel, a rocket ... hit a house in
    // Kiryat Shmona" in a report about Lebanon).
    private static bool IsUnmistakable(EventPlace place, EventInput input) =>
        input.Places.Any(p => p.Place.Id == place.GazetteerId && p.Place.CountryCode == place.Country && p.Place.Kind != PlaceKind.Country
                              && (p.IsUnmistakable || InCountryItsSentenceNames(p, input)));

    private static bool InCountryItsSentenceNames(PlaceMention town, EventInput input) =>
        input.Document.SentenceAt(town.Span.Start) is { } sentence
        && input.Places.Any(q => q.Place.Kind == PlaceKind.Country && q.Place.CountryCode == town.Place.CountryCode && !q.IsDateline
                                 && sentence.Span.Contains(q.Span) && q.IsNamedAsWhere(input.Document.Normalized));

    // Regions and countries are rarely spelled like places abroad; towns often are ("Kani" in Sagaing and in
    // Cameroon), so the country of the regions a report names outranks the towns' majority. A country named as a
    // party ("Israel carried out air strikes", "a charge Moscow denied") says who acts, not where, and so does one
    // named for any other reason than where things are ("against China's support", "gas exports through Chile"):
    // a country counts only after "in", "across" and the like.
    private static string? RegionCountry(EventInput input) =>
        input.Places.Where(p => !p.IsDateline && (p.Place.Kind is PlaceKind.Admin1 || (p.Place.Kind is PlaceKind.Country && p.IsNamedAsWhere(input.Document.Normalized)))
                                && p.Match is not (NameMatch.SpellingVariant or NameMatch.Metonym)
                                && !input.Actors.Any(a => a.Actor is not null && a.Span.Overlaps(p.Span)))
            .GroupBy(p => p.Place.CountryCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static string? ConflictCountry(EventInput input) =>
        input.Actors.Where(a => a.Actor?.Country is not null).GroupBy(a => a.Actor!.Country!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
