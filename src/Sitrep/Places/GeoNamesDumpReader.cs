using System.Diagnostics;
using System.IO.Compression;

namespace Sitrep.Places;

/// <summary>Full GeoNames dumps as a user downloads them from download.geonames.org/export/dump/.</summary>
/// <param name="Places">Zip files each holding a same-named .txt in the GeoNames format (allCountries.zip, MM.zip).</param>
/// <param name="AlternateNames">alternateNamesV2.zip (or alternateNames.zip), or null.</param>
public sealed record GeoNamesDumps(IReadOnlyList<string> Places, string? AlternateNames);

/// <summary>How far an import has streamed: rows read, the rate, and the time left judged by bytes read.</summary>
public readonly record struct GeoNamesImportProgress(string File, long Rows, double RowsPerSecond, TimeSpan? Remaining);

/// <summary>What a dump adds: its sources, and GeoNames' own points for countries and (country, admin1 code) divisions.</summary>
internal sealed record DumpResult(
    IReadOnlyList<GazetteerSourceInfo> Sources,
    Dictionary<string, GeoPoint> CountryPoints,
    Dictionary<(string Country, string Code), GeoPoint> Admin1Points);

/// <summary>
/// Streams GeoNames dump zips without unpacking them to disk: the populated places (feature class P) and the
/// administrative divisions below the first order (class A, except countries and ADM1, which come from
/// world-countries and country-state-city), then the Latin-script alternate names of the places kept.
/// </summary>
internal static class GeoNamesDumpReader
{
    public const string SourceName = "geonames:dump";

    // Alternate-name rows tagged with these pseudo-languages are codes and links, not names written in prose.
    private static readonly HashSet<string> CodeLanguages = new(StringComparer.Ordinal)
    {
        "link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793", "phon", "piny",
    };

    public static DumpResult AddTo(List<BuildEntry> places, GeoNamesDumps dumps, IProgress<GeoNamesImportProgress>? progress)
    {
        var info = new List<GazetteerSourceInfo>();
        var countryPoints = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var admin1Points = new Dictionary<(string Country, string Code), GeoPoint>();
        var byId = new Dictionary<int, int>(places.Count);
        for (int i = 0; i < places.Count; i++)
        {
            byId[places[i].Id] = i;
        }

        foreach (string zip in dumps.Places)
        {
            int kept = 0;
            ReadZip(zip, progress, (reader, path) => GeoNamesReader.Read(reader, path, SourceName, row => Keep(row) || IsArea(row), entry =>
            {
                if (IsArea(("A", entry.FeatureCode)))
                {
                    // The curated country and division keep their names; only GeoNames' point for them is taken.
                    if (entry.FeatureCode == "ADM1")
                    {
                        admin1Points.TryAdd((entry.CountryCode, entry.GeoNamesAdmin1Code ?? ""), new GeoPoint(entry.Lat, entry.Lon));
                    }
                    else if (entry.FeatureCode == "PCLI" || !countryPoints.ContainsKey(entry.CountryCode))
                    {
                        countryPoints[entry.CountryCode] = new GeoPoint(entry.Lat, entry.Lon);
                    }

                    return;
                }

                kept++;
                // A dump row replaces the cities500 row of the same place: the dump is the fuller, newer copy.
                if (byId.TryGetValue(entry.Id, out int existing))
                {
                    places[existing] = entry;
                }
                else
                {
                    byId[entry.Id] = places.Count;
                    places.Add(entry);
                }
            }));
            info.Add(new GazetteerSourceInfo(SourceName, zip, kept));
        }

        if (dumps.AlternateNames is { } alternates)
        {
            int added = 0;
            ReadZip(alternates, progress, (reader, path) => ReadAlternateNames(reader, line =>
            {
                if (byId.TryGetValue(line.GeoNameId, out int index))
                {
                    places[index].AddName(line.Name, IndexedName.Alternate);
                    added++;
                }
            }));
            info.Add(new GazetteerSourceInfo("geonames:alternateNames", alternates, added));
        }

        return new DumpResult(info, countryPoints, admin1Points);
    }

