namespace Sitrep.Ingest;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Reads a saved web page: the article's main text (SmartReader, without any network access) under its title,
/// dated from the page's meta tags (article:published_time, og:published_time, date, pubdate, DC.date).
/// </summary>
public static partial class HtmlReportReader
{
    private static readonly string[] DateMeta =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "date", "pubdate", "publish-date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    ];

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\b(property|name|itemprop|content)\s*=\s*(""([^""]*)""|'([^']*)')", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex TitleTag();

    public static IngestItem Read(string file, string html, DateOnly? published)
    {
        var article = new SmartReader.Reader("https://localhost/" + Uri.EscapeDataString(Path.GetFileName(file)), html).GetArticle();
        string body = article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent)
            ? article.TextContent
            : MarkupText.MainText(html);
        string? title = !string.IsNullOrWhiteSpace(article.Title) ? article.Title
            : TitleTag().Match(html) is { Success: true } m ? MarkupText.ToText(m.Groups[1].Value) : null;
        body = MarkupText.ToText(System.Net.WebUtility.HtmlEncode(body).Replace("\n", "<br>"));
        if (title is not null && body.StartsWith(title, StringComparison.Ordinal))
        {
            body = body[title.Length..];
        }

        return IngestItem.FromParts(file, title, body, MetaDate(html) ?? published, null);
    }

    /// <summary>The publication date a page's meta tags state, if any.</summary>
    public static DateOnly? MetaDate(string html)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match tag in MetaTag().Matches(html))
        {
            string? key = null, content = null;
            foreach (Match a in Attribute().Matches(tag.Value))
            {
                string value = a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value;
                if (a.Groups[1].Value.Equals("content", StringComparison.OrdinalIgnoreCase))
                {
                    content = value;
                }
                else
                {
                    key = value;
                }
            }

            if (key is not null && content is not null)
            {
                found.TryAdd(key, content);
            }
        }

        foreach (string name in DateMeta)
        {
            if (found.TryGetValue(name, out string? value)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return DateOnly.FromDateTime(when.UtcDateTime);
            }
        }

        return null;
    }
}
