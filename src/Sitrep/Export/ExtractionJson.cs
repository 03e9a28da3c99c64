using System.Text.Json;

namespace Sitrep.Export;

using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// Writes an extraction as JSON in the contract documented in docs/output.md. Field names are snake_case and
/// stable; every span is a character offset into the input as given.
/// </summary>
public static class ExtractionJson
{
    public static void Write(Utf8JsonWriter w, ExtractionResult r, string? file = null)
    {
        w.WriteStartObject();
        if (file is not null)
        {
            w.WriteString("file", file);
        }

        WriteDocument(w, r);
        w.WriteStartArray("events");
        foreach (var e in r.Coding.Events)
        {
            WriteEvent(w, e);
        }

        w.WriteEndArray();
        w.WriteStartArray("claimed_totals");
        foreach (var t in r.Coding.ClaimedTotals)
        {
            w.WriteStartObject();
            w.WriteString("by", t.By);
            WriteNullable(w, "via", t.Via);
            WriteNullable(w, "since", t.Since?.ToString("yyyy-MM-dd"));
            w.WriteString("what", t.What);
            w.WriteNumber("value", t.Value);
            w.WriteString("qualifier", t.Qualifier);
            WriteSpan(w, t.Span, t.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("plover_events");
        foreach (var statement in r.Coding.Statements)
        {
            w.WriteStartObject();
            WritePlover(w, "plover", statement.Plover, statement.Source, statement.Target);
            WriteSpan(w, statement.Span, statement.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteMentions(w, r);
        w.WriteStartArray("warnings");
        foreach (string warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, ExtractionResult r)
    {
        w.WriteStartObject("document");
        WriteNullable(w, "source", r.Report.Source);
        WriteNullable(w, "published", r.Report.Published?.ToString("yyyy-MM-dd"));
        w.WriteStartObject("dateline");
        WriteNullable(w, "place", r.Report.Dateline?.Place);
        if (r.Report.Dateline is { } d)
        {
            WriteSpan(w, d.Span, r.Document.Slice(d.Span).TrimEnd());
        }

        w.WriteEndObject();
        WriteNullable(w, "agency", r.Report.Dateline?.Agency);
        w.WriteEndObject();
    }

    /// <summary>Writes one coded event as the object the events array holds.</summary>
    public static void WriteEvent(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        if (e.Plover is { } plover)
        {
            WritePlover(w, "plover", plover, e.PloverSource, e.PloverTarget);
        }
        else
        {
            w.WriteNull("plover");
        }

        WriteNullable(w, "date", e.Date?.ToString("yyyy-MM-dd"));
        w.WriteNumber("time_precision", e.TimePrecision);
        w.WriteString("date_rule", e.DateRule);
        WriteActor(w, "actor1", e.Actor1);
        WriteActor(w, "actor2", e.Actor2);
        w.WriteStartArray("assoc_actors");
        foreach (var a in e.AssocActors)
        {
            WriteActor(w, null, a);
        }

        w.WriteEndArray();
        WritePlace(w, e.Place);
        w.WriteNumber("fatalities", e.Fatalities);
        if (e.Injured is { } injured)
        {
            w.WriteNumber("injured", injured);
        }
        else
        {
            w.WriteNull("injured");
        }

        w.WriteStartObject("counts");
        foreach (var (key, value) in e.Counts)
        {
            w.WriteNumber(key, value);
        }

        w.WriteEndObject();
        w.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("kind", SourceKindName(s.Kind));
            if (s.By is not null)
            {
                w.WriteString("by", s.By);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in e.Claims)
        {
            w.WriteStartObject();
            w.WriteString("by", c.By);
            WriteNullable(w, "via", c.Via);
            w.WriteString("verb", c.Verb);
            w.WriteString("says", c.Says);
            w.WriteNumber("start", c.Span.Start);
            w.WriteNumber("end", c.Span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("disputed", e.Disputed);
        w.WriteBoolean("historical", e.Historical);
        w.WriteNumber("confidence", e.Confidence);
        if (e.ControlChange is { } cc)
        {
            w.WriteStartObject("control_change");
            w.WriteString("place", cc.Place);
            WriteNullable(w, "from", cc.From);
            WriteNullable(w, "to", cc.To);
            w.WriteString("on", cc.On.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }

        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("field", ev.Field);
            WriteSpan(w, ev.Span, ev.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMentions(Utf8JsonWriter w, ExtractionResult r)
    {
        w.WriteStartObject("mentions");
        w.WriteStartArray("places");
        foreach (var p in r.Places)
        {
            w.WriteStartObject();
            WriteSpan(w, p.Span, p.Text);
            w.WriteString("name", p.Place.Name);
            w.WriteString("country", p.Place.CountryCode);
            WriteNullable(w, "admin1", p.Place.Admin1);
            w.WriteNumber("lat", Math.Round(p.Place.Point.Lat, 5));
            w.WriteNumber("lon", Math.Round(p.Place.Point.Lon, 5));
            w.WriteString("kind", p.Place.Kind.ToString().ToLowerInvariant());
            w.WriteString("feature_code", p.Place.FeatureCode);
            w.WriteNumber("gazetteer_id", p.Place.Id);
            w.WriteNumber("geo_precision", p.Place.GeoPrecision);
            w.WriteString("match", p.Match.ToString().ToLowerInvariant());
            w.WriteNumber("score", Math.Round(p.Score, 3));
            WriteNullable(w, "runner_up", p.RunnerUp is { } ru ? $"{ru.Name}, {ru.CountryCode}" : null);
            w.WriteBoolean("dateline", p.IsDateline);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in r.Actors)
        {
            w.WriteStartObject();
            WriteSpan(w, a.Span, a.Text);
            WriteNullable(w, "name", a.Actor?.Name);
            if (a.Actor is { } actor)
            {
                w.WriteNumber("inter", actor.Inter);
            }

            w.WriteString("match", a.Match.ToString().ToLowerInvariant());
            w.WriteBoolean("resolved", a.Actor is not null);
            WriteNullable(w, "note", a.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("people");
        foreach (var p in r.People)
        {
            w.WriteStartObject();
            WriteSpan(w, p.Span, r.Document.Slice(p.Span));
            w.WriteString("name", p.Name);
            WriteNullable(w, "role", p.Role);
            WriteNullable(w, "affiliation", p.Affiliation?.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("dates");
        foreach (var d in r.Dates)
        {
            w.WriteStartObject();
            WriteSpan(w, d.Span, d.Text);
            WriteNullable(w, "value", d.Value?.Iso);
            WriteNullable(w, "precision", d.Value?.Precision.ToString().ToLowerInvariant());
            if (d.Value is { } v)
            {
                w.WriteNumber("time_precision", v.TimePrecision);
            }

            w.WriteString("relation", d.Relation.ToString().ToLowerInvariant());
            w.WriteBoolean("points_forward", d.PointsForward);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quantities");
        foreach (var q in r.Quantities)
        {
            w.WriteStartObject();
            WriteSpan(w, q.Span, q.Text);
            w.WriteNumber("value", q.Value);
            if (q.UpperValue is { } upper)
            {
                w.WriteNumber("upper", upper);
            }

            w.WriteString("qualifier", q.QualifierText);
            WriteNullable(w, "counted", q.Counted);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes an actor as {name, inter}: as the named property (null when there is no actor), or as an array element when <paramref name="property"/> is null.</summary>
    public static void WriteActor(Utf8JsonWriter w, string? property, EventActor? actor)
    {
        if (property is not null)
        {
            if (actor is null)
            {
                w.WriteNull(property);
                return;
            }

            w.WriteStartObject(property);
        }
        else
        {
            w.WriteStartObject();
        }

        w.WriteString("name", actor!.Name);
        w.WriteNumber("inter", actor.Inter);
        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, EventPlace? place)
    {
        if (place is null)
        {
            w.WriteNull("place");
            return;
        }

        w.WriteStartObject("place");
        w.WriteString("name", place.Name);
        w.WriteString("country", place.Country);
        WriteNullable(w, "admin1", place.Admin1);
        w.WriteNumber("lat", Math.Round(place.Point.Lat, 5));
        w.WriteNumber("lon", Math.Round(place.Point.Lon, 5));
        w.WriteNumber("geo_precision", place.GeoPrecision);
        w.WriteEndObject();
    }

    private static void WritePlover(Utf8JsonWriter w, string name, PloverCode plover, PloverParty? source, PloverParty? target)
    {
        w.WriteStartObject(name);
        w.WriteString("category", plover.Category);
        WriteNullable(w, "mode", plover.Mode);
        foreach (var (role, party) in new[] { ("source", source), ("target", target) })
        {
            if (party is null)
            {
                w.WriteNull(role);
                continue;
            }

            w.WriteStartObject(role);
            WriteSpan(w, party.Span, party.Text);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span, string text)
    {
        w.WriteString("text", text);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string SourceKindName(SourceKind kind) => kind switch
    {
        SourceKind.NewsAgency => "news_agency",
        SourceKind.Outlet => "outlet",
        SourceKind.Person => "person",
        SourceKind.Organisation => "organisation",
        _ => "statement",
    };
}
