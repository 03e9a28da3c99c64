namespace Sitrep.Tests.Ingest;

using Sitrep.Ingest;

public class FormatReaderTests
{
    [Fact]
    public void Atom_entries_are_reports_dated_by_published_with_the_title_on_top()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><title>Clashes in Muse</title><link href="https://example.org/a"/><published>2024-02-03T10:00:00+06:30</published>
            <summary type="html">&lt;p&gt;Fighting broke out in Muse on Friday.&lt;/p&gt;</summary></entry>
            <entry><title>Second</title><updated>2024-02-04T00:00:00Z</updated><content>Body two.</content></entry>
            </feed>
            """;

        var items = FeedReportReader.Read("f.atom", atom, null);

        Assert.Equal(2, items.Count);
        Assert.Equal("Clashes in Muse\n\nFighting broke out in Muse on Friday.", items[0].Report!.Text);
        Assert.Equal(new DateOnly(2024, 2, 3), items[0].Report!.Published);
        Assert.Equal("https://example.org/a", items[0].Url);
        Assert.Equal(new DateOnly(2024, 2, 4), items[1].Report!.Published);
        Assert.Equal("f.atom#2", items[1].Name);
    }

    [Fact]
    public void Rss_pub_dates_in_rfc_822_are_read_and_a_missing_one_falls_back_to_the_given_date()
    {
        const string rss = """
            <rss version="2.0"><channel>
            <item><title>A</title><description>One.</description><pubDate>Sat, 06 Jan 2024 23:30:00 +0000</pubDate></item>
            <item><title>B</title><description>Two.</description></item>
            </channel></rss>
            """;

        var items = FeedReportReader.Read("f.rss", rss, new DateOnly(2024, 1, 1));

        Assert.Equal(new DateOnly(2024, 1, 6), items[0].Report!.Published);
        Assert.Equal(new DateOnly(2024, 1, 1), items[1].Report!.Published);
    }

    [Fact]
    public void A_file_that_is_not_a_feed_is_one_failure_naming_the_file() =>
        AssertOneFailureNamingTheFile(".xml", "<html><body>not a feed</body></html>");

    [Fact]
    public void A_page_whose_markup_times_out_is_one_failure_naming_the_file() =>
        // 320 KB of unclosed <script> tags: the script-stripping regex retries from every tag to the end of the page.
        AssertOneFailureNamingTheFile(".html", string.Concat(Enumerable.Repeat("<script>", 40_000)));

    private static void AssertOneFailureNamingTheFile(string extension, string content)
    {
        string file = Path.Combine(Path.GetTempPath(), $"sitrep-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(file, content);
        try
        {
            var item = Assert.Single(ReportSources.Read(file, null));
            Assert.Null(item.Report);
            Assert.StartsWith(file, item.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Html_pages_are_dated_from_their_meta_tags()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), HtmlReportReader.MetaDate("<meta content='2024-03-01T08:00:00Z' property='article:published_time'>"));
        Assert.Equal(new DateOnly(2024, 3, 2), HtmlReportReader.MetaDate("<meta name=\"date\" content=\"2024-03-02\">"));
        Assert.Null(HtmlReportReader.MetaDate("<meta name=\"description\" content=\"2024-03-02\">"));
    }

    [Fact]
    public void Html_main_text_keeps_the_article_and_drops_the_page_furniture()
    {
        const string html = """
            <html><head><title>Strike on Muse</title><meta property="og:published_time" content="2024-05-05"></head>
            <body><nav>Home | Sport | Weather</nav><article><h1>Strike on Muse</h1>
            <p>An air strike hit a market in Muse on Saturday, killing four people, residents said.</p>
            <p>The town has seen heavy fighting between the army and ethnic armed groups since last year.</p></article>
            <footer>Copyright 2024</footer></body></html>
            """;

        var report = HtmlReportReader.Read("page.html", html, null).Report!;

        Assert.StartsWith("Strike on Muse\n\n", report.Text);
        Assert.Contains("killing four people", report.Text);
        Assert.DoesNotContain("Copyright", report.Text);
        Assert.Equal(new DateOnly(2024, 5, 5), report.Published);
    }

    [Fact]
    public void Json_lines_give_one_report_per_line_and_a_bad_line_is_a_failure_with_its_number()
    {
        const string lines = """
            {"id":"a","url":"https://example.org/a","published":"2024-01-05","title":"T","text":"Body."}

            {"published":"2024-01-06"}
            not json
            """;

        var items = JsonLinesReportReader.Read("w.jsonl", lines, null);

        Assert.Equal(3, items.Count);
        Assert.Equal(("T\n\nBody.", new DateOnly(2024, 1, 5)), (items[0].Report!.Text, items[0].Report!.Published!.Value));
        Assert.Equal("w.jsonl:3: a line needs an object with a \"text\" string", items[1].Error);
        Assert.StartsWith("w.jsonl:4: not valid JSON", items[2].Error);
    }
}
