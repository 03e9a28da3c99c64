namespace Sitrep.Cli.Tests;

using System.Globalization;
using System.Text;

/// <summary>
/// Writes a folder of 200 readable reports and 5 broken inputs, all invented wire copy: in each of twelve towns an
/// air strike (January), a clash (February) and a protest (March), each told by one to four outlets in different
/// words and formats (plain-text wire copy, RSS and Atom items, a web page, JSON lines); Kunlong changing hands
/// in three reports; copies re-saved by mirrors and a feed fetched twice; and files that cannot be read.
/// </summary>
internal static class VariedCorpus
{
    public const int Readable = 200;
    public const int Broken = 5;

    public static readonly string[] Towns =
        ["Lashio", "Loikaw", "Falam", "Monywa", "Pakokku", "Dawei", "Taunggyi", "Mogok", "Paletwa", "Myitkyina", "Bhamo", "Sittwe"];

    public enum Kind { AirStrike, Clash, Protest }

    /// <summary>How many outlets tell the <paramref name="kind"/> incident in town <paramref name="town"/>: one to four.</summary>
    public static int Outlets(int town, Kind kind) => 1 + (town + (int)kind) % 4;

    /// <summary>Each outlet states a different toll; the store keeps the lowest (5 once two outlets report).</summary>
    public static int Toll(int outlet) => outlet switch { 0 => 7, 1 => 5, 2 => 6, _ => 8 };

    /// <summary>Reports of distinct text: every incident's outlets and the three Kunlong reports.</summary>
    public static int Distinct => Enumerable.Range(0, Towns.Length).Sum(t => Enum.GetValues<Kind>().Sum(k => Outlets(t, k))) + 3;

    /// <summary>
    /// Events after merging: one per incident (an air strike that kills civilians is one Air/drone strike with
    /// Civilians as actor2, as ACLED codes it, not also an attack); Kunlong changes hands three times.
    /// </summary>
    public static int Events => Towns.Length * 3 + 3;

