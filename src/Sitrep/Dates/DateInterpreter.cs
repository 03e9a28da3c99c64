using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>What an expression means once read: its interval, relation, direction and, for durations, its length.</summary>
internal readonly record struct Reading(ResolvedDate? Value, DateRelation Relation, bool Forward, TemporalDuration? Duration = null);

/// <summary>Turns a matched expression into a <see cref="Reading"/> against the publication date.</summary>
internal static class DateInterpreter
{
    public static Reading Interpret(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var m = c.Match;
        return c.Kind switch
        {
            ExpressionKind.IsoDate => Absolute(c, Date(m.Groups["y"], m.Groups["m"], m.Groups["d"])),
            ExpressionKind.NumericDate => Absolute(c, DayFirstDate(m)),
            ExpressionKind.MonthDate => MonthDate(c, sentence, published),
            ExpressionKind.DayRange => DayRange(c, sentence, published),
            ExpressionKind.MonthName => MonthName(c, sentence, published),
            ExpressionKind.Year => Absolute(c, ResolvedDate.InYear(CalendarMath.Number(m.Groups["year"].ValueSpan))),
            ExpressionKind.Weekday => Weekday(c, sentence, published),
            ExpressionKind.WeekdayRange => WeekdayRange(c, sentence, published),
            ExpressionKind.Holiday => Holiday(c, sentence, published),
            ExpressionKind.Duration => Duration(m),
            _ => published is { } day
                ? RelativeInterpreter.Interpret(c, sentence, day)
                : new Reading(null, RelationOf(c.Lead, RelativeInterpreter.DefaultRelation(c.Kind)), false),
        };
    }

    /// <summary>The relation a leading word gives ("by", "since"), or the expression's own.</summary>
    public static DateRelation RelationOf(Lead lead, DateRelation own) => lead.Cue switch
    {
        LeadCue.By => DateRelation.By,
        LeadCue.Since or LeadCue.After => DateRelation.Since,
        _ => own,
    };

    /// <summary>True when the clause looks forward; "since" always looks back.</summary>
    public static bool LooksForward(in Candidate c, Sentence sentence) =>
        c.Lead.Cue != LeadCue.Since && TenseReader.PointsForward(sentence, c.Span);

    private static Reading Absolute(in Candidate c, ResolvedDate? value) =>
        new(value, RelationOf(c.Lead, DateRelation.On), false);

    private static ResolvedDate? Date(Group year, Group month, Group day) =>
        CalendarMath.TryDate(CalendarMath.Number(year.ValueSpan), CalendarMath.Number(month.ValueSpan),
            CalendarMath.Number(day.ValueSpan), out var date)
            ? ResolvedDate.OnDay(date)
            : null;

    // "6/1/2024" is 6 January (day first, as in most of the world's wire copy); "1/13/2024" can only be 13 January.
    private static ResolvedDate? DayFirstDate(Match m) =>
        Date(m.Groups["y"], m.Groups["b"], m.Groups["a"]) ?? Date(m.Groups["y"], m.Groups["a"], m.Groups["b"]);

    private static Reading MonthDate(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var m = c.Match;
        int month = CalendarMath.MonthNumber(m.Groups["month"].ValueSpan);
        int day = CalendarMath.Number(m.Groups["day"].ValueSpan);
        var relation = RelationOf(c.Lead, DateRelation.On);
        if (m.Groups["year"].Success)
        {
            return Absolute(c, CalendarMath.TryDate(CalendarMath.Number(m.Groups["year"].ValueSpan), month, day, out var d)
                ? ResolvedDate.OnDay(d)
                : null);
        }

        if (published is not { } pub)
        {
            return new Reading(null, relation, false);
        }

        if (m.Groups["weekday"].Success && YearMatchingWeekday(month, day, m.Groups["weekday"].ValueSpan, pub) is { } named)
        {
            return new Reading(ResolvedDate.OnDay(named), relation, named > pub);
        }

        bool forward = LooksForward(c, sentence) || IsUpcomingSchedule(c, sentence, month, day, pub);
        var date = forward ? CalendarMath.EarliestOnOrAfter(month, day, pub) : CalendarMath.LatestOnOrBefore(month, day, pub);
        return new Reading(date is { } found ? ResolvedDate.OnDay(found) : null, relation, forward);
    }

