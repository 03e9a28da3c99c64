using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>How finely a gold TIMEX3 value names a time: a day, an ISO week, a month or a year.</summary>
public enum CalendarGranularity
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A TimeML value that names a calendar period ("1998-02-13", "1998-02-13T14:26", "1998-W07", "1998-02", "1998"),
/// as the inclusive interval of days it covers.
/// </summary>
public sealed partial record CalendarValue(DateOnly Start, DateOnly End, CalendarGranularity Granularity)
{
    [GeneratedRegex(@"^(?<y>\d{4})(?:-W(?<w>\d\d)|-(?<m>\d\d)(?:-(?<d>\d\d)(?:T.*)?)?)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 250)]
    private static partial Regex ValueRegex();

    /// <summary>The calendar period <paramref name="value"/> names; null for durations, seasons, quarters, decades, PAST_REF and the like.</summary>
    public static CalendarValue? TryParse(string value)
    {
        var m = ValueRegex().Match(value);
        if (!m.Success)
        {
            return null;
        }

        int year = Number(m, "y");
        if (year < 1)
        {
            return null;
        }

        try
        {
            if (m.Groups["w"].Success)
            {
                int week = Number(m, "w");
                if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
                {
                    return null;
                }

                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                return new CalendarValue(monday, monday.AddDays(6), CalendarGranularity.Week);
            }

            if (!m.Groups["m"].Success)
            {
                return new CalendarValue(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), CalendarGranularity.Year);
            }

            int month = Number(m, "m");
            if (!m.Groups["d"].Success)
            {
                return new CalendarValue(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), CalendarGranularity.Month);
            }

            var day = new DateOnly(year, month, Number(m, "d"));
            return new CalendarValue(day, day, CalendarGranularity.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // "1998-13-40"
        }
    }

    /// <summary>
    /// True when the system interval [<paramref name="start"/>, <paramref name="end"/>] lies within one period of this
    /// value's granularity and that period is this value: "Friday" (one day) matches "1998-W07" when the Friday is in
    /// that week, but "this year" (a year) does not match "1998-02-13".
    /// </summary>
    public bool IsMatchedBy(DateOnly start, DateOnly end) => Key(start) == Key(Start) && Key(end) == Key(Start);

    private int Key(DateOnly day) => Granularity switch
    {
        CalendarGranularity.Day => day.DayNumber,
        CalendarGranularity.Week => ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)) * 100 + ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)),
        CalendarGranularity.Month => day.Year * 100 + day.Month,
        _ => day.Year,
    };

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
