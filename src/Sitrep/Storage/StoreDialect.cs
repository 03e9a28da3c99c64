namespace Sitrep.Storage;

using System.Data.Common;

/// <summary>
/// What differs between the databases the store runs on: how a connection opens, the schema version's home, the
/// column types the shared schema names, how JSON and dates are bound, and how "near a point" is asked.
/// Everything else (the tables, the queries, the merge rule) is one code path for both.
/// </summary>
internal abstract class StoreDialect
{
    /// <summary>A short name for messages: "SQLite" or "PostgreSQL".</summary>
    public abstract string Name { get; }

    public abstract DbConnection Open();

    /// <summary>
    /// True when the store should keep one command per statement (SQLite prepares a statement per command object);
    /// false when the driver prepares by SQL text itself (Npgsql's automatic preparation) and wants fresh commands.
    /// </summary>
    public abstract bool ReuseCommands { get; }

    /// <summary>Creates or migrates the tables; returns true when the store has a spatial (PostGIS) point column.</summary>
    public abstract bool Migrate(DbConnection db);

    /// <summary>Binds one parameter; <see cref="JsonText"/> and <see cref="DateOnly"/> values take the database's own types.</summary>
    public abstract void Bind(DbCommand cmd, string name, object? value);

    /// <summary>A query for one number that changes when another connection commits (see EventStore.ExternalChangeStamp).</summary>
    public abstract string ChangeStampSql { get; }

    /// <summary>A JSON column as text, for LIKE searches.</summary>
    public abstract string JsonAsText(string column);

    /// <summary>
    /// A condition true for every event within <paramref name="km"/> of the point bound as @lat/@lon (it may also be
    /// true for some farther ones: <see cref="MergeRule"/> measures the real distance).
    /// </summary>
    public abstract string Near(bool spatial);

    /// <summary>Turns the shared schema's type names ({id}, {ref}, {real}, {json}, {date}) into this database's.</summary>
    public abstract string Ddl(string schema);
}

/// <summary>A value stored in a JSON column.</summary>
internal readonly record struct JsonText(string Value);