    // Business and market news states schedules in the present or with no verb at all ("the offer expires Nov. 13",
    // "payable Dec. 1"): a month-day in a clause with no tense marker is the coming one when that is within
    // UpcomingDays and nearer than the past one (a November 2 report's "Nov. 13" is not last year's).
    private const int UpcomingDays = 92;

    private static bool IsUpcomingSchedule(in Candidate c, Sentence sentence, int month, int day, DateOnly pub)
    {
        if (c.Lead.Cue == LeadCue.Since || CalendarMath.EarliestOnOrAfter(month, day, pub) is not { } next
            || next.DayNumber - pub.DayNumber > UpcomingDays)
        {
            return false;
        }

        var past = CalendarMath.LatestOnOrBefore(month, day, pub);
        return (past is null || pub.DayNumber - past.Value.DayNumber > next.DayNumber - pub.DayNumber)
               && TenseReader.Read(sentence, c.Span) == ClauseTense.Unmarked;
    }

    // "Saturday, April 25" names its own year: the one, next to publication, in which April 25 is a Saturday.
    private static DateOnly? YearMatchingWeekday(int month, int day, ReadOnlySpan<char> weekdayName, DateOnly pub)
    {
        var weekday = CalendarMath.WeekdayOf(weekdayName);
        DateOnly? best = null;
        for (int year = pub.Year - 1; year <= pub.Year + 1; year++)
        {
            if (CalendarMath.TryDate(year, month, day, out var date) && date.DayOfWeek == weekday
                && (best is null || Math.Abs(date.DayNumber - pub.DayNumber) < Math.Abs(best.Value.DayNumber - pub.DayNumber)))
            {
                best = date;
            }
        }

        return best;
    }

    // A range without a year takes the year of its first day (past) or of its last day (forward).
    private static Reading DayRange(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var m = c.Match;
        int month = CalendarMath.MonthNumber(m.Groups["month"].ValueSpan);
        int first = CalendarMath.Number(m.Groups["day1"].ValueSpan);
        int last = CalendarMath.Number(m.Groups["day2"].ValueSpan);
        int year;
        bool forward = false;
        if (m.Groups["year"].Success)
        {
            year = CalendarMath.Number(m.Groups["year"].ValueSpan);
        }
        else if (published is { } pub)
        {
            forward = LooksForward(c, sentence);
            var anchor = forward ? CalendarMath.EarliestOnOrAfter(month, last, pub) : CalendarMath.LatestOnOrBefore(month, first, pub);
            if (anchor is null)
            {
                return new Reading(null, DateRelation.On, forward);
            }

            year = anchor.Value.Year;
        }
        else
        {
            return new Reading(null, DateRelation.On, false);
        }

        if (!CalendarMath.TryDate(year, month, first, out var start) || !CalendarMath.TryDate(year, month, last, out var end)
            || start >= end)
        {
            return new Reading(null, DateRelation.On, forward);
        }

        return new Reading(ResolvedDate.Between(start, end), DateRelation.On, forward);
    }

    private static Reading MonthName(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var m = c.Match;
        int month = CalendarMath.MonthNumber(m.Groups["month"].ValueSpan);
        var relation = RelationOf(c.Lead, DateRelation.On);
        if (m.Groups["year"].Success)
        {
            return new Reading(ResolvedDate.InMonth(CalendarMath.Number(m.Groups["year"].ValueSpan), month), relation, false);
        }

        if (published is not { } pub)
        {
            return new Reading(null, relation, false);
        }

        // Which year's October: "last October" is before this month, "next October" after it, "this October" in this
        // year; otherwise the latest one begun by publication, or the next one not yet over when the clause looks forward.
        bool forward;
        int year;
        switch (c.Lead.Modifier)
        {
            case LeadModifier.Last:
                forward = false;
                year = month < pub.Month ? pub.Year : pub.Year - 1;
                break;
            case LeadModifier.Next:
                forward = true;
                year = month > pub.Month ? pub.Year : pub.Year + 1;
                break;
            case LeadModifier.This:
                forward = month > pub.Month;
                year = pub.Year;
                break;
            default:
                forward = LooksForward(c, sentence);
                year = forward ? (month >= pub.Month ? pub.Year : pub.Year + 1) : (month <= pub.Month ? pub.Year : pub.Year - 1);
                break;
        }

        return new Reading(ResolvedDate.InMonth(year, month), relation, forward);
    }

