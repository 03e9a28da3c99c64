using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

/// <summary>How the clause around an expression decides between the past and the future (report of Saturday 2024-01-06).</summary>
public sealed class TenseTests
{
    private const string Published = "2024-01-06";

    [Theory]
    [InlineData("The junta will hold talks with armed groups on Monday.", "2024-01-08")]
    [InlineData("Hudson's Bay said it will redeem preferred shares on Monday.", "2024-01-08")]
    [InlineData("Final guidelines to be published in early February will settle the matter.", "2024-02-01")]
    [InlineData("The spokesman said flights would resume from February 2.", "2024-02-02")]
    [InlineData("The envoy plans to visit Lashio this coming Sunday.", "2024-01-07")]
    public void Forward_cues_point_forward_past_adjectives_and_reported_speech(string text, string expectedStart)
    {
        var mention = Single(text, Published);
        Assert.True(mention.PointsForward, mention.Text);
        Assert.Equal(Day(expectedStart), mention.Value!.Start);
    }

    [Theory]
    [InlineData("The two presidents signed a cooperation plan Friday.", "2024-01-05")]
    [InlineData("In October, it announced plans to build a dam.", "2023-10-01")]
    [InlineData("I want to be absolutely clear about what happened on Tuesday, he said.", "2024-01-02")]
    [InlineData("Rebels captured the base on Thursday and will now push south.", "2024-01-04")]
    public void Past_clauses_stay_in_the_past(string text, string expectedStart)
    {
        var mention = Single(text, Published);
        Assert.False(mention.PointsForward, mention.Text);
        Assert.Equal(Day(expectedStart), mention.Value!.Start);
    }

    [Fact]
    public void Weekday_next_to_a_date_picks_the_year_in_which_they_agree()
    {
        // 25 April is a Saturday in 2026; the report is from 24 April 2026, so the date is the next day.
        var mention = Single("The Times said in an editorial on Saturday, April 25, that the court erred.", "2026-04-24");
        AssertDay("2026-04-25", mention);
        Assert.True(mention.PointsForward);
    }

    [Fact]
    public void Two_weekdays_joined_by_and_are_two_mentions()
    {
        var mentions = Resolve("Jets struck the town on Friday and Thursday.", Published);
        Assert.Equal(["on Friday", "Thursday"], mentions.Select(m => m.Text));
        AssertDay("2024-01-05", mentions[0]);
        AssertDay("2024-01-04", mentions[1]);
    }
}
