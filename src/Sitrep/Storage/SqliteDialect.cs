namespace Sitrep.Storage;

using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

/// <summary>The store in one SQLite file: write-ahead log, foreign keys on, the schema version in PRAGMA user_version.</summary>
internal sealed class SqliteDialect(string path) : StoreDialect
{
    public override string Name => "SQLite";

    public override bool ReuseCommands => true;

    public override DbConnection Open()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        cmd.ExecuteNonQuery();
        return db;
    }

    public override bool Migrate(DbConnection db)
    {
        long version = Convert.ToInt64(Run(db, null, "PRAGMA user_version", scalar: true), CultureInfo.InvariantCulture);
        for (long v = version; v < StoreSchema.Version; v++)
        {
            using var tx = db.BeginTransaction();
            Run(db, tx, Ddl(StoreSchema.Migrations[v]));
            Run(db, tx, $"PRAGMA user_version = {v + 1}");
            tx.Commit();
        }

        return false;
    }

    private static object? Run(DbConnection db, DbTransaction? tx, string sql, bool scalar = false)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return scalar ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }

    public override void Bind(DbCommand cmd, string name, object? value)
    {
        object stored = value switch
        {
            null => DBNull.Value,
            JsonText j => j.Value,
            DateOnly d => EventStore.DateText(d)!,
            _ => value,
        };
        ((SqliteCommand)cmd).Parameters.AddWithValue(name, stored);
    }

    public override string ChangeStampSql => "PRAGMA data_version";

    public override string JsonAsText(string column) => column;

    public override string Near(bool spatial) =>
        "(e.latitude BETWEEN @lat - @dlat AND @lat + @dlat AND e.longitude BETWEEN @lon - @dlon AND @lon + @dlon)";

    public override string Ddl(string schema) => schema
        .Replace("{id}", "INTEGER PRIMARY KEY", StringComparison.Ordinal)
        .Replace("{ref}", "INTEGER", StringComparison.Ordinal)
        .Replace("{real}", "REAL", StringComparison.Ordinal)
        .Replace("{json}", "TEXT", StringComparison.Ordinal)
        .Replace("{date}", "TEXT", StringComparison.Ordinal);
}
