namespace Sitrep.Pipeline;

using System.Diagnostics;
using Sitrep.Ingest;
using Sitrep.Storage;

/// <summary>Where an ingest stands after each file: files done of the total, reports read, elapsed time.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, int Reports, TimeSpan Elapsed);

/// <summary>What an ingest did: reports read, new, duplicates, inputs that failed (with reasons), events stored and merged.</summary>
public sealed record IngestSummary(int Read, int New, int Duplicates, IReadOnlyList<string> Failures, int NewEvents, int MergedEvents, TimeSpan Elapsed);

/// <summary>
/// Reads reports from files, codes them with the pipeline and stores them, one transaction per batch of reports.
/// A report already stored (same content hash) is not coded again; a file that cannot be read is reported and skipped.
/// </summary>
public sealed class IngestRunner(SitrepPipeline pipeline, EventStore store, int batchSize = 32)
{
    public IngestSummary Run(IReadOnlyList<string> files, DateOnly? published, Action<IngestProgress>? progress = null, Action<string>? failed = null)
    {
        var clock = Stopwatch.StartNew();
        int read = 0, added = 0, duplicates = 0, newEvents = 0, merged = 0, inBatch = 0;
        var failures = new List<string>();
        for (int f = 0; f < files.Count; f++)
        {
            foreach (var item in ReportSources.Read(files[f], published))
            {
                if (item.Report is not { } report)
                {
                    failures.Add(item.Error!);
                    failed?.Invoke(item.Error!);
                    continue;
                }

                read++;
                store.BeginBatch();
                if (store.Contains(ContentHash.Of(report.Text)))
                {
                    duplicates++;
                    continue;
                }

                var events = pipeline.Extract(report).Coding.Events;
                var outcome = store.Store(report, events, item.Url, item.Title);
                added++;
                newEvents += outcome.NewEvents;
                merged += outcome.MergedEvents;
                if (++inBatch >= batchSize)
                {
                    store.CommitBatch();
                    inBatch = 0;
                }
            }

            progress?.Invoke(new IngestProgress(f + 1, files.Count, read, clock.Elapsed));
        }

        store.CommitBatch();
        return new IngestSummary(read, added, duplicates, failures, newEvents, merged, clock.Elapsed);
    }
}
