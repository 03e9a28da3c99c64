using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

/// <summary>
/// The keyword prefilter in front of the trigger patterns: what keywords a pattern yields, and that no pattern it
/// leaves out of a sentence would have matched there.
/// </summary>
public sealed class TriggerPrefilterTests
{
    private static readonly string LexiconPath = Path.Combine(TestPaths.RepoRoot, "data", "lexicons", "event-triggers.tsv");

    [Fact]
    public void A_pattern_without_keywords_runs_on_every_sentence()
    {
        var filter = TriggerPrefilter.For([new Regex(@"(a+)+b"), new Regex(@"\bclash(es|ed)\b")]);
        Assert.Equal(1, filter.AlwaysRunCount);
        Span<bool> selected = stackalloc bool[2];
        Assert.True(filter.Select("nothing of interest here", selected));
        Assert.True(selected[0]);
        Assert.False(selected[1]);
    }

    [Fact]
    public void Every_row_of_the_shipped_lexicon_has_keywords()
    {
        // Not needed for correctness (a row without keywords runs on every sentence), but one such row costs every
        // sentence a regex scan: a new row should be written so its literals can be read.
        var lexicon = EventLexicon.Load(LexiconPath);
        var none = lexicon.Triggers.Concat(lexicon.Statements).Where(t => TriggerKeywords.Derive(t.Pattern.ToString()) is null).Select(t => t.Id);
        Assert.Empty(none);
    }

    [Fact]
    public void A_sentence_without_keywords_selects_no_pattern_and_one_with_a_keyword_selects_its_rows()
    {
        var lexicon = EventLexicon.Load(LexiconPath);
        var selected = new bool[lexicon.Triggers.Count];
        Assert.False(lexicon.TriggerFilter.Select("the 12 villagers walked along the road and said that prices had risen again", selected),
            string.Join(", ", lexicon.Triggers.Where((t, i) => selected[i]).Select(t => $"{t.Id} {string.Join('|', TriggerKeywords.Derive(t.Pattern.ToString()) ?? [])}")));

        Assert.True(lexicon.TriggerFilter.Select("rebels clashed with the army near the town", selected));
        int clash = lexicon.Triggers.ToList().FindIndex(t => t.Id == "clash");
        Assert.True(selected[clash]);
    }

    /// <summary>
    /// Every sentence of the golden cases, the samples and the evaluation texts (ACLED notes, PLOVER sentences,
    /// TR-News and GeoVirus articles), lower-cased and normalised as the Events stage sees it: each pattern that
    /// matches is selected by the prefilter, and each match contains one of its pattern's keywords.
    /// </summary>
    [Fact]
    public void The_prefilter_never_drops_a_match_in_the_cases_samples_and_evaluation_texts()
    {
        var lexicon = EventLexicon.Load(LexiconPath);
        var analyzer = new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(TestPaths.RepoRoot, "data", "lexicons", "stray-capitals.txt")));
        var rows = lexicon.Triggers.Select(t => (t, lexicon.TriggerFilter)).Concat(lexicon.Statements.Select(t => (t, lexicon.StatementFilter)))
            .Select(r => (r.t.Id, r.t.Pattern, Keywords: TriggerKeywords.Derive(r.t.Pattern.ToString()))).ToList();
        var selectedTriggers = new bool[lexicon.Triggers.Count];
        var selectedStatements = new bool[lexicon.Statements.Count];
        int sentences = 0, matches = 0;
        foreach (string text in Texts())
        {
            var document = analyzer.Analyze(text);
            foreach (var sentence in document.Sentences)
            {
                string lower = document.SliceNormalized(sentence.Span).ToLowerInvariant();
                sentences++;
                lexicon.TriggerFilter.Select(lower, selectedTriggers);
                lexicon.StatementFilter.Select(lower, selectedStatements);
                for (int i = 0; i < rows.Count; i++)
                {
                    var (id, pattern, keywords) = rows[i];
                    bool selected = i < selectedTriggers.Length ? selectedTriggers[i] : selectedStatements[i - selectedTriggers.Length];
                    foreach (Match match in pattern.Matches(lower))
                    {
                        matches++;
                        Assert.True(selected, $"'{id}' matches '{match.Value}' in \"{lower}\" but was not selected");
                        Assert.True(keywords is null || keywords.Any(k => match.Value.Contains(k, StringComparison.Ordinal)),
                            $"'{id}' matches '{match.Value}', which holds none of its keywords {string.Join('|', keywords ?? [])}");
                    }
                }
            }
        }

        Assert.True(sentences > 5_000 && matches > 2_000, $"{sentences} sentences, {matches} matches: the evaluation texts are missing");
    }

    private static IEnumerable<string> Texts()
    {
        string cases = Path.Combine(TestPaths.RepoRoot, "tests", "Sitrep.Tests", "Events", "Cases", "sub-event-types.tsv");
        foreach (string line in File.ReadLines(cases).Where(l => l.Length > 0 && l[0] != '#'))
        {
            yield return line.Split('\t')[1];
        }

        foreach (string sample in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "samples"), "*.txt"))
        {
            yield return File.ReadAllText(sample);
        }

        string eval = Path.Combine(TestPaths.SharedFolder, "eval");
        var acled = CsvTable.Read(Path.Combine(eval, "acled", "myanmar-erv-2021-2022.dev.csv"));
        foreach (var row in acled.Rows)
        {
            yield return acled.Get(row, "notes");
        }

        using var plover = JsonDocument.Parse(File.ReadAllText(Path.Combine(eval, "plover", "PLOVER_GSR_CAMEO.json")));
        foreach (var record in plover.RootElement.EnumerateArray())
        {
            if (record.TryGetProperty("eventText", out var text) && text.GetString() is { } sentence)
            {
                yield return sentence;
            }
        }

        foreach (string corpus in (string[])["TR-News.xml", "GeoVirus.xml"])
        {
            foreach (var article in GeoparseCorpus.Read(Path.Combine(eval, "geoparsing", corpus)))
            {
                yield return article.Text;
            }
        }
    }
}
