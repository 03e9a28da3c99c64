using System.Buffers;
using System.Text.RegularExpressions;

namespace Sitrep.Dates;

/// <summary>
/// The regular expressions that find the head of each temporal expression. Words before a head that change its
/// meaning ("by", "since", "late", "the end of") are read by <see cref="LeadReader"/>, not here, so one head pattern
/// serves every lead. Month and weekday names are case-sensitive (so "may" the verb is not a month); the small
/// words around them are not (machine translation capitalises them at random: "In February 2021").
/// </summary>
internal static partial class TemporalPatterns
{
    // Backtracking with a timeout (allowed by the conventions) rather than NonBacktracking: the source generator
    // only emits code for the backtracking engine, and the patterns use a lookahead and a lookbehind. The first match
    // includes compiling the matcher, which took over 250 ms on a busy two-core machine, hence the shared two seconds.
    private const int TimeoutMs = Sitrep.Text.RegexLimits.TimeoutMs;

    // The anchored regexes start each attempt at one position (\G) and nest no quantifiers, so their work grows only
    // with the length of the match they try. They keep the library's timeout all the same (CONVENTIONS: every regex
    // has a timeout or is NonBacktracking); checking it costs about a third of this stage's time in a profile.
    private const int AnchoredTimeout = TimeoutMs;

    private const string Month =
        @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

    // Digits are ASCII [0-9], not \d: \d matches every Unicode decimal digit (NKo, Arabic-Indic, ...), which
    // CalendarMath.Number (int.Parse) refuses, so "Feb. 7\u07C7" threw a FormatException (found by fuzzing).
    private const string Day = @"(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?![.,][0-9])";
    private const string FirstDay = @"(?<day1>[0-3]?[0-9])(?:st|nd|rd|th)?";
    private const string LastDay = @"(?<day2>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?![.,][0-9])";
    // "3-5 January", "from 3 to 5 January", "between 3 and 5 January": a bare "and" joins two dates, not a range.
    private const string ToLink = @"(?:\s*-\s*|\s+(?i:to|until|till|through)\s+)";
    private const string From = @"(?:(?i:from)\s+)?";
    private const string Between = @"(?i:between)\s+";
    private const string And = @"\s+(?i:and)\s+";
    private const string Year = @"(?<year>(?:19|20)[0-9][0-9])\b";

    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";
    private const string LastWeekday = @"(?<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

    private const string NumberWord =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
        + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";

    // A count before a unit: digits not inside a larger number ("1,500 years"), a number word, or a vague quantity.
    private const string Count =
        @"(?<n>(?<![0-9.,])[0-9]{1,3}|(?i:a\s+few|a\s+couple\s+of|couple\s+of|an|a|few|several|many|" + NumberWord + "))";

    private const string Calendar =
        @"\b(?:"
        + @"(?<iso>(?<y>(?:19|20)[0-9][0-9])-(?<m>[0-9][0-9]?)-(?<d>[0-9][0-9]?))\b"
        + @"|(?<numeric>(?<a>[0-9][0-9]?)[/.](?<b>[0-9][0-9]?)[/.](?<y>(?:19|20)[0-9][0-9]))\b"
        + @"|(?<range>(?:" + Between + FirstDay + And + LastDay + @"\s+(?:of\s+)?" + Month
        + @"|" + From + FirstDay + ToLink + LastDay + @"\s+(?:of\s+)?" + Month
        + @"|" + Between + Month + @"\s+" + FirstDay + And + LastDay
        + @"|" + From + Month + @"\s+" + FirstDay + ToLink + LastDay + @")(?:,?\s+" + Year + @")?)"
        + @"|(?<date>(?:" + Weekday + @",?\s+)?(?:(?:(?i:the)\s+)?" + Day + @"\s+(?:of\s+)?" + Month
        + @"|" + Month + @"\s+(?:the\s+)?" + Day + @")(?:,?\s+" + Year + @")?)"
        + @"|(?<monthName>" + Month + @"(?:,?\s+" + Year + @")?)"
        + @"|(?<yearOnly>" + Year + @")"
        + @")";

    private const string Named =
        @"\b(?:"
        + @"(?<weekdayRange>" + Between + Weekday + And + LastWeekday + @"|" + From + Weekday + ToLink + LastWeekday + @")"
        + @"|(?<weekdayOnly>" + Weekday + @"(?:\s+(?<part>(?i:night|morning|afternoon|evening)\b))?)"
        + @"|(?<holiday>(?:(?<qualifier>Lunar|Chinese|Myanmar|Burmese|Mon|Shan|Karen|Kayin|Thai|Khmer|Lao|Tibetan"
        + @"|Vietnamese|Korean|Persian|Nepali|Tamil|Sinhala|Sinhalese|Islamic|Hijri|Jewish|Orthodox)\s+)?"
        + @"(?<name>New\s+Year's\s+Day|New\s+Year's\s+Eve|New\s+Year's|New\s+Year|Christmas\s+Day|Christmas\s+Eve|Christmas)\b)"
        + @")";

