namespace Sitrep.Web.Api;

using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Storage;
using Sitrep.Web.ReadModel;

/// <summary>Aggregates over the events (stats by day and type, actors) and the places' control timelines.</summary>
internal static class BrowseEndpoints
{
    public static void Map(IEndpointRouteBuilder api, StoreGate store)
    {
        api.MapGet("/stats", (HttpRequest request) => Stats(store.Index, request))
            .WithSummary("Events and fatalities per day and per event type for the events matching the filters, and the countries in the store")
            .WithQueryParameters(EventQueryParser.FilterParameters);

        api.MapGet("/actors", (HttpRequest request) => Actors(store.Index, request))
            .WithSummary("The actors of the events matching the filters, with their ACLED inter code and how many events name them")
            .WithQueryParameters(EventQueryParser.FilterParameters);

        api.MapGet("/places/control", () =>
            {
                var places = store.Read(s => s.ControlPlaces());
                return new JsonBody(w =>
                {
                    w.WriteStartArray();
                    foreach (var p in places)
                    {
                        w.WriteStartObject();
                        w.WriteString("place", p.Place);
                        w.WriteString("holder", p.Holder);
                        w.WriteString("since", EventStore.DateText(p.Since));
                        w.WriteNumber("entries", p.Entries);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            })
            .WithSummary("Every place with a control timeline and the holder its latest entry names");

        api.MapGet("/places/{place}/control", (string place, string? on) => Control(store, place, on))
            .WithSummary("Who held a place on a date (the latest when none is given), since when, the evidence and the whole timeline");
    }

    private static IResult Stats(EventIndex index, HttpRequest request)
    {
        var (query, error) = EventQueryParser.ParseFilters(request.Query);
        if (query is null)
        {
            return Problems.BadRequest(error!);
        }

        var days = index.CountByDay(query);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("events", days.Sum(d => d.ByType.Values.Sum()));
            w.WriteNumber("fatalities", days.Sum(d => d.Fatalities));
            w.WriteStartObject("by_type");
            foreach (var g in days.SelectMany(d => d.ByType).GroupBy(t => t.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(g.Key, g.Sum(t => t.Value));
            }

            w.WriteEndObject();
            w.WriteStartArray("days");
            foreach (var day in days)
            {
                w.WriteStartObject();
                w.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("events", day.ByType.Values.Sum());
                w.WriteNumber("fatalities", day.Fatalities);
                w.WriteStartObject("by_type");
                foreach (var (type, count) in day.ByType.OrderBy(t => t.Key, StringComparer.Ordinal))
                {
                    w.WriteNumber(type, count);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("countries");
            foreach (var (code, events) in index.Countries)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Actors(EventIndex index, HttpRequest request)
    {
        var (query, error) = EventQueryParser.ParseFilters(request.Query);
        if (query is null)
        {
            return Problems.BadRequest(error!);
        }

        var counts = new Dictionary<(string Name, int Inter), (int AsActor1, int AsActor2)>();
        index.ForEachMatch(query, EventOrder.OldestFirst, i =>
        {
            var e = index[i];
            if (e.Actor1 is { } a1)
            {
                var c = counts.GetValueOrDefault((a1.Name, a1.Inter));
                counts[(a1.Name, a1.Inter)] = (c.AsActor1 + 1, c.AsActor2);
            }

            if (e.Actor2 is { } a2)
            {
                var c = counts.GetValueOrDefault((a2.Name, a2.Inter));
                counts[(a2.Name, a2.Inter)] = (c.AsActor1, c.AsActor2 + 1);
            }
        });
        return new JsonBody(w =>
        {
            w.WriteStartArray();
            foreach (var ((name, inter), (asActor1, asActor2)) in counts.OrderByDescending(c => c.Value.AsActor1 + c.Value.AsActor2).ThenBy(c => c.Key.Name, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteNumber("inter", inter);
                w.WriteNumber("events", asActor1 + asActor2);
                w.WriteNumber("as_actor1", asActor1);
                w.WriteNumber("as_actor2", asActor2);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static IResult Control(StoreGate store, string place, string? on)
    {
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(on))
        {
            if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Problems.BadRequest($"on '{on}' is not a date in the form YYYY-MM-DD");
            }

            date = d;
        }

        var answer = store.Read(s => ControlTimeline.Query(s, place, date));
        if (answer.Timeline.Count == 0)
        {
            return Problems.NotFound($"no report in the store says who controls '{place}'");
        }

        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("place", answer.Place);
            w.WriteString("on", EventStore.DateText(date));
            w.WriteString("holder", answer.Holder);
            w.WriteString("since", EventStore.DateText(answer.Since));
            WriteEntries(w, "evidence", answer.Evidence);
            WriteEntries(w, "timeline", answer.Timeline);
            w.WriteEndObject();
        });
    }

    private static void WriteEntries(Utf8JsonWriter w, string name, IReadOnlyList<ControlEntry> entries)
    {
        w.WriteStartArray(name);
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("on", EventStore.DateText(e.On));
            w.WriteString("from", e.From);
            w.WriteString("to", e.To);
            w.WriteNumber("event_id", e.EventId);
            w.WriteString("source", e.ReportSource);
            w.WriteString("published", EventStore.DateText(e.ReportPublished));
            w.WriteString("evidence", e.EvidenceText);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
