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

    /// <summary>ACLED time_precision: 1 a day, 2 a week or a span of days, 3 a month or longer.</summary>
    public int TimePrecision => Precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week or DatePrecision.Span => 2,
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
}
