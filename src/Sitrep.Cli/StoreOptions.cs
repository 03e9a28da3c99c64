namespace Sitrep.Cli;

using Sitrep.Storage;

/// <summary>Options the store commands share: --db PATH (default sitrep.db in the working directory) and dates.</summary>
internal static class StoreOptions
{
    public const string DefaultDb = "sitrep.db";

    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static EventStore? Open(string path)
    {
        try
        {
            return EventStore.Open(path);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot open the store {path}: {e.Message}");
            return null;
        }
    }
}
