namespace Sitrep.Tests.Actors;

using Sitrep.Actors;
using Sitrep.Ingest;
using Sitrep.Text;

/// <summary>Locates the repository and loads the shipped knowledge once for all actor tests.</summary>
internal static class ActorTestData
{
    /// <summary>The folder holding Sitrep.slnx, found by walking up from the test binaries.</summary>
    public static readonly string RepoRoot = TestPaths.RepoRoot;

    private static readonly Lazy<ActorKnowledgeBase> Shipped = new(() => ActorKnowledgeBase.LoadDirectory(ActorsDirectory));
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() =>
        new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(RepoRoot, "data", "lexicons", "stray-capitals.txt"))));

    public static string ActorsDirectory => Path.Combine(RepoRoot, "data", "actors");

    public static string SeedDirectory => Path.Combine(RepoRoot, "..", "shared", "seed");

    public static ActorKnowledgeBase Knowledge => Shipped.Value;

    public static ActorResolver Resolver { get; } = new(Shipped.Value);

    /// <summary>Runs the Text stage on a report with a dateline-free body, as the pipeline would.</summary>
    public static Document Analyze(string text)
    {
        var dateline = DatelineParser.Parse(text, null);
        return Analyzer.Value.Analyze(text, dateline is null ? 0 : dateline.Span.End);
    }

    public static ActorResolution Resolve(string text, string? country, string? published) =>
        Resolver.Resolve(Analyze(text), country, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The canonical name each mention's text resolves to ("(unresolved)" for review mentions).</summary>
    public static string? ActorFor(ActorResolution resolution, string mentionText) =>
        resolution.Actors.FirstOrDefault(m => string.Equals(m.Text, mentionText, StringComparison.OrdinalIgnoreCase))?.Actor?.Name;
}
