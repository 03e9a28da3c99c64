namespace Sitrep.Ingest;

/// <summary>Reads a plain-text report: an optional dateline on the first line, then the body.</summary>
public static class PlainTextReader
{
    /// <summary>
    /// Builds a report from text. The dateline's date wins over <paramref name="published"/>; a year-less dateline
    /// takes its year from <paramref name="published"/>.
    /// </summary>
    public static Report Read(string source, string text, DateOnly? published)
    {
        var dateline = DatelineParser.Parse(text, published);
        int bodyStart = dateline?.Span.End ?? 0;
        return new Report(source, text, bodyStart, dateline, dateline?.Date ?? published);
    }
}
