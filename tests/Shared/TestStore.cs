namespace Sitrep.Testing;

using Npgsql;

/// <summary>
/// A fresh, empty event store for one test, on SQLite (a temporary file) or PostgreSQL (a schema of its own in the
/// database named by SITREP_TEST_POSTGRES, by default the one ./setup.sh creates), dropped when disposed.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>The server ./setup.sh starts, with the role and database it creates.</summary>
    public const string DefaultPostgres = "Host=localhost;Port=5432;Username=sitrep;Password=sitrep;Database=sitrep";

    /// <summary>The providers every store test runs against.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private readonly string? _file;
    private readonly string? _schema;

    private TestStore(string location, string? file, string? schema) => (Location, _file, _schema) = (location, file, schema);

    /// <summary>What `--db` takes: a file path or a PostgreSQL connection string.</summary>
    public string Location { get; }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultPostgres;

    public static TestStore Create(string provider) => provider switch
    {
        "sqlite" => Sqlite(),
        "postgres" => Postgres(),
        _ => throw new ArgumentException($"unknown provider {provider}", nameof(provider)),
    };

    private static TestStore Sqlite()
    {
        string file = Path.Combine(Path.GetTempPath(), $"sitrep-test-{Guid.NewGuid():N}.db");
        return new TestStore(file, file, null);
    }

    private static TestStore Postgres()
    {
        string schema = $"test_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Pooling = false };
        try
        {
            using var db = new NpgsqlConnection(server.ConnectionString);
            db.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", db);
            cmd.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {server.Host}:{server.Port} (database {server.Database}, user {server.Username}): {e.Message}. " +
                "Run ./setup.sh, which installs and starts PostgreSQL and creates the role and database sitrep, " +
                "or set SITREP_TEST_POSTGRES to a connection string.", e);
        }

        server.SearchPath = $"{schema},public";
        return new TestStore(server.ConnectionString, null, schema);
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (string suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_file + suffix);
            }
        }

        if (_schema is not null)
        {
            var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Pooling = false };
            using var db = new NpgsqlConnection(server.ConnectionString);
            db.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", db);
            cmd.ExecuteNonQuery();
        }
    }
}
