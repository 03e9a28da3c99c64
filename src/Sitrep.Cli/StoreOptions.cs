using System.Globalization;

namespace Sitrep.Cli;

using Sitrep.Storage;

/// <summary>Options the store commands share: --db PATH (default sitrep.db in the working directory) and dates.</summary>
internal static class StoreOptions
{
    public const string DefaultDb = "sitrep.db";

    public static bool TryDate(string option, string value, out DateOnly date, out int exit)
    {
        exit = 0;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        exit = Usage.Fail($"{option} '{value}' is not a date in the form YYYY-MM-DD");
        return false;
    }

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
