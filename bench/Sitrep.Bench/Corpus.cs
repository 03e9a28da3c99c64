namespace Sitrep.Bench;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Sitrep.Ingest;

/// <summary>One article of the bench corpus: its text and the publication date a reader would know.</summary>
internal sealed record Article(string Name, string Text, DateOnly? Published);

/// <summary>
/// The bench corpus: the repository's samples plus the running text of the shared evaluation sets (ACLED notes,
/// PLOVER sentences, TimeBank documents, TR-News and GeoVirus articles), read from ../shared/eval/.
/// </summary>
internal static class Corpus
{
    public static string RepoRoot
    {
        get
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new DirectoryNotFoundException("Sitrep.slnx not found above the working directory");
        }
    }

    public static string EvalDirectory => Path.Combine(RepoRoot, "..", "shared", "eval");

    public static string SamplePath => Path.Combine(RepoRoot, "samples", "sitrep-wire-2024-02-12-buthidaung.txt");

    /// <summary>The fixed report of the micro-benchmarks.</summary>
    public static Report FixedReport() => PlainTextReader.Read("buthidaung", File.ReadAllText(SamplePath), null);

    /// <summary>Every article once, with the number read from each source.</summary>
    public static (List<Article> Articles, List<(string Source, int Count)> Sources) LoadBase()
    {
        var sources = new List<(string, int)>();
        var all = new List<Article>();
        void Add(string source, IEnumerable<Article> articles)
        {
            var list = articles.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
            sources.Add((source, list.Count));
            all.AddRange(list);
        }

        Add("samples", Directory.GetFiles(Path.Combine(RepoRoot, "samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileName(f), File.ReadAllText(f), null)));
        string eval = EvalDirectory;
        if (!Directory.Exists(eval))
        {
            Console.Error.WriteLine($"bench: {eval} not found; the corpus holds the samples only");
            return (all, sources);
        }

        Add("acled notes", AcledNotes(Path.Combine(eval, "acled")));
        Add("plover sentences", PloverSentences(Path.Combine(eval, "plover", "PLOVER_GSR_CAMEO.json")));
        Add("timebank", TimeBank(Path.Combine(eval, "temporal", "TimeBank")));
        Add("tr-news", GeoparsingArticles(Path.Combine(eval, "geoparsing", "TR-News.xml")));
        Add("geovirus", GeoparsingArticles(Path.Combine(eval, "geoparsing", "GeoVirus.xml")));
        return (all, sources);
    }

    /// <summary>The base articles repeated until their UTF-8 size reaches <paramref name="minBytes"/>.</summary>
    public static List<Article> Repeat(List<Article> baseArticles, long minBytes)
    {
        long baseBytes = Utf8Bytes(baseArticles);
        var corpus = new List<Article>();
        long bytes = 0;
        for (int round = 0; bytes < minBytes && baseBytes > 0; round++)
        {
            corpus.AddRange(baseArticles);
            bytes += baseBytes;
        }

        return corpus;
    }

    public static long Utf8Bytes(IEnumerable<Article> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    private static IEnumerable<Article> AcledNotes(string folder)
    {
        foreach (string file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var header = ReadCsvRecord(reader);
            if (header is null) continue;
            int notes = header.IndexOf("notes"), date = header.IndexOf("event_date");
            for (var row = ReadCsvRecord(reader); row is not null; row = ReadCsvRecord(reader))
            {
                if (notes < 0 || notes >= row.Count) continue;
                DateOnly? published = date >= 0 && date < row.Count && DateOnly.TryParseExact(row[date], "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                yield return new Article("acled", row[notes], published);
            }
        }
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<string>? ReadCsvRecord(StreamReader reader)
    {
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            int c = reader.Read();
            if (c < 0) { fields.Add(field.ToString()); return fields; }
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else if (c == '"') quoted = false;
                else field.Append((char)c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString().TrimEnd('\r')); return fields; }
            else field.Append((char)c);
        }
    }

    private static IEnumerable<Article> PloverSentences(string path)
    {
        if (!File.Exists(path)) yield break;
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var record in json.RootElement.EnumerateArray())
        {
            if (record.TryGetProperty("event", out var e) && e.GetString() == "DOCUMENT") continue;
            if (!record.TryGetProperty("eventText", out var text)) continue;
            DateOnly? published = record.TryGetProperty("date", out var date) && DateOnly.TryParseExact(date.GetString(),
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            yield return new Article("plover", text.GetString() ?? "", published);
        }
    }

    private static IEnumerable<Article> TimeBank(string folder)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (string file in Directory.GetFiles(folder, "*.tml").Order(StringComparer.Ordinal))
        {
            string tml = File.ReadAllText(file);
            int start = tml.IndexOf("<TEXT>", StringComparison.Ordinal), end = tml.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (start < 0 || end < start) continue;
            string text = WebUtility.HtmlDecode(StripTags(tml[(start + 6)..end])).Trim();
            int dct = tml.IndexOf("functionInDocument=\"CREATION_TIME\"", StringComparison.Ordinal);
            int value = dct < 0 ? -1 : tml.LastIndexOf("value=\"", dct, StringComparison.Ordinal);
            DateOnly? published = value >= 0 && DateOnly.TryParseExact(tml.AsSpan(value + 7, 10), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            yield return new Article(Path.GetFileName(file), text, published);
        }
    }

    private static string StripTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool inTag = false;
        foreach (char c in s)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag) sb.Append(c);
        }

        return sb.ToString();
    }

    private static IEnumerable<Article> GeoparsingArticles(string path)
    {
        if (!File.Exists(path)) yield break;
        var xml = XDocument.Load(path);
        foreach (var article in xml.Descendants("article"))
        {
            string text = article.Element("text")?.Value.Trim() ?? "";
            DateOnly? published = DateOnly.TryParseExact(article.Element("dltime")?.Value.Trim(), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            yield return new Article(Path.GetFileName(path), text, published);
        }
    }
}
