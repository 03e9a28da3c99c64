namespace Sitrep.Storage;

using Sitrep.Events;

/// <summary>
/// One merged event reduced to what a list, a map or a timeline shows: no evidence, claims or counts. The
/// fatality figure and report count already cover every report merged into the event.
/// </summary>
public sealed record EventSummary(
    long Id, string EventType, string SubEventType, DateOnly? Date, int TimePrecision,
    EventActor? Actor1, EventActor? Actor2, string AssocActorsJson, string? PlaceName, string? Country, string? Admin1,
    double? Latitude, double? Longitude, int? GeoPrecision, int Fatalities, int Reports, bool Disputed, bool Historical)
{
    /// <summary>ACLED's event_id_cnty style identifier, as <see cref="StoredEvent.EventIdCnty"/> writes it.</summary>
    public string EventIdCnty => $"{Country ?? "XX"}{Id}";
}

/// <summary>One per-report account of a merged event: the report's own coding and the report it came from.</summary>
public sealed record EventAccount(long EventId, CodedEvent Event, StoredReport Report);

/// <summary>A place with a control timeline, and the latest entry in it.</summary>
public sealed record ControlPlace(string Place, string? Holder, DateOnly Since, int Entries);

/// <summary>Reads for browsing the store (the web API): bulk summaries, per-report accounts, manual merges.</summary>
public sealed partial class EventStore
{
    /// <summary>
    /// Every event after merging, oldest first, as summaries. Two queries in all, whatever the size of the
    /// store: one for the events that head a group, one aggregate over the events merged into them.
    /// </summary>
    public IReadOnlyList<EventSummary> EventSummaries()
    {
        var members = new Dictionary<long, (int MinStated, int Count)>();
        foreach (var (group, minStated, count) in Rows(
                     "SELECT merged_into, MIN(CASE WHEN fatalities > 0 THEN fatalities END), COUNT(*) FROM events WHERE merged_into IS NOT NULL GROUP BY merged_into",
                     r => (r.GetInt64(0), r.IsDBNull(1) ? 0 : r.GetInt32(1), r.GetInt32(2))))
        {
            members[group] = (minStated, count);
        }

        return Rows(
            """
            SELECT id, event_type, sub_event_type, event_date, time_precision, actor1, inter1, actor2, inter2, assoc_actors,
                place_name, country, admin1, latitude, longitude, geo_precision, fatalities, disputed, historical
            FROM events WHERE merged_into IS NULL ORDER BY event_date IS NOT NULL, event_date, id
            """,
            r =>
            {
                long id = r.GetInt64(0);
                int fatalities = r.GetInt32(16);
                int reports = 1;
                if (members.TryGetValue(id, out var m))
                {
                    // The same rule as a merged StoredEvent: the lowest figure any report states.
                    fatalities = (fatalities, m.MinStated) switch
                    {
                        (> 0, > 0) => Math.Min(fatalities, m.MinStated),
                        (> 0, _) => fatalities,
                        _ => m.MinStated,
                    };
                    reports += m.Count;
                }

                return new EventSummary(
                    id, r.GetString(1), r.GetString(2), ParseDate(r.GetValue(3)), r.GetInt32(4),
                    r.IsDBNull(5) ? null : new EventActor(r.GetString(5), r.GetInt32(6)),
                    r.IsDBNull(7) ? null : new EventActor(r.GetString(7), r.GetInt32(8)), r.GetString(9),
                    Text(r, 10), Text(r, 11), Text(r, 12),
                    r.IsDBNull(13) ? null : r.GetDouble(13), r.IsDBNull(14) ? null : r.GetDouble(14), r.IsDBNull(15) ? null : r.GetInt32(15),
                    fatalities, reports, Flag(r, 17), Flag(r, 18));
            });
    }

