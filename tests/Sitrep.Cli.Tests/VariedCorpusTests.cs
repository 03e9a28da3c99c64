namespace Sitrep.Cli.Tests;

using System.Text.Json;
using Sitrep.Testing;

/// <summary>The 200-report folder ingested into SQLite and into PostgreSQL, checked the same way on both.</summary>
public sealed class VariedCorpusTests : IDisposable
{
    private readonly string _corpus = VariedCorpus.Write();
    private readonly List<TestStore> _stores = [];

    private string NewStore(string provider)
    {
        var store = TestStore.Create(provider);
        _stores.Add(store);
        return store.Location;
    }

    private static CliRunner.Run Sitrep(string db, params string[] args) => CliRunner.Sitrep(null, [.. args, "--db", db]);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Two_hundred_reports_merge_into_one_event_per_incident_with_every_outlet_as_a_source(string provider)
    {
        string db = NewStore(provider);

        var first = Sitrep(db, "ingest", _corpus);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains($"read {VariedCorpus.Readable}, new {VariedCorpus.Distinct}, duplicates {VariedCorpus.DuplicateCount}, failed {VariedCorpus.Broken}", first.Stderr);
        using var doc = JsonDocument.Parse(Sitrep(db, "export", "--format", "json").Stdout);
        var events = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(VariedCorpus.Events, events.Count);
        for (int t = 0; t < VariedCorpus.Towns.Length; t++)
        {
            string town = VariedCorpus.Towns[t];
            var here = events.Where(e => Event(e).GetProperty("place").GetProperty("name").GetString() == town).ToList();
            Assert.Equal(["Air/drone strike", "Armed clash", "Peaceful protest"], here.Select(SubType).Order(StringComparer.Ordinal));
            foreach (var e in here)
            {
                var kind = SubType(e) switch
                {
                    "Armed clash" => VariedCorpus.Kind.Clash,
                    "Peaceful protest" => VariedCorpus.Kind.Protest,
                    _ => VariedCorpus.Kind.AirStrike,
                };
                int outlets = VariedCorpus.Outlets(t, kind);
                Assert.True(outlets == e.GetProperty("reports").GetArrayLength(), $"{SubType(e)} in {town}: {outlets} outlets");
                Assert.Equal(outlets - 1, e.GetProperty("merged_event_ids").GetArrayLength());
                if (kind == VariedCorpus.Kind.AirStrike)
                {
                    // The lowest toll any outlet states: seven alone, five once a second outlet reports.
                    Assert.Equal(outlets == 1 ? 7 : 5, Event(e).GetProperty("fatalities").GetInt32());
                    var sources = Event(e).GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
                    Assert.Contains("Reuters", sources);
                    Assert.Equal(outlets >= 2, sources.Contains("AP"));
                }
            }
        }

        string before = Sitrep(db, "export", "--format", "json").Stdout;
        var again = Sitrep(db, "ingest", _corpus);
        Assert.Contains($"new 0, duplicates {VariedCorpus.Readable}", again.Stderr);
        Assert.Equal(before, Sitrep(db, "export", "--format", "json").Stdout);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Kunlongs_control_timeline_follows_three_reports(string provider)
    {
        string db = NewStore(provider);
        Sitrep(db, "ingest", _corpus);

        Assert.Contains("held by MNDAA: Myanmar National Democratic Alliance Army since 2024-01-11", Sitrep(db, "control", "Kunlong", "--on", "2024-01-20").Stdout);
        var february = Sitrep(db, "control", "Kunlong", "--on", "2024-02-25").Stdout;
        Assert.Contains("held by Military Forces of Myanmar (2021-) since 2024-02-19", february);
        Assert.Contains("kunlong-feb.txt", february);
        Assert.Contains("\"recaptured\"", february);
        var latest = Sitrep(db, "control", "kunlong").Stdout;
        Assert.Contains("held by MNDAA: Myanmar National Democratic Alliance Army since 2024-03-03", latest);
        Assert.Contains("no control change known", Sitrep(db, "control", "Kunlong", "--on", "2023-12-01").Stdout);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Exports_have_their_columns_and_properties_in_order(string provider)
    {
        string db = NewStore(provider);
        Sitrep(db, "ingest", _corpus);

        string csv = Sitrep(db, "export", "--format", "acled").Stdout;
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StoreCommandTests.AcledHeader, rows[0]);
        Assert.Equal(VariedCorpus.Events + 1, rows.Length);
        var parsed = StoreCommandTests.ParseCsv(csv);
        var header = parsed[0];
        // Every event is in Myanmar: ISO 3166-1 numeric 104, ACLED's Southeast Asia.
        Assert.All(parsed.Skip(1), r => Assert.Equal(
            ("104", "Southeast Asia", "Myanmar"), (r[header.IndexOf("iso")], r[header.IndexOf("region")], r[header.IndexOf("country")])));

        using var geo = JsonDocument.Parse(Sitrep(db, "export", "--format", "geojson").Stdout);
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(VariedCorpus.Events, features.Count);
        Assert.All(features, f => Assert.Equal(
            ["event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country", "fatalities", "reports"],
            f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));

        using var json = JsonDocument.Parse(Sitrep(db, "export", "--format", "json").Stdout);
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal(
            ["id", "event_id_cnty", "merged_event_ids", "reports", "event"], e.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Sqlite_and_postgres_hold_the_same_store_after_the_same_ingest()
    {
        string sqlite = NewStore("sqlite"), postgres = NewStore("postgres");
        Sitrep(sqlite, "ingest", _corpus);
        Sitrep(postgres, "ingest", _corpus);

        Assert.Equal(Sitrep(sqlite, "export", "--format", "json").Stdout, Sitrep(postgres, "export", "--format", "json").Stdout);
        Assert.Equal(Sitrep(sqlite, "export", "--format", "acled").Stdout, Sitrep(postgres, "export", "--format", "acled").Stdout);
    }

    private static JsonElement Event(JsonElement stored) => stored.GetProperty("event");

    private static string SubType(JsonElement stored) => Event(stored).GetProperty("sub_event_type").GetString()!;

    public void Dispose()
    {
        foreach (var s in _stores)
        {
            s.Dispose();
        }

        Directory.Delete(_corpus, recursive: true);
    }
}
