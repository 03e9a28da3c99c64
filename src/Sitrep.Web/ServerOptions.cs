namespace Sitrep.Web;

using Sitrep.Pipeline;

/// <summary>How `sitrep serve` runs: which store, where it listens, the write key, and how to load the pipeline.</summary>
/// <param name="ApiKey">The key the write endpoints require; null or empty turns them off.</param>
/// <param name="WebRoot">The folder the page is served from; null means wwwroot beside the program.</param>
/// <param name="Pipeline">Loads the extraction pipeline on first use (it reads the gazetteer and the knowledge files).</param>
public sealed record ServerOptions(
    string DbPath,
    string Urls,
    string? ApiKey,
    Func<SitrepPipeline> Pipeline,
    string? WebRoot = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
