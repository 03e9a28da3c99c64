using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

public sealed class DurationTests
{
    [Theory]
    [InlineData("The groups have fought for months.", "for months", null, TemporalUnit.Month)]
    [InlineData("They have struggled for decades.", "for decades", null, TemporalUnit.Decade)]
    [InlineData("The town was besieged for three days.", "for three days", 3, TemporalUnit.Day)]
    [InlineData("The town was besieged for more than a year.", "for more than a year", 1, TemporalUnit.Year)]
    [InlineData("The three-day siege ended.", "three-day", 3, TemporalUnit.Day)]
    [InlineData("A 72-hour ceasefire began.", "72-hour", 72, TemporalUnit.Hour)]
    [InlineData("The decades-long conflict continues.", "decades-long", null, TemporalUnit.Decade)]
    [InlineData("After two years of war, the economy collapsed.", "two years", 2, TemporalUnit.Year)]
    public void Duration_has_no_position_in_time_but_keeps_its_length(string text, string expectedText, int? count, TemporalUnit unit)
    {
        var mention = Single(text, "2024-01-06");
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(DateRelation.Duration, mention.Relation);
        Assert.Null(mention.Value);
        Assert.Equal(new TemporalDuration(count, unit), mention.Duration);
    }

    [Fact]
    public void Age_is_not_a_duration()
    {
        Assert.Empty(Resolve("A 10-year-old boy was wounded.", "2024-01-06"));
    }
}
