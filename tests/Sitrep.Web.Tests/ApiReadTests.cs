namespace Sitrep.Web.Tests;

using System.Net;
using System.Text.Json;

/// <summary>The read endpoints against the test store: filters, paging, one event, control, stats, errors.</summary>
[Collection("Web server")]
public sealed class ApiReadTests(WebFixture web)
{
    [Fact]
    public async Task Events_list_every_merged_event_the_ingest_stored()
    {
        var all = await Events("");
        Assert.Equal(web.Ingested.NewEvents, all.Count);
        Assert.Equal(all.Count, (await Get("api/events?limit=1")).GetProperty("total").GetInt32());
        // Newest first by default.
        var dates = all.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Each_filter_keeps_exactly_the_events_that_match_it()
    {
        var all = await Events("");
        await AssertFilter("&country=MM", e => e.GetProperty("country").GetString() == "MM");
        await AssertFilter("&type=Battles", e => e.GetProperty("event_type").GetString() == "Battles");
        await AssertFilter("&type=Air/drone strike&type=Peaceful protest",
            e => e.GetProperty("sub_event_type").GetString() is "Air/drone strike" or "Peaceful protest");
        await AssertFilter("&from=2024-02-01&to=2024-04-05", e => string.CompareOrdinal(e.GetProperty("date").GetString(), "2024-02-01") >= 0
                                                                 && string.CompareOrdinal(e.GetProperty("date").GetString(), "2024-04-05") <= 0);
        await AssertFilter("&actor=mndaa", e => ActorNames(e).Any(n => n.Contains("MNDAA", StringComparison.Ordinal)));
        await AssertFilter("&place=kunlong", e => e.GetProperty("place").GetString() == "Kunlong");
        // A box around Myanmar: west, south, east, north.
        await AssertFilter("&bbox=92,9,102,29", e => e.GetProperty("lon").GetDouble() is >= 92 and <= 102 && e.GetProperty("lat").GetDouble() is >= 9 and <= 29);

        async Task AssertFilter(string query, Func<JsonElement, bool> expected)
        {
            var kept = await Events(query);
            var want = all.Where(expected).Select(Id).ToList();
            Assert.NotEmpty(want);
            Assert.True(want.Count < all.Count, $"{query} should leave some events out");
            Assert.Equal(want.Order(), kept.Select(Id).Order());
        }
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gaps_or_repeats()
    {
        var all = (await Events("&order=oldest")).Select(Id).ToList();
        var paged = new List<long>();
        for (int offset = 0; offset < all.Count; offset += 3)
        {
            var page = await Get($"api/events?order=oldest&limit=3&offset={offset}");
            Assert.Equal(all.Count, page.GetProperty("total").GetInt32());
            paged.AddRange(page.GetProperty("events").EnumerateArray().Select(Id));
        }

        Assert.Equal(all, paged);
        Assert.Empty((await Get($"api/events?offset={all.Count}")).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task GeoJSON_puts_longitude_before_latitude()
    {
        var collection = await Get("api/events?format=geojson&place=Omdurman");
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = collection.GetProperty("features")[0];
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(feature.GetProperty("properties").GetProperty("lon").GetDouble(), coordinates[0].GetDouble());
        Assert.InRange(coordinates[0].GetDouble(), 32, 33); // Omdurman is at about 32.5 E, 15.6 N
        Assert.InRange(coordinates[1].GetDouble(), 15, 16);
    }

    [Fact]
    public async Task One_event_carries_every_report_account_with_its_text_and_evidence()
    {
        var merged = (await Events("&place=Hsenwi")).First(e => e.GetProperty("reports").GetInt32() == 2);
        var detail = await Get($"api/events/{Id(merged)}");
        var accounts = detail.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(2, accounts.Count);
        Assert.Single(detail.GetProperty("merged_event_ids").EnumerateArray());
        foreach (var account in accounts)
        {
            string text = account.GetProperty("report").GetProperty("text").GetString()!;
            foreach (var evidence in account.GetProperty("event").GetProperty("evidence").EnumerateArray())
            {
                int start = evidence.GetProperty("start").GetInt32(), end = evidence.GetProperty("end").GetInt32();
                Assert.Equal(evidence.GetProperty("text").GetString(), text[start..end]);
            }
        }

        // Reuters says five were killed, AP seven: the merged event keeps the lower figure.
        Assert.Equal(5, detail.GetProperty("event").GetProperty("fatalities").GetInt32());
        Assert.Contains("Hsenwi", detail.GetProperty("merges")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Report_text_with_a_script_tag_comes_back_escaped_in_the_JSON()
    {
        var nairobi = (await Events("&place=Nairobi")).Single();
        string raw = await web.Client.GetStringAsync($"api/events/{Id(nairobi)}");
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        string text = JsonDocument.Parse(raw).RootElement.GetProperty("accounts")[0].GetProperty("report").GetProperty("text").GetString()!;
        Assert.Contains("<script>alert(\"x\")</script>", text);
    }

    [Fact]
    public async Task Control_says_who_held_Kunlong_on_a_date_and_since_when()
    {
        var latest = await Get("api/places/Kunlong/control");
        Assert.Equal(3, latest.GetProperty("timeline").GetArrayLength());
        Assert.StartsWith("MNDAA", latest.GetProperty("holder").GetString());

        var february = await Get("api/places/Kunlong/control?on=2024-02-25");
        Assert.StartsWith("Military Forces of Myanmar", february.GetProperty("holder").GetString());
        Assert.Equal("2024-02-19", february.GetProperty("since").GetString());

        var places = await Get("api/places/control");
        Assert.Contains(places.EnumerateArray(), p => p.GetProperty("place").GetString() == "Kunlong" && p.GetProperty("entries").GetInt32() == 3);
    }

    [Fact]
    public async Task Stats_count_each_day_and_type_and_agree_with_the_list()
    {
        var stats = await Get("api/stats?country=MM");
        int listed = (await Events("&country=MM")).Count;
        Assert.Equal(listed, stats.GetProperty("events").GetInt32());
        Assert.Equal(listed, stats.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("events").GetInt32()));
        Assert.Equal(listed, stats.GetProperty("by_type").EnumerateObject().Sum(t => t.Value.GetInt32()));
        Assert.Contains(stats.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "SD");
    }

    [Fact]
    public async Task Actors_count_the_events_that_name_them()
    {
        var actors = await Get("api/actors?country=MM");
        var mndaa = actors.EnumerateArray().Single(a => a.GetProperty("name").GetString()!.StartsWith("MNDAA", StringComparison.Ordinal));
        Assert.Equal((await Events("&actor=MNDAA")).Count, mndaa.GetProperty("events").GetInt32());
        Assert.Equal(2, mndaa.GetProperty("inter").GetInt32());
    }

    [Theory]
    [InlineData("api/events?bbox=92,9,102", "bbox")]
    [InlineData("api/events?bbox=92,29,102,9", "bbox")]
    [InlineData("api/events?from=06/01/2024", "from")]
    [InlineData("api/events?from=2024-03-01&to=2024-02-01", "after")]
    [InlineData("api/events?limit=0", "limit")]
    [InlineData("api/events?limit=many", "limit")]
    [InlineData("api/events?offset=-1", "offset")]
    [InlineData("api/events?format=kml", "format")]
    [InlineData("api/events?type=Skirmish", "Skirmish")]
    [InlineData("api/events?contry=MM", "contry")]
    [InlineData("api/stats?limit=5", "limit")]
    [InlineData("api/places/Kunlong/control?on=yesterday", "on")]
    public async Task Bad_parameters_get_a_400_that_names_the_problem(string url, string named)
    {
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(named, detail);
    }

    [Theory]
    [InlineData("api/events/999999")]
    [InlineData("api/places/Atlantis/control")]
    [InlineData("api/no-such-thing")]
    public async Task Unknown_things_get_a_404_that_says_what_was_missing(string url)
    {
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_events_endpoint_and_its_filters()
    {
        var document = await Get("openapi/v1.json");
        var events = document.GetProperty("paths").GetProperty("/api/events").GetProperty("get");
        var parameters = events.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("bbox", parameters);
        Assert.Contains("limit", parameters);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/reports", out _));
    }

    private async Task<List<JsonElement>> Events(string query) =>
        (await Get("api/events?limit=10000" + query)).GetProperty("events").EnumerateArray().ToList();

    private async Task<JsonElement> Get(string url)
    {
        var response = await web.Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static long Id(JsonElement e) => e.GetProperty("id").GetInt64();

    private static IEnumerable<string> ActorNames(JsonElement e) =>
        new[] { "actor1", "actor2" }.Select(a => e.GetProperty(a)).Where(a => a.ValueKind == JsonValueKind.Object)
            .Select(a => a.GetProperty("name").GetString()!);
}
