namespace Sitrep.Tests;

/// <summary>Where the repository and the shared evaluation data are, found once by walking up from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding Sitrep.slnx.</summary>
    public static readonly string RepoRoot = FindRepoRoot();

    /// <summary>The shared folder beside the repository (seed reports, evaluation data).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder holding Sitrep.slnx above " + AppContext.BaseDirectory);
    }
}
