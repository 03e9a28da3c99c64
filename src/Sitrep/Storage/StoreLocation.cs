namespace Sitrep.Storage;

using Npgsql;

/// <summary>
/// Where a store lives, as the user writes it: a PostgreSQL URI (<c>postgres://user:pass@host:port/db</c>, or
/// <c>postgresql://</c>), a key=value connection string naming a <c>Host=</c>, or else the path of a SQLite file.
/// </summary>
public static class StoreLocation
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (location.Contains('=', StringComparison.Ordinal)
            && location.Split(';').Any(part => part.Trim().StartsWith("host=", StringComparison.OrdinalIgnoreCase)));

    internal static StoreDialect Dialect(string location) =>
        IsPostgres(location) ? new PostgresDialect(ConnectionString(location)) : new SqliteDialect(location);

    /// <summary>
    /// An Npgsql connection string for a PostgreSQL location; a URI's query parameters (sslmode, search_path, …)
    /// become connection-string keywords, with underscores read as spaces ("search_path" is "Search Path").
    /// </summary>
    public static string ConnectionString(string location)
    {
        if (!location.Contains("://", StringComparison.Ordinal))
        {
            return location;
        }

        var uri = new Uri(location);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            b.Port = uri.Port;
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            b.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0]).Replace('_', ' ')] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }

        return b.ConnectionString;
    }

    /// <summary>The location with any password hidden, for messages.</summary>
    public static string Display(string location)
    {
        if (!IsPostgres(location))
        {
            return location;
        }

        try
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString(location));
            return $"PostgreSQL {b.Username}@{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (connection string not readable)";
        }
    }
}