    private const string Relative =
        @"\b(?:"
        + @"(?<relativeDay>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        + @"|(?:yesterday|tomorrow|this)\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today|last\s+night"
        + @"|today|tonight|yesterday|tomorrow))\b"
        + @"|(?<ago>" + Count + @"\s+(?<unit>(?i:hours?|days?|weeks?|months?|years?|decades?))\s+(?i:ago))\b"
        + @"|(?<calendarPeriod>(?<mod>(?i:late\s+last|early\s+last|earlier\s+last|earlier\s+this|later\s+this|early\s+this"
        + @"|late\s+this|early\s+next|late\s+next|last|this|next))\s+(?<unit>(?i:week|month|year)))\b"
        + @"|(?<weekend>(?<mod>(?i:the|this|last|next|past))\s+(?i:weekend))\b"
        + @"|(?<recent>(?<the>(?i:the)\s+)?(?<mod>(?i:recent|past|last|coming|next))\s+(?:" + Count + @"\s+)?"
        + @"(?<unit>(?i:hours|days|weeks|months|years|decades|week|month|year)))\b"
        + @")";

    private const string Duration =
        @"\b(?:"
        + @"(?<forDuration>(?i:for)\s+(?:(?i:more\s+than|less\s+than|nearly|almost|about|around|over|at\s+least|some|up\s+to)\s+)?"
        + @"(?:" + Count + @"\s+)?(?<unit>(?i:hours|days|weeks|months|years|decades|hour|day|week|month|year|decade)))\b"
        + @"|(?<adjective>(?<n>[0-9]{1,3}|(?i:" + NumberWord + @"))-(?<unit>(?i:hour|day|week|month|year|decade))(?:-(?i:long))?\b(?!-(?i:old)\b)"
        + @"|(?<unit>(?i:hours|days|weeks|months|years|decades))-(?i:long)\b)"
        + @"|(?<durationOf>" + Count + @"\s+(?<unit>(?i:hours|days|weeks|months|years|decades)))(?=\s+(?i:of)\b)"
        + @")";

    /// <summary>
    /// Dates, day ranges, month names and years ("6 January 2024", "2024-01-06", "between 3 and 5 January", "February 2021"),
    /// matched only at the start position (\G): <see cref="CalendarAnchors"/> says where to try.
    /// </summary>
    [GeneratedRegex(@"\G" + Calendar, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, AnchoredTimeout)]
    internal static partial Regex CalendarAtRegex();

    /// <summary>Weekdays, weekday ranges and holidays: "Thursday night", "Monday to Wednesday", "New Year's".</summary>
    [GeneratedRegex(Named, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeoutMs)]
    internal static partial Regex NamedDayRegex();

    /// <summary>Expressions relative to publication: "yesterday", "three days ago", "last week", "in recent weeks".</summary>
    [GeneratedRegex(@"\G" + Relative, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, AnchoredTimeout)]
    internal static partial Regex RelativeAtRegex();

    /// <summary>Lengths of time: "for months", "three-day", "decades-long", "two years of".</summary>
    [GeneratedRegex(@"\G" + Duration, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, AnchoredTimeout)]
    internal static partial Regex DurationAtRegex();

    // Each head contains a digit or one of these fragments, so a regex runs only on sentences that have them.
    internal static readonly SearchValues<string> MonthFragments = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly SearchValues<string> NamedDayFragments = SearchValues.Create(
        ["day", "Christmas", "Year"], StringComparison.Ordinal);

    private static readonly SearchValues<string> UnitFragments = SearchValues.Create(
        ["day", "night", "week", "month", "year", "decade", "hour", "tomorrow", "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="sentence"/> may hold a date, a month name or a year.</summary>
    internal static bool MayHoldCalendarDate(ReadOnlySpan<char> sentence) =>
        sentence.IndexOfAnyInRange('0', '9') >= 0 || sentence.IndexOfAny(MonthFragments) >= 0;

    /// <summary>True when <paramref name="sentence"/> may hold a weekday or a holiday.</summary>
    internal static bool MayHoldNamedDay(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(NamedDayFragments) >= 0;

    /// <summary>True when <paramref name="sentence"/> may hold a relative expression or a duration.</summary>
    internal static bool MayHoldUnit(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(UnitFragments) >= 0;
}
