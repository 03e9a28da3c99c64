using System.Globalization;
using System.Xml.Linq;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A gold toponym: its span in the article text, and where the annotators placed it.</summary>
/// <param name="GeoNamesId">The GeoNames id the annotators chose, where the corpus gives one (TR-News).</param>
/// <param name="IsCountry">Whether the annotators say it names a country (TR-News: a PCL feature code), or null when the
/// corpus does not say (GeoVirus gives a Wikipedia page instead).</param>
/// <param name="Referent">The name of what the annotators linked it to: TR-News's GeoNames name, GeoVirus's page title.</param>
public sealed record GoldToponym(TextSpan Span, string Name, double? Lat, double? Lon, int? GeoNamesId, bool? IsCountry = null, string? Referent = null);

/// <summary>One annotated article of a geoparsing corpus.</summary>
/// <param name="Id">A stable id: TR-News's docid, or GeoVirus's source page with the article's ordinal under it.</param>
public sealed record GeoparseArticle(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>The two halves of a corpus: one the rules may be tuned on, one kept out of all tuning.</summary>
public enum CorpusHalf
{
    Tuning,
    HeldOut,
}

/// <summary>
/// Reads the geoparsing corpora of the "Pragmatic Guide to Geoparsing Evaluation" collection: TR-News
/// (<c>article/@docid, text, toponyms/toponym/{start,end,gaztag/@geonameid,lat,lon}</c>) and GeoVirus
/// (<c>article/{source,text,locations/location/{start,end,lat,lon}}</c>).
/// </summary>
public static class GeoparseCorpus
{
    /// <summary>Reads every article of <paramref name="path"/>; a file in neither format throws naming the file.</summary>
    /// <exception cref="InvalidDataException">The file is not XML in either corpus format.</exception>
    public static IReadOnlyList<GeoparseArticle> Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path}: not XML ({e.Message})", e);
        }

        var articles = new List<GeoparseArticle>();
        var seenSources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in xml.Root?.Elements("article") ?? [])
        {
            string text = article.Element("text")?.Value ?? throw new InvalidDataException($"{path}: an article has no <text>");
            string id;
            IEnumerable<XElement> gold;
            if (article.Attribute("docid") is { } docid)
            {
                id = docid.Value;
                gold = article.Element("toponyms")?.Elements("toponym") ?? [];
            }
            else
            {
                // GeoVirus splits a WikiNews page into several articles under one source address.
                string source = article.Element("source")?.Value.Trim() ?? throw new InvalidDataException($"{path}: an article has neither docid nor <source>");
                int ordinal = seenSources.GetValueOrDefault(source);
                seenSources[source] = ordinal + 1;
                id = source + "#" + ordinal.ToString(CultureInfo.InvariantCulture);
                gold = article.Element("locations")?.Elements("location") ?? [];
            }

            articles.Add(new GeoparseArticle(id, text, gold.Select(g => ReadToponym(g, text)).OfType<GoldToponym>().ToList()));
        }

        if (articles.Count == 0)
        {
            throw new InvalidDataException($"{path}: no <article> elements; expected TR-News or GeoVirus XML");
        }

        return articles;
    }

    /// <summary>
    /// Which half an article belongs to, from a stable hash of its id (FNV-1a, not string.GetHashCode, which changes
    /// from run to run): the same article is held out on every machine and in every run.
    /// </summary>
    public static CorpusHalf HalfOf(string articleId)
    {
        uint hash = 2166136261;
        foreach (char c in articleId)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash >> 7) % 2 == 0 ? CorpusHalf.Tuning : CorpusHalf.HeldOut;
    }

    private static GoldToponym? ReadToponym(XElement g, string text)
    {
        var tag = g.Element("gaztag");
        if (Int(g.Element("start")?.Value) is not { } start || Int(g.Element("end")?.Value) is not { } end)
        {
            return null;
        }

        string name = (g.Element("phrase") ?? g.Element("name"))?.Value.Trim() ?? "";
        var span = Align(text, name, start, end);
        if (span is null)
        {
            return null;
        }

        var source = tag ?? g;
        bool? isCountry = tag?.Element("fcode")?.Value is { } code ? code.StartsWith("PCL", StringComparison.Ordinal) : null;
        string? referent = tag is not null
            ? tag.Element("name")?.Value.Trim()
            : g.Element("page")?.Value is { } page ? Uri.UnescapeDataString(page[(page.LastIndexOf('/') + 1)..]).Replace('_', ' ') : null;
        return new GoldToponym(span.Value, name, Double(source.Element("lat")?.Value), Double(source.Element("lon")?.Value),
            Int(tag?.Attribute("geonameid")?.Value), isCountry, referent);
    }

    // The corpora's offsets drift in places (GeoVirus counts from one; a few TR-News articles slip by up to a dozen
    // characters after quotes), so a span whose text is not the phrase moves to the phrase's nearest occurrence.
    internal static TextSpan? Align(string text, string name, int start, int end)
    {
        if (start >= 0 && end <= text.Length && end > start && string.CompareOrdinal(text, start, name, 0, Math.Max(name.Length, end - start)) == 0)
        {
            return new TextSpan(start, end);
        }

        int best = -1;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && name.Length > 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - start) < Math.Abs(best - start))
            {
                best = at;
            }
        }

        return best >= 0 ? new TextSpan(best, best + name.Length)
            : start >= 0 && end <= text.Length && end > start ? new TextSpan(start, end) : null;
    }

    private static int? Int(string? s) => int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static double? Double(string? s) =>
        double.TryParse(s?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
}
