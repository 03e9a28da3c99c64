namespace Sitrep.Cli.Tests;

using System.Text.Json;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _corpus = StoreCorpus.Write();
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sitrep-cli-{Guid.NewGuid():N}.db");
    private readonly List<string> _cleanup = [];

    internal const string AcledHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2," +
        "assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude," +
        "geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private CliRunner.Run Sitrep(params string[] args) => CliRunner.Sitrep(null, [.. args, "--db", _db]);

    [Fact]
    public void Ingesting_a_varied_folder_merges_outlets_skips_broken_files_and_is_idempotent()
    {
        var first = Sitrep("ingest", _corpus);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains($"read {StoreCorpus.Readable}, new 11, duplicates {StoreCorpus.Duplicates}, failed 3", first.Stderr);
        Assert.Contains("scan.txt: this is binary data", first.Stderr);
        Assert.Contains("empty.txt: the file is empty", first.Stderr);
        Assert.Contains("wire.jsonl:3: not valid JSON", first.Stderr);

        string before = Sitrep("export", "--format", "json").Stdout;
        using var doc = JsonDocument.Parse(before);
        var events = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, events.Count); // the strike, Kunlong three times, the protest
        var strike = events.Single(e => e.GetProperty("event").GetProperty("sub_event_type").GetString() == "Air/drone strike");
        // Reuters, AP, the feed item, the web page and a JSON line; the lowest stated toll of 5, 6, 7, 8 and 5.
        Assert.Equal(5, strike.GetProperty("reports").GetArrayLength());
        Assert.Equal(5, strike.GetProperty("event").GetProperty("fatalities").GetInt32());
        var sources = strike.GetProperty("event").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Reuters", sources);
        Assert.Contains("AP", sources);
        var january = events.Where(e => e.GetProperty("event").GetProperty("place").GetProperty("name").GetString() == "Kunlong")
            .Select(e => e.GetProperty("reports").GetArrayLength()).ToList();
        Assert.Equal([3, 1, 1], january);

        var again = Sitrep("ingest", _corpus);
        Assert.Contains($"new 0, duplicates {StoreCorpus.Readable}", again.Stderr);
        Assert.Equal(before, Sitrep("export", "--format", "json").Stdout);
    }

    [Fact]
    public void The_control_timeline_follows_a_town_across_three_reports()
    {
        Sitrep("ingest", _corpus);

        Assert.Contains("held by MNDAA: Myanmar National Democratic Alliance Army since 2024-01-11", Sitrep("control", "Kunlong", "--on", "2024-01-20").Stdout);
        var february = Sitrep("control", "Kunlong", "--on", "2024-02-25").Stdout;
        Assert.Contains("held by Military Forces of Myanmar (2021-) since 2024-02-19", february);
        Assert.Contains("kunlong-feb.txt", february);
        Assert.Contains("\"recaptured\"", february);
        Assert.Contains("since 2024-03-03", Sitrep("control", "Kunlong").Stdout);
        Assert.Contains("no control change known", Sitrep("control", "Kunlong", "--on", "2023-12-01").Stdout);
    }

    [Fact]
    public void Acled_export_has_acleds_header_and_rows_that_parse_back()
    {
        Sitrep("ingest", _corpus);
        string file = _db + ".csv";
        _cleanup.Add(file);
        Assert.Equal(0, Sitrep("export", "--format", "acled", "--out", file).ExitCode);

        string csv = File.ReadAllText(file);
        var rows = ParseCsv(csv);
        Assert.Equal(AcledHeader, csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(31, r.Count));
        var header = rows[0];
        var strike = rows.Skip(1).Single(r => r[header.IndexOf("sub_event_type")] == "Air/drone strike");
        Assert.Equal("2024-01-09", strike[header.IndexOf("event_date")]);
        Assert.Equal("Hsenwi", strike[header.IndexOf("location")]);
        Assert.Equal("Myanmar", strike[header.IndexOf("country")]);
        Assert.Equal("5", strike[header.IndexOf("fatalities")]);
        Assert.Equal("17", strike[header.IndexOf("interaction")]);
        Assert.Contains(";", strike[header.IndexOf("source")]);
    }

    [Fact]
    public void Geojson_has_points_in_longitude_latitude_order_and_events_filter()
    {
        Sitrep("ingest", _corpus);
        using var doc = JsonDocument.Parse(Sitrep("export", "--format", "geojson").Stdout);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(5, features.Count);
        foreach (var f in features)
        {
            var xy = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            // Myanmar's Shan state: longitude 96-100 E, latitude 19-25 N.
            Assert.InRange(xy[0], 96, 100);
            Assert.InRange(xy[1], 19, 25);
        }

        var table = Sitrep("events", "--place", "Kunlong", "--from", "2024-02-01").Stdout;
        Assert.Contains("2 event(s)", table);
        Assert.Contains("1 event(s)", Sitrep("events", "--type", "Protests").Stdout);
        Assert.Contains("5 event(s)", Sitrep("events", "--country", "MM", "--actor", "myanmar").Stdout);
    }

    [Fact]
    public void Split_undoes_a_merge_and_the_event_stands_alone()
    {
        Sitrep("ingest", _corpus);
        using var doc = JsonDocument.Parse(Sitrep("events", "--format", "json", "--type", "Air/drone strike").Stdout);
        long merged = doc.RootElement[0].GetProperty("merged_event_ids")[0].GetInt64();

        var split = Sitrep("events", "split", merged.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, split.ExitCode);
        Assert.Contains("2 event(s)", Sitrep("events", "--type", "Air/drone strike").Stdout);
        Assert.Equal(1, Sitrep("events", "split", merged.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else { field.Append(c); }
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (string path in _cleanup.Append(_corpus))
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }

        foreach (string f in new[] { _db }.SelectMany(d => new[] { d, d + "-wal", d + "-shm" }).Append(_db + ".csv"))
        {
            File.Delete(f);
        }
    }
}
