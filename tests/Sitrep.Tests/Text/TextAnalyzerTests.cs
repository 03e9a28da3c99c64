using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(["a", "after", "armed", "across", "in"]));

    [Fact]
    public void Normalising_keeps_every_offset_and_straightens_quotes_and_dashes()
    {
        string input = "a \u201Cjunta-free zone,\u201D Myanmar\u2019s army \u2013 it said";
        string normalized = TextNormalizer.Normalize(input);
        Assert.Equal(input.Length, normalized.Length);
        Assert.Equal("a \"junta-free zone,\" Myanmar's army - it said", normalized);
    }

    [Fact]
    public void Abbreviated_titles_do_not_end_a_sentence()
    {
        var doc = Analyzer.Analyze("Myanmar government spokesman Maj. Gen. Zaw Min Tun told reporters. He added more.");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.EndsWith("told reporters.", doc.Slice(doc.Sentences[0].Span));
    }

    [Fact]
    public void Initials_run_together_do_not_end_a_sentence()
    {
        var doc = Analyzer.Analyze("A car bomb exploded outside the J.W. Marriott Hotel in Jakarta. Police sealed off the area.");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.EndsWith("Hotel in Jakarta.", doc.Slice(doc.Sentences[0].Span));
    }

    [Fact]
    public void A_period_followed_by_a_lower_case_word_does_not_end_a_sentence()
    {
        var doc = Analyzer.Analyze("The family members. stationed there were moved. Then they left.");
        Assert.Equal(2, doc.Sentences.Count);
    }

    [Fact]
    public void Blank_lines_separate_paragraphs()
    {
        var doc = Analyzer.Analyze("First one. Second one.\n\nThird one.\nStill third paragraph.");
        Assert.Equal([0, 0, 1, 1], doc.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Tokens_point_at_the_original_text()
    {
        const string input = "Fighters seized 2,389 rifles in Ta'ang \u201Cterritory\u201D.";
        var doc = Analyzer.Analyze(input);
        var tokens = doc.Sentences.Single().Tokens;
        Assert.Contains(tokens, t => t.Text == "2,389" && t.Kind == TokenKind.Number);
        Assert.Contains(tokens, t => t.Text == "Ta'ang");
        Assert.All(tokens, t => Assert.Equal(TextNormalizer.Normalize(input.Substring(t.Span.Start, t.Span.Length)), t.Text));
    }

    [Fact]
    public void Common_words_capitalised_mid_sentence_are_marked_as_stray()
    {
        var doc = Analyzer.Analyze("A major city fell. It lies on it A major road with Armed groups.");
        var second = doc.Sentences[1].Tokens;
        Assert.True(second.Single(t => t.Text == "A").StrayCapital);
        Assert.True(second.Single(t => t.Text == "Armed").StrayCapital);
        Assert.False(doc.Sentences[0].Tokens[0].StrayCapital); // sentence-initial "A" is ordinary capitalisation
        Assert.False(second.Single(t => t.Text == "It").StrayCapital);
    }

    [Fact]
    public void Body_start_skips_the_dateline_but_offsets_stay_absolute()
    {
        const string input = "BANGKOK, Jan 6 (Reuters) - Troops withdrew. They left.";
        int body = input.IndexOf("Troops", StringComparison.Ordinal);
        var doc = Analyzer.Analyze(input, body);
        Assert.Equal(body, doc.Sentences[0].Span.Start);
        Assert.Equal("Troops withdrew.", doc.Slice(doc.Sentences[0].Span));
    }
}
