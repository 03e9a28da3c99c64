namespace Sitrep.Cli.Tests;

/// <summary>`sitrep eval geoparse` and `sitrep gazetteer import` as a user meets them, on small files the test writes.</summary>
public sealed class GeoparseAndImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-geo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Eval_geoparse_prints_a_table_with_both_halves_and_the_whole()
    {
        string path = Path.Combine(_dir, "tiny.xml");
        File.WriteAllText(path, """
            <articles>
              <article docid="1"><text>Fighting was reported in Aleppo, Syria.</text>
                <toponyms><toponym><phrase>Aleppo</phrase><start>24</start><end>30</end>
                  <gaztag geonameid="170063"><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym></toponyms></article>
              <article docid="2"><text>Talks opened in Geneva on Monday.</text>
                <toponyms><toponym><phrase>Geneva</phrase><start>16</start><end>22</end>
                  <gaztag geonameid="2660646"><lat>46.20222</lat><lon>6.14569</lon></gaztag></toponym></toponyms></article>
            </articles>
            """);
        var run = CliRunner.Sitrep(null, "eval", "geoparse", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("tiny", run.Stdout);
        Assert.Contains("Tuning", run.Stdout);
        Assert.Contains("HeldOut", run.Stdout);
        Assert.Matches(@"tiny\s+all\s+2\s+2\s+3", run.Stdout); // two gold toponyms; Aleppo, Syria and Geneva found
    }

    [Fact]
    public void Eval_geoparse_country_ceiling_counts_mentions_no_single_point_reaches()
    {
        // Canada twice at GeoNames' point and once at Wikipedia's, 1,000 km away: one of three cannot be reached.
        string path = Path.Combine(_dir, "countries.xml");
        string Article(string id, double lat, double lon) => $"""
              <article docid="{id}"><text>Canada said so.</text>
                <toponyms><toponym><phrase>Canada</phrase><start>0</start><end>6</end>
                  <gaztag geonameid="6251999"><name>Canada</name><fcode>PCLI</fcode><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym></toponyms></article>
            """;
        File.WriteAllText(path, $"<articles>{Article("1", 60.1, -113.6)}{Article("2", 60.1, -113.6)}{Article("3", 60, -95)}</articles>");

        var run = CliRunner.Sitrep(null, "eval", "geoparse", path, "--country-ceiling");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Country-point ceiling", run.Stdout);
        var rows = run.Stdout.Split('\n').SkipWhile(l => !l.StartsWith("Country-point ceiling", StringComparison.Ordinal))
            .Where(l => l.StartsWith("countries ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(1, rows.Sum(r => int.Parse(r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Eval_geoparse_names_a_file_that_is_not_a_corpus()
    {
        string path = Path.Combine(_dir, "notes.xml");
        File.WriteAllText(path, "not xml at all");
        var run = CliRunner.Sitrep(null, "eval", "geoparse", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.xml: not XML", run.Stderr);
    }

    [Fact]
    public void Gazetteer_import_refuses_a_zip_that_is_not_a_dump()
    {
        string path = Path.Combine(_dir, "MM.zip");
        File.WriteAllText(path, "not a zip");
        var run = CliRunner.Sitrep(null, "gazetteer", "import", path, "--out", Path.Combine(_dir, "g.bin"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MM.zip: not a zip file", run.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "g.bin")));
    }
}
