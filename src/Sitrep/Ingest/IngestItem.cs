namespace Sitrep.Ingest;

/// <summary>
/// One report read for ingest, or the reason an input (a file, a feed item, a JSON line) could not be read.
/// </summary>
/// <param name="Name">The file, or file#item / file:line for inputs holding several reports.</param>
public sealed record IngestItem(string Name, Report? Report, string? Url, string? Title, string? Error)
{
    public static IngestItem Failed(string name, string error) => new(name, null, null, null, error);

    /// <summary>A report whose text is the title (when given) over the body, so offsets index that text.</summary>
    public static IngestItem FromParts(string name, string? title, string body, DateOnly? published, string? url)
    {
        string text = string.IsNullOrWhiteSpace(title) ? body.Trim() : title.Trim() + "\n\n" + body.Trim();
        return string.IsNullOrWhiteSpace(text)
            ? Failed(name, $"{name}: no text")
            : new IngestItem(name, PlainTextReader.Read(name, text, published), url, title?.Trim(), null);
    }
}
