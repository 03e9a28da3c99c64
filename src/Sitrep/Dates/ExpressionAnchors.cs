using System.Buffers;

namespace Sitrep.Dates;

/// <summary>
/// Where a temporal expression can start. Every calendar expression holds an anchor, a digit or a month name at the
/// start of a word, and starts at most two words before it ("Saturday, the 25th of April", "between 3 and 5 January").
/// Every relative expression or duration holds a unit word ("days", "week", "yesterday", "tonight") and starts at most
/// six words before it ("for more than a couple of days"). Trying the anchored regexes only there, instead of at every
/// character, keeps the Dates stage fast on sentences full of numbers and words that are not dates.
/// </summary>
internal static class ExpressionAnchors
{
    /// <summary>How many words before its calendar anchor an expression may start.</summary>
    public const int CalendarWordsBefore = 2;

    /// <summary>How many words before its unit an expression may start.</summary>
    public const int UnitWordsBefore = 6;

    private static readonly SearchValues<string> UnitWords = SearchValues.Create(
        ["hour", "day", "night", "week", "month", "year", "decade", "today", "tonight", "yesterday", "tomorrow",
         "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first calendar anchor of <paramref name="sentence"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int NextCalendar(ReadOnlySpan<char> sentence, int from)
    {
        while (from < sentence.Length)
        {
            var rest = sentence[from..];
            int digit = rest.IndexOfAnyInRange('0', '9');
            int month = (digit < 0 ? rest : rest[..digit]).IndexOfAny(TemporalPatterns.MonthFragments);
            int i = month >= 0 ? month : digit;
            if (i < 0)
            {
                return -1;
            }

            if (IsWordStart(sentence, from + i))
            {
                return from + i;
            }

            from += i + 1;
        }

        return -1;
    }

    /// <summary>The first unit word of <paramref name="sentence"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int NextUnit(ReadOnlySpan<char> sentence, int from)
    {
        while (from < sentence.Length)
        {
            int i = sentence[from..].IndexOfAny(UnitWords);
            if (i < 0)
            {
                return -1;
            }

            if (IsWordStart(sentence, from + i))
            {
                return from + i;
            }

            from += i + 1;
        }

        return -1;
    }

    /// <summary>
    /// Fills <paramref name="starts"/> with the starts of the words before <paramref name="anchor"/>, earliest first, and
    /// the anchor itself last; returns how many it wrote (fewer words at the start of the sentence).
    /// </summary>
    public static int StartsUpTo(ReadOnlySpan<char> sentence, int anchor, Span<int> starts)
    {
        int count = 1;
        starts[^1] = anchor;
        for (int at = anchor; count < starts.Length && (at = WordBefore(sentence, at)) >= 0; count++)
        {
            starts[^(count + 1)] = at;
        }

        starts[^count..].CopyTo(starts);
        return count;
    }

    /// <summary>
    /// True when a calendar expression can start with the word at <paramref name="at"/> before its anchor: "between",
    /// "from", "the" or a weekday (the other heads start with a digit or a month name, which are anchors themselves).
    /// </summary>
    public static bool CanLeadCalendar(ReadOnlySpan<char> sentence, int at)
    {
        int end = at;
        while (end < sentence.Length && IsWordChar(sentence[end]))
        {
            end++;
        }

        var word = sentence[at..end];
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
               || word.Equals("between", StringComparison.OrdinalIgnoreCase)
               || (word.Length >= 6 && word.EndsWith("day", StringComparison.Ordinal) && CalendarMath.IsWeekdayName(word));
    }

    private static int WordBefore(ReadOnlySpan<char> sentence, int at)
    {
        int i = at;
        while (i > 0 && !IsWordChar(sentence[i - 1]))
        {
            i--;
        }

        int end = i;
        while (i > 0 && IsWordChar(sentence[i - 1]))
        {
            i--;
        }

        return i < end ? i : -1;
    }

    private static bool IsWordStart(ReadOnlySpan<char> sentence, int at) => at == 0 || !IsWordChar(sentence[at - 1]);

    // The characters the regex \b treats as word characters, closely enough to say where a word starts.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
