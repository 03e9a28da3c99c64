namespace Sitrep.Web.ReadModel;

using System.Buffers;
using System.Text.Json;
using Sitrep.Export;
using Sitrep.Storage;

/// <summary>
/// An event summary as the API lists it: as a JSON object, or as a GeoJSON Feature ([longitude, latitude]).
/// Field names follow the extract contract (docs/output.md); the default encoder escapes HTML-significant
/// characters, so text from a report can never close a script block on a page that embeds the JSON.
/// </summary>
internal static class EventSummaryJson
{
    public static byte[] Summary(EventSummary e) => Write(w => WriteObject(w, e));

    public static byte[] Feature(EventSummary e) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", e.Id);
        if (e.Latitude is { } lat && e.Longitude is { } lon)
        {
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(lon, 5));
            w.WriteNumberValue(Math.Round(lat, 5));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("geometry");
        }

        w.WritePropertyName("properties");
        WriteObject(w, e);
        w.WriteEndObject();
    });

    private static void WriteObject(Utf8JsonWriter w, EventSummary e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteString("event_id_cnty", e.EventIdCnty);
        w.WriteString("date", EventStore.DateText(e.Date));
        w.WriteNumber("time_precision", e.TimePrecision);
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        ExtractionJson.WriteActor(w, "actor1", e.Actor1);
        ExtractionJson.WriteActor(w, "actor2", e.Actor2);
        w.WriteString("place", e.PlaceName);
        w.WriteString("country", e.Country);
        w.WriteString("admin1", e.Admin1);
        if (e.Latitude is { } lat && e.Longitude is { } lon)
        {
            w.WriteNumber("lat", Math.Round(lat, 5));
            w.WriteNumber("lon", Math.Round(lon, 5));
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }

        if (e.GeoPrecision is { } gp)
        {
            w.WriteNumber("geo_precision", gp);
        }
        else
        {
            w.WriteNull("geo_precision");
        }

        w.WriteNumber("fatalities", e.Fatalities);
        w.WriteNumber("reports", e.Reports);
        w.WriteBoolean("disputed", e.Disputed);
        w.WriteBoolean("historical", e.Historical);
        w.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
