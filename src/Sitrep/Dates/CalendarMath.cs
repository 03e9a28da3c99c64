using System.Globalization;

namespace Sitrep.Dates;

/// <summary>Calendar arithmetic and the parsing of names and counts that the interpreters share.</summary>
internal static class CalendarMath
{
    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The latest <paramref name="month"/>/<paramref name="day"/> on or before <paramref name="limit"/>, or null when no recent year has it.</summary>
    public static DateOnly? LatestOnOrBefore(int month, int day, DateOnly limit)
    {
        // Eight years back reaches a 29 February from any date.
        for (int year = limit.Year; year >= limit.Year - 8 && year >= 1; year--)
        {
            if (TryDate(year, month, day, out var date) && date <= limit)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The earliest <paramref name="month"/>/<paramref name="day"/> on or after <paramref name="limit"/>, or null.</summary>
    public static DateOnly? EarliestOnOrAfter(int month, int day, DateOnly limit)
    {
        for (int year = limit.Year; year <= limit.Year + 8 && year <= 9999; year++)
        {
            if (TryDate(year, month, day, out var date) && date >= limit)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="day"/>.</summary>
    public static DateOnly LatestWeekday(DayOfWeek weekday, DateOnly day)
    {
        int back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        return day.AddDays(-back);
    }

    /// <summary>The earliest <paramref name="weekday"/> strictly after <paramref name="day"/>.</summary>
    public static DateOnly NextWeekday(DayOfWeek weekday, DateOnly day)
    {
        int ahead = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>Days from <paramref name="first"/> forward to <paramref name="last"/> within one week (0 to 6).</summary>
    public static int WeekdayDistance(DayOfWeek first, DayOfWeek last) => ((int)last - (int)first + 7) % 7;

    /// <summary>1 to 12 for an English month name or its abbreviation ("Sept.", "Oct"), or 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        Span<char> key = stackalloc char[3];
        name[..3].ToLowerInvariant(key);
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>True for a month written in full ("October"), false for an abbreviation ("Oct.").</summary>
    public static bool IsFullMonthName(ReadOnlySpan<char> name) =>
        name.Length >= 3 && !name.EndsWith(".") && name switch
        {
            "May" or "June" or "July" => true,
            _ => name.Length > 4,
        };

    /// <summary>True for "Monday" to "Sunday", capitalised as the regexes expect them.</summary>
    public static bool IsWeekdayName(ReadOnlySpan<char> name) =>
        name is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    public static DayOfWeek WeekdayOf(ReadOnlySpan<char> name) => name[..2] switch
    {
        "Mo" => DayOfWeek.Monday,
        "Tu" => DayOfWeek.Tuesday,
        "We" => DayOfWeek.Wednesday,
        "Th" => DayOfWeek.Thursday,
        "Fr" => DayOfWeek.Friday,
        "Sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The unit named by "days", "Year", "decades".</summary>
    public static TemporalUnit UnitOf(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[3];
        word[..3].ToLowerInvariant(key);
        return key switch
        {
            "hou" => TemporalUnit.Hour,
            "day" => TemporalUnit.Day,
            "wee" => TemporalUnit.Week,
            "mon" => TemporalUnit.Month,
            "dec" => TemporalUnit.Decade,
            _ => TemporalUnit.Year,
        };
    }
}

/// <summary>
/// A count read from text: exact for "three" or "10", a range for vague words ("a few" 2-4, "several" 3-7,
/// "many" 3-10). <see cref="IsExact"/> is false for the vague ones.
/// </summary>
internal readonly record struct CountRange(int Min, int Max)
{
    public bool IsExact => Min == Max;

    public static CountRange Parse(ReadOnlySpan<char> text)
    {
        if (char.IsDigit(text[0]))
        {
            int n = CalendarMath.Number(text);
            return new CountRange(n, n);
        }

        // "a couple of", "couple of"
        if (text.EndsWith("of", StringComparison.OrdinalIgnoreCase))
        {
            return new CountRange(2, 2);
        }

        int space = text.LastIndexOf(' ');
        var word = space >= 0 ? text[(space + 1)..] : text;
        for (int i = 0; i < Words.Length; i++)
        {
            if (word.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
            {
                return new CountRange(Values[i], Values[i]);
            }
        }

        if (word.Equals("few", StringComparison.OrdinalIgnoreCase)) return new CountRange(2, 4);
        if (word.Equals("several", StringComparison.OrdinalIgnoreCase)) return new CountRange(3, 7);
        return new CountRange(3, 10);
    }

    private static readonly string[] Words =
    [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ];

    private static readonly int[] Values =
    [
        1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100,
    ];
}
