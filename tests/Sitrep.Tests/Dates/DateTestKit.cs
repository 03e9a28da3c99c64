using Sitrep.Dates;
using Sitrep.Text;

namespace Sitrep.Tests.Dates;

/// <summary>Builds documents the way the pipeline does and runs the resolver over them.</summary>
internal static class DateTestKit
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(Array.Empty<string>()));
    private static readonly TemporalResolver Resolver = new();

    public static Document Analyze(string text) => Analyzer.Analyze(text);

    public static IReadOnlyList<DateMention> Resolve(string text, DateOnly? published) => Resolver.Resolve(Analyze(text), published);

    public static IReadOnlyList<DateMention> Resolve(string text, string published) => Resolve(text, Day(published));

    /// <summary>The one mention in <paramref name="text"/>; fails when there is none or more than one.</summary>
    public static DateMention Single(string text, DateOnly? published) => Assert.Single(Resolve(text, published));

    public static DateMention Single(string text, string published) => Single(text, Day(published));

    /// <summary>The mention whose text is exactly <paramref name="mentionText"/>.</summary>
    public static DateMention Find(IReadOnlyList<DateMention> mentions, string mentionText) =>
        Assert.Single(mentions, m => m.Text == mentionText);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static void AssertDay(string expectedIso, DateMention mention)
    {
        Assert.NotNull(mention.Value);
        Assert.Equal(DatePrecision.Day, mention.Value.Precision);
        Assert.Equal(expectedIso, mention.Value.Iso);
    }

    public static void AssertInterval(string start, string end, DatePrecision precision, DateMention mention)
    {
        Assert.NotNull(mention.Value);
        Assert.Equal(precision, mention.Value.Precision);
        Assert.Equal(Day(start), mention.Value.Start);
        Assert.Equal(Day(end), mention.Value.End);
    }
}
