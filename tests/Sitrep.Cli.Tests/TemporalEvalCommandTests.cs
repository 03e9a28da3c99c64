namespace Sitrep.Cli.Tests;

/// <summary>`sitrep eval temporal` and `sitrep bench temporal` as a user meets them: a table, and clear errors.</summary>
public sealed class TemporalEvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-tml-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>A</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
        <TEXT>The convention voted <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> to hold a referendum in <TIMEX3 tid="t2" type="DATE" value="1999">1999</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Eval_prints_both_halves_and_the_speed()
    {
        File.WriteAllText(Path.Combine(_dir, "a.tml"), Tml);
        File.WriteAllText(Path.Combine(_dir, "b.tml"), Tml);
        var run = CliRunner.Sitrep(null, "eval", "temporal", _dir, "--seconds", "0.2");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tuning", run.Stdout);
        Assert.Contains("held-out", run.Stdout);
        Assert.Contains("sentences/s", run.Stdout);
        Assert.Matches(@"Sitrep\s+all\s+2\s+4\s", run.Stdout);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var run = CliRunner.Sitrep(null, "eval", "temporal", Path.Combine(_dir, "nope"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such folder", run.Stderr);
    }

    [Fact]
    public void A_file_that_is_not_timeml_is_named()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.tml"), "<TimeML><TEXT>unclosed");
        var run = CliRunner.Sitrep(null, "bench", "temporal", _dir, "--seconds", "0.1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.tml", run.Stderr);
    }
}
