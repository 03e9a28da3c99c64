namespace Sitrep.Storage;

/// <summary>
/// The event store's tables, one schema for SQLite and PostgreSQL. Type names in braces are the dialect's:
/// {id} a row id (INTEGER PRIMARY KEY / identity BIGINT), {ref} a reference to one, {real} a double,
/// {json} JSON (TEXT / JSONB), {date} a day (ISO 8601 TEXT / DATE).
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
            id {id},
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published {date},
            text TEXT NOT NULL
        );
        CREATE TABLE events (
            id {id},
            report_id {ref} NOT NULL REFERENCES reports(id),
            merged_into {ref} REFERENCES events(id),
            family TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            event_date {date},
            time_precision INTEGER NOT NULL,
            date_rule TEXT NOT NULL,
            actor1 TEXT, inter1 INTEGER,
            actor2 TEXT, inter2 INTEGER,
            assoc_actors {json} NOT NULL,
            place_name TEXT, country TEXT, admin1 TEXT,
            latitude {real}, longitude {real}, geo_precision INTEGER, place_id INTEGER,
            fatalities INTEGER NOT NULL,
            injured INTEGER,
            counts {json} NOT NULL,
            claims {json} NOT NULL,
            disputed INTEGER NOT NULL,
            historical INTEGER NOT NULL,
            confidence {real} NOT NULL,
            control_place TEXT, control_from TEXT, control_to TEXT, control_on {date},
            evidence {json} NOT NULL
        );
        CREATE INDEX events_match ON events(family, event_date) WHERE merged_into IS NULL;
        CREATE INDEX events_group ON events(merged_into);
        CREATE TABLE event_sources (
            event_id {ref} NOT NULL REFERENCES events(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            by_name TEXT
        );
        CREATE INDEX event_sources_event ON event_sources(event_id);
        CREATE TABLE merges (
            id {id},
            into_event {ref} NOT NULL REFERENCES events(id),
            merged_event {ref} NOT NULL REFERENCES events(id),
            reason TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE control_changes (
            id {id},
            event_id {ref} NOT NULL REFERENCES events(id),
            report_id {ref} NOT NULL REFERENCES reports(id),
            place TEXT NOT NULL,
            place_key TEXT NOT NULL,
            place_id INTEGER,
            from_actor TEXT,
            to_actor TEXT,
            on_date {date} NOT NULL,
            evidence_start INTEGER,
            evidence_end INTEGER,
            evidence_text TEXT
        );
        CREATE INDEX control_changes_place ON control_changes(place_key, on_date);
        """,
    ];

    /// <summary>
    /// With PostGIS, every event with coordinates also has a geography point (kept in step by the database) under
    /// a GiST index, so "within 25 km" is an index search.
    /// </summary>
    public const string PostgisPoint =
        """
        ALTER TABLE events ADD COLUMN geog public.geography(Point, 4326) GENERATED ALWAYS AS (
            CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL
                 ELSE public.ST_SetSRID(public.ST_MakePoint(longitude, latitude), 4326)::public.geography END) STORED;
        CREATE INDEX events_geog ON events USING GIST (geog);
        """;
}
