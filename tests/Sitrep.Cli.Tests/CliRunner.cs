using System.Diagnostics;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the built `sitrep` CLI as a user would, capturing its output and exit code.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Sitrep(string? stdin, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        psi.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitrep {string.Join(' ', args)} did not finish in two minutes");
        }

        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The repository root: the nearest ancestor of the test binaries holding Sitrep.slnx.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared seed folder beside the repository (../shared/seed).</summary>
    public static string SeedDirectory => Path.Combine(RepoRoot, "..", "shared", "seed");
}