    // Countries and first-order divisions, whose GeoNames points replace the curated sources' rounder ones.
    private static bool IsArea((string FeatureClass, string FeatureCode) row) =>
        row.FeatureClass == "A" && (row.FeatureCode == "ADM1" || (row.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) && row.FeatureCode != "PCLH"));

    // Populated places and divisions below the first order; countries and ADM1 come from the curated sources.
    internal static bool Keep((string FeatureClass, string FeatureCode) row) =>
        row.FeatureClass == "P" || (row.FeatureClass == "A" && row.FeatureCode is not ("ADM1" or "ADM1H") && !row.FeatureCode.StartsWith("PCL", StringComparison.Ordinal));

    private static long ReadAlternateNames(TextReader reader, Action<(int GeoNameId, string Name)> add)
    {
        long rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows++;
            // alternateNameId, geonameid, isolanguage, alternate name, isPreferredName, isShortName, isColloquial, isHistoric, from, to
            string[] f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], out int id) || CodeLanguages.Contains(f[2])
                || (f.Length > 6 && f[6] == "1") || !GeoNamesReader.IsUsefulAlternate(f[3]))
            {
                continue;
            }

            add((id, f[3]));
        }

        return rows;
    }

    // Opens the .txt inside a dump zip named like the zip (MM.zip holds MM.txt; alternateNamesV2.zip holds alternateNamesV2.txt).
    private static void ReadZip(string zipPath, IProgress<GeoNamesImportProgress>? progress, Func<TextReader, string, long> read)
    {
        if (!File.Exists(zipPath))
        {
            throw new FileNotFoundException($"GeoNames dump '{zipPath}' does not exist.", zipPath);
        }

        using var archive = OpenZip(zipPath);
        string expected = Path.GetFileNameWithoutExtension(zipPath) + ".txt";
        var entry = archive.Entries.FirstOrDefault(e => string.Equals(e.FullName, expected, StringComparison.OrdinalIgnoreCase))
                    ?? throw new InvalidDataException($"{zipPath}: holds no '{expected}' (a GeoNames dump zip holds a .txt of its own name)");
        using var counting = new CountingStream(entry.Open());
        using var reader = new StreamReader(counting);
        var clock = Stopwatch.StartNew();
        var reporter = progress is null ? null : new Timer(_ => Report(progress, zipPath, counting, entry.Length, clock), null, 1000, 1000);
        try
        {
            long rows = read(reader, $"{zipPath}!{entry.FullName}");
            counting.Rows = rows;
        }
        finally
        {
            reporter?.Dispose();
        }

        Report(progress, zipPath, counting, entry.Length, clock);
    }

    private static ZipArchive OpenZip(string zipPath)
    {
        try
        {
            return ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{zipPath}: not a zip file ({e.Message})", e);
        }
    }

    private static void Report(IProgress<GeoNamesImportProgress>? progress, string file, CountingStream counting, long totalBytes, Stopwatch clock)
    {
        if (progress is null)
        {
            return;
        }

        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        long bytes = counting.BytesRead;
        long rows = counting.Rows > 0 ? counting.Rows : counting.Lines;
        TimeSpan? remaining = bytes > 0 && totalBytes > 0 ? TimeSpan.FromSeconds(seconds * Math.Max(0, totalBytes - bytes) / bytes) : null;
        progress.Report(new GeoNamesImportProgress(file, rows, rows / seconds, remaining));
    }

    // Counts the bytes and lines read from a zip entry, so the progress line can give a rate and an ETA.
    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _bytes;
        private long _lines;

        public long BytesRead => Interlocked.Read(ref _bytes);

        public long Lines => Interlocked.Read(ref _lines);

        public long Rows { get; set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            Interlocked.Add(ref _bytes, n);
            Interlocked.Add(ref _lines, buffer[..n].Count((byte)'\n'));
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
