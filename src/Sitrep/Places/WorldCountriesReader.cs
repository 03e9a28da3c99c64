using System.Text.Json;

namespace Sitrep.Places;

/// <summary>
/// Reads world-countries' countries.json: common and official names, spellings, English demonyms, capitals. A country's
/// point is its shape's representative point where the shapes have its ISO numeric code, else world-countries' own.
/// </summary>
internal static class WorldCountriesReader
{
    public const string SourceName = "world-countries";

    // Two-letter codes in altSpellings ("MM", "CN") are not written as names in prose; these two are.
    private static readonly HashSet<string> TwoLetterNames = new(StringComparer.Ordinal) { "US", "UK" };

    public static List<BuildEntry> Read(string path, int firstId, IReadOnlyDictionary<string, GeoPoint> shapePoints, out int pointsFromShapes)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var entries = new List<BuildEntry>();
        int id = firstId;
        pointsFromShapes = 0;
        var sovereignDemonyms = json.RootElement.EnumerateArray()
            .Where(c => c.TryGetProperty("independent", out var i) && i.ValueKind == JsonValueKind.True)
            .SelectMany(Demonyms).ToHashSet(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            string cc = c.GetProperty("cca2").GetString() ?? "";
            var name = c.GetProperty("name");
            string common = name.GetProperty("common").GetString() ?? cc;
            var latlng = c.GetProperty("latlng");
            if (cc.Length != 2 || latlng.GetArrayLength() < 2)
            {
                continue;
            }

            bool shaped = c.TryGetProperty("ccn3", out var numeric) && numeric.GetString() is { } code && shapePoints.ContainsKey(code);
            var point = shaped ? shapePoints[numeric.GetString()!] : new GeoPoint(latlng[0].GetDouble(), latlng[1].GetDouble());
            var entry = new BuildEntry
            {
                Id = id--,
                Name = common,
                CountryCode = cc,
                Lat = point.Lat,
                Lon = point.Lon,
                Kind = PlaceKind.Country,
                FeatureCode = "PCLI",
                Source = SourceName,
                CapitalNames = Strings(c, "capital").ToList(),
            };
            entry.AddName(common, IndexedName.Exact);
            entry.AddName(name.GetProperty("official").GetString(), IndexedName.Exact);
            foreach (string alt in Strings(c, "altSpellings"))
            {
                if (alt.Length > 2 || TwoLetterNames.Contains(alt))
                {
                    entry.AddName(alt, IndexedName.Alternate);
                    entry.AddName(ShortForm(alt), IndexedName.Alternate);
                }
            }

            // "American", "French", "Dutch", "Indian": a territory that shares its demonym with a sovereign country
            // ("American" is also the Northern Mariana Islands' in world-countries) leaves it to that country.
            bool sovereign = c.TryGetProperty("independent", out var independent) && independent.ValueKind == JsonValueKind.True;
            foreach (string demonym in Demonyms(c).Where(d => sovereign || !sovereignDemonyms.Contains(d)))
            {
                entry.AddName(demonym, IndexedName.Demonym);
            }

            entries.Add(entry);
            pointsFromShapes += shaped ? 1 : 0;
        }

        return entries;
    }

    // The English demonyms, masculine and feminine (the same word for most countries).
    private static IEnumerable<string> Demonyms(JsonElement country) =>
        country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng)
            ? new[] { eng.GetProperty("m").GetString(), eng.GetProperty("f").GetString() }.OfType<string>().Where(d => d.Length > 0).Distinct()
            : [];

    /// <summary>
    /// The name prose uses for a formal spelling: "Republic of Turkey" → "Turkey", "Great Britain" → "Britain",
    /// "Kingdom of Saudi Arabia" → "Saudi Arabia", "Democratic Republic of Congo" → "Congo" (which Republic of the Congo
    /// also answers to: the text's other places decide); null when the spelling has no such prefix.
    /// </summary>
    internal static string? ShortForm(string spelling)
    {
        foreach (string prefix in FormalPrefixes)
        {
            if (spelling.StartsWith(prefix, StringComparison.Ordinal) && spelling.Length > prefix.Length + 2)
            {
                string rest = spelling[prefix.Length..];
                return rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
            }
        }

        return null;
    }

    private static readonly string[] FormalPrefixes =
    [
        "Democratic Republic of ", "Republic of ", "Kingdom of ", "State of ", "Commonwealth of ", "Federation of ", "Principality of ", "Sultanate of ",
        "Great ",
    ];

    private static IEnumerable<string> Strings(JsonElement obj, string property)
    {
        if (!obj.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.GetString() is { Length: > 0 } s)
            {
                yield return s;
            }
        }
    }
}
