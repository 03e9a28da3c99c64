using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

public sealed class WeekdayTests
{
    // 2024-01-06 is a Saturday.
    [Theory]
    [InlineData("Troops shelled the town on Thursday.", "2024-01-04")]
    [InlineData("Troops shelled the town on Sunday.", "2023-12-31")]
    [InlineData("Troops shelled the town on Friday.", "2024-01-05")]
    [InlineData("Wednesday's attack killed five people.", "2024-01-03")]
    public void Bare_weekday_resolves_to_the_most_recent_past_day(string text, string expected) =>
        AssertDay(expected, Single(text, "2024-01-06"));

    [Fact]
    public void Weekday_equal_to_the_publication_day_is_the_publication_day()
    {
        var mention = Single("The spokesman said on Saturday that the army withdrew.", "2024-01-06");
        AssertDay("2024-01-06", mention);
        Assert.False(mention.PointsForward);
    }

    [Fact]
    public void Weekday_crosses_the_month_and_year_boundary()
    {
        // 2024-01-02 is a Tuesday; the previous Friday was 29 December 2023.
        AssertDay("2023-12-29", Single("Rebels seized the base on Friday.", "2024-01-02"));
    }

    [Theory]
    [InlineData("late Thursday", "The town fell late Thursday, residents said.")]
    [InlineData("early Friday", "Shelling resumed early Friday.")]
    [InlineData("Thursday night", "Shelling resumed Thursday night.")]
    [InlineData("late on Thursday", "The town fell late on Thursday.")]
    [InlineData("on Thursday", "The town fell on Thursday.")]
    [InlineData("Thursday", "Thursday's clashes killed two.")]
    public void Weekday_span_covers_the_modifiers_and_the_preposition(string expectedText, string text)
    {
        var mention = Single(text, "2024-01-06");
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(DatePrecision.Day, mention.Value!.Precision);
        Assert.Equal(new DateOnly(2024, 1, mention.Text.Contains("Friday") ? 5 : 4), mention.Value.Start);
    }

    [Theory]
    [InlineData("The two sides will hold talks on Monday.", "2024-01-08")]
    [InlineData("The envoy is due to arrive on Tuesday.", "2024-01-09")]
    [InlineData("The junta plans to hold a vote on Wednesday.", "2024-01-10")]
    [InlineData("The ceasefire talks will be held on Saturday.", "2024-01-13")]
    [InlineData("On Monday, the two sides will meet in Kunming.", "2024-01-08")]
    public void Forward_tense_resolves_to_the_next_such_day_after_publication(string text, string expected)
    {
        var mention = Single(text, "2024-01-06");
        AssertDay(expected, mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Next_weekday_points_forward_whatever_the_tense()
    {
        var mention = Single("Officials said talks were set for next Monday.", "2024-01-06");
        Assert.Equal("next Monday", mention.Text);
        AssertDay("2024-01-08", mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Last_weekday_excludes_the_publication_day()
    {
        AssertDay("2023-12-30", Single("The convoy left last Saturday.", "2024-01-06"));
    }

    [Fact]
    public void Past_clause_after_a_forward_one_stays_in_the_past()
    {
        var mentions = Resolve("Talks will resume on Monday, the spokesman said on Friday.", "2024-01-06");
        AssertDay("2024-01-08", Find(mentions, "on Monday"));
        AssertDay("2024-01-05", Find(mentions, "on Friday"));
        Assert.False(Find(mentions, "on Friday").PointsForward);
    }

    [Fact]
    public void Relative_clause_inside_a_forward_sentence_keeps_its_past_date()
    {
        var mention = Single("The alliance will try to expand its offensive, which began on October 27.", "2024-01-06");
        AssertDay("2023-10-27", mention);
        Assert.False(mention.PointsForward);
    }

    [Fact]
    public void Weekday_range_is_a_span_ending_on_or_before_publication()
    {
        var mention = Single("Fighting raged from Monday to Wednesday.", "2024-01-06");
        Assert.Equal("from Monday to Wednesday", mention.Text);
        AssertInterval("2024-01-01", "2024-01-03", DatePrecision.Span, mention);
        Assert.Equal(2, mention.Value!.TimePrecision);
    }

    [Fact]
    public void Weekday_without_publication_date_has_no_value()
    {
        var mention = Single("Troops shelled the town on Thursday.", (DateOnly?)null);
        Assert.Equal("on Thursday", mention.Text);
        Assert.Null(mention.Value);
    }
}
