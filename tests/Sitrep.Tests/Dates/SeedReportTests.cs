using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

/// <summary>The dates a careful analyst reads from the seed report (../shared/seed/afp-2024-01-06-laukkaing.txt).</summary>
public sealed class SeedReportTests
{
    private static readonly DateOnly Published = new(2024, 1, 6);

    private static readonly Lazy<IReadOnlyList<DateMention>> Mentions = new(() => Resolve(File.ReadAllText(SeedPath()), Published));

    private static string SeedPath() => Path.Combine(TestPaths.SharedFolder, "seed", "afp-2024-01-06-laukkaing.txt");

    [Theory]
    [InlineData("late Thursday", "2024-01-04")]
    [InlineData("on Saturday", "2024-01-06")]
    [InlineData("on Wednesday", "2024-01-03")]
    [InlineData("late Friday", "2024-01-05")]
    [InlineData("on October 27", "2023-10-27")]
    [InlineData("New Year's", "2024-01-01")]
    public void Seed_day_expressions_resolve_to_the_analysts_dates(string text, string expected)
    {
        var mention = Find(Mentions.Value, text);
        AssertDay(expected, mention);
        Assert.Equal(DateRelation.On, mention.Relation);
        Assert.False(mention.PointsForward);
    }

    [Fact]
    public void Seed_by_Friday_is_an_upper_bound_on_the_surrender()
    {
        var mention = Find(Mentions.Value, "by Friday");
        AssertDay("2024-01-05", mention);
        Assert.Equal(DateRelation.By, mention.Relation);
    }

    [Fact]
    public void Seed_coup_month_has_month_precision()
    {
        var mention = Find(Mentions.Value, "In February 2021");
        Assert.NotNull(mention.Value);
        Assert.Equal(DatePrecision.Month, mention.Value.Precision);
        Assert.Equal("2021-02", mention.Value.Iso);
        Assert.Equal(3, mention.Value.TimePrecision);
    }

    [Fact]
    public void Seed_periods_and_durations_have_their_relations()
    {
        var recent = Find(Mentions.Value, "in recent weeks");
        Assert.Equal(DateRelation.During, recent.Relation);
        Assert.NotNull(recent.Value);
        Assert.Equal(Published, recent.Value.End);

        Assert.Equal(DateRelation.Duration, Find(Mentions.Value, "for months").Relation);
        Assert.Equal(DateRelation.Duration, Find(Mentions.Value, "for decades").Relation);
    }

    [Fact]
    public void Seed_has_no_value_after_publication_and_no_stray_mentions()
    {
        var texts = Mentions.Value.Select(m => m.Text).ToList();
        Assert.Equal(
            ["2024-01-06", "for months", "late Thursday", "on October 27", "in 2021", "for decades", "In February 2021",
             "on Saturday", "on Wednesday", "late Friday", "by Friday", "in recent weeks", "New Year's"],
            texts);
        Assert.All(Mentions.Value, m => Assert.True(m.Value is null || m.Value.End <= Published, m.Text));
        Assert.All(Mentions.Value, m => Assert.False(m.PointsForward, m.Text));
    }

    [Fact]
    public void Seed_mention_spans_point_into_the_original_text()
    {
        string text = File.ReadAllText(SeedPath());
        Assert.All(Mentions.Value, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
    }
}
