namespace Sitrep.Web.Tests;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

/// <summary>
/// A real server on a loopback port over a store built from the reports in Reports/ (invented wire copy: an air
/// strike told by two agencies, Kunlong changing hands three times, a protest, shelling, a clash, a drone strike
/// and a report quoting "&lt;script&gt;"). Write endpoints take the key <see cref="ApiKey"/>.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-4f9c";

    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sitrep-web-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public static string ReportsFolder => Path.Combine(AppContext.BaseDirectory, "Reports");

    public SitrepPipeline Pipeline { get; } = SitrepPipeline.LoadDefault();

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>What the ingest of Reports/ stored, to compare the API's answers with.</summary>
    public IngestSummary Ingested { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using (var store = EventStore.Open(_db))
        {
            Ingested = new IngestRunner(Pipeline, store).Run(ReportSources.Expand([ReportsFolder]), null);
        }

        (_app, BaseAddress) = await StartAsync(_db, ApiKey, Pipeline);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Starts a server over <paramref name="db"/> on a free loopback port; the caller stops it.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string db, string? apiKey, SitrepPipeline pipeline)
    {
        var app = SitrepServer.Build(new ServerOptions(db, "http://127.0.0.1:0", apiKey, () => pipeline));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address + "/"));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        foreach (string file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }
    }
}

[CollectionDefinition("Web server")]
public sealed class WebServerGroup : ICollectionFixture<WebFixture>, ICollectionFixture<BrowserFixture>;
