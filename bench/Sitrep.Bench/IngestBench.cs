namespace Sitrep.Bench;

using System.Diagnostics;
using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

/// <summary>
/// `ingest`: end-to-end ingest rate into a fresh store. Writes N short invented wire reports (strikes, clashes,
/// protests and territory changes in 24 towns over a year, each incident told by one to four outlets, so merging
/// is exercised), then times `IngestRunner` over the folder: reading the files, coding, merging, storing and
/// committing. Prints reports/s for the first ingest and for a second one (all duplicates), in this process
/// (JIT-compiled), then for the published, natively compiled `./sitrep ingest` as a user runs it, timed from process
/// start to exit.
/// </summary>
internal static class IngestBench
{
    private const double TargetReportsPerSecond = 500;

    private static readonly string[] Towns =
    [
        "Lashio", "Loikaw", "Falam", "Monywa", "Pakokku", "Dawei", "Taunggyi", "Mogok", "Paletwa", "Myitkyina", "Bhamo", "Sittwe",
        "Kunlong", "Hsenwi", "Kutkai", "Mandalay", "Magway", "Hpa-an", "Hakha", "Mindat", "Kyaukme", "Muse", "Pyay", "Bago",
    ];

    public static int Run(string[] args)
    {
        int count = 2000, workers = Environment.ProcessorCount;
        string? db = null;
        bool process = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reports" when i + 1 < args.Length: count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers" when i + 1 < args.Length: workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db" when i + 1 < args.Length: db = args[++i]; break;
                case "--no-process": process = false; break;
                default: Console.Error.WriteLine($"ingest: unknown argument '{args[i]}'"); return 2;
            }
        }

        string folder = Write(count);
        string file = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        db ??= file;
        try
        {
            var load = Stopwatch.StartNew();
            var pipeline = SitrepPipeline.LoadDefault();
            // The load average says how much other work shared the cores while this was measured.
            string loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
            Console.WriteLine($"machine    {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {loadAverage}; knowledge loaded in {load.Elapsed.TotalMilliseconds:F0} ms");
            var files = ReportSources.Expand([folder]);
            using var store = EventStore.Open(db);
            var first = new IngestRunner(pipeline, store) { Workers = workers }.Run(files, null);
            var (reports, events, merges) = store.Counts();
            double rate = first.Read / first.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest     {first.Read:N0} reports into {store.Provider} in {first.Elapsed.TotalSeconds:F2} s: {rate:F0} reports/s " +
                $"({workers} coding worker(s); {events:N0} events after {merges:N0} merges; target {TargetReportsPerSecond:F0}: {(rate >= TargetReportsPerSecond ? "met" : "NOT met")})"));
            var again = new IngestRunner(pipeline, store) { Workers = workers }.Run(files, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"again      {again.Read:N0} reports, {again.Duplicates:N0} duplicates, in {again.Elapsed.TotalSeconds:F2} s: {again.Read / again.Elapsed.TotalSeconds:F0} reports/s"));
            bool ok = reports == count;
            if (process)
            {
                ok &= Spawned(folder, count, file + ".cli.db");
            }

            return ok ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            foreach (string path in new[] { file, file + ".cli.db" })
            {
                foreach (string suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(path + suffix);
                }
            }
        }
    }

    // The published CLI as a user runs it: process start, knowledge load, reading, coding, storing, exit.
    private static bool Spawned(string folder, int count, string db)
    {
        string launcher = Path.Combine(Corpus.RepoRoot, "sitrep");
        // The launcher publishes the CLI when it is missing or stale; that first call is not timed.
        if (Spawn(launcher, ["events", "--db", db]) is null)
        {
            return false;
        }

        File.Delete(db);
        var watch = Stopwatch.StartNew();
        string? summary = Spawn(launcher, ["ingest", folder, "--db", db]);
        double seconds = watch.Elapsed.TotalSeconds, rate = count / seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"./sitrep   ingest of the same {count:N0} reports, process start to exit: {seconds:F2} s, {rate:F0} reports/s " +
            $"(target {TargetReportsPerSecond:F0}: {(rate >= TargetReportsPerSecond ? "met" : "NOT met")})"));
        Console.WriteLine($"           {summary?.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim()}");
        return summary is not null;
    }

    private static string? Spawn(string program, string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"ingest: {program} {string.Join(' ', args)} did not finish");
            return null;
        }

        _ = stdout.Result;
        return stderr.Result.Replace('\r', '\n');
    }

    /// <summary>Writes <paramref name="count"/> distinct reports, one per file; incidents repeat across outlets.</summary>
    public static string Write(int count)
    {
        string root = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var start = new DateOnly(2024, 1, 2);
        (string City, string Agency)[] outlets = [("LASHIO", "Reuters"), ("YANGON", "AP"), ("BANGKOK", "AFP"), ("YANGON", "Xinhua")];
        for (int i = 0; i < count; i++)
        {
            int incident = i / 3, outlet = i % 4;
            string town = Towns[incident % Towns.Length];
            var day = start.AddDays(incident * 7 % 365);
            var published = day.AddDays(1);
            string weekday = day.DayOfWeek.ToString();
            string text = (incident % 4) switch
            {
                0 => $"Myanmar military air strikes on {town} killed {3 + i % 9} civilians on {weekday}, residents said.",
                1 => $"Fighting broke out between the Myanmar military and the Kachin Independence Army in {town} on {weekday}, residents said.",
                2 => $"Hundreds of people protested peacefully in {town} on {weekday} against conscription, witnesses said.",
                _ => $"The Myanmar National Democratic Alliance Army seized control of {town} from the Myanmar military on {weekday}, the group said.",
            };
            string dateline = string.Create(CultureInfo.InvariantCulture,
                $"{outlets[outlet].City}, {published:MMM d, yyyy} ({outlets[outlet].Agency}) -");
            File.WriteAllText(Path.Combine(root, $"r{i:000000}.txt"), $"{dateline} {text} Report {i}.\n");
        }

        return root;
    }
}
