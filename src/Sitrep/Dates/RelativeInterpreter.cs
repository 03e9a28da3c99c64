using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>
/// Reads expressions that only have a meaning relative to publication: "yesterday", "three days ago", "last week",
/// "earlier this month", "over the weekend", "in recent weeks".
/// </summary>
internal static class RelativeInterpreter
{
    public static DateRelation DefaultRelation(ExpressionKind kind) =>
        kind is ExpressionKind.RelativeDay or ExpressionKind.Ago ? DateRelation.On : DateRelation.During;

    public static Reading Interpret(in Candidate c, Sentence sentence, DateOnly pub)
    {
        var relation = DateInterpreter.RelationOf(c.Lead, DefaultRelation(c.Kind));
        var (value, forward) = c.Kind switch
        {
            ExpressionKind.RelativeDay => RelativeDay(c.Match.ValueSpan, pub),
            ExpressionKind.Ago => Ago(c, pub),
            ExpressionKind.CalendarPeriod => CalendarPeriod(c, pub),
            ExpressionKind.Weekend => Weekend(c, sentence, pub),
            _ => RecentPeriod(c, pub),
        };
        return new Reading(value, relation, forward);
    }

    private static (ResolvedDate, bool) RelativeDay(ReadOnlySpan<char> text, DateOnly pub)
    {
        if (text.EndsWith("before yesterday", StringComparison.OrdinalIgnoreCase)) return (ResolvedDate.OnDay(pub.AddDays(-2)), false);
        if (text.EndsWith("after tomorrow", StringComparison.OrdinalIgnoreCase)) return (ResolvedDate.OnDay(pub.AddDays(2)), true);
        if (text.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("last", StringComparison.OrdinalIgnoreCase))
        {
            return (ResolvedDate.OnDay(pub.AddDays(-1)), false); // "last night": the night before publication
        }

        if (text.StartsWith("tomorrow", StringComparison.OrdinalIgnoreCase)) return (ResolvedDate.OnDay(pub.AddDays(1)), true);
        return (ResolvedDate.OnDay(pub), false);
    }

    // "three days ago" is a day; "two weeks ago" the calendar week, "six months ago" the month, "two years ago" the
    // year it falls in; a vague count ("a few days ago") gives the span its range of counts covers.
    private static (ResolvedDate, bool) Ago(in Candidate c, DateOnly pub)
    {
        var count = CountRange.Parse(c.Match.Groups["n"].ValueSpan);
        var unit = CalendarMath.UnitOf(c.Match.Groups["unit"].ValueSpan);
        ResolvedDate value = unit switch
        {
            TemporalUnit.Hour => ResolvedDate.Between(pub.AddDays(-(count.Max / 24)), pub.AddDays(-(count.Min / 24))),
            TemporalUnit.Day => ResolvedDate.Between(pub.AddDays(-count.Max), pub.AddDays(-count.Min)),
            TemporalUnit.Week when count.IsExact => ResolvedDate.WeekOf(pub.AddDays(-7 * count.Min)),
            TemporalUnit.Week => ResolvedDate.Between(pub.AddDays(-7 * count.Max), pub.AddDays(-7 * count.Min)),
            TemporalUnit.Month when count.IsExact => MonthContaining(pub.AddMonths(-count.Min)),
            TemporalUnit.Month => new ResolvedDate(FirstOfMonth(pub.AddMonths(-count.Max)),
                MonthContaining(pub.AddMonths(-count.Min)).End, DatePrecision.Span),
            _ => Years(pub.Year - (count.Max * YearsIn(unit)), pub.Year - (count.Min * YearsIn(unit))),
        };
        return (value, false);
    }

