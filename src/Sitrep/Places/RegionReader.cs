namespace Sitrep.Places;

/// <summary>
/// Reads the named regions (data/gazetteer/regions.tsv): places that are neither a country nor a first-order division
/// but are made of them, such as Darfur (five Sudanese states), Sumatra (eight provinces) or the Horn of Africa (four
/// countries). Tab-separated with a header row name, alternate_names (comma-separated), country, members, source.
/// GeoNames keeps such regions outside cities500, and without them "Darfur" found nothing and "Sinai" became Shanghai.
/// </summary>
internal static class RegionReader
{
    private static readonly string[] Columns = ["name", "alternate_names", "country", "members", "source"];

    /// <summary>
    /// Makes one entry per region, placed at the mean of its members' points. Members are looked up in
    /// <paramref name="countries"/> (by ISO code) and <paramref name="divisions"/> (by country and any name the
    /// division answers to), so the divisions must already sit at their final points.
    /// </summary>
    /// <exception cref="InvalidDataException">A malformed row or a member that is not in the index; the message names file and line.</exception>
    public static List<BuildEntry> Read(string path, int firstId, IReadOnlyList<BuildEntry> countries, IReadOnlyList<BuildEntry> divisions)
    {
        var countryPoints = countries.Where(c => c.Kind == PlaceKind.Country)
            .ToDictionary(c => c.CountryCode, c => new GeoPoint(c.Lat, c.Lon), StringComparer.OrdinalIgnoreCase);
        var divisionPoints = new Dictionary<(string Country, string Name), GeoPoint>();
        foreach (var division in divisions)
        {
            foreach (var (folded, _) in division.Names)
            {
                divisionPoints.TryAdd((division.CountryCode, folded), new GeoPoint(division.Lat, division.Lon));
            }
        }

        var entries = new List<BuildEntry>();
        int id = firstId;
        foreach (var (lineNumber, f) in CuratedTable.Rows(path, Columns))
        {
            string Where(string problem) => $"{path}:{lineNumber}: {problem}";
            if (f[4].Trim().Length == 0)
            {
                throw new InvalidDataException(Where("every row needs the source of its membership"));
            }

            var points = new List<GeoPoint>();
            foreach (string member in f[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                points.Add(MemberPoint(member, countryPoints, divisionPoints) ?? throw new InvalidDataException(Where(
                    $"member '{member}' is neither a country code in the index nor 'CC:division' naming one of that country's divisions")));
            }

            if (points.Count == 0)
            {
                throw new InvalidDataException(Where("a region needs at least one member"));
            }

            var centre = GeoPoint.Mean(points);
            var entry = new BuildEntry
            {
                Id = id--,
                Name = f[0].Trim(),
                CountryCode = f[2].Trim().ToUpperInvariant(),
                Lat = centre.Lat,
                Lon = centre.Lon,
                Kind = PlaceKind.Region,
                FeatureCode = "RGN",
                Source = "regions: " + f[4].Trim(),
            };
            entry.AddName(entry.Name, IndexedName.Exact);
            foreach (string alternate in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entry.AddName(alternate, IndexedName.Alternate);
            }

            entries.Add(entry);
        }

        return entries;
    }

    private static GeoPoint? MemberPoint(string member, Dictionary<string, GeoPoint> countries, Dictionary<(string, string), GeoPoint> divisions)
    {
        string[] parts = member.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return countries.TryGetValue(member, out var country) ? country : null;
        }

        return divisions.TryGetValue((parts[0].ToUpperInvariant(), NameFolding.Fold(parts[1])), out var division) ? division : null;
    }
}
