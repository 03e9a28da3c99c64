namespace Sitrep.Storage;

/// <summary>
/// The event store's tables. The SQL keeps to types and syntax PostgreSQL also accepts (INTEGER/BIGINT, REAL,
/// TEXT, ISO-8601 dates as text, JSON as text), so a PostgreSQL provider can reuse it with identity columns in
/// place of SQLite's INTEGER PRIMARY KEY row ids and JSONB in place of the JSON text columns.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version this code writes; older stores are migrated step by step on open.</summary>
    public const int Version = 1;

    /// <summary>Migrations by the version they produce; index 0 creates version 1.</summary>
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            merged_into INTEGER REFERENCES events(id),
            family TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            event_date TEXT,
            time_precision INTEGER NOT NULL,
            date_rule TEXT NOT NULL,
            actor1 TEXT, inter1 INTEGER,
            actor2 TEXT, inter2 INTEGER,
            assoc_actors TEXT NOT NULL,
            place_name TEXT, country TEXT, admin1 TEXT,
            latitude REAL, longitude REAL, geo_precision INTEGER, place_id INTEGER,
            fatalities INTEGER NOT NULL,
            injured INTEGER,
            counts TEXT NOT NULL,
            claims TEXT NOT NULL,
            disputed INTEGER NOT NULL,
            historical INTEGER NOT NULL,
            confidence REAL NOT NULL,
            control_place TEXT, control_from TEXT, control_to TEXT, control_on TEXT,
            evidence TEXT NOT NULL
        );
        CREATE INDEX events_match ON events(family, event_date) WHERE merged_into IS NULL;
        CREATE INDEX events_group ON events(merged_into);
        CREATE TABLE event_sources (
            event_id INTEGER NOT NULL REFERENCES events(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            by_name TEXT
        );
        CREATE INDEX event_sources_event ON event_sources(event_id);
        CREATE TABLE merges (
            id INTEGER PRIMARY KEY,
            into_event INTEGER NOT NULL REFERENCES events(id),
            merged_event INTEGER NOT NULL REFERENCES events(id),
            reason TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE control_changes (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id),
            report_id INTEGER NOT NULL REFERENCES reports(id),
            place TEXT NOT NULL,
            place_key TEXT NOT NULL,
            place_id INTEGER,
            from_actor TEXT,
            to_actor TEXT,
            on_date TEXT NOT NULL,
            evidence_start INTEGER,
            evidence_end INTEGER,
            evidence_text TEXT
        );
        CREATE INDEX control_changes_place ON control_changes(place_key, on_date);
        """,
    ];
}
