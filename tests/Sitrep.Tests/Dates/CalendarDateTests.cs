using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

public sealed class CalendarDateTests
{
    [Theory]
    [InlineData("The attack came on 6 January 2024.", "on 6 January 2024")]
    [InlineData("The attack came on January 6, 2024.", "on January 6, 2024")]
    [InlineData("The attack came on Jan. 6, 2024.", "on Jan. 6, 2024")]
    [InlineData("The attack came on the 6th of January 2024.", "on the 6th of January 2024")]
    [InlineData("The attack came on Saturday, the 6th of January 2024.", "on Saturday, the 6th of January 2024")]
    [InlineData("The attack came on Saturday, January 6, 2024.", "on Saturday, January 6, 2024")]
    [InlineData("The attack came on 2024-01-06.", "on 2024-01-06")]
    [InlineData("The attack came on 6/1/2024.", "on 6/1/2024")]
    public void Absolute_date_resolves_to_its_day(string text, string expectedText)
    {
        var mention = Single(text, "2024-03-01");
        Assert.Equal(expectedText, mention.Text);
        AssertDay("2024-01-06", mention);
        Assert.Equal(DateRelation.On, mention.Relation);
    }

    [Fact]
    public void Slash_date_is_day_first_unless_that_is_impossible()
    {
        AssertDay("2024-02-03", Single("Clashes were reported on 3/2/2024.", "2024-03-01"));
        AssertDay("2024-01-13", Single("Clashes were reported on 1/13/2024.", "2024-03-01"));
    }

    [Theory]
    [InlineData("The report is dated 31 February 2024.")]
    [InlineData("The report is dated 2024-13-40.")]
    [InlineData("The report is dated 31/31/2024.")]
    [InlineData("The report is dated February 30.")]
    [InlineData("The report covers 5 to 3 January 2024.")]
    public void Invalid_date_is_found_but_not_resolved(string text)
    {
        var mention = Single(text, "2024-03-01");
        Assert.Null(mention.Value);
    }

    [Theory]
    [InlineData("The alliance launched an attack on October 27.")]
    [InlineData("The alliance launched an attack on 27 October.")]
    [InlineData("The alliance launched an attack on Oct. 27.")]
    [InlineData("The alliance launched an attack on the 27th of October.")]
    public void Month_day_without_year_is_the_most_recent_not_after_publication(string text) =>
        AssertDay("2023-10-27", Single(text, "2024-01-06"));

    [Fact]
    public void Month_day_in_the_previous_december_crosses_the_year()
    {
        AssertDay("2023-12-30", Single("The militia withdrew on December 30.", "2024-01-02"));
        AssertDay("2024-01-02", Single("The militia withdrew on January 2.", "2024-01-02"));
    }

    [Fact]
    public void Month_day_with_forward_tense_is_the_next_one()
    {
        var mention = Single("Elections will be held on February 8.", "2024-01-06");
        AssertDay("2024-02-08", mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Leap_day_without_year_finds_the_last_leap_year()
    {
        AssertDay("2020-02-29", Single("The base was overrun on February 29.", "2023-06-01"));
    }

    [Theory]
    [InlineData("The army seized power in February 2021.", "in February 2021")]
    [InlineData("The army seized power In February 2021.", "In February 2021")]
    [InlineData("The army seized power in Feb. 2021.", "in Feb. 2021")]
    [InlineData("The army seized power February 2021.", "February 2021")]
    public void Month_and_year_has_month_precision(string text, string expectedText)
    {
        var mention = Single(text, "2024-01-06");
        Assert.Equal(expectedText, mention.Text);
        AssertInterval("2021-02-01", "2021-02-28", DatePrecision.Month, mention);
        Assert.Equal(3, mention.Value!.TimePrecision);
    }

    [Fact]
    public void Month_without_year_is_the_latest_one_begun_by_publication()
    {
        AssertInterval("2023-10-01", "2023-10-31", DatePrecision.Month, Single("The offensive began in October.", "2024-01-06"));
        // The current month ends at publication.
        AssertInterval("2024-01-01", "2024-01-06", DatePrecision.Month, Single("Fighting intensified in January.", "2024-01-06"));
        Assert.Equal("since mid-October", Single("Fighting has raged since mid-October.", "2024-01-06").Text);
    }

    [Fact]
    public void Month_name_needs_a_preposition_or_a_number()
    {
        Assert.Empty(Resolve("Officials may review the March decision.", "2024-01-06"));
        Assert.Empty(Resolve("May God protect them, he said.", "2024-01-06"));
    }

    [Theory]
    [InlineData("The coup in 2021 changed everything.", "in 2021")]
    [InlineData("Myanmar has been in turmoil since 2021.", "since 2021")]
    [InlineData("The war began in early 2021.", "in early 2021")]
    [InlineData("The war began in mid-2021.", "in mid-2021")]
    [InlineData("The war began at the end of 2021.", "at the end of 2021")]
    [InlineData("The coup of 2021 changed everything.", "2021")]
    public void Year_after_a_preposition_has_year_precision(string text, string expectedText)
    {
        var mention = Single(text, "2024-01-06");
        Assert.Equal(expectedText, mention.Text);
        AssertInterval("2021-01-01", "2021-12-31", DatePrecision.Year, mention);
    }

    [Theory]
    [InlineData("It added that 2,389 army personnel had surrendered.")]
    [InlineData("The 2021 coup toppled the government.")]
    [InlineData("Some 2000 people fled.")]
    public void Numbers_that_are_not_clearly_years_are_ignored(string text) =>
        Assert.Empty(Resolve(text, "2024-01-06"));

    [Theory]
    [InlineData("Clashes raged between 3 and 5 January.", "between 3 and 5 January")]
    [InlineData("Clashes raged from January 3 to 5.", "from January 3 to 5")]
    [InlineData("Clashes raged on 3-5 January 2024.", "on 3-5 January 2024")]
    public void Day_range_is_a_span(string text, string expectedText)
    {
        var mention = Single(text, "2024-01-06");
        Assert.Equal(expectedText, mention.Text);
        AssertInterval("2024-01-03", "2024-01-05", DatePrecision.Span, mention);
        Assert.Equal(DateRelation.On, mention.Relation);
    }

    [Fact]
    public void Absolute_dates_resolve_without_a_publication_date()
    {
        AssertDay("2024-01-06", Single("The attack came on 6 January 2024.", (DateOnly?)null));
        Assert.Equal("2021-02", Single("The coup came in February 2021.", (DateOnly?)null).Value!.Iso);
        Assert.Null(Single("The attack came on October 27.", (DateOnly?)null).Value);
        Assert.Null(Single("The attack came in October.", (DateOnly?)null).Value);
    }

    [Fact]
    public void Absolute_date_after_publication_points_forward()
    {
        var mention = Single("The election is planned for 8 February 2025.", "2024-01-06");
        AssertDay("2025-02-08", mention);
        Assert.True(mention.PointsForward);
    }

    [Theory]
    [InlineData("The feud began 999 decades ago.", "2024-01-06")]
    [InlineData("Nothing changed over the past 999 decades.", "2024-01-06")]
    [InlineData("Peace may come in the next 999 decades.", "2024-01-06")]
    [InlineData("The army withdrew yesterday.", "0001-01-01")]
    [InlineData("Talks resume tomorrow.", "9999-12-31")]
    public void Expression_beyond_the_calendar_is_not_resolved_and_does_not_throw(string text, string published)
    {
        var mention = Single(text, published);
        Assert.Null(mention.Value);
    }
}
