namespace Sitrep.Tests.Storage;

using Npgsql;
using Sitrep.Storage;
using Sitrep.Testing;

public sealed class StoreLocationTests
{
    [Fact]
    public void A_postgres_uri_becomes_a_connection_string_with_its_query_as_keywords()
    {
        var b = new NpgsqlConnectionStringBuilder(StoreLocation.ConnectionString("postgres://ana:s%40cret@db.example:6543/events?search_path=s1&sslmode=disable"));

        Assert.Equal(("db.example", 6543, "events", "ana", "s@cret"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.Equal("s1", b.SearchPath);
        Assert.Equal(SslMode.Disable, b.SslMode);
    }

    [Theory]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("postgresql://u@h/db", true)]
    [InlineData("Host=localhost;Database=sitrep", true)]
    [InlineData("sitrep.db", false)]
    [InlineData("/data/a=b/sitrep.db", false)]
    public void Postgres_locations_are_told_from_sqlite_files(string location, bool postgres) =>
        Assert.Equal(postgres, StoreLocation.IsPostgres(location));

    [Fact]
    public void Messages_name_the_server_without_the_password() =>
        Assert.DoesNotContain("hunter2", StoreLocation.Display("postgres://ana:hunter2@localhost:5432/sitrep"));

    [Fact]
    public void The_postgres_store_uses_a_postgis_point_index_when_the_server_has_postgis()
    {
        using var location = TestStore.Create("postgres");
        using var store = EventStore.Open(location.Location);
        using var db = new NpgsqlConnection(location.Location);
        db.Open();
        using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM pg_extension WHERE extname = 'postgis'", db);
        bool postgis = (long)cmd.ExecuteScalar()! > 0;

        Assert.Equal("PostgreSQL", store.Provider);
        // ./setup.sh installs and enables PostGIS where Debian has it; without it the store narrows by a box.
        Assert.Equal(postgis, store.Spatial);
    }
}
