using System.Text;
using System.Xml;
using Sitrep.Dates;
using Sitrep.Ingest;
using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Tests.Ingest;

/// <summary>
/// Inputs that crashed a parser under AFL++ (fuzz/README.md), kept as regression tests. Each file under
/// Ingest/FuzzCases/TARGET is run the way the fuzz harness runs that target: it must give a result or the reader's
/// documented refusal, never another exception. Add a crash case by dropping its file into the target's folder.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly DateOnly Published = new(2024, 3, 1);
    private static readonly string CaseFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Sitrep.Tests", "Ingest", "FuzzCases");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string dir in Directory.EnumerateDirectories(CaseFolder).Order(StringComparer.Ordinal))
        {
            foreach (string file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_saved_crash_input_is_read_or_refused(string target, string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(CaseFolder, target, file));
        switch (target)
        {
            case "dateline":
                _ = DatelineParser.Parse(Encoding.UTF8.GetString(bytes), Published);
                var read = ReportFileReader.FromBytes(file, bytes, Published);
                Assert.True(read.Report is not null || read.Error is not null);
                break;
            case "html":
                if (ReportFileReader.Decode(file, bytes).Text is { } page)
                {
                    Assert.NotNull(HtmlReportReader.Read(file, page, Published));
                }

                break;
            case "feed":
                if (ReportFileReader.Decode(file, bytes).Text is { } xml)
                {
                    try
                    {
                        Assert.NotNull(FeedReportReader.Read(file, xml, Published));
                    }
                    catch (Exception e) when (e is XmlException or FormatException)
                    {
                        // The feed reader's documented refusals.
                    }
                }

                break;
            case "jsonl":
                if (ReportFileReader.Decode(file, bytes).Text is { } lines)
                {
                    Assert.NotNull(JsonLinesReportReader.Read(file, lines, Published));
                }

                break;
            case "dates":
                _ = new TemporalResolver().Resolve(new TextAnalyzer(new StrayCapitalLexicon([])).Analyze(Encoding.UTF8.GetString(bytes)), Published);
                break;
            case "quantities":
                var document = new TextAnalyzer(new StrayCapitalLexicon([])).Analyze(Encoding.UTF8.GetString(bytes));
                var dates = new TemporalResolver().Resolve(document, Published).Select(d => d.Span).ToList();
                _ = new QuantityRecognizer().Recognize(document, dates);
                break;
            default:
                Assert.Fail($"no fuzz target '{target}' for {file}");
                break;
        }
    }

    [Fact]
    public void A_wire_dateline_on_day_zero_keeps_the_place_and_falls_back_to_the_publication_date()
    {
        // dateline/day-zero.bin: "Feb. 0" matched the day pattern and new DateOnly(2024, 2, 0) threw.
        var dateline = DatelineParser.Parse("YANGON, Feb. 0 (Reuters) - Rebels shelled the town.", Published);
        Assert.NotNull(dateline);
        Assert.Equal("Yangon", dateline.Place);
        Assert.Equal(Published, dateline.Date);
    }

    [Theory]
    [InlineData("Shelling on Feb. \u07C7 2024 hit the market.")]    // dates/nko-digit-day.bin: NKo digit seven as the day
    [InlineData("Rebels have held the town since 202\u07C0.")]      // dates/nko-digit-year.bin: NKo digit zero in a year
    [InlineData("Shelling on 5 March \u0662\u0660\u0662\u0664 hit the market.")]  // Arabic-Indic digits
    public void Non_ascii_digits_are_not_read_as_a_date(string text)
    {
        // \d matched any Unicode decimal digit and int.Parse then threw; dates are now read from ASCII digits only.
        var document = new TextAnalyzer(new StrayCapitalLexicon([])).Analyze(text);
        var mentions = new TemporalResolver().Resolve(document, Published);
        Assert.DoesNotContain(mentions, m => text[m.Span.Start..m.Span.End].Any(c => c > '\u007F'));
    }

    [Fact]
    public void A_wire_dateline_with_an_arabic_indic_year_is_read_without_its_date()
    {
        // Found by review beside the fuzz finding above: the dateline's year group was \d{4}, read with int.Parse.
        var dateline = DatelineParser.Parse("YANGON, Feb. 5, \u0662\u0660\u0662\u0664 (Reuters) - Rebels shelled the town.", Published);
        Assert.True(dateline is null || dateline.Date == Published);
    }
}
