using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>Stretches without a sentence end are cut so that no sentence exceeds the limit (hostile input).</summary>
public sealed class LongSentenceTests
{
    [Fact]
    public void A_stretch_without_a_full_stop_is_cut_at_white_space_into_pieces_under_the_limit()
    {
        string text = string.Concat(Enumerable.Repeat("rebels shelled the town ", 200)) + "and left.";
        var sentences = SentenceSplitter.Split(text);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Span.End - s.Span.Start <= SentenceSplitter.MaxSentenceChars));
        Assert.All(sentences.Skip(1), s => Assert.Equal(' ', text[s.Span.Start - 1]));
        Assert.Equal(text.Length, sentences[^1].Span.End);
        Assert.Equal(text.Replace(" ", ""), string.Concat(sentences.Select(s => text[s.Span.Start..s.Span.End])).Replace(" ", ""));
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_cut_at_the_limit_but_never_inside_a_surrogate_pair()
    {
        string text = new string('a', SentenceSplitter.MaxSentenceChars - 1) + string.Concat(Enumerable.Repeat("\U0001F4A5", 600));
        var sentences = SentenceSplitter.Split(text);
        Assert.All(sentences, s => Assert.False(char.IsLowSurrogate(text[s.Span.Start])));
        Assert.Equal(text.Length, sentences[^1].Span.End);
    }

    [Fact]
    public void Ordinary_sentences_are_not_cut()
    {
        Assert.Equal(2, SentenceSplitter.Split("Rebels shelled the town on Friday. The army said it had retaken it.").Count);
    }
}
