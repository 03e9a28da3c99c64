namespace Sitrep.Cli.Tests;

/// <summary>
/// Writes a folder of varied reports for the store tests: three outlets' wire copies and a feed, a web page and
/// JSON lines about one air strike on Hsenwi; three reports of Kunlong changing hands; exact and re-wrapped
/// duplicates; and broken inputs (binary, empty, an invalid JSON line).
/// </summary>
internal static class StoreCorpus
{
    public const int Duplicates = 30;

    public static readonly Dictionary<string, string> Wire = new()
    {
        ["hsenwi-reuters.txt"] = "LASHIO, Jan 9, 2024 (Reuters) - Myanmar military air strikes on Hsenwi killed five civilians on Tuesday, residents said.\n",
        ["hsenwi-ap.txt"] = "YANGON, Jan 10, 2024 (AP) - Myanmar military air strikes on Hsenwi in Shan state killed seven civilians on Tuesday, a local rescue group said.\n",
        ["kunlong-jan.txt"] = "BANGKOK, Jan 12, 2024 (AFP) - The Myanmar National Democratic Alliance Army seized control of Kunlong from the Myanmar military on Thursday, the group said.\n",
        ["kunlong-feb.txt"] = "BANGKOK, Feb 20, 2024 (AFP) - Myanmar military forces recaptured Kunlong from the Myanmar National Democratic Alliance Army on Monday, state media said.\n",
        ["kunlong-mar.txt"] = "BANGKOK, Mar 5, 2024 (AFP) - The Myanmar National Democratic Alliance Army seized control of Kunlong from the Myanmar military on Sunday, the group said.\n",
    };

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Feed</title>
        <item><title>Air strikes hit Hsenwi</title><description>&lt;p&gt;Myanmar military air strikes on Hsenwi killed six civilians on Tuesday, residents told The Irrawaddy.&lt;/p&gt;</description><pubDate>Wed, 10 Jan 2024 08:00:00 GMT</pubDate><link>https://example.org/1</link></item>
        <item><title>Kunlong falls</title><description>The Myanmar National Democratic Alliance Army seized control of Kunlong from the Myanmar military on Thursday, the group said in a statement.</description><pubDate>Fri, 12 Jan 2024 08:00:00 GMT</pubDate></item>
        <item><title>Protest in Lashio</title><description>Hundreds of people protested peacefully in Lashio on Saturday against conscription.</description><pubDate>Sun, 14 Jan 2024 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private const string Page = """
        <!DOCTYPE html><html><head><title>Strikes on Hsenwi kill civilians</title>
        <meta property="article:published_time" content="2024-01-10T06:00:00Z"></head>
        <body><nav>Home | World</nav><article><h1>Strikes on Hsenwi kill civilians</h1>
        <p>Myanmar military air strikes on Hsenwi killed eight civilians on Tuesday, residents told Mizzima.</p>
        <p>The strikes destroyed several houses near the market, according to local people who asked not to be named.</p></article>
        <footer>Copyright</footer></body></html>
        """;

    private const string Lines = """
        {"id":"w1","url":"https://example.org/w1","published":"2024-01-12","title":"Kunlong","text":"The Myanmar National Democratic Alliance Army seized control of Kunlong from the Myanmar military on Thursday, a spokesman said."}
        {"id":"w2","published":"2024-01-10","text":"Myanmar military air strikes on Hsenwi killed five civilians on Tuesday, residents said, according to a local monitor."}
        {"id":"broken", "published":
        """;

    /// <summary>Reports that can be read: 5 wire stories, 3 feed items, 1 page, 2 JSON lines and the duplicates.</summary>
    public const int Readable = 5 + 3 + 1 + 2 + Duplicates;

    public static string Write()
    {
        string root = Path.Combine(Path.GetTempPath(), $"sitrep-corpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "mirror"));
        foreach (var (name, text) in Wire)
        {
            File.WriteAllText(Path.Combine(root, name), text);
        }

        // Copies re-saved by other mirrors: the same text, wrapped and spaced differently, hash the same.
        var names = Wire.Keys.ToList();
        for (int i = 0; i < Duplicates; i++)
        {
            string text = Wire[names[i % names.Count]];
            text = i % 2 == 0 ? text : text.Replace(" on ", "\n  on ", StringComparison.Ordinal) + "\n\n";
            File.WriteAllText(Path.Combine(root, "mirror", $"copy-{i:00}.txt"), text);
        }

        File.WriteAllText(Path.Combine(root, "irrawaddy.rss"), Feed);
        File.WriteAllText(Path.Combine(root, "mizzima.html"), Page);
        File.WriteAllText(Path.Combine(root, "wire.jsonl"), Lines);
        File.WriteAllBytes(Path.Combine(root, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF, 0x00]);
        File.WriteAllText(Path.Combine(root, "empty.txt"), "");
        return root;
    }
}