    // A bare weekday is the latest such day on or before publication; "last" excludes publication day itself;
    // "next", or a clause that looks forward, gives the first such day after publication.
    private static Reading Weekday(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var weekday = CalendarMath.WeekdayOf(c.Match.Groups["weekday"].ValueSpan);
        var relation = RelationOf(c.Lead, DateRelation.On);
        bool forward = c.Lead.Modifier switch
        {
            LeadModifier.Next => true,
            LeadModifier.Last or LeadModifier.Previous => false,
            _ => LooksForward(c, sentence),
        };
        if (published is not { } pub)
        {
            return new Reading(null, relation, forward);
        }

        // "the previous Friday" sets a Friday before the one the report is about, the latest on or before publication.
        var date = forward ? CalendarMath.NextWeekday(weekday, pub)
            : c.Lead.Modifier == LeadModifier.Last ? CalendarMath.LatestWeekday(weekday, pub.AddDays(-1))
            : c.Lead.Modifier == LeadModifier.Previous ? CalendarMath.LatestWeekday(weekday, pub).AddDays(-7)
            : CalendarMath.LatestWeekday(weekday, pub);
        return new Reading(ResolvedDate.OnDay(date), relation, forward);
    }

    private static Reading WeekdayRange(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var first = CalendarMath.WeekdayOf(c.Match.Groups["weekday"].ValueSpan);
        var last = CalendarMath.WeekdayOf(c.Match.Groups["weekday2"].ValueSpan);
        bool forward = LooksForward(c, sentence);
        if (published is not { } pub)
        {
            return new Reading(null, DateRelation.On, forward);
        }

        int length = CalendarMath.WeekdayDistance(first, last);
        if (forward)
        {
            var start = CalendarMath.NextWeekday(first, pub);
            return new Reading(ResolvedDate.Between(start, start.AddDays(length)), DateRelation.On, true);
        }

        var end = CalendarMath.LatestWeekday(last, pub);
        return new Reading(ResolvedDate.Between(end.AddDays(-length), end), DateRelation.On, false);
    }

    private static Reading Holiday(in Candidate c, Sentence sentence, DateOnly? published)
    {
        var name = c.Match.Groups["name"].ValueSpan;
        var (month, day) = name.StartsWith("Christmas")
            ? (12, name.EndsWith("Eve") ? 24 : 25)
            : name.EndsWith("Eve") ? (12, 31) : (1, 1);
        var relation = RelationOf(c.Lead, DateRelation.On);
        bool forward = c.Lead.Modifier switch
        {
            LeadModifier.Next => true,
            LeadModifier.Last => false,
            _ => LooksForward(c, sentence),
        };
        if (published is not { } pub)
        {
            return new Reading(null, relation, forward);
        }

        var date = c.Lead.Modifier switch
        {
            LeadModifier.Next => CalendarMath.EarliestOnOrAfter(month, day, pub.AddDays(1)),
            LeadModifier.Last => CalendarMath.LatestOnOrBefore(month, day, pub.AddDays(-1)),
            _ => forward ? CalendarMath.EarliestOnOrAfter(month, day, pub) : CalendarMath.LatestOnOrBefore(month, day, pub),
        };
        return new Reading(date is { } d ? ResolvedDate.OnDay(d) : null, relation, forward);
    }

    // A duration says how long, not when: its value stays null, and its length is kept in TemporalDuration.
    private static Reading Duration(Match m)
    {
        var unit = CalendarMath.UnitOf(m.Groups["unit"].ValueSpan);
        int? count = null;
        if (m.Groups["n"].Success && CountRange.Parse(m.Groups["n"].ValueSpan) is { IsExact: true } exact)
        {
            count = exact.Min;
        }

        return new Reading(null, DateRelation.Duration, false, new TemporalDuration(count, unit));
    }
}
