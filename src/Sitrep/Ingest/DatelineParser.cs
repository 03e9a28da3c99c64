using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

using Sitrep.Text;

/// <summary>
/// Recognises the datelines of wire copy at the start of a report:
/// "date 2024-01-06 Bangkok (AFP) –", "BANGKOK, Jan 6 (Reuters) -", "YANGON, Myanmar, January 6, 2024 (AP) —",
/// "KHARTOUM (Reuters) -". A year-less dateline takes its year from the caller's publication date.
/// </summary>
public static partial class DatelineParser
{
    private static readonly TimeSpan MatchTimeout = RegexLimits.Timeout;

    // date 2024-01-06 Bangkok (AFP) –
    [GeneratedRegex(@"^\s*date\s+(?<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})\s+(?<place>[^\(\n]{1,60}?)\s*\((?<agency>[^)\n]{1,40})\)\s*[-\u2013\u2014:]+\s*", RegexOptions.IgnoreCase, RegexLimits.TimeoutMs)]
    private static partial Regex IsoDateline();

    // Digits are ASCII [0-9]: \d would take any Unicode decimal digit, which int.Parse of the year refuses.
    // BANGKOK, Jan 6 (Reuters) -   |  YANGON, Myanmar, January 6, 2024 (AP) —  |  KHARTOUM (Reuters) -
    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Za-z'\. ]{1,40}?)(?:,\s*(?<region>[A-Z][A-Za-z\. ]{1,30}?))?(?:,\s*(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>[0-9]{1,2})(?:,\s*(?<year>[0-9]{4}))?)?\s*\((?<agency>[A-Za-z][A-Za-z\.\- ]{0,30})\)\s*[-\u2013\u2014:]+\s*", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex WireDateline();

    // BERLIN — Robert Gentz ...  |  PARIS, Mo. — In 1999 ...  |  BEIJING --At least 141 ...: a dateline with no agency,
    // known by its place in capitals and the spaced dash after it ("PDF-Gangaw claimed" is a name).
    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Z'\.]+(?: [A-Z][A-Z'\.]+){0,3})(?:,\s*(?<region>[A-Z][A-Za-z\. ]{1,30}?))?\s+(?:--|[-\u2013\u2014])\s*", RegexOptions.None, RegexLimits.TimeoutMs)]
    private static partial Regex BareDateline();

    // Capitalised words that open wire copy before a dash without being a place.
    private static readonly HashSet<string> BareLabels = new(StringComparer.Ordinal)
    {
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "CORRECTED", "CORRECTION", "URGENT", "FLASH", "WATCH",
        "VIDEO", "OPINION", "EDITORIAL", "LIVE", "NEW", "REVIEW", "FACTBOX", "INTERVIEW", "COMMENT", "PHOTOS", "UPDATES",
    };

    /// <summary>Parses a dateline at the start of <paramref name="text"/>, or returns null when there is none.</summary>
    public static Dateline? Parse(string text, DateOnly? published)
    {
        string head = text.Length > 200 ? text[..200] : text;
        try
        {
            var iso = IsoDateline().Match(head);
            if (iso.Success && DateOnly.TryParseExact(iso.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Build(iso, d);
            }

            var wire = WireDateline().Match(head);
            if (wire.Success && IsPlausiblePlace(wire.Groups["place"].Value))
            {
                return Build(wire, WireDate(wire, published));
            }

            var bare = BareDateline().Match(head);
            // Four letters at least: "KIA - ..." opens with a group's acronym, not a place.
            if (bare.Success && bare.Groups["place"].Value.Count(char.IsLetter) >= 4
                && !BareLabels.Contains(bare.Groups["place"].Value.Split(' ')[0].TrimEnd('.')))
            {
                return Build(bare, published);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return null;
    }

    private static Dateline Build(Match m, DateOnly? date)
    {
        var place = m.Groups["place"];
        string placeName = place.Value.Trim();
        var placeSpan = new TextSpan(place.Index, place.Index + placeName.Length);
        return new Dateline(new TextSpan(m.Index, m.Index + m.Length), ToTitleCase(placeName), placeSpan, date,
            m.Groups["agency"] is { Success: true } agency ? agency.Value.Trim() : null,
            m.Groups["region"] is { Success: true } region ? region.Value.Trim() : null);
    }

    private static DateOnly? WireDate(Match m, DateOnly? published)
    {
        if (!m.Groups["month"].Success)
        {
            return published;
        }

        int? month = MonthNumber(m.Groups["month"].Value);
        if (month is null || !int.TryParse(m.Groups["day"].Value, CultureInfo.InvariantCulture, out int day))
        {
            return published;
        }

        int year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : published?.Year ?? 0;
        // Day 0 ("Feb. 0", found by fuzzing) matches \d{1,2} but is no date: without the lower bound DateOnly threw.
        if (year == 0 || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return published;
        }

        var date = new DateOnly(year, month.Value, day);
        // A year-less dateline later than the publication date belongs to the previous year (a Dec 31 story filed Jan 1).
        return !m.Groups["year"].Success && published is { } p && date > p ? date.AddYears(-1) : date;
    }

    private static int? MonthNumber(string name)
    {
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        int index = Array.IndexOf(months, name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    // A wire dateline's place is in capitals ("BANGKOK") or title case; reject a sentence that merely has parentheses.
    private static bool IsPlausiblePlace(string place) =>
        place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    private static string ToTitleCase(string place) =>
        place.Any(char.IsLower) ? place : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
}
