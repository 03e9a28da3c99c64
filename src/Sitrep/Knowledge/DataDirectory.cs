namespace Sitrep.Knowledge;

/// <summary>
/// Finds the folder of curated knowledge (actors, lexicons, gazetteer supplement) and the compiled gazetteer.
/// SITREP_DATA overrides; otherwise the nearest ancestor of the program or the working directory holding data/actors.
/// </summary>
public static class DataDirectory
{
    public static string Locate()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SITREP_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, "actors")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Sitrep's data folder was not found; set SITREP_DATA to the repository's data/ folder.");
    }

    /// <summary>The compiled gazetteer index, made by `sitrep gazetteer build` during setup.</summary>
    public static string CompiledGazetteer(string dataDirectory) => Path.Combine(dataDirectory, "build", "gazetteer.bin");
}