    public static string Write()
    {
        string root = Path.Combine(Path.GetTempPath(), $"sitrep-varied-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "agencies"));
        Directory.CreateDirectory(Path.Combine(root, "web"));
        Directory.CreateDirectory(Path.Combine(root, "mirror"));
        var rss = new List<string>();
        var atom = new List<string>();
        var lines = new List<string>();
        var wire = new List<(string Name, string Text)>();
        for (int t = 0; t < Towns.Length; t++)
        {
            string town = Towns[t];
            for (int o = 0; o < Outlets(t, Kind.AirStrike); o++)
            {
                string n = Words[Toll(o)];
                switch (o)
                {
                    case 0: wire.Add(($"air-{town}-reuters.txt", $"LASHIO, Jan 10, 2024 (Reuters) - Myanmar military air strikes on {town} killed {n} civilians on Tuesday, residents said.\n")); break;
                    case 1: wire.Add(($"air-{town}-ap.txt", $"YANGON, Jan 10, 2024 (AP) - Air strikes by the Myanmar military on {town} killed {n} civilians on Tuesday, a local rescue group said.\n")); break;
                    case 2: rss.Add(RssItem($"News from {town}", $"Myanmar military air strikes on {town} killed {n} civilians on Tuesday, residents told The Irrawaddy.", "Wed, 10 Jan 2024 08:00:00 GMT")); break;
                    default: File.WriteAllText(Path.Combine(root, "web", $"air-{town}.html"), Page(town, $"Myanmar military air strikes on {town} killed {n} civilians on Tuesday, residents told Mizzima.")); break;
                }
            }

            for (int o = 0; o < Outlets(t, Kind.Clash); o++)
            {
                switch (o)
                {
                    case 0: wire.Add(($"clash-{town}-afp.txt", $"BANGKOK, Feb 7, 2024 (AFP) - Fighting broke out between the Myanmar military and the Kachin Independence Army in {town} on Tuesday, residents said.\n")); break;
                    case 1: wire.Add(($"clash-{town}-xinhua.txt", $"YANGON, Feb 7, 2024 (Xinhua) - Heavy fighting erupted between Myanmar military troops and the Kachin Independence Army near {town} on Tuesday, local media reported.\n")); break;
                    case 2: lines.Add(Line($"clash-{town}", "2024-02-07", $"Fighting broke out between the Myanmar military and the Kachin Independence Army in {town} on Tuesday, residents told Myanmar Now.")); break;
                    default: atom.Add(AtomEntry($"Dispatch from {town}", $"Heavy fighting erupted between Myanmar military troops and the Kachin Independence Army near {town} on Tuesday, residents said.", "2024-02-07T08:00:00Z")); break;
                }
            }

            for (int o = 0; o < Outlets(t, Kind.Protest); o++)
            {
                switch (o)
                {
                    case 0: wire.Add(($"protest-{town}-reuters.txt", $"BANGKOK, Mar 6, 2024 (Reuters) - Hundreds of people protested peacefully in {town} on Tuesday against conscription, witnesses said.\n")); break;
                    case 1: wire.Add(($"protest-{town}-ap.txt", $"YANGON, Mar 6, 2024 (AP) - About 300 students marched peacefully through {town} on Tuesday to protest against military conscription, organisers said.\n")); break;
                    case 2: rss.Add(RssItem($"Letter from {town}", $"Hundreds of people protested peacefully in {town} on Tuesday against conscription, witnesses told The Irrawaddy.", "Wed, 06 Mar 2024 08:00:00 GMT")); break;
                    default: lines.Add(Line($"protest-{town}", "2024-03-06", $"About 300 students marched peacefully through {town} on Tuesday to protest against military conscription, organisers told Myanmar Now.")); break;
                }
            }
        }

        // Kunlong changes hands three times: a wire story, a second wire story and a JSON line.
        wire.Add(("kunlong-jan.txt", StoreCorpus.Wire["kunlong-jan.txt"]));
        wire.Add(("kunlong-feb.txt", StoreCorpus.Wire["kunlong-feb.txt"]));
        lines.Add(Line("kunlong-mar", "2024-03-05", "The Myanmar National Democratic Alliance Army seized control of Kunlong from the Myanmar military on Sunday, the group said."));

        foreach (var (name, text) in wire)
        {
            File.WriteAllText(Path.Combine(root, "agencies", name), text);
        }

        string feed = Rss(rss);
        File.WriteAllText(Path.Combine(root, "irrawaddy.rss"), feed);
        File.WriteAllText(Path.Combine(root, "dispatches.atom"), Atom(atom));
        File.WriteAllText(Path.Combine(root, "myanmar-now.jsonl"), string.Join("\n", lines) + "\n{\"id\":\"cut\",\"published\":\n");

        // Duplicates: the feed fetched again by a mirror, then wire copies re-saved (some re-wrapped) up to 200 reports.
        File.WriteAllText(Path.Combine(root, "mirror", "irrawaddy-again.rss"), feed);
        int copies = Readable - Distinct - rss.Count;
        for (int i = 0; i < copies; i++)
        {
            string text = wire[i % wire.Count].Text;
            text = i % 3 == 0 ? text.Replace(" on ", "\n  on ", StringComparison.Ordinal) + "\n\n" : text;
            File.WriteAllText(Path.Combine(root, "mirror", $"copy-{i:000}.txt"), text);
        }

        File.WriteAllBytes(Path.Combine(root, "agencies", "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF, 0x00]);
        File.WriteAllText(Path.Combine(root, "agencies", "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(root, "agencies", "latin1.txt"), Encoding.Latin1.GetBytes("YANGON, Jan 10, 2024 (AP) - Caf\u00e9 owners in Lashio said on Tuesday.\n"));
        File.WriteAllText(Path.Combine(root, "web", "truncated.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Cut");
        return root;
    }

    public static int DuplicateCount => Readable - Distinct;

    private static readonly Dictionary<int, string> Words = new() { [5] = "five", [6] = "six", [7] = "seven", [8] = "eight" };

    private static string RssItem(string title, string text, string date) =>
        $"<item><title>{title}</title><description>{text}</description><pubDate>{date}</pubDate></item>";

    private static string Rss(IEnumerable<string> items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>The Irrawaddy</title>\n" + string.Join("\n", items) + "\n</channel></rss>\n";

    private static string AtomEntry(string title, string text, string date) =>
        $"<entry><title>{title}</title><id>urn:sitrep:{Uri.EscapeDataString(title)}</id><published>{date}</published><updated>{date}</updated><content type=\"text\">{text}</content></entry>";

    private static string Atom(IEnumerable<string> entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Dispatches</title><id>urn:sitrep:dispatches</id><updated>2024-03-06T00:00:00Z</updated>\n"
        + string.Join("\n", entries) + "\n</feed>\n";

    private static string Line(string id, string published, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"{id}\",\"published\":\"{published}\",\"text\":\"{text}\"}}");

    private static string Page(string town, string text) => $"""
        <!DOCTYPE html><html><head><title>News from {town}</title>
        <meta property="article:published_time" content="2024-01-10T06:00:00Z"></head>
        <body><nav>Home | World</nav><article><h1>News from {town}</h1>
        <p>{text}</p>
        <p>Local people, who asked not to be named for their safety, said several houses near the market were destroyed.</p></article>
        <footer>Copyright</footer></body></html>
        """;
}
