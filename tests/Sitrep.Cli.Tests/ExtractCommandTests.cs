using System.Text.Json.Nodes;

namespace Sitrep.Cli.Tests;

/// <summary>`sitrep extract` as a user meets it: formats, several files, stdin, and bad input.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_missing_file_is_named_in_a_clear_error_and_exits_non_zero()
    {
        var run = CliRunner.Sitrep(null, "extract", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt: no such file", run.Stderr);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        string path = Write("empty.txt", "");
        var run = CliRunner.Sitrep(null, "extract", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: the file is empty", run.Stderr);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        string path = Path.Combine(_dir, "image.bin");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0xFF, 0x00]);
        var run = CliRunner.Sitrep(null, "extract", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("image.bin: this is binary data", run.Stderr);
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_others_in_a_batch()
    {
        string good = Write("good.txt", "date 2024-03-02 Khartoum (AFP) - Fighting between the army and the RSF erupted in Omdurman on Friday.");
        var run = CliRunner.Sitrep(null, "extract", Path.Combine(_dir, "missing.txt"), good, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var only = Assert.Single(lines);
        Assert.Equal(good, (string?)JsonNode.Parse(only)!["file"]);
    }

    [Fact]
    public void Without_a_dateline_or_published_date_it_warns_and_leaves_relative_dates_unresolved()
    {
        string path = Write("undated.txt", "Rebels attacked an army post near Lashio on Friday, killing three soldiers.");
        var run = CliRunner.Sitrep(null, "extract", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning", run.Stderr);
        Assert.Contains("No publication date", run.Stderr);
        var output = JsonNode.Parse(run.Stdout)!;
        var friday = output["mentions"]!["dates"]!.AsArray().Single(d => ((string)d!["text"]!).Contains("Friday"));
        Assert.Null((string?)friday!["value"]);
        Assert.DoesNotContain(output["events"]!.AsArray(), e => (string?)e!["date"] == DateTime.Today.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Published_option_dates_a_report_without_a_dateline()
    {
        string path = Write("undated.txt", "Rebels attacked an army post near Lashio on Friday, killing three soldiers.");
        var run = CliRunner.Sitrep(null, "extract", path, "--published", "2024-01-06");
        Assert.Equal(0, run.ExitCode);
        var friday = JsonNode.Parse(run.Stdout)!["mentions"]!["dates"]!.AsArray().Single(d => ((string)d!["text"]!).Contains("Friday"));
        Assert.Equal("2024-01-05", (string?)friday!["value"]);
    }

    [Fact]
    public void Several_files_in_jsonl_give_one_line_each_naming_its_file()
    {
        string a = Write("a.txt", "BANGKOK, Jan 6 (Reuters) - Myanmar's army said on Friday it had arrested 12 people in Yangon.");
        string b = Write("b.txt", "date 2024-03-02 Khartoum (AFP) - The RSF shelled El Fasher on Friday, killing four civilians.");
        var run = CliRunner.Sitrep(null, "extract", a, b, "--format", "jsonl", "--published", "2024-01-06");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([a, b], lines.Select(l => (string)l["file"]!));
        Assert.Equal("2024-01-06", (string?)lines[0]["document"]!["published"]);
        Assert.Equal("Reuters", (string?)lines[0]["document"]!["agency"]);
        Assert.Equal("2024-03-02", (string?)lines[1]["document"]!["published"]);
    }

    [Fact]
    public void A_dash_reads_the_report_from_stdin()
    {
        var run = CliRunner.Sitrep("date 2024-03-02 Khartoum (AFP) - The RSF shelled El Fasher on Friday, killing four civilians.", "extract", "-");
        Assert.Equal(0, run.ExitCode);
        var e = Assert.Single(JsonNode.Parse(run.Stdout)!["events"]!.AsArray());
        Assert.Equal("Shelling/artillery/missile attack", (string?)e!["sub_event_type"]);
        Assert.Equal(4, (int)e["fatalities"]!);
        Assert.Equal("2024-03-01", (string?)e["date"]);
    }

    [Fact]
    public void Table_format_lists_the_coded_events()
    {
        string sample = Path.Combine(CliRunner.RepoRoot, "samples", "sitrep-wire-2024-03-03-el-fasher.txt");
        var run = CliRunner.Sitrep(null, "extract", sample, "--format", "table");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Shelling/artillery/missile attack", run.Stdout);
        Assert.Contains("El Fasher", run.Stdout);
    }

    [Fact]
    public void Bad_options_exit_with_usage_errors()
    {
        Assert.Equal(2, CliRunner.Sitrep(null, "extract").ExitCode);
        Assert.Equal(2, CliRunner.Sitrep(null, "extract", "x.txt", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Sitrep(null, "extract", "x.txt", "--published", "6 Jan").ExitCode);
        Assert.Equal(2, CliRunner.Sitrep(null, "frobnicate").ExitCode);
    }
}
