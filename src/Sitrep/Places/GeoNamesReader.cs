using System.Globalization;

namespace Sitrep.Places;

/// <summary>
/// Reads GeoNames cities500.txt (tab-separated: id, name, asciiname, alternatenames, lat, lon, feature class,
/// feature code, country, cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone, modified).
/// </summary>
internal static class GeoNamesReader
{
    public const string SourceName = "geonames:cities500";

    public static List<BuildEntry> Read(string path)
    {
        var entries = new List<BuildEntry>(200_000);
        using var reader = File.OpenText(path);
        Read(reader, path, SourceName, _ => true, entries.Add);
        return entries;
    }

    /// <summary>
    /// Streams GeoNames rows from <paramref name="reader"/>, handing each row <paramref name="keep"/> accepts (given its
    /// feature class and code) to <paramref name="add"/>; returns the number of rows read, kept or not.
    /// </summary>
    public static long Read(TextReader reader, string path, string sourceName, Func<(string FeatureClass, string FeatureCode), bool> keep, Action<BuildEntry> add)
    {
        long rows = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows++;
            string[] f = line.Split('\t');
            if (f.Length < 15 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out int id)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon))
            {
                throw new InvalidDataException($"{path}: not a GeoNames row: '{Truncate(line)}'");
            }

            if (!keep((f[6], f[7])))
            {
                continue;
            }

            long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population);
            var entry = new BuildEntry
            {
                Id = id,
                Name = f[1],
                CountryCode = f[8],
                Lat = lat,
                Lon = lon,
                Kind = f[6] == "A" ? PlaceKind.Region : PlaceKind.Town, // dumps hold divisions (class A) too
                FeatureCode = f[7],
                Population = population,
                Source = sourceName,
                GeoNamesAdmin1Code = f[10] is "" or "00" ? null : f[10],
                GeoNamesAdmin2Code = f[11] is "" ? null : f[11],
            };
            entry.AddName(f[1], IndexedName.Exact);
            entry.AddName(f[2], IndexedName.Exact);
            foreach (string alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (IsUsefulAlternate(alternate))
                {
                    entry.AddName(alternate, IndexedName.Alternate);
                }
            }

            add(entry);
        }

        return rows;
    }

    // GeoNames alternate names mix scripts, airport codes (LSH), postcodes and links; only Latin-script words name a place in English copy.
    internal static bool IsUsefulAlternate(string alternate)
    {
        // Two-letter alternates ("St" for Sète, "Lu") are abbreviations and codes, not names written in prose.
        if (alternate.Length < 3 || alternate.Length > 60 || alternate.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool allUpper = true;
        foreach (char c in alternate)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLower(c))
            {
                allUpper = false;
            }
        }

        return !(allUpper && alternate.Length <= 4) && NameFolding.IsLatinScript(alternate);
    }

    private static string Truncate(string line) => line.Length > 80 ? line[..80] + "…" : line;
}
