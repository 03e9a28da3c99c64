namespace Sitrep.Storage;

using System.Text.Json;
using System.Data.Common;
using Sitrep.Events;
using Sitrep.Places;

public sealed partial class EventStore
{
    private const string EventColumns =
        """
        SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.time_precision, e.date_rule,
            e.actor1, e.inter1, e.actor2, e.inter2, e.assoc_actors, e.place_name, e.country, e.admin1,
            e.latitude, e.longitude, e.geo_precision, e.place_id, e.fatalities, e.injured, e.counts, e.claims,
            e.disputed, e.historical, e.confidence, e.control_place, e.control_from, e.control_to, e.control_on, e.evidence
        FROM events e
        """;

    /// <summary>Events after merging, oldest first, narrowed by <paramref name="filter"/>.</summary>
    public IReadOnlyList<StoredEvent> Events(EventFilter? filter = null)
    {
        filter ??= new EventFilter();
        var where = new List<string> { "e.merged_into IS NULL" };
        var args = new List<(string, object?)>();
        void Add(string clause, string name, object? value)
        {
            where.Add(clause);
            args.Add((name, value));
        }

        if (filter.Country is { } c) Add("upper(e.country) = upper(@c)", "@c", c);
        if (filter.Place is { } p) Add("lower(e.place_name) = lower(@p)", "@p", p);
        if (filter.From is { } f) Add("e.event_date >= @from", "@from", f);
        if (filter.To is { } t) Add("e.event_date <= @to", "@to", t);
        if (filter.EventType is { } et) Add("(lower(e.event_type) = lower(@et) OR lower(e.sub_event_type) = lower(@et))", "@et", et);
        if (filter.Actor is { } a)
        {
            Add($"(lower(e.actor1) LIKE lower(@a) OR lower(e.actor2) LIKE lower(@a) OR lower({_dialect.JsonAsText("e.assoc_actors")}) LIKE lower(@a))",
                "@a", $"%{a}%");
        }

        // Undated events first on both databases (SQLite sorts NULL first, PostgreSQL last).
        var rows = ReadEvents("WHERE " + string.Join(" AND ", where) + " ORDER BY e.event_date IS NOT NULL, e.event_date, e.id", [.. args]);
        return rows.Select(r => Group(r.Id, r.Event)).ToList();
    }

    /// <summary>The event with this id as the store answers for it, or null.</summary>
    public StoredEvent? Event(long id) =>
        ReadEvents("WHERE e.id = @id", ("@id", id)).Select(r => Group(r.Id, r.Event)).FirstOrDefault();

    /// <summary>Undoes the merge of event <paramref name="eventId"/>: it stands as its own event again.</summary>
    public SplitOutcome? Split(long eventId)
    {
        long? into = ScalarOrNull("SELECT merged_into FROM events WHERE id = @id", ("@id", eventId));
        if (into is not { } group)
        {
            return null;
        }

        BeginBatch();
        Execute("UPDATE events SET merged_into = NULL WHERE id = @id", ("@id", eventId));
        Execute("UPDATE merges SET undone = 1 WHERE merged_event = @id AND undone = 0", ("@id", eventId));
        CommitBatch();
        return new SplitOutcome(eventId, group);
    }

    /// <summary>Counts of what the store holds: reports, events after merging, merges in force.</summary>
    public (long Reports, long Events, long Merges) Counts() => (
        Scalar<long>("SELECT COUNT(*) FROM reports"),
        Scalar<long>("SELECT COUNT(*) FROM events WHERE merged_into IS NULL"),
        Scalar<long>("SELECT COUNT(*) FROM merges WHERE undone = 0"));

    /// <summary>The merge reasons recorded for an event group, in force or undone.</summary>
    public IReadOnlyList<(long MergedEvent, string Reason, bool Undone)> Merges(long intoEvent) =>
        Rows("SELECT merged_event, reason, undone FROM merges WHERE into_event = @i ORDER BY id",
            r => (r.GetInt64(0), r.GetString(1), Convert.ToInt64(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) != 0),
            ("@i", intoEvent));

