using System.Globalization;
using System.Text.Json;

namespace Sitrep.Places;

/// <summary>
/// Reads country-state-city's state.json (admin1 entries) and city.json, and names GeoNames admin1 codes.
/// GeoNames numbers a country's divisions with its own codes (Shan is MM "11"), while country-state-city uses ISO
/// codes (Shan State is "17"); the two are joined through the cities both sources list.
/// </summary>
internal static class CountryStateCityReader
{
    public const string SourceName = "country-state-city";

    // A GeoNames row and a country-state-city city with the same folded name and country this close are one place.
    private const double JoinRadiusKm = 30;

    internal sealed record State(string CountryCode, string IsoCode, string Name, string ShortName, double? Lat, double? Lon);

    public static List<State> ReadStates(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var states = new List<State>();
        foreach (var s in json.RootElement.EnumerateArray())
        {
            string name = s.GetProperty("name").GetString() ?? "";
            string cc = s.GetProperty("countryCode").GetString() ?? "";
            string iso = s.GetProperty("isoCode").GetString() ?? "";
            if (name.Length == 0 || cc.Length != 2)
            {
                continue;
            }

            states.Add(new State(cc, iso, name, Admin1Names.ShortName(name), Coordinate(s, "latitude"), Coordinate(s, "longitude")));
        }

        return states;
    }

    public static List<BuildEntry> ToEntries(IEnumerable<State> states, int firstId)
    {
        var entries = new List<BuildEntry>();
        int id = firstId;
        foreach (var s in states)
        {
            if (s.Lat is not { } lat || s.Lon is not { } lon)
            {
                continue;
            }

            var entry = new BuildEntry
            {
                Id = id--,
                Name = s.ShortName,
                CountryCode = s.CountryCode,
                Admin1 = s.ShortName,
                Lat = lat,
                Lon = lon,
                Kind = PlaceKind.Admin1,
                FeatureCode = "ADM1",
                Source = SourceName,
            };
            bool first = true;
            foreach (string key in Admin1Names.Keys(s.Name))
            {
                entry.AddName(key, first ? IndexedName.Exact : IndexedName.Alternate);
                first = false;
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>
    /// Names each (country, GeoNames admin1 code) of <paramref name="places"/>: every GeoNames place votes for the state
    /// of the country-state-city city with its country and folded name within 30 km, and the majority wins. A code
    /// with no joined city takes the majority of its places' nearest state centres.
    /// </summary>
    public static (Dictionary<(string Country, string Code), string> Names, Admin1MappingInfo Info) MapGeoNamesCodes(
        IReadOnlyList<BuildEntry> places, string cityPath, IReadOnlyList<State> states)
    {
        var cities = ReadCities(cityPath);
        var stateByCode = states.GroupBy(s => (s.CountryCode, s.IsoCode)).ToDictionary(g => g.Key, g => g.First());
        var statesByCountry = states.Where(s => s.Lat is not null && s.Lon is not null).ToLookup(s => s.CountryCode);
        var joinVotes = new Dictionary<(string, string), Dictionary<string, int>>();
        var nearestVotes = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var place in places)
        {
            if (place.GeoNamesAdmin1Code is not { } code)
            {
                continue;
            }

            var key = (place.CountryCode, code);
            var here = new GeoPoint(place.Lat, place.Lon);
            if (cities.TryGetValue(place.CountryCode + "|" + NameFolding.Fold(place.Name), out var matches))
            {
                var near = matches.Where(m => here.DistanceKm(m.Point) <= JoinRadiusKm).OrderBy(m => here.DistanceKm(m.Point)).FirstOrDefault();
                if (near.StateCode is not null)
                {
                    Vote(joinVotes, key, near.StateCode);
                    continue;
                }
            }

            var nearest = statesByCountry[place.CountryCode].MinBy(s => here.DistanceKm(new GeoPoint(s.Lat!.Value, s.Lon!.Value)));
            if (nearest is not null)
            {
                Vote(nearestVotes, key, nearest.IsoCode);
            }
        }

        var names = new Dictionary<(string, string), string>();
        int byJoin = 0, byNearest = 0;
        foreach (var key in joinVotes.Keys.Union(nearestVotes.Keys))
        {
            bool joined = joinVotes.TryGetValue(key, out var votes);
            var chosen = (joined ? votes! : nearestVotes[key]).MaxBy(v => v.Value).Key;
            if (stateByCode.TryGetValue((key.Item1, chosen), out var state))
            {
                names[key] = state.ShortName;
                if (joined) byJoin++;
                else byNearest++;
            }
        }

        return (names, new Admin1MappingInfo(joinVotes.Keys.Union(nearestVotes.Keys).Count(), byJoin, byNearest));
    }

    private static void Vote(Dictionary<(string, string), Dictionary<string, int>> votes, (string, string) key, string state)
    {
        if (!votes.TryGetValue(key, out var tally))
        {
            votes[key] = tally = new Dictionary<string, int>();
        }

        tally[state] = tally.GetValueOrDefault(state) + 1;
    }

    private static Dictionary<string, List<(string StateCode, GeoPoint Point)>> ReadCities(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var cities = new Dictionary<string, List<(string, GeoPoint)>>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            // [name, countryCode, stateCode, latitude, longitude]
            if (c.ValueKind != JsonValueKind.Array || c.GetArrayLength() < 5)
            {
                continue;
            }

            string? name = c[0].GetString();
            string? cc = c[1].GetString();
            string? state = c[2].GetString();
            if (name is null || cc is null || state is null || ParseCoordinate(c[3]) is not { } lat || ParseCoordinate(c[4]) is not { } lon)
            {
                continue;
            }

            string key = cc + "|" + NameFolding.Fold(name);
            if (!cities.TryGetValue(key, out var list))
            {
                cities[key] = list = [];
            }

            list.Add((state, new GeoPoint(lat, lon)));
        }

        return cities;
    }

    private static double? Coordinate(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var value) ? ParseCoordinate(value) : null;

    private static double? ParseCoordinate(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
        _ => null,
    };
}
