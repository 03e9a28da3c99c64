using System.Globalization;

namespace Sitrep.Cli;

using Sitrep.Pipeline;

/// <summary>Argument checks and set-up steps that several commands share, each failing with one clear line.</summary>
internal static class Arguments
{
    /// <summary>Reads a YYYY-MM-DD option value; on failure prints why and sets the usage exit code.</summary>
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

    /// <summary>Loads the knowledge and the compiled gazetteer; on failure prints why (e.g. "run ./setup.sh").</summary>
    public static SitrepPipeline? TryLoadPipeline()
    {
        try
        {
            return SitrepPipeline.LoadDefault();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return null;
        }
    }
}
