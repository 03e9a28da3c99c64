using System.Globalization;

namespace Sitrep.Places;

/// <summary>
/// Reads the curated supplement (data/gazetteer/supplement.tsv): tab-separated with a header row
/// name, alternate_names (comma-separated), country, admin1, lat, lon, kind, feature_code, population, source.
/// </summary>
internal static class SupplementReader
{
    private static readonly string[] Columns = ["name", "alternate_names", "country", "admin1", "lat", "lon", "kind", "feature_code", "population", "source"];

    public static List<BuildEntry> Read(string path, int firstId)
    {
        var entries = new List<BuildEntry>();
        int id = firstId;
        foreach (var (lineNumber, fields) in CuratedTable.Rows(path, Columns))
        {
            entries.Add(Parse(fields, path, lineNumber, id--));
        }

        return entries;
    }

    private static BuildEntry Parse(string[] f, string path, int lineNumber, int id)
    {
        string Where(string problem) => $"{path}:{lineNumber}: {problem}";

        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || lon is < -180 or > 180)
        {
            throw new InvalidDataException(Where($"bad coordinates '{f[4]}', '{f[5]}'"));
        }

        if (!Enum.TryParse(f[6].Trim(), ignoreCase: true, out PlaceKind kind))
        {
            throw new InvalidDataException(Where($"unknown kind '{f[6]}' (Country, Admin1, Region or Town)"));
        }

        if (f[9].Trim().Length == 0)
        {
            throw new InvalidDataException(Where("every row needs its public source"));
        }

        long.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population);
        var entry = new BuildEntry
        {
            Id = id,
            Name = f[0].Trim(),
            CountryCode = f[2].Trim().ToUpperInvariant(),
            Admin1 = f[3].Trim() is { Length: > 0 } admin1 ? admin1 : null,
            Lat = lat,
            Lon = lon,
            Kind = kind,
            FeatureCode = f[7].Trim(),
            Population = population,
            Source = "supplement: " + f[9].Trim(),
        };
        entry.AddName(entry.Name, IndexedName.Exact);
        foreach (string alternate in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            entry.AddName(alternate, IndexedName.Alternate);
        }

        return entry;
    }
}
