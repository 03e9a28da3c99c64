using System.Diagnostics;

namespace Sitrep.Places;

/// <summary>
/// Compiles the gazetteer index from GeoNames cities500, world-countries, country-state-city and the curated
/// supplement. Entries are stored countries first, then admin1 divisions, supplement rows, GeoNames places and the
/// named regions made of countries and divisions.
/// </summary>
public static class GazetteerBuilder
{
    // Ids of entries that are not GeoNames rows are negative, one range per source.
    private const int FirstSupplementId = -1;
    private const int FirstCountryId = -100_000;
    private const int FirstAdmin1Id = -200_000;
    private const int FirstAdminSeatId = -300_000;
    private const int FirstAdmin2Id = -400_000;
    private const int FirstRegionId = -500_000;

    /// <summary>A division's listed point farther than this from every town filed under it is taken to be wrong.</summary>
    private const double StrayAdmin1Km = 300;

    /// <summary>Builds the index at <paramref name="outputPath"/> and reports what went into it.</summary>
    /// <exception cref="FileNotFoundException">An input is missing (node_modules not installed: run `npm ci`).</exception>
    /// <exception cref="InvalidDataException">An input is malformed; the message names the file and line.</exception>
    public static GazetteerBuildSummary Build(GazetteerSources sources, string outputPath) => Build(sources, outputPath, null);

    /// <summary>
    /// Builds the index with, besides cities500, every populated place and administrative division of full GeoNames
    /// dumps (allCountries.zip or country files such as MM.zip) and their alternate names (alternateNamesV2.zip).
    /// </summary>
    /// <param name="progress">Told of each GeoNames row streamed, for a progress line; may be null.</param>
    public static GazetteerBuildSummary Import(GazetteerSources sources, GeoNamesDumps dumps, string outputPath, IProgress<GeoNamesImportProgress>? progress = null)
    {
        // A mistyped dump path is reported at once, not after the other inputs have been read.
        foreach (string dump in dumps.Places.Append(dumps.AlternateNames).OfType<string>())
        {
            if (!File.Exists(dump))
            {
                throw new FileNotFoundException($"GeoNames dump '{dump}' does not exist.", dump);
            }
        }

        return Build(sources, outputPath, places => GeoNamesDumpReader.AddTo(places, dumps, progress));
    }

