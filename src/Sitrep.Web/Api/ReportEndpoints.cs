namespace Sitrep.Web.Api;

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Export;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Web.ReadModel;

/// <summary>
/// Reports in: extract one without storing it (the page's Extract box), or submit one to be coded and stored.
/// A body is plain text (a dateline on the first line dates it) or JSON <c>{text, published?, title?, url?}</c>.
/// </summary>
internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder api, StoreGate store, Func<SitrepPipeline> pipeline, IEndpointFilter writeGuard)
    {
        api.MapPost("/extract", async (HttpRequest request) =>
            {
                var (report, error) = await ReadReportAsync(request);
                if (report is null)
                {
                    return Problems.BadRequest(error!);
                }

                if (Load(pipeline) is not { } loaded)
                {
                    return PipelineMissing();
                }

                var result = loaded.Extract(report.Report!);
                return new JsonBody(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("text", report.Report!.Text);
                    w.WritePropertyName("extraction");
                    ExtractionJson.Write(w, result);
                    w.WriteEndObject();
                });
            })
            .WithSummary("Codes a report and returns its events, mentions and evidence without storing it")
            .WithQueryParameters(["published"]);

        api.MapPost("/reports", async (HttpRequest request) =>
            {
                var (item, error) = await ReadReportAsync(request);
                if (item is null)
                {
                    return Problems.BadRequest(error!);
                }

                if (Load(pipeline) is not { } loaded)
                {
                    return PipelineMissing();
                }

                var events = loaded.Extract(item.Report!).Coding.Events;
                var outcome = store.Write(s =>
                {
                    s.BeginBatch();
                    var stored = s.Store(item.Report!, events, item.Url, item.Title);
                    s.CommitBatch();
                    return stored;
                });
                return new JsonBody(
                    w =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("report_id", outcome.ReportId);
                        w.WriteBoolean("duplicate", outcome.Duplicate);
                        w.WriteNumber("new_events", outcome.NewEvents);
                        w.WriteNumber("merged_events", outcome.MergedEvents);
                        w.WriteEndObject();
                    },
                    outcome.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created);
            })
            .AddEndpointFilter(writeGuard)
            .WithSummary("Codes a report and stores it with its events (requires the API key); a report already stored changes nothing")
            .WithQueryParameters(["published"]);
    }

    // A server started for browsing can run without the compiled gazetteer; extraction then says what is missing.
    private static SitrepPipeline? Load(Func<SitrepPipeline> pipeline)
    {
        try
        {
            return pipeline();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IResult PipelineMissing() => Results.Problem(
        detail: "the extraction pipeline cannot load its data (the compiled gazetteer or the knowledge files): run ./setup.sh",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable");

    private static async Task<(IngestItem? Item, string? Error)> ReadReportAsync(HttpRequest request)
    {
        DateOnly? published = null;
        if (request.Query["published"].ToString() is { Length: > 0 } p)
        {
            if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, $"published '{p}' is not a date in the form YYYY-MM-DD");
            }

            published = date;
        }

        if (RequestBodies.IsJson(request))
        {
            var (body, error) = await RequestBodies.ReadJsonAsync(request, RequestBodyJson.Default.ReportBody);
            if (body is null)
            {
                return (null, error);
            }

            if (string.IsNullOrWhiteSpace(body.Text))
            {
                return (null, "the report has no text: send {\"text\": \"...\", \"published\": \"YYYY-MM-DD\"}");
            }

            if (body.Published is { Length: > 0 } bp)
            {
                if (!DateOnly.TryParseExact(bp, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (null, $"published '{bp}' is not a date in the form YYYY-MM-DD");
                }

                published = date;
            }

            var item = IngestItem.FromParts("request", body.Title, body.Text, published, body.Url);
            return item.Report is null ? (null, item.Error) : (item, null);
        }

        var (text, textError) = await RequestBodies.ReadTextAsync(request);
        if (text is null)
        {
            return (null, textError);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "the report is empty: send its text (a dateline on the first line dates it) or JSON {\"text\": ...}");
        }

        return (new IngestItem("request", PlainTextReader.Read("request", text, published), null, null, null), null);
    }
}

/// <summary>A report sent as JSON.</summary>
internal sealed record ReportBody(string? Text, string? Published, string? Title, string? Url);
