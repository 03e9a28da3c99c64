using Sitrep.Dates;
using static Sitrep.Tests.Dates.DateTestKit;

namespace Sitrep.Tests.Dates;

public sealed class WeekdayPropertyTests
{
    [Fact]
    public void Bare_weekday_is_never_after_publication_and_at_most_six_days_before_it()
    {
        var resolver = new TemporalResolver();
        var documents = Enum.GetValues<DayOfWeek>()
            .Select(d => (Day: d, Document: Analyze($"On {d}, troops shelled the village, residents said.")))
            .ToList();
        for (var published = new DateOnly(2023, 1, 1); published <= new DateOnly(2024, 12, 31); published = published.AddDays(1))
        {
            foreach (var (weekday, document) in documents)
            {
                var mention = Assert.Single(resolver.Resolve(document, published));
                var value = mention.Value!.Start;
                Assert.Equal(weekday, value.DayOfWeek);
                Assert.InRange(published.DayNumber - value.DayNumber, 0, 6);
                Assert.False(mention.PointsForward);
            }
        }
    }

    [Fact]
    public void Forward_weekday_is_always_within_the_week_after_publication()
    {
        var resolver = new TemporalResolver();
        var document = Analyze("The two sides will meet on Tuesday.");
        for (var published = new DateOnly(2023, 1, 1); published <= new DateOnly(2023, 12, 31); published = published.AddDays(1))
        {
            var value = Assert.Single(resolver.Resolve(document, published)).Value!.Start;
            Assert.Equal(DayOfWeek.Tuesday, value.DayOfWeek);
            Assert.InRange(value.DayNumber - published.DayNumber, 1, 7);
        }
    }
}
