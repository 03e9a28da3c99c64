using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

/// <summary>Patterns found in the tuning half of TimeBank: bare years and months, schedules, "the previous Friday".</summary>
public sealed class NewsPatternTests
{
    [Theory]
    [InlineData("Profit for 1990 is forecast to rise.", "1990")]
    [InlineData("Sales rose in fiscal 1989, the company said.", "1989")]
    [InlineData("The plan covers 1990 and beyond.", "1990")]
    [InlineData("Sydney will host the Olympics in the year 2000.", "2000")]
    public void Bare_year_standing_alone_is_a_year(string text, string year)
    {
        var mention = Assert.Single(Resolve(text, "1989-11-02"), m => m.Value?.Precision == DatePrecision.Year);
        Assert.Equal(year, mention.Value!.Iso);
    }

    [Theory]
    [InlineData("The 2021 coup ended the transition.")]
    [InlineData("Officials counted 1990 ballots.")]
    [InlineData("The bill came to $1990 in all.")]
    public void Year_before_a_noun_or_as_an_amount_is_not_a_date(string text) => Assert.Empty(Resolve(text, "2024-01-06"));

    [Fact]
    public void Bare_full_month_name_is_the_latest_such_month()
    {
        var mention = Single("Prices fell sharply after January, traders said.", "1998-02-06");
        Assert.Equal("1998-01", mention.Value!.Iso);
    }

    [Theory]
    [InlineData("Analysts may revise the figures.")]
    [InlineData("Thousands joined the March to the capital.")]
    public void Month_names_that_are_also_words_need_a_lead(string text) => Assert.Empty(Resolve(text, "1998-02-06"));

    [Theory]
    [InlineData("The offer expires Nov. 13.", "1989-11-13")]
    [InlineData("The dividend is payable Dec. 1 to holders of record Nov. 10.", "1989-12-01")]
    public void Month_day_in_an_unmarked_clause_is_the_coming_one_when_that_is_near(string text, string expected)
    {
        var mention = Resolve(text, "1989-11-02")[0];
        AssertDay(expected, mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Month_day_in_a_past_clause_stays_in_the_past() =>
        AssertDay("1988-11-13", Single("The company was founded Nov. 13.", "1989-11-02"));

    [Fact]
    public void Far_month_day_in_an_unmarked_clause_stays_in_the_past() =>
        AssertDay("1989-04-20", Single("The offer expires April 20.", "1989-11-02"));

    [Theory]
    [InlineData("Stocks rallied the previous Friday.", "1989-10-20")]
    [InlineData("Stocks rallied the prior Friday.", "1989-10-20")]
    public void Previous_weekday_is_a_week_before_the_latest_one(string text, string expected) =>
        AssertDay(expected, Single(text, "1989-10-30"));

    [Fact]
    public void This_morning_alone_in_a_sentence_is_publication_day() =>
        AssertDay("1998-02-06", Single("Officials met this morning.", "1998-02-06"));
}
