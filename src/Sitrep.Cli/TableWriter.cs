namespace Sitrep.Cli;

using Sitrep.Pipeline;

/// <summary>A compact human-readable listing of a report's coded events and claimed totals.</summary>
internal static class TableWriter
{
    public static void Write(TextWriter o, string file, ExtractionResult r)
    {
        var dateline = r.Report.Dateline;
        o.WriteLine($"{file}  published {r.Report.Published?.ToString("yyyy-MM-dd") ?? "unknown"}"
                    + (dateline is null ? "" : $"  dateline {dateline.Place} ({dateline.Agency})"));
        o.WriteLine($"{"date",-10} {"tp",2}  {"event",-64} {"actor1",-40} {"actor2",-36} {"place",-30} {"fat",3} {"inj",3}");
        foreach (var e in r.Coding.Events)
        {
            string kind = $"{e.EventType} / {e.SubEventType}";
            string place = e.Place is null ? "-" : $"{e.Place.Name}, {e.Place.Country} ({e.Place.GeoPrecision})";
            string flags = (e.Disputed ? " disputed" : "") + (e.Historical ? " historical" : "");
            o.WriteLine($"{e.Date?.ToString("yyyy-MM-dd") ?? "-",-10} {e.TimePrecision,2}  {Cut(kind, 64),-64} {Cut(e.Actor1?.Name ?? "-", 40),-40} "
                        + $"{Cut(e.Actor2?.Name ?? "-", 36),-36} {Cut(place, 30),-30} {e.Fatalities,3} {e.Injured?.ToString() ?? "-",3}{flags}");
        }

        foreach (var t in r.Coding.ClaimedTotals)
        {
            o.WriteLine($"  claimed total: {t.Qualifier} {t.Value:N0} {t.What} (by {t.By}{(t.Via is null ? "" : $" via {t.Via}")}"
                        + $"{(t.Since is null ? "" : $", since {t.Since:yyyy-MM-dd}")})");
        }

        foreach (string w in r.Warnings)
        {
            o.WriteLine($"  warning: {w}");
        }

        o.WriteLine();
    }

    private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
