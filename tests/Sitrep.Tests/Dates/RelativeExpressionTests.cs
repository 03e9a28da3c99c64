using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

/// <summary>Expressions relative to publication; the report is dated Saturday 6 January 2024 unless said otherwise.</summary>
public sealed class RelativeExpressionTests
{
    private const string Published = "2024-01-06";

    [Theory]
    [InlineData("The army said today that it withdrew.", "today", "2024-01-06")]
    [InlineData("The army withdrew yesterday.", "yesterday", "2024-01-05")]
    [InlineData("The army withdrew yesterday morning.", "yesterday morning", "2024-01-05")]
    [InlineData("The army withdrew last night.", "last night", "2024-01-05")]
    [InlineData("The army withdrew the day before yesterday.", "the day before yesterday", "2024-01-04")]
    [InlineData("The army withdrew three days ago.", "three days ago", "2024-01-03")]
    public void Relative_day_resolves_against_publication(string text, string expectedText, string expected)
    {
        var mention = Single(text, Published);
        Assert.Equal(expectedText, mention.Text);
        AssertDay(expected, mention);
        Assert.Equal(DateRelation.On, mention.Relation);
    }

    [Fact]
    public void Tomorrow_points_forward()
    {
        var mention = Single("Talks resume tomorrow.", Published);
        AssertDay("2024-01-07", mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Last_week_is_the_previous_monday_to_sunday_week()
    {
        var mention = Single("Airstrikes hit the town last week.", Published);
        AssertInterval("2023-12-25", "2023-12-31", DatePrecision.Week, mention);
        Assert.Equal(DateRelation.During, mention.Relation);
        Assert.Equal(2, mention.Value!.TimePrecision);
    }

    [Fact]
    public void This_week_runs_from_monday_to_publication()
    {
        var mention = Single("Airstrikes hit the town earlier this week.", Published);
        Assert.Equal("earlier this week", mention.Text);
        AssertInterval("2024-01-01", "2024-01-06", DatePrecision.Week, mention);
        Assert.Equal(DateRelation.During, mention.Relation);
    }

    [Fact]
    public void Earlier_this_month_is_a_span_from_the_first_to_publication()
    {
        var mention = Single("The junta imposed martial law earlier this month.", "2024-03-20");
        AssertInterval("2024-03-01", "2024-03-20", DatePrecision.Span, mention);
        Assert.Equal(DateRelation.During, mention.Relation);
        Assert.Equal(3, mention.Value!.TimePrecision);
    }

    [Fact]
    public void Last_month_and_last_year_are_the_previous_calendar_periods()
    {
        AssertInterval("2023-12-01", "2023-12-31", DatePrecision.Month, Single("Talks collapsed last month.", Published));
        AssertInterval("2023-01-01", "2023-12-31", DatePrecision.Year, Single("Talks collapsed last year.", Published));
    }

    [Fact]
    public void Next_week_points_forward()
    {
        var mention = Single("Talks resume next week.", Published);
        AssertInterval("2024-01-08", "2024-01-14", DatePrecision.Week, mention);
        Assert.True(mention.PointsForward);
    }

    [Theory]
    [InlineData("Thousands have fled in recent weeks.", "in recent weeks", "2023-12-09")]
    [InlineData("Thousands have fled in recent days.", "in recent days", "2023-12-30")]
    [InlineData("Thousands have fled over the past two weeks.", "over the past two weeks", "2023-12-23")]
    [InlineData("Thousands have fled in the past 24 hours.", "in the past 24 hours", "2024-01-05")]
    public void Recent_period_is_a_span_ending_at_publication(string text, string expectedText, string start)
    {
        var mention = Single(text, Published);
        Assert.Equal(expectedText, mention.Text);
        AssertInterval(start, Published, DatePrecision.Span, mention);
        Assert.Equal(DateRelation.During, mention.Relation);
        Assert.False(mention.PointsForward);
    }

    [Fact]
    public void Coming_days_point_forward()
    {
        var mention = Single("More strikes are feared in the coming days.", Published);
        AssertInterval(Published, "2024-01-13", DatePrecision.Span, mention);
        Assert.True(mention.PointsForward);
    }

    [Theory]
    [InlineData("2024-01-06", "2024-01-06", "2024-01-06")] // Saturday: the weekend has only begun
    [InlineData("2024-01-07", "2024-01-06", "2024-01-07")] // Sunday
    [InlineData("2024-01-09", "2024-01-06", "2024-01-07")] // Tuesday: the weekend just past
    public void Over_the_weekend_is_the_latest_saturday_and_sunday(string published, string start, string end)
    {
        var mention = Single("Rebels shelled the airport over the weekend.", published);
        Assert.Equal("over the weekend", mention.Text);
        AssertInterval(start, end, DatePrecision.Span, mention);
        Assert.Equal(DateRelation.During, mention.Relation);
    }

    [Fact]
    public void Last_weekend_on_a_weekend_is_the_one_before()
    {
        AssertInterval("2023-12-30", "2023-12-31", DatePrecision.Span, Single("Rebels shelled the airport last weekend.", "2024-01-06"));
    }

    [Theory]
    [InlineData("Peng Deren said in a New Year's speech that the fight goes on.", "New Year's", "2024-01-01")]
    [InlineData("Fireworks were banned on New Year's Eve.", "on New Year's Eve", "2023-12-31")]
    [InlineData("The amnesty was announced on New Year's Day.", "on New Year's Day", "2024-01-01")]
    [InlineData("A truce was agreed at Christmas.", "at Christmas", "2023-12-25")]
    public void Holiday_is_the_most_recent_one_on_or_before_publication(string text, string expectedText, string expected)
    {
        var mention = Single(text, Published);
        Assert.Equal(expectedText, mention.Text);
        AssertDay(expected, mention);
    }

    [Fact]
    public void New_year_of_another_calendar_is_not_january_first()
    {
        Assert.Empty(Resolve("Markets closed for Lunar New Year.", "2024-02-12"));
    }

    [Theory]
    [InlineData("Fighting has raged since October 27.", "since October 27", DateRelation.Since, "2023-10-27")]
    [InlineData("Troops had surrendered by Friday.", "by Friday", DateRelation.By, "2024-01-05")]
    [InlineData("The siege lasted until Wednesday.", "until Wednesday", DateRelation.By, "2024-01-03")]
    [InlineData("Shelling has continued since Tuesday.", "since Tuesday", DateRelation.Since, "2024-01-02")]
    public void Leading_since_or_by_sets_the_relation(string text, string expectedText, DateRelation relation, string expected)
    {
        var mention = Single(text, Published);
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(relation, mention.Relation);
        AssertDay(expected, mention);
    }

    [Fact]
    public void Since_always_looks_back_even_in_a_forward_sentence()
    {
        AssertDay("2024-01-01", Single("The blockade will continue, as it has since Monday.", Published));
    }

    [Theory]
    [InlineData("Airstrikes hit the town last week.")]
    [InlineData("Thousands have fled in recent weeks.")]
    [InlineData("The army withdrew yesterday.")]
    [InlineData("Talks collapsed last month.")]
    [InlineData("Rebels shelled the airport over the weekend.")]
    [InlineData("He gave a New Year's speech.")]
    public void Relative_expression_without_publication_date_has_no_value(string text)
    {
        var mention = Single(text, (DateOnly?)null);
        Assert.Null(mention.Value);
    }

    [Theory]
    [InlineData("Troops must leave by the end of October, the junta said.", "by the end of October", "2023-10-01", "2023-10-31", DatePrecision.Month, DateRelation.By)]
    [InlineData("The offensive began last October.", "last October", "2023-10-01", "2023-10-31", DatePrecision.Month, DateRelation.On)]
    [InlineData("The convoy was attacked a few days ago.", "a few days ago", "2024-01-02", "2024-01-04", DatePrecision.Span, DateRelation.On)]
    [InlineData("Villagers fled at the weekend.", "at the weekend", "2024-01-06", "2024-01-06", DatePrecision.Span, DateRelation.During)]
    [InlineData("A truce was broken on Christmas Eve.", "on Christmas Eve", "2023-12-24", "2023-12-24", DatePrecision.Day, DateRelation.On)]
    [InlineData("Both sides fought over the past year.", "over the past year", "2023-01-06", "2024-01-06", DatePrecision.Span, DateRelation.During)]
    public void Documented_examples_resolve_as_documented(string text, string expectedText, string start, string end,
        DatePrecision precision, DateRelation relation)
    {
        var mention = Single(text, Published);
        Assert.Equal(expectedText, mention.Text);
        AssertInterval(start, end, precision, mention);
        Assert.Equal(relation, mention.Relation);
    }

    [Fact]
    public void Later_this_month_points_forward_from_publication()
    {
        var mention = Single("Talks will resume later this month.", Published);
        AssertInterval(Published, "2024-01-31", DatePrecision.Span, mention);
        Assert.True(mention.PointsForward);
    }
}
