namespace Sitrep.Storage;

using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Ingest;

/// <summary>
/// The durable event store, in a SQLite file or on a PostgreSQL server: reports (unique by content hash), the
/// events coded from each, the sources behind them, merges across reports and the control timeline. Every batch
/// of reports is one transaction, so an interrupted ingest leaves whole batches or none.
/// </summary>
public sealed partial class EventStore : IDisposable
{
    private readonly DbConnection _db;
    private readonly StoreDialect _dialect;
    private readonly bool _spatial;
    private DbTransaction? _batch;

    private EventStore(DbConnection db, StoreDialect dialect, bool spatial) => (_db, _dialect, _spatial) = (db, dialect, spatial);

    /// <summary>
    /// Opens (creating or migrating) the store at <paramref name="path"/>: a SQLite file, or a PostgreSQL server
    /// named by a <c>postgres://</c> URI or a <c>Host=…</c> connection string (see <see cref="StoreLocation"/>).
    /// </summary>
    public static EventStore Open(string path)
    {
        var dialect = StoreLocation.Dialect(path);
        var db = dialect.Open();
        try
        {
            bool spatial = dialect.Migrate(db);
            return new EventStore(db, dialect, spatial);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The database behind the store: "SQLite" or "PostgreSQL".</summary>
    public string Provider => _dialect.Name;

    /// <summary>True when merge candidates are found through a PostGIS geography index.</summary>
    public bool Spatial => _spatial;

    /// <summary>Starts a batch: everything stored until <see cref="CommitBatch"/> is one transaction.</summary>
    public void BeginBatch() => _batch ??= _db.BeginTransaction();

    public void CommitBatch()
    {
        _batch?.Commit();
        _batch?.Dispose();
        _batch = null;
    }

    /// <summary>True when a report with this content hash is already stored.</summary>
    public bool Contains(string contentHash) =>
        Scalar<long>("SELECT COUNT(*) FROM reports WHERE content_hash = @h", ("@h", contentHash)) > 0;

    /// <summary>
    /// Stores a report and its events, merging each event into a stored event from another report when
    /// <see cref="MergeRule"/> says they are the same. A report already stored (same content hash) changes nothing.
    /// </summary>
    public StoreOutcome Store(Report report, IReadOnlyList<CodedEvent> events, string? url = null, string? title = null)
    {
        string hash = ContentHash.Of(report.Text);
        long? existing = ScalarOrNull("SELECT id FROM reports WHERE content_hash = @h", ("@h", hash));
        if (existing is { } id)
        {
            return new StoreOutcome(id, true, 0, 0);
        }

        long reportId = Insert(
            "INSERT INTO reports(content_hash, source, url, title, published, text) VALUES (@h, @s, @u, @t, @p, @x) RETURNING id",
            ("@h", hash), ("@s", report.Source), ("@u", url), ("@t", title), ("@p", report.Published), ("@x", report.Text));
        int added = 0, merged = 0;
        foreach (var e in events)
        {
            var target = FindMergeTarget(e, reportId);
            long eventId = InsertEvent(reportId, e, target?.Id);
            if (target is { } t)
            {
                Insert("INSERT INTO merges(into_event, merged_event, reason) VALUES (@i, @m, @r) RETURNING id",
                    ("@i", t.Id), ("@m", eventId), ("@r", t.Reason));
                merged++;
            }
            else
            {
                added++;
            }
        }

        return new StoreOutcome(reportId, false, added, merged);
    }

    private (long Id, string Reason)? FindMergeTarget(CodedEvent e, long reportId)
    {
        if (e.Date is not { } date || e.Place is null)
        {
            return null;
        }

        // An index narrows candidates by family, date window and distance (a box, or PostGIS); MergeRule decides.
        var p = e.Place.Point;
        double dLat = MergeRule.MaxDistanceKm / 111.0;
        double dLon = dLat / Math.Max(Math.Cos(p.Lat * Math.PI / 180), 0.01);
        var candidates = ReadMatchFields(
            $"""
            WHERE e.merged_into IS NULL AND e.family = @f AND e.report_id <> @r AND e.event_date BETWEEN @lo AND @hi
              AND (e.place_id = @pid OR {_dialect.Near(_spatial)})
            ORDER BY e.id
            """,
            ("@f", MergeRule.Family(e)), ("@r", reportId), ("@lo", date.AddDays(-MergeRule.MaxDayWindow)), ("@hi", date.AddDays(MergeRule.MaxDayWindow)),
            ("@pid", e.Place.GazetteerId), ("@lat", p.Lat), ("@lon", p.Lon), ("@dlat", dLat), ("@dlon", dLon),
            // PostGIS measures on the spheroid, MergeRule on a sphere: a 1% margin keeps every pair MergeRule accepts.
            ("@metres", MergeRule.MaxDistanceKm * 1010));
        foreach (var (id, stored) in candidates)
        {
            if (MergeRule.Reason(stored, e) is { } reason)
            {
                return (id, reason);
            }
        }

        return null;
    }

    private long InsertEvent(long reportId, CodedEvent e, long? mergedInto)
    {
        long id = Insert(
            """
            INSERT INTO events(report_id, merged_into, family, event_type, sub_event_type, event_date, time_precision, date_rule,
                actor1, inter1, actor2, inter2, assoc_actors, place_name, country, admin1, latitude, longitude, geo_precision, place_id,
                fatalities, injured, counts, claims, disputed, historical, confidence,
                control_place, control_from, control_to, control_on, evidence)
            VALUES (@r, @m, @fam, @et, @st, @d, @tp, @dr, @a1, @i1, @a2, @i2, @assoc, @pn, @c, @adm, @lat, @lon, @gp, @pid,
                @f, @inj, @counts, @claims, @disp, @hist, @conf, @cp, @cf, @ct, @co, @ev) RETURNING id
            """,
            ("@r", reportId), ("@m", mergedInto), ("@fam", MergeRule.Family(e)), ("@et", e.EventType), ("@st", e.SubEventType),
            ("@d", e.Date), ("@tp", e.TimePrecision), ("@dr", e.DateRule),
            ("@a1", e.Actor1?.Name), ("@i1", e.Actor1?.Inter), ("@a2", e.Actor2?.Name), ("@i2", e.Actor2?.Inter),
            ("@assoc", Json(e.AssocActors)),
            ("@pn", e.Place?.Name), ("@c", e.Place?.Country), ("@adm", e.Place?.Admin1),
            ("@lat", e.Place?.Point.Lat), ("@lon", e.Place?.Point.Lon), ("@gp", e.Place?.GeoPrecision), ("@pid", e.Place?.GazetteerId),
            ("@f", e.Fatalities), ("@inj", e.Injured), ("@counts", Json(e.Counts)),
            ("@claims", Json(e.Claims)), ("@disp", e.Disputed ? 1 : 0), ("@hist", e.Historical ? 1 : 0),
            ("@conf", e.Confidence), ("@cp", e.ControlChange?.Place), ("@cf", e.ControlChange?.From), ("@ct", e.ControlChange?.To),
            ("@co", e.ControlChange?.On), ("@ev", Json(e.Evidence)));
        foreach (var s in e.Sources)
        {
            Execute("INSERT INTO event_sources(event_id, name, kind, by_name) VALUES (@e, @n, @k, @b)",
                ("@e", id), ("@n", s.Name), ("@k", s.Kind.ToString()), ("@b", s.By));
        }

        ControlTimeline.Record(this, id, reportId, e);
        return id;
    }

    private static JsonText Json<T>(T value) => new(JsonSerializer.Serialize(value, StoreJson.For<T>()));

    public void Dispose()
    {
        foreach (var cmd in _commands.Values)
        {
            cmd.Dispose();
        }

        _batch?.Dispose();
        _db.Dispose();
    }

    /// <summary>A date as the store writes it: ISO 8601 (yyyy-MM-dd), or null.</summary>
    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as a database returns it: ISO text (SQLite), a DateTime or DateOnly (PostgreSQL), or null.</summary>
    internal static DateOnly? ParseDate(object value) => value switch
    {
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => null,
    };
}
