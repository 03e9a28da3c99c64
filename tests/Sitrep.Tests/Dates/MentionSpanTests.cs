using Sitrep.Dates;
using Sitrep.Text;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

public sealed class MentionSpanTests
{
    [Fact]
    public void Mentions_are_in_text_order_and_do_not_overlap()
    {
        var mentions = Resolve(
            "On Thursday, January 4, 2024, rebels took the town. Since October 27 the alliance has fought for months. "
            + "Shelling resumed on Friday.",
            "2024-01-06");
        Assert.Equal(["On Thursday, January 4, 2024", "Since October 27", "for months", "on Friday"], mentions.Select(m => m.Text));
        for (int i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start);
        }
    }

    [Fact]
    public void Longest_match_wins()
    {
        // "3 and 5 January" holds "5 January"; "January 4, 2024" holds "January 4" and "2024".
        Assert.Equal("between 3 and 5 January", Single("Clashes raged between 3 and 5 January.", "2024-01-06").Text);
        Assert.Equal("on January 4, 2024", Single("Clashes raged on January 4, 2024.", "2024-01-06").Text);
    }

    [Fact]
    public void Span_is_an_offset_into_the_original_text_with_curly_quotes()
    {
        string text = "In a New Year\u2019s speech, he said the town fell late Thursday \u2014 residents agreed.";
        var document = Analyze(text);
        var mentions = new TemporalResolver().Resolve(document, new DateOnly(2024, 1, 6));
        var newYear = Find(mentions, "New Year's");
        Assert.Equal("New Year\u2019s", document.Slice(newYear.Span));
        Assert.Equal("late Thursday", document.Slice(Find(mentions, "late Thursday").Span));
    }

    [Fact]
    public void Dateline_gives_only_its_iso_date()
    {
        var mention = Single("date 2024-01-06 Bangkok (AFP) \u2013 The military admitted defeat.", "2024-01-06");
        Assert.Equal("2024-01-06", mention.Text);
        Assert.Equal(new TextSpan(5, 15), mention.Span);
    }

    [Fact]
    public void Sentence_without_temporal_words_gives_nothing()
    {
        Assert.Empty(Resolve("The coalition portrayed its attack as a struggle against military rule.", "2024-01-06"));
    }

    [Fact]
    public void Resolver_is_safe_to_share_across_threads()
    {
        var resolver = new TemporalResolver();
        var document = Analyze("Rebels took the town late Thursday and shelled it on 3 January 2024 for three days.");
        var expected = resolver.Resolve(document, new DateOnly(2024, 1, 6));
        Parallel.For(0, 200, _ => Assert.Equal(expected, resolver.Resolve(document, new DateOnly(2024, 1, 6))));
    }
}
