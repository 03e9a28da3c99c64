namespace Sitrep.Storage;

using System.Data.Common;
using System.Globalization;

public sealed partial class EventStore
{
    // Commands are kept by their SQL so each statement is prepared once per connection, not once per report.
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private DbCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            _commands[sql] = cmd;
        }

        cmd.Transaction = _batch;
        cmd.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            _dialect.Bind(cmd, name, value);
        }

        return cmd;
    }

    internal void Execute(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteNonQuery();

    internal long Insert(string sql, params (string Name, object? Value)[] args) =>
        Convert.ToInt64(Command(sql, args).ExecuteScalar(), CultureInfo.InvariantCulture);

    private T Scalar<T>(string sql, params (string Name, object? Value)[] args) =>
        (T)Convert.ChangeType(Command(sql, args).ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);

    private long? ScalarOrNull(string sql, params (string Name, object? Value)[] args) =>
        Command(sql, args).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    internal List<T> Rows<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var reader = Command(sql, args).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
