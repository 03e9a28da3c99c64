namespace Sitrep.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

/// <summary>
/// The write endpoints, each test on a server and store of its own (the shared test store stays as ingested):
/// the key is required, writes are off without one, submitted reports are stored once, merges can be undone.
/// </summary>
[Collection("Web server")]
public sealed class ApiWriteTests(WebFixture web)
{
    private const string Report = "KHARTOUM, June 3, 2024 (Sitrep Wire) - Rapid Support Forces shelling killed nine civilians in Omdurman on Sunday, medics said.";

    [Fact]
    public async Task Writes_without_the_key_or_with_a_wrong_one_get_a_401_and_change_nothing()
    {
        await using var server = await Server.StartAsync(web, WebFixture.ApiKey);
        foreach (string? key in new[] { null, "wrong-key" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/reports") { Content = new StringContent(Report) };
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.PostAsync("api/events/1/split", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.PostAsync("api/events/merge", Json(new { into = 1, @event = 2 }))).StatusCode);
        Assert.Equal(0, await server.Total());
    }

    [Fact]
    public async Task Without_a_configured_key_the_write_endpoints_are_off()
    {
        await using var server = await Server.StartAsync(web, apiKey: null);
        var response = await server.Client.PostAsync("api/reports", new StringContent(Report));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("SITREP_API_KEY", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_submitted_report_is_coded_stored_and_listed_once()
    {
        await using var server = await Server.StartAsync(web, WebFixture.ApiKey);
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.ApiKey);

        var first = await server.Client.PostAsync("api/reports", new StringContent(Report));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var outcome = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.False(outcome.GetProperty("duplicate").GetBoolean());
        int stored = outcome.GetProperty("new_events").GetInt32();
        Assert.True(stored > 0);
        Assert.Equal(stored, await server.Total());

        var again = await server.Client.PostAsync("api/reports", Json(new { text = Report }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());
        Assert.Equal(stored, await server.Total());
    }

    [Fact]
    public async Task An_analyst_merge_joins_two_events_and_a_split_undoes_it()
    {
        await using var server = await Server.StartAsync(web, WebFixture.ApiKey);
        server.Client.DefaultRequestHeaders.Add("X-Api-Key", WebFixture.ApiKey);
        await server.Client.PostAsync("api/reports", new StringContent(Report));
        await server.Client.PostAsync("api/reports", new StringContent(
            "GOMA, June 4, 2024 (Sitrep Wire) - M23 rebels clashed with Congolese troops near Sake on Monday, local officials said."));
        var ids = JsonDocument.Parse(await server.Client.GetStringAsync("api/events?order=oldest")).RootElement
            .GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        int before = ids.Count;
        Assert.True(before >= 2);

        var merge = await server.Client.PostAsync("api/events/merge", Json(new { into = ids[0], @event = ids[^1], reason = "same incident" }));
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal(before - 1, await server.Total());
        var detail = JsonDocument.Parse(await server.Client.GetStringAsync($"api/events/{ids[0]}")).RootElement;
        Assert.Contains(detail.GetProperty("merges").EnumerateArray(), m => m.GetProperty("reason").GetString()!.Contains("same incident", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Conflict, (await server.Client.PostAsync("api/events/merge", Json(new { into = ids[^1], @event = ids[0] }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync("api/events/merge", Json(new { into = ids[0], @event = 987654 }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.PostAsync("api/events/merge", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostAsync($"api/events/{ids[^1]}/split", null)).StatusCode);
        Assert.Equal(before, await server.Total());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync($"api/events/{ids[^1]}/split", null)).StatusCode);
    }

    [Fact]
    public async Task Extract_codes_without_storing_and_rejects_an_empty_report()
    {
        await using var server = await Server.StartAsync(web, apiKey: null);
        var response = await server.Client.PostAsync("api/extract", Json(new { text = Report, published = "2024-06-03" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("extraction").GetProperty("events");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("place").GetProperty("name").GetString() == "Omdurman");
        Assert.Equal(0, await server.Total());

        var empty = await server.Client.PostAsync("api/extract", new StringContent("   "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", await empty.Content.ReadAsStringAsync());
        var badDate = await server.Client.PostAsync("api/extract", Json(new { text = Report, published = "3 June" }));
        Assert.Contains("published", await badDate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Events_another_process_ingests_into_the_store_are_listed_without_a_restart()
    {
        await using var server = await Server.StartAsync(web, apiKey: null);
        Assert.Equal(0, await server.Total());

        // As `sitrep ingest` into the same file would: a second connection, committed while the server runs.
        var reports = ReportSources.Expand([Path.Combine(WebFixture.ReportsFolder, "2024-04-02-khartoum-shelling.txt")]);
        using (var other = EventStore.Open(server.Db))
        {
            Assert.True(new IngestRunner(web.Pipeline, other).Run(reports, null).NewEvents > 0);
        }

        // The server looks for another process's commits at most once a second and rebuilds its index off the
        // request path, so the new events show up within a few seconds.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int total = 0;
        while (total == 0 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
            total = await server.Total();
        }

        Assert.True(total > 0, "the server never listed the events ingested by another connection");
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    /// <summary>A server over an empty store of its own, removed afterwards.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Microsoft.AspNetCore.Builder.WebApplication _app;

        private Server(string db, Microsoft.AspNetCore.Builder.WebApplication app, Uri address)
        {
            (Db, _app) = (db, app);
            Client = new HttpClient { BaseAddress = address };
        }

        public HttpClient Client { get; }

        public string Db { get; }

        public static async Task<Server> StartAsync(WebFixture web, string? apiKey)
        {
            string db = Path.Combine(Path.GetTempPath(), $"sitrep-web-write-{Guid.NewGuid():N}.db");
            var (app, address) = await WebFixture.StartAsync(db, apiKey, web.Pipeline);
            return new Server(db, app, address);
        }

        public async Task<int> Total() =>
            JsonDocument.Parse(await Client.GetStringAsync("api/events?limit=1")).RootElement.GetProperty("total").GetInt32();

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            foreach (string file in new[] { Db, Db + "-wal", Db + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
