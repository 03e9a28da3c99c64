namespace Sitrep.Dates;

/// <summary>How finely a resolved date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
    /// <summary>A range of days that is not a calendar week or month ("between 3 and 5 January", "over the weekend").</summary>
    Span,
}

/// <summary>A calendar interval [Start, End] (inclusive) resolved from text, with its precision.</summary>
public sealed record ResolvedDate(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>A single known day.</summary>
    public static ResolvedDate OnDay(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>A whole calendar month.</summary>
    public static ResolvedDate InMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    /// <summary>A whole calendar year.</summary>
    public static ResolvedDate InYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>The Monday-to-Sunday week that contains <paramref name="day"/>.</summary>
    public static ResolvedDate WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6), DatePrecision.Week);
    }

    /// <summary>A range of days [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public static ResolvedDate Between(DateOnly start, DateOnly end) =>
        start == end ? OnDay(start) : new(start, end, DatePrecision.Span);

    /// <summary>Number of days covered, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// ACLED time_precision: 1 a day, 2 a week or a span of up to seven days, 3 a month, a year or a longer span
    /// (ACLED codes an event known only to within a few weeks at month precision).
    /// </summary>
    public int TimePrecision => Precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        DatePrecision.Span => Days <= 7 ? 2 : 3,
        _ => 3,
    };

    /// <summary>ISO form: "2024-01-04" for a day, "2021-02" for a month, "2021" for a year, "start/end" otherwise.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd"),
        DatePrecision.Month => Start.ToString("yyyy-MM"),
        DatePrecision.Year => Start.ToString("yyyy"),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };

    /// <summary>The same interval with its end moved back to <paramref name="last"/> when it runs past it.</summary>
    public ResolvedDate EndingNoLaterThan(DateOnly last) =>
        End <= last || Start > last ? this : this with { End = last };
}