    private static GazetteerBuildSummary Build(GazetteerSources sources, string outputPath, Func<List<BuildEntry>, DumpResult>? addDumps)
    {
        var clock = Stopwatch.StartNew();
        foreach (string input in sources.Required())
        {
            if (!File.Exists(input))
            {
                throw new FileNotFoundException($"Gazetteer source '{input}' is missing; run `npm ci` in the repository first.", input);
            }
        }

        var shapes = sources.CountryShapes is { } shapesPath ? CountryShapesReader.Read(shapesPath) : [];
        var countries = WorldCountriesReader.Read(sources.Countries, FirstCountryId, shapes, out int shapedCountries);
        var states = CountryStateCityReader.ReadStates(sources.States);
        var admin1 = CountryStateCityReader.ToEntries(states, FirstAdmin1Id);
        var supplement = sources.Supplement is { } s && File.Exists(s) ? SupplementReader.Read(s, FirstSupplementId) : [];
        var places = GeoNamesReader.Read(sources.GeoNamesCities);
        var dump = addDumps?.Invoke(places);
        var seats = sources.AdminSeats is { } seatsPath ? AdminSeatsReader.ReadNew(seatsPath, [.. places, .. supplement], FirstAdminSeatId) : [];
        places.AddRange(seats);
        AddBurmeseTownStems(places);
        var admin2 = sources.Admin2 is { } admin2Path ? Admin2Reader.Read(admin2Path, places, FirstAdmin2Id) : [];
        places.AddRange(admin2);
        var (admin1Names, mapping) = CountryStateCityReader.MapGeoNamesCodes(places, sources.StateCities, states);
        foreach (var place in places)
        {
            if (place.GeoNamesAdmin1Code is { } code && admin1Names.TryGetValue((place.CountryCode, code), out string? name))
            {
                place.Admin1 = name;
            }
        }

        int movedAdmin1 = MoveStrayAdmin1Points(admin1, places);
        var entries = new List<BuildEntry>(countries.Count + admin1.Count + supplement.Count + places.Count);
        entries.AddRange(countries);
        entries.AddRange(admin1);
        entries.AddRange(supplement);
        entries.AddRange(places);
        LinkCapitals(entries);
        if (dump is not null)
        {
            UseGeoNamesPoints(entries, dump, admin1Names);
        }

        // Last, so a region sits at the mean of its members' final points (GeoNames' own where a dump moved them),
        // and appended, so the capital links made above still point at the right entries.
        var regions = sources.Regions is { } regionsPath && File.Exists(regionsPath)
            ? RegionReader.Read(regionsPath, FirstRegionId, countries, admin1) : [];
        entries.AddRange(regions);

        var writer = new GazetteerIndexWriter(entries);
        var sourceInfo = new List<GazetteerSourceInfo>
        {
            new(GeoNamesReader.SourceName, sources.GeoNamesCities, places.Count - seats.Count - admin2.Count),
            new(WorldCountriesReader.SourceName, sources.Countries, countries.Count),
            new(CountryStateCityReader.SourceName + " states", sources.States, admin1.Count),
            new(CountryStateCityReader.SourceName + " states placed at their towns instead", sources.States, movedAdmin1),
            new(CountryStateCityReader.SourceName + " cities (admin1 names)", sources.StateCities, mapping.ByCityJoin),
        };
        if (sources.AdminSeats is { } seatsFile)
        {
            sourceInfo.Add(new(AdminSeatsReader.SourceName + " places cities500 lacks", seatsFile, seats.Count));
        }

        if (sources.Admin2 is { } admin2File)
        {
            sourceInfo.Add(new(Admin2Reader.SourceName + " counties and districts", admin2File, admin2.Count));
        }

        if (sources.CountryShapes is { } shapesFile)
        {
            sourceInfo.Add(new(CountryShapesReader.SourceName + " country points", shapesFile, shapedCountries));
        }

        sourceInfo.AddRange(dump?.Sources ?? []);
        if (sources.Supplement is not null && supplement.Count > 0)
        {
            sourceInfo.Add(new("supplement", sources.Supplement, supplement.Count));
        }

        if (sources.Regions is not null && regions.Count > 0)
        {
            sourceInfo.Add(new("named regions", sources.Regions, regions.Count));
        }

        var info = new GazetteerInfo(DateTimeOffset.UtcNow, GazetteerFormat.Version, sourceInfo, entries.Count,
            writer.NameKeyCount, writer.VariantKeyCount, mapping, 0);
        long bytes = writer.Write(outputPath, info);
        return new GazetteerBuildSummary(outputPath, info with { FileBytes = bytes }, clock.Elapsed);
    }

