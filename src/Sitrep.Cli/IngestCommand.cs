namespace Sitrep.Cli;

using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

/// <summary>`sitrep ingest PATH...`: reads reports from files and folders, codes them and stores them.</summary>
internal static class IngestCommand
{
    public static int Run(string[] args)
    {
        var paths = new List<string>();
        string db = StoreOptions.DefaultDb;
        DateOnly? published = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!Arguments.TryDate("--published", args[++i], out var date, out int exit))
                    {
                        return exit;
                    }

                    published = date;
                    break;
                case "--db" or "--published":
                    return Usage.Fail($"{args[i]} needs a value");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Usage.Fail($"unknown option '{option}'");
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            return Usage.Fail("ingest needs at least one file or folder");
        }

        if (Arguments.TryLoadPipeline() is not { } pipeline)
        {
            return 2;
        }

        using var store = StoreOptions.Open(db);
        if (store is null)
        {
            return 2;
        }

        var files = ReportSources.Expand(paths);
        var summary = new IngestRunner(pipeline, store) { Workers = Environment.ProcessorCount }.Run(files, published, Throttled(Progress), error =>
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"sitrep: skipped {error}");
        });
        Console.Error.WriteLine();
        var (reports, events, merges) = store.Counts();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitrep: read {summary.Read}, new {summary.New}, duplicates {summary.Duplicates}, failed {summary.Failures.Count}, " +
            $"events {summary.NewEvents} new + {summary.MergedEvents} merged in {summary.Elapsed.TotalSeconds:0.0} s; " +
            $"{StoreLocation.Display(db)} holds {reports} reports, {events} events, {merges} merges"));
        return summary.Failures.Count > 0 ? 1 : 0;
    }

    // At most ten progress lines a second, and always the last.
    private static Action<IngestProgress> Throttled(Action<IngestProgress> print)
    {
        TimeSpan? last = null;
        return p =>
        {
            if (p.FilesDone < p.FilesTotal && last is { } shown && p.Elapsed - shown < TimeSpan.FromMilliseconds(100))
            {
                return;
            }

            last = p.Elapsed;
            print(p);
        };
    }

    private static void Progress(IngestProgress p)
    {
        double rate = p.Reports / Math.Max(p.Elapsed.TotalSeconds, 0.001);
        double filesPerSecond = p.FilesDone / Math.Max(p.Elapsed.TotalSeconds, 0.001);
        var eta = TimeSpan.FromSeconds((p.FilesTotal - p.FilesDone) / Math.Max(filesPerSecond, 0.001));
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{p.FilesDone}/{p.FilesTotal} files, {p.Reports} reports, {rate:0.0} reports/s, ETA {eta:mm\\:ss}   "));
    }
}
