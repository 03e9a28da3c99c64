namespace Sitrep.Export;

using System.Globalization;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Storage;

/// <summary>Writes stored events as ACLED CSV, GeoJSON or JSON.</summary>
public static class StoreExports
{
    /// <summary>ACLED's 31 columns, in ACLED's order and spelling.</summary>
    public static readonly IReadOnlyList<string> AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>
    /// ACLED CSV with RFC 4180 quoting and CRLF line ends; <paramref name="countryName"/> maps a country code to its
    /// name, <paramref name="countries"/> gives the numeric ISO code and ACLED region (left empty without them).
    /// </summary>
    public static void WriteAcled(TextWriter w, IEnumerable<StoredEvent> events, Func<string, string?>? countryName = null,
        AcledCountries? countries = null)
    {
        WriteRow(w, AcledColumns);
        foreach (var s in events)
        {
            WriteRow(w, AcledRow(s, countryName, countries));
        }
    }

    public static IReadOnlyList<string> AcledRow(StoredEvent s, Func<string, string?>? countryName = null, AcledCountries? countries = null)
    {
        var e = s.Event;
        string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        string D(double? v) => v?.ToString("0.0####", CultureInfo.InvariantCulture) ?? "";
        int inter1 = e.Actor1?.Inter ?? 0, inter2 = e.Actor2?.Inter ?? 0;
        // ACLED: the interaction code joins both inter codes, the lower first ("17" is state forces against civilians).
        string interaction = e.Actor1 is null ? "" : e.Actor2 is null ? I(inter1 * 10) : I(Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2));
        var sources = s.Event.Sources.Where(c => c.Kind is SourceKind.NewsAgency or SourceKind.Outlet).Select(c => c.Name).Distinct().ToList();
        if (sources.Count == 0)
        {
            sources = s.Reports.Select(r => r.Title ?? Path.GetFileName(r.Source)).Distinct().ToList();
        }

        var latest = s.Reports.Select(r => r.Published).Max();
        string country = e.Place is { } p ? countryName?.Invoke(p.Country) ?? p.Country : "";
        var acled = e.Place is { } place ? countries?.Of(place.Country) : null;
        string notes = string.Join(" ", e.Evidence.Where(v => v.Field is "trigger" or "event_type" or "sub_event_type").Select(v => v.Text).Distinct());
        return
        [
            s.EventIdCnty, EventStore.DateText(e.Date) ?? "", I(e.Date?.Year), I(e.TimePrecision), DisorderType(e.EventType),
            e.EventType, e.SubEventType, e.Actor1?.Name ?? "", string.Join("; ", e.AssocActors.Select(a => a.Name)), I(e.Actor1?.Inter),
            e.Actor2?.Name ?? "", "", I(e.Actor2?.Inter), interaction, inter2 == 7 ? "Civilian targeting" : "",
            I(acled?.IsoNumeric), acled?.Region ?? "", country, e.Place?.Admin1 ?? "", "", "", e.Place?.Name ?? "", D(e.Place?.Point.Lat), D(e.Place?.Point.Lon),
            I(e.Place?.GeoPrecision), string.Join("; ", sources), "", notes, I(e.Fatalities), e.Disputed ? "disputed" : "",
            latest is { } day ? I(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds()) : "",
        ];
    }

    // ACLED's disorder types: demonstrations, political violence, strategic developments.
    private static string DisorderType(string eventType) => eventType switch
    {
        AcledTaxonomy.Protests or AcledTaxonomy.Riots => "Demonstrations",
        AcledTaxonomy.StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    public static void WriteRow(TextWriter w, IEnumerable<string> fields)
    {
        w.Write(string.Join(",", fields.Select(Quote)));
        w.Write("\r\n");
    }

    // RFC 4180: a field holding a comma, quote or line break is quoted, with quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>A GeoJSON FeatureCollection of the events that have a place, as Points in [longitude, latitude] order.</summary>
    public static void WriteGeoJson(Utf8JsonWriter w, IEnumerable<StoredEvent> events)
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var s in events.Where(s => s.Event.Place is not null))
        {
            var e = s.Event;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", s.EventIdCnty);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(e.Place!.Point.Lon);
            w.WriteNumberValue(e.Place.Point.Lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteNumber("event_id", s.Id);
            w.WriteString("event_date", EventStore.DateText(e.Date));
            w.WriteString("event_type", e.EventType);
            w.WriteString("sub_event_type", e.SubEventType);
            w.WriteString("actor1", e.Actor1?.Name);
            w.WriteString("actor2", e.Actor2?.Name);
            w.WriteString("location", e.Place.Name);
            w.WriteString("country", e.Place.Country);
            w.WriteNumber("fatalities", e.Fatalities);
            w.WriteNumber("reports", s.Reports.Count);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The events as a JSON array: the store id, the merged-in event ids, the reports, then the event as extract prints it.</summary>
    public static void WriteJson(Utf8JsonWriter w, IEnumerable<StoredEvent> events)
    {
        w.WriteStartArray();
        foreach (var s in events)
        {
            w.WriteStartObject();
            WriteIdentity(w, s);
            w.WriteStartArray("reports");
            foreach (var r in s.Reports)
            {
                w.WriteStartObject();
                WriteReportFields(w, r);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("event");
            ExtractionJson.WriteEvent(w, s.Event);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a stored event's identity: its store id, ACLED-style id, and the ids of the events merged into it.</summary>
    public static void WriteIdentity(Utf8JsonWriter w, StoredEvent s)
    {
        w.WriteNumber("id", s.Id);
        w.WriteString("event_id_cnty", s.EventIdCnty);
        w.WriteStartArray("merged_event_ids");
        foreach (long id in s.MergedEventIds)
        {
            w.WriteNumberValue(id);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes what the store keeps of a report (not its text) as properties of the current object.</summary>
    public static void WriteReportFields(Utf8JsonWriter w, StoredReport r)
    {
        w.WriteString("source", r.Source);
        w.WriteString("title", r.Title);
        w.WriteString("url", r.Url);
        w.WriteString("published", EventStore.DateText(r.Published));
        w.WriteString("content_hash", r.ContentHash);
    }

    /// <summary>Options shared by the JSON exports: readable non-ASCII, indented.</summary>
    public static JsonWriterOptions JsonOptions(bool indented) =>
        new() { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
