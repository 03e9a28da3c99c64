namespace Sitrep.Pipeline;

using System.Diagnostics;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Storage;

/// <summary>Where an ingest stands after each file: files done of the total, reports read, elapsed time.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, int Reports, TimeSpan Elapsed);

/// <summary>What an ingest did: reports read, new, duplicates, inputs that failed (with reasons), events stored and merged.</summary>
public sealed record IngestSummary(int Read, int New, int Duplicates, IReadOnlyList<string> Failures, int NewEvents, int MergedEvents, TimeSpan Elapsed);

/// <summary>
/// Reads reports from files, codes them with the pipeline and stores them, one transaction per batch of reports.
/// Coding runs on <see cref="Workers"/> threads; one writer stores the results in input order, so the store is the
/// same whatever the number of workers, and a killed ingest keeps whole batches in order (rerunning it finishes the
/// job). A report already stored (same content hash) is not coded again; a file that cannot be read is reported
/// and skipped.
/// </summary>
public sealed class IngestRunner(SitrepPipeline pipeline, EventStore store, int batchSize = 32)
{
    /// <summary>Threads that code reports at once (the writer is one more); 1 codes on the calling thread.</summary>
    public int Workers { get; init; } = 1;

    // One item of work in input order: a report (with its hash), a file's error, or the end of a file.
    private sealed record Work(int File, IngestItem? Item, string? Hash)
    {
        public IReadOnlyList<CodedEvent>? Events { get; init; }
    }

    public IngestSummary Run(IReadOnlyList<string> files, DateOnly? published, Action<IngestProgress>? progress = null, Action<string>? failed = null)
    {
        var clock = Stopwatch.StartNew();
        int read = 0, added = 0, duplicates = 0, newEvents = 0, merged = 0, inBatch = 0;
        var failures = new List<string>();
        var gate = new object();
        foreach (var work in Coded(Inputs(files, published), gate))
        {
            if (work.Item is null)
            {
                progress?.Invoke(new IngestProgress(work.File + 1, files.Count, read, clock.Elapsed));
                continue;
            }

            if (work.Item.Report is not { } report)
            {
                failures.Add(work.Item.Error!);
                failed?.Invoke(work.Item.Error!);
                continue;
            }

            read++;
            StoreOutcome? outcome = null;
            lock (gate)
            {
                store.BeginBatch();
                // Not coded: stored before this run, or an earlier copy in this run was stored meanwhile.
                if (work.Events is { } events && !store.Contains(work.Hash!))
                {
                    outcome = store.Store(report, events, work.Item.Url, work.Item.Title);
                    if (++inBatch >= batchSize)
                    {
                        store.CommitBatch();
                        inBatch = 0;
                    }
                }
            }

            if (outcome is null)
            {
                duplicates++;
                continue;
            }

            added++;
            newEvents += outcome.NewEvents;
            merged += outcome.MergedEvents;
        }

        lock (gate)
        {
            store.CommitBatch();
        }

        return new IngestSummary(read, added, duplicates, failures, newEvents, merged, clock.Elapsed);
    }

    private static IEnumerable<Work> Inputs(IReadOnlyList<string> files, DateOnly? published)
    {
        for (int f = 0; f < files.Count; f++)
        {
            foreach (var item in ReportSources.Read(files[f], published))
            {
                yield return new Work(f, item, item.Report is { } r ? ContentHash.Of(r.Text) : null);
            }

            yield return new Work(f, null, null);
        }
    }

    // Codes each report not already stored, in parallel when there is more than one worker, keeping input order.
    private IEnumerable<Work> Coded(IEnumerable<Work> inputs, object gate)
    {
        Work Code(Work w)
        {
            if (w.Item?.Report is not { } report)
            {
                return w;
            }

            bool stored;
            lock (gate)
            {
                stored = store.Contains(w.Hash!);
            }

            return stored ? w : w with { Events = pipeline.Extract(report).Coding.Events };
        }

        return Workers <= 1
            ? inputs.Select(Code)
            : inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(Workers)
                .WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(Code);
    }
}
