using System.Diagnostics;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the built `sitrep` CLI as a user would, capturing its output and exit code.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Sitrep(string? stdin, params string[] args) => SitrepWith(null, stdin, args);

    /// <summary>As <see cref="Sitrep"/>, with environment variables set for the process.</summary>
    public static Run SitrepWith(IReadOnlyDictionary<string, string>? environment, string? stdin, params string[] args) =>
        Execute("dotnet", [Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), .. args], stdin, TimeSpan.FromMinutes(2), environment);

    /// <summary>
    /// Runs `./sitrep`, the launcher a user runs: it runs the natively compiled program in artifacts/sitrep,
    /// compiling it first when it is missing or older than the sources (minutes, hence the long bound).
    /// </summary>
    public static Run Launcher(params string[] args) =>
        Execute(Path.Combine(RepoRoot, "sitrep"), args, null, TimeSpan.FromMinutes(15), null);

    /// <summary>A long-running `./sitrep` (a server), killed with its children when disposed.</summary>
    public sealed class Started(Process process) : IDisposable
    {
        private readonly System.Text.StringBuilder _stderr = new();

        public Process Process { get; } = process;

        public string Stderr()
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }

        internal void Collect(string? line)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }

    public static Started StartLauncher(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var started = new Started(Process.Start(StartInfo(Path.Combine(RepoRoot, "sitrep"), args, environment))!);
        started.Process.ErrorDataReceived += (_, e) => started.Collect(e.Data);
        started.Process.OutputDataReceived += (_, _) => { };
        started.Process.BeginErrorReadLine();
        started.Process.BeginOutputReadLine();
        return started;
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        return psi;
    }

    private static Run Execute(string program, IEnumerable<string> args, string? stdin, TimeSpan bound, IReadOnlyDictionary<string, string>? environment)
    {
        var psi = StartInfo(program, args, environment);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(bound))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {bound.TotalMinutes} minutes");
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
