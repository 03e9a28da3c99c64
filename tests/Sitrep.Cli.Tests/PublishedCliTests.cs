using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The program users run: `./sitrep` compiles the CLI ahead of time, where code that leans on reflection (JSON
/// serialisation, minimal-API binding, the OpenAPI description) fails only at run time. The other CLI tests run the
/// JIT-compiled assembly, so these drive the native program through the paths that differ.
/// </summary>
public sealed class PublishedCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-published-" + Guid.NewGuid().ToString("N"));

    public PublishedCliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "samples", name);

    [Fact]
    public void The_launcher_runs_a_native_program_that_codes_a_report()
    {
        var run = CliRunner.Launcher("extract", Sample("sitrep-wire-2024-02-12-buthidaung.txt"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        // Natively compiled: one executable, no managed assembly of the CLI beside it.
        Assert.False(File.Exists(Path.Combine(CliRunner.RepoRoot, "artifacts", "sitrep", "Sitrep.Cli.dll")));
        using var json = JsonDocument.Parse(run.Stdout);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        var strike = Assert.Single(events, e => e.GetProperty("sub_event_type").GetString() == "Air/drone strike");
        Assert.Equal(12, strike.GetProperty("fatalities").GetInt32());
    }

    [Fact]
    public void Stored_events_read_back_with_their_claims_and_evidence()
    {
        string db = Path.Combine(_folder, "store.db");
        var ingest = CliRunner.Launcher("ingest", Path.Combine(CliRunner.RepoRoot, "samples"), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        // The JSON columns (actors, counts, claims, evidence) are written and read by generated contracts.
        var export = CliRunner.Launcher("export", "--db", db, "--format", "json");
        Assert.True(export.ExitCode == 0, export.Stderr);
        using var json = JsonDocument.Parse(export.Stdout);
        var events = json.RootElement.EnumerateArray().Select(e => e.GetProperty("event")).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.GetProperty("evidence").GetArrayLength() > 0));
        Assert.Contains(events, e => e.GetProperty("claims").GetArrayLength() > 0);
        Assert.Contains(events, e => e.GetProperty("fatalities").GetInt32() == 12);
    }

    [Fact]
    public async Task The_native_server_describes_its_api_and_binds_request_bodies()
    {
        string db = Path.Combine(_folder, "served.db");
        Assert.Equal(0, CliRunner.Launcher("ingest", Sample("sitrep-wire-2024-02-12-buthidaung.txt"), "--db", db).ExitCode);
        int port = FreePort();
        using var server = CliRunner.StartLauncher(["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["SITREP_API_KEY"] = "test-key" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilServing(http, server);

        var openApi = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("/api/events/{id}", await openApi.Content.ReadAsStringAsync());

        using var extract = new HttpRequestMessage(HttpMethod.Post, "/api/extract")
        {
            Content = JsonContent.Create(new { text = "YANGON, Feb 12 (Sitrep Wire) - Fighters of the Arakan Army captured Buthidaung on Sunday.", published = "2024-02-12" }),
        };
        var coded = await http.SendAsync(extract);
        Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
        Assert.Contains("Non-state actor overtakes territory", await coded.Content.ReadAsStringAsync());

        // A merge body binds (snake_case names) and is refused on its merits: no event 999 to merge.
        using var merge = new HttpRequestMessage(HttpMethod.Post, "/api/events/merge")
        {
            Content = JsonContent.Create(new { into = 1, @event = 999, reason = "same strike" }),
        };
        merge.Headers.Add("X-Api-Key", "test-key");
        var refused = await http.SendAsync(merge);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("999", await refused.Content.ReadAsStringAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilServing(HttpClient http, CliRunner.Started server)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(15); DateTime.UtcNow < deadline;)
        {
            Assert.False(server.Process.HasExited, "the server exited: " + server.Stderr());
            try
            {
                if ((await http.GetAsync("/api/stats")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (the launcher may still be compiling the program).
            }

            await Task.Delay(200);
        }

        Assert.Fail("the server did not start listening: " + server.Stderr());
    }
}