    /// <summary>
    /// The accounts behind event <paramref name="id"/>: its own report's coding first, then each merged-in report's,
    /// with the report each came from. Empty when there is no such event.
    /// </summary>
    public IReadOnlyList<EventAccount> Accounts(long id)
    {
        var rows = ReadEvents("WHERE e.id = @id OR e.merged_into = @id ORDER BY e.id", ("@id", id));
        var reportIds = Rows("SELECT id, report_id FROM events WHERE id = @id OR merged_into = @id", r => (r.GetInt64(0), r.GetInt64(1)), ("@id", id))
            .ToDictionary(x => x.Item1, x => x.Item2);
        return rows.Select(row => new EventAccount(row.Id, row.Event, Report(reportIds[row.Id])!)).ToList();
    }

    /// <summary>The stored report with this id, or null.</summary>
    public StoredReport? Report(long reportId) =>
        Rows("SELECT id, content_hash, source, url, title, published FROM reports WHERE id = @id",
            r => new StoredReport(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), ParseDate(r.GetValue(5))),
            ("@id", reportId)).FirstOrDefault();

    /// <summary>The text of the stored report with this id (evidence offsets point into it), or null.</summary>
    public string? ReportText(long reportId) =>
        Rows("SELECT text FROM reports WHERE id = @id", r => r.GetString(0), ("@id", reportId)).FirstOrDefault();

    /// <summary>
    /// Merges event <paramref name="eventId"/> (and any events already merged into it) into event
    /// <paramref name="intoId"/> by an analyst's decision, recorded with <paramref name="reason"/>; undone by
    /// <see cref="Split"/>. Returns why it cannot when either event is missing or already merged elsewhere.
    /// </summary>
    public string? Merge(long intoId, long eventId, string reason)
    {
        if (intoId == eventId)
        {
            return "an event cannot be merged into itself";
        }

        foreach (long id in new[] { intoId, eventId })
        {
            var state = Rows("SELECT merged_into FROM events WHERE id = @id", r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), ("@id", id));
            if (state.Count == 0)
            {
                return $"event {id} does not exist";
            }

            if (state[0] is { } group)
            {
                return $"event {id} is already merged into event {group}; merge into or split that event instead";
            }
        }

        BeginBatch();
        var moved = Rows("SELECT id FROM events WHERE merged_into = @m ORDER BY id", r => r.GetInt64(0), ("@m", eventId));
        foreach (long id in moved.Prepend(eventId))
        {
            Execute("UPDATE events SET merged_into = @i WHERE id = @id", ("@i", intoId), ("@id", id));
            Execute("UPDATE merges SET undone = 1 WHERE merged_event = @id AND undone = 0", ("@id", id));
            Insert("INSERT INTO merges(into_event, merged_event, reason) VALUES (@i, @m, @r) RETURNING id", ("@i", intoId), ("@m", id), ("@r", reason));
        }

        CommitBatch();
        return null;
    }

    /// <summary>Every place with a control timeline: the holder its latest entry names, since that entry's date.</summary>
    public IReadOnlyList<ControlPlace> ControlPlaces() =>
        Rows(
            """
            SELECT place, to_actor, on_date, entries FROM (
                SELECT c.place, c.to_actor, c.on_date,
                    ROW_NUMBER() OVER (PARTITION BY c.place_key ORDER BY c.on_date DESC, c.id DESC) AS latest,
                    COUNT(*) OVER (PARTITION BY c.place_key) AS entries
                FROM control_changes c) AS ranked
            WHERE latest = 1
            """,
            r => new ControlPlace(r.GetString(0), Text(r, 1), ParseDate(r.GetValue(2))!.Value, r.GetInt32(3)))
        // Sorted here: PostgreSQL's collation would order names differently from SQLite's bytes.
        .OrderBy(p => p.Place, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A number that changes whenever another connection (another process's ingest, say) commits to the store,
    /// so a reader holding a cached view knows when it is stale. On SQLite this connection's own commits do not
    /// change it; on PostgreSQL they may (a reader then refreshes once more than it needs to).
    /// </summary>
    public long ExternalChangeStamp() => Scalar<long>(_dialect.ChangeStampSql);
}