    private StoredEvent Group(long id, CodedEvent head)
    {
        var members = ReadEvents("WHERE e.merged_into = @id ORDER BY e.id", ("@id", id));
        var all = new List<(long Id, CodedEvent Event)> { (id, head) };
        all.AddRange(members);
        // Sorted here, not in SQL: PostgreSQL's collation would order names differently from SQLite's bytes.
        var sources = Rows(
                "SELECT DISTINCT s.name, s.kind, s.by_name FROM event_sources s JOIN events e ON e.id = s.event_id WHERE e.id = @id OR e.merged_into = @id",
                r => new ClaimSource(r.GetString(0), Enum.Parse<SourceKind>(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2)), ("@id", id))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.By, StringComparer.Ordinal).ToList();
        var reports = Rows(
            """
            SELECT DISTINCT r.id, r.content_hash, r.source, r.url, r.title, r.published
            FROM reports r JOIN events e ON e.report_id = r.id WHERE e.id = @id OR e.merged_into = @id ORDER BY r.id
            """,
            r => new StoredReport(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), ParseDate(r.GetValue(5))), ("@id", id));

        // ACLED: when sources disagree, code the most conservative figure; a report that states no figure does not count.
        var stated = all.Select(m => m.Event.Fatalities).Where(f => f > 0).ToList();
        var evidence = all.SelectMany(m => m.Event.Evidence).Distinct().ToList();
        var merged = head with
        {
            Fatalities = stated.Count > 0 ? stated.Min() : 0,
            Sources = sources,
            Evidence = evidence,
            Claims = all.SelectMany(m => m.Event.Claims).Distinct().ToList(),
        };
        return new StoredEvent(id, merged, reports, members.Select(m => m.Id).ToList());
    }

    private List<(long Id, CodedEvent Event)> ReadEvents(string tail, params (string Name, object? Value)[] args) =>
        Rows(EventColumns + " " + tail, r => (r.GetInt64(0), ReadEvent(r)), args);

    // Only the fields MergeRule compares, without the JSON columns: candidate lists can be long in a busy week.
    private List<(long Id, CodedEvent Event)> ReadMatchFields(string tail, params (string Name, object? Value)[] args) =>
        Rows(
            """
            SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.time_precision, e.actor1, e.inter1, e.actor2, e.inter2,
                e.place_name, e.country, e.latitude, e.longitude, e.geo_precision, e.place_id
            FROM events e
            """ + " " + tail,
            r => (r.GetInt64(0), new CodedEvent(
                r.GetString(1), r.GetString(2), ParseDate(r.GetValue(3)), r.GetInt32(4), "",
                r.IsDBNull(5) ? null : new EventActor(r.GetString(5), r.GetInt32(6)),
                r.IsDBNull(7) ? null : new EventActor(r.GetString(7), r.GetInt32(8)), [],
                r.IsDBNull(9) ? null : new EventPlace(r.GetString(9), r.GetString(10), null, new GeoPoint(r.GetDouble(11), r.GetDouble(12)),
                    r.GetInt32(13), r.IsDBNull(14) ? null : r.GetInt32(14)),
                0, null, new Dictionary<string, long>(), [], [], false, false, 0, null, [])),
            args);

    private static CodedEvent ReadEvent(DbDataReader r)
    {
        EventActor? Actor(int name, int inter) => r.IsDBNull(name) ? null : new EventActor(r.GetString(name), r.GetInt32(inter));
        EventPlace? place = r.IsDBNull(11) ? null : new EventPlace(r.GetString(11), r.GetString(12), Text(r, 13),
            new GeoPoint(r.GetDouble(14), r.GetDouble(15)), r.GetInt32(16), r.IsDBNull(17) ? null : r.GetInt32(17));
        ControlChange? control = r.IsDBNull(25) ? null
            : new ControlChange(r.GetString(25), Text(r, 26), Text(r, 27), ParseDate(r.GetValue(28))!.Value);
        return new CodedEvent(
            r.GetString(1), r.GetString(2), ParseDate(r.GetValue(3)), r.GetInt32(4), r.GetString(5),
            Actor(6, 7), Actor(8, 9), Json<List<EventActor>>(r, 10), place,
            r.GetInt32(18), r.IsDBNull(19) ? null : r.GetInt32(19), Json<Dictionary<string, long>>(r, 20),
            [], Json<List<Claim>>(r, 21), Flag(r, 22), Flag(r, 23), r.GetDouble(24), control,
            Json<List<Evidence>>(r, 29));
    }

    private static bool Flag(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) != 0;

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T Json<T>(DbDataReader r, int i) => JsonSerializer.Deserialize(r.GetString(i), StoreJson.For<T>())!;
}
