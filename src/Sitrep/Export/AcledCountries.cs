namespace Sitrep.Export;

using System.Globalization;
using System.Text.Json;

/// <summary>What ACLED's export says about a country besides its name: the ISO 3166-1 numeric code and ACLED's region.</summary>
public sealed record AcledCountry(string Code, int? IsoNumeric, string? Region);

/// <summary>
/// Countries' numeric ISO codes (npm world-countries' <c>ccn3</c>) and ACLED regions (its UN subregion mapped by
/// <c>data/acled/regions.tsv</c>, with the file's per-country exceptions). Immutable once loaded.
/// </summary>
public sealed class AcledCountries
{
    private readonly Dictionary<string, AcledCountry> _byCode;

    private AcledCountries(Dictionary<string, AcledCountry> byCode) => _byCode = byCode;

    /// <summary>The country with this two-letter code, or null when unknown.</summary>
    public AcledCountry? Of(string code) => _byCode.GetValueOrDefault(code.ToUpperInvariant());

    public static AcledCountries Load(string worldCountriesJson, string regionsTsv)
    {
        var subregions = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(regionsTsv))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 3 || f[0] is not ("subregion" or "country"))
            {
                throw new InvalidDataException($"{regionsTsv}: '{line}' is not 'subregion|country<TAB>key<TAB>region'");
            }

            (f[0] == "country" ? countries : subregions)[f[1]] = f[2];
        }

        using var stream = File.OpenRead(worldCountriesJson);
        using var json = JsonDocument.Parse(stream);
        var byCode = new Dictionary<string, AcledCountry>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            string code = c.GetProperty("cca2").GetString() ?? "";
            string subregion = c.TryGetProperty("subregion", out var s) ? s.GetString() ?? "" : "";
            int? iso = c.TryGetProperty("ccn3", out var n) && int.TryParse(n.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
            string? region = countries.GetValueOrDefault(code) ?? subregions.GetValueOrDefault(subregion);
            byCode[code] = new AcledCountry(code, iso, region);
        }

        return new AcledCountries(byCode);
    }

    /// <summary>Loads from a checkout: node_modules/world-countries (installed by `npm ci`) and data/acled/regions.tsv.</summary>
    public static AcledCountries FromRepository(string repoRoot) => Load(
        Path.Combine(repoRoot, "node_modules", "world-countries", "countries.json"),
        Path.Combine(repoRoot, "data", "acled", "regions.tsv"));
}
