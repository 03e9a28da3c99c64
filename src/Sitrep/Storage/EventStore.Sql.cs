namespace Sitrep.Storage;

using Microsoft.Data.Sqlite;

public sealed partial class EventStore
{
    private SqliteCommand Command(string sql, SqliteTransaction? tx, (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx ?? _batch;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    internal void Execute(string sql, params (string Name, object? Value)[] args) => Execute(sql, null, args);

    private void Execute(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, tx, args);
        cmd.ExecuteNonQuery();
    }

    internal long Insert(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, null, args);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, null, args);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private long? ScalarOrNull(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, null, args);
        return cmd.ExecuteScalar() is long v ? v : null;
    }

    internal List<T> Rows<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, null, args);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
