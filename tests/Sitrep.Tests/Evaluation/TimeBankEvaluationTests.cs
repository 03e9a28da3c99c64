using System.Text;
using Sitrep.Dates;
using Sitrep.Evaluation;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

public sealed class TimeBankEvaluationTests
{
    private static readonly Lazy<TimeBankResult> Result = new(() =>
    {
        var entries = TimeBankEvaluation.Load(TimeBankDirectory(), new TextAnalyzer(new StrayCapitalLexicon([])));
        var resolver = new TemporalResolver();
        return TimeBankEvaluation.Evaluate(entries, e => TimeBankEvaluation.Sitrep(resolver, e));
    });

    private static string TimeBankDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "eval", "temporal", "TimeBank");
            }
        }

        throw new DirectoryNotFoundException("No folder holding Sitrep.slnx above " + AppContext.BaseDirectory);
    }

    // Floors about ten points below the measured figures (docs/dates.md), to catch regressions, not to tune to.
    [Fact]
    public void TimeBank_value_accuracy_stays_above_its_floor_on_both_halves()
    {
        foreach (var half in new[] { Result.Value.Tuning, Result.Value.HeldOut })
        {
            Assert.InRange(half.Documents, 80, 110);
            Assert.True(half.AccuracyOnAll >= 0.72, $"accuracy on all valued gold {half.AccuracyOnAll:P1}");
            Assert.True(half.AccuracyOnRecognised >= 0.81, $"accuracy on recognised {half.AccuracyOnRecognised:P1}");
        }
    }

    [Fact]
    public void TimeBank_span_f1_stays_above_its_floor()
    {
        Assert.True(Result.Value.All.SpanF1 >= 0.65, $"span F1 {Result.Value.All.SpanF1:P1}");
        Assert.True(Result.Value.All.SpanPrecision >= 0.88, $"span precision {Result.Value.All.SpanPrecision:P1}");
    }

    [Fact]
    public void TimeMl_text_is_the_body_without_tags_and_spans_point_into_it()
    {
        const string tml = """
            <?xml version="1.0" ?>
            <TimeML><DOCID>X</DOCID>
            <DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-13T14:26:00" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
            <TEXT>Talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> &amp; resume <TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3>.</TEXT>
            </TimeML>
            """;
        var doc = TimeMlDocument.Parse("x.tml", new MemoryStream(Encoding.UTF8.GetBytes(tml)));
        Assert.Equal(new DateOnly(1998, 2, 13), doc.CreationDate);
        Assert.Equal("Talks ended Friday & resume next year.", doc.Text);
        Assert.Equal(["Friday", "next year"], doc.Timexes.Select(t => doc.Text[t.Span.Start..t.Span.End]));
        Assert.Equal(["1998-02-13", "1999"], doc.Timexes.Select(t => t.Value));
    }

    [Theory]
    [InlineData("1998-02-13", "1998-02-13", "1998-02-13", true)]
    [InlineData("1998-02-13T14:26", "1998-02-13", "1998-02-13", true)]
    [InlineData("1998-W07", "1998-02-13", "1998-02-13", true)]
    [InlineData("1998-W07", "1998-02-09", "1998-02-15", true)]
    [InlineData("1998-02", "1998-02-01", "1998-02-28", true)]
    [InlineData("1998", "1998-01-01", "1998-02-13", true)]
    [InlineData("1998-02-13", "1998-02-01", "1998-02-28", false)]
    [InlineData("1998-02", "1998-01-30", "1998-02-02", false)]
    public void A_system_interval_matches_a_gold_value_at_the_gold_granularity(string gold, string start, string end, bool expected)
    {
        var value = CalendarValue.TryParse(gold);
        Assert.NotNull(value);
        Assert.Equal(expected, value.IsMatchedBy(DateOnly.Parse(start), DateOnly.Parse(end)));
    }

    [Theory]
    [InlineData("P1W")]
    [InlineData("PRESENT_REF")]
    [InlineData("1998-Q1")]
    [InlineData("199")]
    [InlineData("1998-SU")]
    [InlineData("XXXX-02-13")]
    public void Values_that_are_not_calendar_periods_are_not_scored(string gold) => Assert.Null(CalendarValue.TryParse(gold));

    [Fact]
    public void Held_out_half_is_chosen_by_file_name_alone() =>
        Assert.Equal(TimeBankEvaluation.IsHeldOut("APW19980213.1310.tml"), TimeBankEvaluation.IsHeldOut("APW19980213.1310.tml"));
}
