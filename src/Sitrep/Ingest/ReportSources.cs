namespace Sitrep.Ingest;

/// <summary>
/// Finds and reads the reports under ingest paths: plain text (.txt, with a dateline), HTML pages, RSS/Atom feeds
/// (.xml, .rss, .atom; one report per item) and JSON Lines (.jsonl; one report per line).
/// </summary>
public static class ReportSources
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl",
    };

    /// <summary>The files to read, in a stable order: named files as given, folders searched recursively for known kinds.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Known.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Reads every report in one file; failures come back as items with an error, never as exceptions.</summary>
    public static IReadOnlyList<IngestItem> Read(string file, DateOnly? published)
    {
        if (!File.Exists(file))
        {
            return [IngestItem.Failed(file, $"{file}: no such file")];
        }

        if (new FileInfo(file).Length > ReportFileReader.MaxReportBytes)
        {
            return [IngestItem.Failed(file, $"{file}: larger than the {ReportFileReader.MaxReportBytes:N0}-byte limit")];
        }

        var (text, error) = ReportFileReader.Decode(file, File.ReadAllBytes(file));
        if (text is null)
        {
            return [IngestItem.Failed(file, error!)];
        }

        try
        {
            return Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".html" or ".htm" => [HtmlReportReader.Read(file, text, published)],
                ".xml" or ".rss" or ".atom" => FeedReportReader.Read(file, text, published),
                ".jsonl" => JsonLinesReportReader.Read(file, text, published),
                _ => [new IngestItem(file, PlainTextReader.Read(file, text, published), null, null, null)],
            };
        }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return [IngestItem.Failed(file, $"{file}: {e.Message}")];
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // The markup regexes (MarkupText, HtmlReportReader) are quadratic on some broken pages, e.g. 300 KB of
            // unclosed <script> tags, and time out after a second; that escaped as a crash of the whole ingest.
            return [IngestItem.Failed(file, $"{file}: the markup is too broken to read in time (a pattern timed out)")];
        }
    }
}
