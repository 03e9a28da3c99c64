namespace Sitrep.Storage;

using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// The store on a PostgreSQL server: identity columns, JSONB, DATE, the schema version in a schema_version table,
/// and with PostGIS a geography point on every event, GiST-indexed, for the merge rule's distance.
/// </summary>
internal sealed class PostgresDialect(string connectionString) : StoreDialect
{
    public override string Name => "PostgreSQL";

    public override bool ReuseCommands => false;

    public override DbConnection Open()
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (b.MaxAutoPrepare == 0)
        {
            // The store runs the same dozen statements per report: prepared once, each is a single round trip after.
            b.MaxAutoPrepare = 32;
        }

        var db = new NpgsqlConnection(b.ConnectionString);
        db.Open();
        return db;
    }

    public override bool Migrate(DbConnection db)
    {
        using (var tx = db.BeginTransaction())
        {
            // One migrating process at a time; the others wait, then find the schema current.
            Run(db, tx, "SELECT pg_advisory_xact_lock(7353627)");
            Run(db, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            long version = Convert.ToInt64(Run(db, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version", scalar: true),
                System.Globalization.CultureInfo.InvariantCulture);
            bool spatial = version == 0 ? EnablePostgis(db, tx) : HasSpatialColumn(db, tx);
            for (long v = version; v < StoreSchema.Version; v++)
            {
                Run(db, tx, Ddl(StoreSchema.Migrations[v]));
                if (v == 0 && spatial)
                {
                    Run(db, tx, StoreSchema.PostgisPoint);
                }

                Run(db, tx, $"DELETE FROM schema_version; INSERT INTO schema_version VALUES ({v + 1})");
            }

            tx.Commit();
            return spatial;
        }
    }

    // PostGIS is optional: without it (not installed, or not enabled and no right to enable it) the store keeps
    // plain latitude/longitude columns and narrows merge candidates by a box, as on SQLite.
    private static bool EnablePostgis(DbConnection db, DbTransaction tx)
    {
        if (Convert.ToInt64(Run(db, tx, "SELECT COUNT(*) FROM pg_extension WHERE extname = 'postgis'", scalar: true),
                System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return true;
        }

        Run(db, tx, "SAVEPOINT postgis");
        try
        {
            Run(db, tx, "CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public");
            Run(db, tx, "RELEASE SAVEPOINT postgis");
            return true;
        }
        catch (PostgresException)
        {
            Run(db, tx, "ROLLBACK TO SAVEPOINT postgis");
            return false;
        }
    }

    private static bool HasSpatialColumn(DbConnection db, DbTransaction tx) => Convert.ToInt64(
        Run(db, tx,
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'geog'",
            scalar: true),
        System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static object? Run(DbConnection db, DbTransaction tx, string sql, bool scalar = false)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return scalar ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }

    public override void Bind(DbCommand cmd, string name, object? value)
    {
        var p = new NpgsqlParameter { ParameterName = name };
        switch (value)
        {
            case null:
                p.Value = DBNull.Value;
                break;
            case JsonText j:
                p.NpgsqlDbType = NpgsqlDbType.Jsonb;
                p.Value = j.Value;
                break;
            default:
                p.Value = value;
                break;
        }

        ((NpgsqlCommand)cmd).Parameters.Add(p);
    }

    // PostgreSQL has no per-connection data version: the newest report and merge and the merges in force change
    // with every ingest, manual merge and split.
    public override string ChangeStampSql =>
        """
        SELECT (SELECT COALESCE(MAX(id), 0) FROM reports) * 1000003 + (SELECT COALESCE(MAX(id), 0) FROM merges) * 1009
             + (SELECT COUNT(*) FROM merges WHERE undone = 0)
        """;

    public override string JsonAsText(string column) => column + "::text";

    public override string Near(bool spatial) => spatial
        ? "ST_DWithin(e.geog, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography, @metres)"
        : "(e.latitude BETWEEN @lat - @dlat AND @lat + @dlat AND e.longitude BETWEEN @lon - @dlon AND @lon + @dlon)";

    public override string Ddl(string schema) => schema
        .Replace("{id}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", StringComparison.Ordinal)
        .Replace("{ref}", "BIGINT", StringComparison.Ordinal)
        .Replace("{real}", "DOUBLE PRECISION", StringComparison.Ordinal)
        .Replace("{json}", "JSONB", StringComparison.Ordinal)
        .Replace("{date}", "DATE", StringComparison.Ordinal);
}
