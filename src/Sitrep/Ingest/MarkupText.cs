namespace Sitrep.Ingest;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Turns an HTML fragment (a feed item's description, a page without a readable article) into plain text.</summary>
internal static partial class MarkupText
{
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<(nav|header|footer|aside|form)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"<(article|main)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex MainBlock();

    /// <summary>
    /// A page's main text when the readability extractor finds none (short pages): the article or main element if
    /// there is one, otherwise the page without its navigation, header, footer and asides.
    /// </summary>
    public static string MainText(string html)
    {
        string page = Furniture().Replace(Scripts().Replace(html, " "), " ");
        var main = MainBlock().Match(page);
        return ToText(main.Success ? main.Groups[2].Value : page);
    }

    [GeneratedRegex(@"</?(p|div|br|li|h[1-6]|tr|article|section)\b[^>]*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v]+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n\s*", RegexOptions.None, 1000)]
    private static partial Regex Paragraphs();

    public static string ToText(string html)
    {
        string text = Scripts().Replace(html, " ");
        text = Blocks().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        text = Spaces().Replace(text, " ");
        return Paragraphs().Replace(text, "\n\n").Replace(" \n", "\n").Replace("\n ", "\n").Trim();
    }
}
