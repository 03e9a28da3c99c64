namespace Sitrep.Places;

/// <summary>What sort of place an entry is, which decides its ACLED geo_precision.</summary>
public enum PlaceKind
{
    Country,
    /// <summary>A first-order administrative division (state, region, province).</summary>
    Admin1,
    /// <summary>A named region below or across admin1 (a self-administered zone, a district).</summary>
    Region,
    /// <summary>A populated place: city, town or village.</summary>
    Town,
}

/// <summary>One place of the gazetteer.</summary>
/// <param name="Id">GeoNames id for GeoNames rows; a negative id for rows of the curated supplement.</param>
/// <param name="Source">Where the row comes from ("geonames:cities500", "world-countries", "supplement: ...").</param>
public sealed record GazetteerEntry(
    int Id,
    string Name,
    string CountryCode,
    string? Admin1,
    GeoPoint Point,
    PlaceKind Kind,
    string FeatureCode,
    long Population,
    string Source)
{
    /// <summary>ACLED geo_precision when an event is located exactly here: 1 a town, 3 a region or country.</summary>
    public int GeoPrecision => Kind == PlaceKind.Town ? 1 : 3;

    /// <summary>The GeoNames id of a GeoNames row; null for countries, divisions and supplement rows, which have none here.</summary>
    public int? GeoNamesId => Id > 0 ? Id : null;

    /// <summary>
    /// A country, a first-order division, a continent or a named region (the supplement's and regions.tsv's, feature
    /// code RGN; counties and districts carry ADM2): a place a writer names as it is spelt, not a misspelt town.
    /// </summary>
    public bool IsWideArea => Kind is PlaceKind.Country or PlaceKind.Admin1 || (Kind == PlaceKind.Region && FeatureCode is "RGN" or "CONT");

    /// <summary>
    /// The population under which a town is a hamlet: its name is as likely a person's or a local place's elsewhere,
    /// so it votes for the focus only when the text makes it a place, and loses to a sentence's named division.
    /// </summary>
    public const long HamletPopulation = 1000;

    /// <summary>
    /// A town of fewer than <see cref="HamletPopulation"/> people. GeoNames writes 0 where it does not know a
    /// population, and cities500 keeps such rows only because they are seats of government: a provincial or district
    /// seat (PPLA, PPLA2, such as Ma'arrat an Nu'man) so written is a town, not a hamlet. Lower seats (PPLA3, PPLA4)
    /// stay as given: in China and Indonesia they are often villages.
    /// </summary>
    public bool IsHamlet => Kind == PlaceKind.Town && Population < HamletPopulation && !(Population == 0 && FeatureCode is "PPLA" or "PPLA2");
}
