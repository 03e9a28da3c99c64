namespace Sitrep.Bench;

using System.Diagnostics;

/// <summary>Cold start of the published CLI: `./sitrep extract` on one sample, spawned five times, median.</summary>
internal static class ColdStart
{
    private const int Runs = 5;

    public static double? Measure()
    {
        string root = Corpus.RepoRoot;
        string launcher = Path.Combine(root, "sitrep");
        // The first run publishes the CLI when it is missing or stale (a native compile: minutes); it is not timed.
        if (Spawn(launcher, root, TimeSpan.FromMinutes(20)) is null)
        {
            return null;
        }

        double launcherMs = Median(launcher, root);
        string binary = Path.Combine(root, "artifacts", "sitrep", "Sitrep.Cli");
        double binaryMs = File.Exists(binary) ? Median(binary, root) : double.NaN;
        Console.WriteLine($"cold start ./sitrep extract (1 sample): median of {Runs} spawns {launcherMs:F0} ms; "
                          + $"the published binary alone {binaryMs:F0} ms (the launcher adds its staleness check)");
        return launcherMs;
    }

    private static double Median(string program, string root)
    {
        var times = new List<double>();
        for (int i = 0; i < Runs; i++)
        {
            times.Add(Spawn(program, root, TimeSpan.FromMinutes(1)) ?? double.NaN);
        }

        return Medians.Of(times);
    }

    private static double? Spawn(string program, string root, TimeSpan bound)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        psi.ArgumentList.Add("extract");
        psi.ArgumentList.Add(Corpus.SamplePath);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(bound))
        {
            process.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"cold start: {program} did not finish");
            return null;
        }

        watch.Stop();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"cold start: {program} exited {process.ExitCode}: {stderr.Result.Trim()}");
            return null;
        }

        _ = stdout.Result;
        return watch.Elapsed.TotalMilliseconds;
    }
}