    /// <summary>
    /// country-state-city gives some divisions a point far outside them (Sudan's Blue Nile state in Seattle, Israel's
    /// Northern District 10,800 km off, South Holland 6,600 km off). A division whose point lies farther than
    /// <see cref="StrayAdmin1Km"/> from every town GeoNames places in it is moved to the median position of those
    /// towns. Returns how many were moved.
    /// </summary>
    internal static int MoveStrayAdmin1Points(IReadOnlyList<BuildEntry> admin1, IReadOnlyList<BuildEntry> places)
    {
        var towns = places.Where(p => p.Kind == PlaceKind.Town && p.Admin1 is not null)
            .GroupBy(p => (p.CountryCode, p.Admin1!))
            .ToDictionary(g => g.Key, g => g.Select(p => new GeoPoint(p.Lat, p.Lon)).ToList());
        int moved = 0;
        foreach (var division in admin1)
        {
            if (division.Admin1 is not { } name || !towns.TryGetValue((division.CountryCode, name), out var points))
            {
                continue;
            }

            var point = new GeoPoint(division.Lat, division.Lon);
            double nearest = points.Min(point.DistanceKm);
            if (nearest > StrayAdmin1Km)
            {
                // The median, not the mean: a town GeoNames files under the wrong division must not drag the point.
                division.Lat = Median(points.Select(p => p.Lat));
                division.Lon = Median(points.Select(p => p.Lon));
                moved++;
            }
        }

        return moved;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Burmese town names often end in -myo, "town", which the news leaves off: Kalemyo is reported as Kale, Thayetmyo
    /// as Thayet. The stem becomes an alternate name of a Myanmar place so named; stems shorter than four letters
    /// (Maymyo's "may") are too common a word to add.
    /// </summary>
    internal static void AddBurmeseTownStems(IEnumerable<BuildEntry> places)
    {
        const string TownSuffix = "myo";
        foreach (var place in places)
        {
            if (place.CountryCode != "MM")
            {
                continue;
            }

            var stems = place.Names
                .Where(n => n.How != IndexedName.Demonym && n.Folded.EndsWith(TownSuffix, StringComparison.Ordinal)
                    && !n.Folded.Contains(' ') && n.Folded.Length - TownSuffix.Length >= 4)
                .Select(n => n.Folded[..^TownSuffix.Length])
                .ToList();
            foreach (string stem in stems)
            {
                place.AddName(stem, IndexedName.Alternate);
            }
        }
    }

    /// <summary>
    /// Moves countries and divisions to the points GeoNames gives them, where a dump holds them: world-countries rounds
    /// to whole degrees (the United States at 38, −97, GeoNames at 39.76, −98.5), and evaluations score against GeoNames.
    /// </summary>
    private static void UseGeoNamesPoints(List<BuildEntry> entries, DumpResult dump, Dictionary<(string Country, string Code), string> admin1Names)
    {
        var admin1ByName = new Dictionary<(string Country, string Name), GeoPoint>();
        foreach (var ((country, code), point) in dump.Admin1Points)
        {
            if (admin1Names.TryGetValue((country, code), out string? name))
            {
                admin1ByName.TryAdd((country, name), point);
            }
        }

        foreach (var e in entries)
        {
            var point = e.Kind switch
            {
                PlaceKind.Country => dump.CountryPoints.TryGetValue(e.CountryCode, out var p) ? p : (GeoPoint?)null,
                PlaceKind.Admin1 when e.Admin1 is { } name => admin1ByName.TryGetValue((e.CountryCode, name), out var p) ? p : null,
                _ => null,
            };
            if (point is { } found)
            {
                e.Lat = found.Lat;
                e.Lon = found.Lon;
            }
        }
    }

    /// <summary>
    /// Links each country to its capital: the populated place of that country named as world-countries names the
    /// capital (the most populous one if several), else the country's PPLC row.
    /// </summary>
    private static void LinkCapitals(List<BuildEntry> entries)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var seats = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Kind != PlaceKind.Town)
            {
                continue;
            }

            string key = e.CountryCode + "|" + NameFolding.Fold(e.Name);
            if (!byName.TryGetValue(key, out int existing) || entries[existing].Population < e.Population)
            {
                byName[key] = i;
            }

            if (e.FeatureCode == "PPLC" && (!seats.TryGetValue(e.CountryCode, out int seat) || entries[seat].Population < e.Population))
            {
                seats[e.CountryCode] = i;
            }
        }

        foreach (var country in entries.Where(e => e.Kind == PlaceKind.Country))
        {
            int capital = -1;
            foreach (string name in country.CapitalNames)
            {
                if (byName.TryGetValue(country.CountryCode + "|" + NameFolding.Fold(name), out int found))
                {
                    capital = found;
                    break;
                }
            }

            if (capital < 0 && !seats.TryGetValue(country.CountryCode, out capital))
            {
                continue;
            }

            country.Capital = capital;
            entries[capital].IsNationalCapital = true;
        }
    }
}
