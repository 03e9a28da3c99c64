namespace Sitrep.Ingest;

using System.Globalization;
using System.Xml;
using System.Xml.Linq;

/// <summary>Reads an RSS 2.0 or Atom feed: each item is a report (title over description or content), dated by its pubDate.</summary>
public static class FeedReportReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static IReadOnlyList<IngestItem> Read(string file, string xml, DateOnly? published)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var root = XDocument.Load(reader).Root ?? throw new FormatException("no root element");
        var items = new List<IngestItem>();
        if (root.Name == Atom + "feed")
        {
            foreach (var (entry, i) in root.Elements(Atom + "entry").Select((e, i) => (e, i)))
            {
                string body = (string?)entry.Element(Atom + "content") ?? (string?)entry.Element(Atom + "summary") ?? "";
                string? url = (string?)entry.Elements(Atom + "link").FirstOrDefault()?.Attribute("href");
                var date = Date((string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated")) ?? published;
                items.Add(IngestItem.FromParts($"{file}#{i + 1}", (string?)entry.Element(Atom + "title"), MarkupText.ToText(body), date, url));
            }
        }
        else if (root.Name.LocalName == "rss" && root.Element("channel") is { } channel)
        {
            foreach (var (item, i) in channel.Elements("item").Select((e, i) => (e, i)))
            {
                string body = (string?)item.Element(Content + "encoded") ?? (string?)item.Element("description") ?? "";
                var date = Date((string?)item.Element("pubDate")) ?? published;
                items.Add(IngestItem.FromParts($"{file}#{i + 1}", (string?)item.Element("title"), MarkupText.ToText(body), date, (string?)item.Element("link")));
            }
        }
        else
        {
            throw new FormatException($"<{root.Name.LocalName}> is neither an RSS nor an Atom feed");
        }

        return items;
    }

    // RSS dates are RFC 822 ("Sat, 06 Jan 2024 09:30:00 GMT"), Atom's ISO 8601; both parse as invariant dates.
    private static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string t = text.Trim();
        foreach (string zone in new[] { " GMT", " UT", " UTC", " Z" })
        {
            if (t.EndsWith(zone, StringComparison.Ordinal))
            {
                t = t[..^zone.Length] + " +00:00";
            }
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? DateOnly.FromDateTime(when.UtcDateTime)
            : null;
    }
}
