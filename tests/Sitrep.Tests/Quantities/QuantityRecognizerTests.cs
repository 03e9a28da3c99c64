using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon([]));

    private static IReadOnlyList<QuantityMention> Find(string text, params TextSpan[] excluded) =>
        new QuantityRecognizer().Recognize(Analyzer.Analyze(text), excluded);

    [Theory]
    [InlineData("It said 2,389 army personnel had surrendered.", 2389, "army personnel")]
    [InlineData("including six brigadier generals, were freed.", 6, "brigadier generals")]
    [InlineData("wounding five people.", 5, "people")]
    [InlineData("Some twenty-five villagers fled.", 25, "villagers")]
    [InlineData("Two hundred and fifty troops arrived.", 250, "troops")]
    [InlineData("About a hundred protesters gathered.", 100, "protesters")]
    [InlineData("Two dozen houses burned.", 24, "houses")]
    [InlineData("Police detained 1.5 million people.", 1_500_000, "people")]
    public void Numbers_in_digits_and_words_are_read_with_what_they_count(string text, long value, string counted)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(value, q.Value);
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("The coalition has captured more than 250 military targets.", 250, QuantityQualifier.MoreThan)]
    [InlineData("At least 12 civilians were killed.", 12, QuantityQualifier.AtLeast)]
    [InlineData("Up to 40 fighters died.", 40, QuantityQualifier.UpTo)]
    [InlineData("Nearly 100 homes burned.", 100, QuantityQualifier.Nearly)]
    [InlineData("Six soldiers were killed.", 6, QuantityQualifier.Exactly)]
    public void Qualifiers_before_a_number_are_kept(string text, long value, QuantityQualifier qualifier)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(value, q.Value);
        Assert.Equal(qualifier, q.Qualifier);
    }

    [Theory]
    [InlineData("Dozens of civilians fled.", 12)]
    [InlineData("Hundreds of families fled.", 100)]
    [InlineData("It ensnared tens of thousands of Chinese citizens.", 10_000)]
    [InlineData("Several soldiers were wounded.", 3)]
    public void Vague_plurals_are_read_at_their_conservative_minimum(string text, long value)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(value, q.Value);
        Assert.Equal(QuantityQualifier.Vague, q.Qualifier);
    }

    [Fact]
    public void Ranges_keep_both_ends()
    {
        var q = Assert.Single(Find("Between 10 and 15 soldiers were killed."));
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(10, q.Value);
        Assert.Equal(15, q.UpperValue);
    }

    [Fact]
    public void Numbers_inside_dates_and_names_are_not_counts()
    {
        const string text = "The Operation 1027 offensive began on October 27 with 300 fighters.";
        int day = text.IndexOf("October 27", StringComparison.Ordinal);
        var found = Find(text, new TextSpan(day, day + "October 27".Length));
        var q = Assert.Single(found);
        Assert.Equal(300, q.Value);
    }

    [Fact]
    public void Lone_articles_and_one_of_are_not_counts()
    {
        Assert.Empty(Find("One of the soldiers said a convoy left."));
    }

    [Fact]
    public void A_four_hundred_digit_number_is_skipped_without_failing()
    {
        Assert.Empty(Find("They claimed " + new string('9', 400) + " victories."));
    }
}
