namespace Sitrep.Cli.Tests;

/// <summary>
/// `sitrep extract` on hostile files in a batch: each is refused with one clear line or coded, the others are still
/// processed, and the exit code is 1 only when a file was refused.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "sitrep-wire-2024-02-12-buthidaung.txt");

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_file_over_16_MB_is_refused_with_its_size_and_the_limit_and_the_batch_goes_on()
    {
        string big = Path.Combine(_dir, "huge.txt");
        using (var stream = new FileStream(big, FileMode.Create))
        {
            stream.SetLength(17L * 1024 * 1024); // sparse: no 17 MB written to disk
        }

        var run = CliRunner.Sitrep(null, "extract", "--format", "jsonl", big, Sample);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("huge.txt: 17,825,792 bytes is larger than the 16,777,216-byte limit for one report", run.Stderr);
        Assert.Contains("buthidaung", run.Stdout);
    }

    [Fact]
    public void Hostile_files_in_a_batch_are_each_refused_or_coded_and_the_good_file_is_still_coded()
    {
        var noise = new byte[4096];
        new Random(11).NextBytes(noise);
        string binary = WriteBytes("noise.bin", noise);
        string latin = WriteBytes("latin1.txt", [0x52, 0xE9, 0x73, 0x69, 0x73, 0x74, 0x61, 0x6E, 0x63, 0x65, 0x2E]);
        string the = WriteText("the-the.txt", string.Concat(Enumerable.Repeat("the ", 256 * 1024)));
        string html = WriteText("nested.html", string.Concat(Enumerable.Repeat("<div><p>", 20_000)) + "Rebels shelled Lashio.");
        string feb = WriteText("feb31.txt", "YANGON, Feb. 31, 2024 (Reuters) - Rebels shelled Lashio on 31 February 2024.");

        var run = CliRunner.Sitrep(null, "extract", "--format", "jsonl", binary, latin, the, html, feb, Sample);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("noise.bin: this is binary data, not a text report", run.Stderr);
        Assert.Contains("latin1.txt: not valid UTF-8 text (byte offset 1)", run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("buthidaung", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
    }

    [Fact]
    public void Hostile_but_valid_text_alone_exits_zero()
    {
        string the = WriteText("the-the.txt", string.Concat(Enumerable.Repeat("the ", 256 * 1024)));
        string commas = WriteText("commas.txt", "Rebels shelled Lashio on Friday" + new string(',', 200_000) + " residents said.");
        var run = CliRunner.Sitrep(null, "extract", "--format", "jsonl", "--published", "2024-03-01", the, commas);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
