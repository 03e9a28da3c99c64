namespace Sitrep.Storage;

using Sitrep.Events;
using Sitrep.Places;

/// <summary>One change of control as a report tells it, with the report and the text that says so.</summary>
public sealed record ControlEntry(
    string Place, string? From, string? To, DateOnly On, long EventId, string ReportSource, DateOnly? ReportPublished, string? EvidenceText, int? Start, int? End);

/// <summary>Who held a place on a date and since when, with the entries that say so.</summary>
public sealed record ControlAnswer(string Place, string? Holder, DateOnly? Since, IReadOnlyList<ControlEntry> Evidence, IReadOnlyList<ControlEntry> Timeline);

/// <summary>
/// The per-place control timeline: fed by territorial events and by any event that declares a change of control,
/// one entry per report (merged events keep every report's entry as evidence).
/// </summary>
public static class ControlTimeline
{
    internal static void Record(EventStore store, long eventId, long reportId, CodedEvent e)
    {
        // Without a change of control stated, a territorial event gives its place only when it is at that place
        // (geo_precision 1): one near a town says nothing of who holds the town.
        string? place = e.ControlChange?.Place
                        ?? (AcledTaxonomy.TerritorialSubEventTypes.Contains(e.SubEventType) && e.Place is { GeoPrecision: 1 } ? e.Place.Name : null);
        DateOnly? on = e.ControlChange?.On ?? e.Date;
        if (place is null || on is null)
        {
            return;
        }

        string? to = e.ControlChange is { } c ? c.To : e.Actor1?.Name;
        string? from = e.ControlChange is { } c2 ? c2.From : e.Actor2?.Name;
        var span = e.Evidence.FirstOrDefault(v => v.Field is "control_change" or "sub_event_type" or "event_type" or "trigger")
                   ?? (e.Evidence.Count > 0 ? e.Evidence[0] : null);
        store.Execute(
            """
            INSERT INTO control_changes(event_id, report_id, place, place_key, place_id, from_actor, to_actor, on_date, evidence_start, evidence_end, evidence_text)
            VALUES (@e, @r, @p, @k, @pid, @f, @t, @on, @s, @x, @txt)
            """,
            ("@e", eventId), ("@r", reportId), ("@p", place), ("@k", Key(place)), ("@pid", e.Place?.GazetteerId),
            ("@f", from), ("@t", to), ("@on", on), ("@s", span?.Span.Start), ("@x", span?.Span.End), ("@txt", span?.Text));
    }

    /// <summary>Who held <paramref name="place"/> on <paramref name="on"/> (the latest date when null), and since when.</summary>
    public static ControlAnswer Query(EventStore store, string place, DateOnly? on)
    {
        var timeline = store.Rows(
            """
            SELECT c.place, c.from_actor, c.to_actor, c.on_date, c.event_id, r.source, r.published, c.evidence_text, c.evidence_start, c.evidence_end
            FROM control_changes c JOIN reports r ON r.id = c.report_id
            WHERE c.place_key = @k ORDER BY c.on_date, c.id
            """,
            r => new ControlEntry(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                EventStore.ParseDate(r.GetValue(3))!.Value, r.GetInt64(4), r.GetString(5), EventStore.ParseDate(r.GetValue(6)),
                r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt32(9)),
            ("@k", Key(place)));
        var known = on is { } d ? timeline.Where(t => t.On <= d).ToList() : timeline;
        if (known.Count == 0)
        {
            return new ControlAnswer(place, null, null, [], timeline);
        }

        string? holder = known[^1].To;
        // Since when: the first entry of the latest unbroken run of entries naming the same holder.
        int first = known.Count - 1;
        while (first > 0 && string.Equals(known[first - 1].To, holder, StringComparison.OrdinalIgnoreCase))
        {
            first--;
        }

        return new ControlAnswer(known[0].Place, holder, known[first].On, known[first..], timeline);
    }

    private static string Key(string place) => NameFolding.Fold(place);
}
