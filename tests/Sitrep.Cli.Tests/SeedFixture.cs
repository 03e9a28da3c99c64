using System.Text.Json.Nodes;

namespace Sitrep.Cli.Tests;

/// <summary>Runs `sitrep extract` on the shared seed article once and keeps the output and the analyst's facts.</summary>
public sealed class SeedFixture
{
    public SeedFixture()
    {
        string seed = Path.Combine(CliRunner.SeedDirectory, "afp-2024-01-06-laukkaing.txt");
        Text = File.ReadAllText(seed);
        Facts = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(seed, ".facts.json")))!.AsObject();
        Run = CliRunner.Sitrep(null, "extract", seed, "--format", "json");
        Output = Run.ExitCode == 0 ? JsonNode.Parse(Run.Stdout)!.AsObject() : new JsonObject();
    }

    public string Text { get; }

    public JsonObject Facts { get; }

    public CliRunner.Run Run { get; }

    public JsonObject Output { get; }

    public IEnumerable<JsonObject> Events => Output["events"]!.AsArray().Select(e => e!.AsObject());

    public IEnumerable<JsonObject> Mentions(string kind) => Output["mentions"]![kind]!.AsArray().Select(m => m!.AsObject());
}
