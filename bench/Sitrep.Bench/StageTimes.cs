namespace Sitrep.Bench;

using System.Diagnostics;
using Sitrep.Ingest;

/// <summary>`stages FILE...`: each stage's time on each file, to find which stage grows faster than its input.</summary>
internal static class StageTimes
{
    public static int Run(string[] files)
    {
        var stages = new Stages();
        foreach (string file in files)
        {
            var read = ReportFileReader.ReadFile(file, new DateOnly(2024, 3, 1));
            if (read.Report is null)
            {
                Console.WriteLine(read.Error);
                continue;
            }

            var ticks = new long[Stages.Names.Length];
            stages.RunTimed(read.Report, ticks);
            Console.WriteLine($"{Path.GetFileName(file)} ({read.Report.Text.Length:N0} chars): "
                              + string.Join(", ", Stages.Names.Select((n, i) => $"{n} {ticks[i] * 1000.0 / Stopwatch.Frequency:F0} ms")));
        }

        return 0;
    }
}
