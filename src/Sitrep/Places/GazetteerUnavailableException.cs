namespace Sitrep.Places;

/// <summary>The compiled gazetteer index is missing, unreadable or corrupt; the message names the file and the fix.</summary>
public sealed class GazetteerUnavailableException : IOException
{
    public GazetteerUnavailableException()
    {
    }

    public GazetteerUnavailableException(string message)
        : base(message)
    {
    }

    public GazetteerUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    internal static GazetteerUnavailableException Missing(string path) =>
        new($"Gazetteer index '{path}' was not found; run ./setup.sh (npm ci, then `sitrep gazetteer build`) to compile it.");

    internal static GazetteerUnavailableException Corrupt(string path, string problem) =>
        new($"Gazetteer index '{path}' is corrupt or from another version ({problem}); run ./setup.sh to rebuild it.");
}
