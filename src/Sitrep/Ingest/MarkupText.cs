namespace Sitrep.Ingest;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Turns an HTML fragment (a feed item's description, a page without a readable article) into plain text.</summary>
internal static partial class MarkupText
{
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Scripts();

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
