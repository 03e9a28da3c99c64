namespace Sitrep.Cli;

using Sitrep.Storage;

/// <summary>
/// Options the store commands share: --db LOCATION, a SQLite file (default sitrep.db in the working directory) or a
/// PostgreSQL server (postgres://user:pass@host:port/db or Host=...;Database=...).
/// </summary>
internal static class StoreOptions
{
    public const string DefaultDb = "sitrep.db";

    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static EventStore? Open(string location)
    {
        try
        {
            return EventStore.Open(location);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException
                                      or ArgumentException or UriFormatException or TimeoutException)
        {
            Console.Error.WriteLine($"sitrep: cannot open the store {StoreLocation.Display(location)}: {e.Message}");
            return null;
        }
    }
}
