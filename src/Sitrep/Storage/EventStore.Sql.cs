namespace Sitrep.Storage;

using System.Data.Common;
using System.Globalization;

public sealed partial class EventStore
{
    // On SQLite commands are kept by their SQL, so each statement is prepared once per connection, not once per
    // report; Npgsql prepares by SQL text on its own and gets a fresh command each time.
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private Statement Command(string sql, (string Name, object? Value)[] args)
    {
        bool reuse = _dialect.ReuseCommands;
        if (!reuse || !_commands.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            if (reuse)
            {
                _commands[sql] = cmd;
            }
        }

        cmd.Transaction = _batch;
        cmd.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            _dialect.Bind(cmd, name, value);
        }

        return new Statement(cmd, Owned: !reuse);
    }

    /// <summary>A command ready to run; disposing it disposes the command unless the store keeps it for reuse.</summary>
    private readonly record struct Statement(DbCommand Cmd, bool Owned) : IDisposable
    {
        public void Dispose()
        {
            if (Owned)
            {
                Cmd.Dispose();
            }
        }
    }

    internal void Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var s = Command(sql, args);
        s.Cmd.ExecuteNonQuery();
    }

    internal long Insert(string sql, params (string Name, object? Value)[] args)
    {
        using var s = Command(sql, args);
        return Convert.ToInt64(s.Cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] args)
    {
        using var s = Command(sql, args);
        return (T)Convert.ChangeType(s.Cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private long? ScalarOrNull(string sql, params (string Name, object? Value)[] args)
    {
        using var s = Command(sql, args);
        return s.Cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
    }

    internal List<T> Rows<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var s = Command(sql, args);
        using var reader = s.Cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
