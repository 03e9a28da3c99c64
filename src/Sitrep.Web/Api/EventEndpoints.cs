namespace Sitrep.Web.Api;

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Export;
using Sitrep.Storage;
using Sitrep.Web.ReadModel;

/// <summary>The events: a filtered, paged list (JSON or GeoJSON), one event with its accounts, merge and split.</summary>
internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder api, StoreGate store, IEndpointFilter writeGuard)
    {
        api.MapGet("/events", (HttpRequest request) => List(store.Index, request))
            .WithSummary("Merged events matching the filters, newest first, one page at a time")
            .WithDescription("Filters: bbox=west,south,east,north; country (ISO code); admin1; place; from, to (YYYY-MM-DD); type (ACLED event or sub-event type, repeatable or comma-separated); actor (part of a name). Paging: limit (1-10000, default 100), offset; order=newest|oldest; format=json|geojson.")
            .WithQueryParameters(EventQueryParser.ListParameters);

        api.MapGet("/events/{id:long}", (long id) => Detail(store, id))
            .WithSummary("One event: its merged coding, every report's account with the report text and evidence, and its merges");

        api.MapPost("/events/{id:long}/split", (long id) =>
                store.Write(s => s.Split(id)) is { } split
                    ? new JsonBody(w =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("restored_event_id", split.RestoredEventId);
                        w.WriteNumber("former_group_id", split.FormerGroupId);
                        w.WriteEndObject();
                    })
                    : Problems.NotFound($"event {id} is not merged into another event (or does not exist): nothing to split"))
            .AddEndpointFilter(writeGuard)
            .WithSummary("Takes a merged-in event out of its group (requires the API key)");

        api.MapPost("/events/merge", async (HttpRequest request) =>
            {
                var (body, bodyError) = await RequestBodies.ReadJsonAsync(request, RequestBodyJson.Default.MergeRequest);
                if (body is null)
                {
                    return Problems.BadRequest(bodyError!);
                }

                if (body.Into <= 0 || body.Event <= 0)
                {
                    return Problems.BadRequest("send {\"into\": EVENT_ID, \"event\": EVENT_ID, \"reason\": \"...\"} with two event ids");
                }

                string reason = string.IsNullOrWhiteSpace(body.Reason) ? "merged by an analyst" : $"merged by an analyst: {body.Reason.Trim()}";
                return store.Write(s => s.Merge(body.Into, body.Event, reason)) is { } error
                    ? error.Contains("does not exist", StringComparison.Ordinal) ? Problems.NotFound(error) : Problems.Conflict(error)
                    : new JsonBody(w =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("into", body.Into);
                        w.WriteNumber("merged_event", body.Event);
                        w.WriteString("reason", reason);
                        w.WriteEndObject();
                    });
            })
            .AddEndpointFilter(writeGuard)
            .WithSummary("Merges one event (with anything merged into it) into another (requires the API key)");
    }

    private static IResult List(EventIndex index, HttpRequest request)
    {
        var (query, format, error) = EventQueryParser.ParseList(request.Query);
        if (query is null)
        {
            return Problems.BadRequest(error!);
        }

        var page = index.Query(query);
        bool geo = format == "geojson";
        return new JsonBody(w => WritePage(w, index, query, page, geo), contentType: geo ? "application/geo+json" : "application/json");
    }

    /// <summary>One page of the list: its counts, then each event's JSON (or GeoJSON feature) as the index wrote it.</summary>
    internal static void WritePage(Utf8JsonWriter w, EventIndex index, EventQuery query, EventPage page, bool geo)
    {
        w.WriteStartObject();
        if (geo)
        {
            w.WriteString("type", "FeatureCollection");
        }

        w.WriteNumber("total", page.Total);
        w.WriteNumber("offset", query.Offset);
        w.WriteNumber("limit", query.Limit);
        w.WriteStartArray(geo ? "features" : "events");
        foreach (int position in page.Positions)
        {
            w.WriteRawValue(geo ? index.Feature(position) : index.Json(position), skipInputValidation: true);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static IResult Detail(StoreGate store, long id)
    {
        var (stored, accounts, merges, texts) = store.Read(s =>
        {
            var e = s.Event(id);
            var accounts = e is null ? [] : s.Accounts(id);
            return (e, accounts, e is null ? [] : s.Merges(id), accounts.ToDictionary(a => a.EventId, a => s.ReportText(a.Report.Id) ?? ""));
        });
        if (stored is null)
        {
            return Problems.NotFound($"there is no event {id}");
        }

        return new JsonBody(w =>
        {
            w.WriteStartObject();
            StoreExports.WriteIdentity(w, stored);
            w.WritePropertyName("event");
            ExtractionJson.WriteEvent(w, stored.Event);
            w.WriteStartArray("accounts");
            foreach (var account in accounts)
            {
                w.WriteStartObject();
                w.WriteNumber("event_id", account.EventId);
                WriteReport(w, account.Report, texts[account.EventId]);
                w.WritePropertyName("event");
                ExtractionJson.WriteEvent(w, account.Event);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("merges");
            foreach (var (merged, reason, undone) in merges)
            {
                w.WriteStartObject();
                w.WriteNumber("merged_event", merged);
                w.WriteString("reason", reason);
                w.WriteBoolean("undone", undone);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteReport(Utf8JsonWriter w, StoredReport r, string text)
    {
        w.WriteStartObject("report");
        w.WriteNumber("id", r.Id);
        StoreExports.WriteReportFields(w, r);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}

/// <summary>The body of a merge request: merge <see cref="Event"/> into <see cref="Into"/>, and why.</summary>
internal sealed record MergeRequest(long Into, long Event, string? Reason);