    private static (ResolvedDate, bool) CalendarPeriod(in Candidate c, DateOnly pub)
    {
        var modifier = c.Match.Groups["mod"].ValueSpan;
        var unit = CalendarMath.UnitOf(c.Match.Groups["unit"].ValueSpan);
        // The last word of the modifier says which period: "late last" → last, "earlier this" → this.
        int space = modifier.LastIndexOf(' ');
        var which = space >= 0 ? modifier[(space + 1)..] : modifier;
        bool later = modifier.StartsWith("later", StringComparison.OrdinalIgnoreCase);
        if (which.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            return (unit switch
            {
                TemporalUnit.Week => ResolvedDate.WeekOf(pub.AddDays(-7)),
                TemporalUnit.Month => MonthContaining(pub.AddMonths(-1)),
                _ => ResolvedDate.InYear(pub.Year - 1),
            }, false);
        }

        if (which.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            return (unit switch
            {
                TemporalUnit.Week => ResolvedDate.WeekOf(pub.AddDays(7)),
                TemporalUnit.Month => MonthContaining(pub.AddMonths(1)),
                _ => ResolvedDate.InYear(pub.Year + 1),
            }, true);
        }

        // "this week" is the calendar week (cut at publication); "this month"/"this year" so far are spans of days.
        var current = unit switch
        {
            TemporalUnit.Week => ResolvedDate.WeekOf(pub),
            TemporalUnit.Month => MonthContaining(pub),
            _ => ResolvedDate.InYear(pub.Year),
        };
        if (later)
        {
            return (ResolvedDate.Between(pub, current.End), true);
        }

        return (unit == TemporalUnit.Week ? current : ResolvedDate.Between(current.Start, pub), false);
    }

    // The weekend is Saturday and Sunday: "over the weekend" the latest one begun by publication, "last weekend"
    // the one before that when publication falls on a weekend, "next weekend" (or a forward clause) the next one.
    private static (ResolvedDate, bool) Weekend(in Candidate c, Sentence sentence, DateOnly pub)
    {
        var modifier = c.Match.Groups["mod"].ValueSpan;
        bool next = modifier.Equals("next", StringComparison.OrdinalIgnoreCase);
        bool last = modifier.Equals("last", StringComparison.OrdinalIgnoreCase);
        bool forward = next || (!last && !modifier.Equals("past", StringComparison.OrdinalIgnoreCase)
                                && DateInterpreter.LooksForward(c, sentence));
        DateOnly saturday;
        if (forward)
        {
            saturday = next || pub.DayOfWeek != DayOfWeek.Saturday ? CalendarMath.NextWeekday(DayOfWeek.Saturday, pub) : pub;
        }
        else
        {
            saturday = CalendarMath.LatestWeekday(DayOfWeek.Saturday, pub);
            if (last && pub.DayNumber - saturday.DayNumber <= 1)
            {
                saturday = saturday.AddDays(-7);
            }
        }

        return (ResolvedDate.Between(saturday, saturday.AddDays(1)), forward);
    }

    // Rolling periods end at publication ("the past two weeks") or start there ("the coming days"). Without a count,
    // "recent days" are 7 days, "recent weeks" 4 weeks, "recent months" 6 months, "recent years" 5 years.
    private static (ResolvedDate, bool) RecentPeriod(in Candidate c, DateOnly pub)
    {
        var m = c.Match;
        var modifier = m.Groups["mod"].ValueSpan;
        bool forward = modifier.Equals("coming", StringComparison.OrdinalIgnoreCase)
                       || modifier.Equals("next", StringComparison.OrdinalIgnoreCase);
        var unitText = m.Groups["unit"].ValueSpan;
        var unit = CalendarMath.UnitOf(unitText);
        bool plural = unitText.EndsWith("s", StringComparison.OrdinalIgnoreCase);
        int count = m.Groups["n"].Success ? CountRange.Parse(m.Groups["n"].ValueSpan).Max
            : !plural ? 1
            : unit switch
            {
                TemporalUnit.Hour => 24,
                TemporalUnit.Day => 7,
                TemporalUnit.Week => 4,
                TemporalUnit.Month => 6,
                TemporalUnit.Year => 5,
                _ => 3,
            };
        int sign = forward ? 1 : -1;
        var other = unit switch
        {
            TemporalUnit.Hour => pub.AddDays(sign * Math.Max(1, (count + 23) / 24)),
            TemporalUnit.Day => pub.AddDays(sign * count),
            TemporalUnit.Week => pub.AddDays(sign * 7 * count),
            TemporalUnit.Month => pub.AddMonths(sign * count),
            _ => pub.AddYears(sign * count * YearsIn(unit)),
        };
        return (forward ? ResolvedDate.Between(pub, other) : ResolvedDate.Between(other, pub), forward);
    }

    private static int YearsIn(TemporalUnit unit) => unit == TemporalUnit.Decade ? 10 : 1;

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static ResolvedDate MonthContaining(DateOnly day) => ResolvedDate.InMonth(day.Year, day.Month);

    private static ResolvedDate Years(int first, int last) =>
        first == last ? ResolvedDate.InYear(first) : new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Span);
}
