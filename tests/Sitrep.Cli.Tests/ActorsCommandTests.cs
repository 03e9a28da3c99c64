namespace Sitrep.Cli.Tests;

/// <summary>`sitrep actors check` and `sitrep actors find` as an analyst uses them.</summary>
public sealed class ActorsCommandTests
{
    [Fact]
    public void The_shipped_actor_files_pass_the_check()
    {
        var run = CliRunner.Sitrep(null, "actors", "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("all actor files are valid", run.Stdout);
    }

    [Theory]
    [InlineData("actors", "check")]
    [InlineData("gazetteer", "info")]
    [InlineData("extract", "samples/sitrep-wire-2024-02-12-buthidaung.txt")]
    public void A_missing_data_folder_is_one_line_naming_it_and_exit_2(string command, string argument)
    {
        string missing = Path.Combine(Path.GetTempPath(), "sitrep-no-data-" + Guid.NewGuid().ToString("N"));
        var run = CliRunner.SitrepWith(new Dictionary<string, string> { ["SITREP_DATA"] = missing }, null, command, argument);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"sitrep: SITREP_DATA is '{missing}'", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void A_broken_actor_file_fails_the_check_naming_the_file()
    {
        string dir = Directory.CreateTempSubdirectory("sitrep-actors-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "broken.json"), "{ \"name\": \"Broken\", \"countries\": [], \"actors\": [ { \"name\": \"X\", \"inter\": 9, \"kind\": \"rebel_group\" } ] }");
            var run = CliRunner.Sitrep(null, "actors", "check", dir);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("broken.json", run.Stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Find_explains_a_misspelling_and_a_description()
    {
        var misspelt = CliRunner.Sitrep(null, "actors", "find", "MNLD");
        Assert.Equal(0, misspelt.ExitCode);
        Assert.Contains("-> MNDAA: Myanmar National Democratic Alliance Army", misspelt.Stdout);
        Assert.Contains("misspelling", misspelt.Stdout);

        var junta = CliRunner.Sitrep(null, "actors", "find", "the junta", "--country", "MM", "--on", "2024-01-06");
        Assert.Contains("-> Military Forces of Myanmar (2021-)", junta.Stdout);
        Assert.Contains("description", junta.Stdout);
    }
}
