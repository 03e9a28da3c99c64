namespace Sitrep.Knowledge;

/// <summary>
/// Finds the folder of curated knowledge (actors, lexicons, gazetteer supplement) and the compiled gazetteer.
/// SITREP_DATA overrides; otherwise the nearest ancestor of the program or the working directory holding data/actors.
/// </summary>
public static class DataDirectory
{
    /// <exception cref="DataDirectoryNotFoundException">No data folder was found, or SITREP_DATA names one without actors/.</exception>
    public static string Locate()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SITREP_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(Path.Combine(fromEnv, "actors"))
                ? fromEnv
                : throw new DataDirectoryNotFoundException($"SITREP_DATA is '{fromEnv}', which has no actors/ folder; point it at the repository's data/ folder.");
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

        throw new DataDirectoryNotFoundException("Sitrep's data folder was not found; set SITREP_DATA to the repository's data/ folder.");
    }

    /// <summary>The compiled gazetteer index, made by `sitrep gazetteer build` during setup.</summary>
    public static string CompiledGazetteer(string dataDirectory) => Path.Combine(dataDirectory, "build", "gazetteer.bin");
}

/// <summary>Sitrep's knowledge folder is missing: the command cannot run, whatever its input (the CLI exits 2).</summary>
public sealed class DataDirectoryNotFoundException(string message) : DirectoryNotFoundException(message);
