using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>The kinds of temporal expression the resolver recognises.</summary>
internal enum ExpressionKind
{
    IsoDate,
    NumericDate,
    DayRange,
    MonthDate,
    MonthName,
    Year,
    Weekday,
    WeekdayRange,
    Holiday,
    RelativeDay,
    Ago,
    CalendarPeriod,
    Weekend,
    RecentPeriod,
    Duration,
}

/// <summary>A matched expression before it is chosen among overlapping ones and interpreted.</summary>
internal readonly record struct Candidate(int Start, int End, ExpressionKind Kind, Lead Lead, Match Match)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}

/// <summary>
/// The Dates stage: finds every temporal expression in a document and resolves it against the publication date.
/// Weekdays and year-less dates point to the past unless their clause looks forward; see docs/dates.md for the rules.
/// Immutable and safe to share across threads.
/// </summary>
public sealed class TemporalResolver
{
    /// <summary>
    /// The temporal expressions of <paramref name="document"/>, in text order and not overlapping (the longest wins).
    /// Relative expressions get a null value when <paramref name="published"/> is null; absolute ones still resolve.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance method, so the pipeline holds a resolver it could later configure.")]
    public IReadOnlyList<DateMention> Resolve(Document document, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<DateMention>();
        List<Candidate>? candidates = null;
        string text = document.Normalized;
        foreach (var sentence in document.Sentences)
        {
            var span = sentence.Span;
            var sentenceText = text.AsSpan(span.Start, span.Length);
            bool calendar = TemporalPatterns.MayHoldCalendarDate(sentenceText);
            bool namedDay = TemporalPatterns.MayHoldNamedDay(sentenceText);
            bool unit = TemporalPatterns.MayHoldUnit(sentenceText);
            if (!calendar && !namedDay && !unit)
            {
                continue;
            }

            candidates ??= [];
            candidates.Clear();
            string? own = calendar || unit ? text.Substring(span.Start, span.Length) : null;
            if (calendar) CollectAnchored(TemporalPatterns.CalendarAtRegex(), true, own!, span, text, candidates);
            if (namedDay) Collect(TemporalPatterns.NamedDayRegex(), text, span, candidates);
            if (unit)
            {
                CollectAnchored(TemporalPatterns.RelativeAtRegex(), false, own!, span, text, candidates);
                CollectAnchored(TemporalPatterns.DurationAtRegex(), false, own!, span, text, candidates);
            }

            KeepLongestNonOverlapping(candidates);
            foreach (var candidate in candidates)
            {
                mentions.Add(ToMention(candidate, text, sentence, published));
            }
        }

        return mentions;
    }

    private static DateMention ToMention(in Candidate candidate, string text, Sentence sentence, DateOnly? published)
    {
        Reading reading;
        try
        {
            reading = DateInterpreter.Interpret(candidate, sentence, published);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The expression reaches outside the calendar ("999 decades ago", a publication date of 1 January 0001).
            reading = new Reading(null, DateRelation.On, false);
        }

        var value = reading.Value;
        bool forward = reading.Forward;
        if (value is not null && published is { } day)
        {
            if (value.Start > day)
            {
                forward = true; // an absolute date after publication, or a forward reading
            }
            else if (!forward)
            {
                value = value.EndingNoLaterThan(day);
            }
        }

        string mentionText = text.Substring(candidate.Start, candidate.Length);
        return new DateMention(candidate.Span, mentionText, value, reading.Relation, forward, reading.Duration);
    }

    private static void Collect(Regex regex, string text, TextSpan sentence, List<Candidate> candidates)
    {
        try
        {
            for (var m = regex.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                Add(m, 0, text, sentence, candidates);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological sentence: keep what was found before the timeout rather than fail the document.
        }
    }

    // The same matches as scanning the sentence from left to right with the unanchored pattern, but the anchored
    // (\G) regex is tried only at each anchor and the few words before it, in text order. The sentence is its own
    // string so that lookbehinds and the end of the input are the sentence's, as with Regex.Match(text, start, length).
    private static void CollectAnchored(Regex anchored, bool calendar, string sentenceText, TextSpan sentence, string text,
        List<Candidate> candidates)
    {
        int position = 0, untried = 0;
        Span<int> starts = stackalloc int[calendar ? ExpressionAnchors.CalendarWordsBefore + 1 : ExpressionAnchors.UnitWordsBefore + 1];
        try
        {
            for (int anchor; (anchor = calendar ? ExpressionAnchors.NextCalendar(sentenceText, position)
                                                : ExpressionAnchors.NextUnit(sentenceText, position)) >= 0;)
            {
                Match? found = null;
                foreach (int start in starts[..ExpressionAnchors.StartsUpTo(sentenceText, anchor, starts)])
                {
                    if (start >= untried && (!calendar || start == anchor || ExpressionAnchors.CanLeadCalendar(sentenceText, start)))
                    {
                        untried = start + 1;
                        var m = anchored.Match(sentenceText, start);
                        if (m.Success)
                        {
                            found = m;
                            break;
                        }
                    }
                }

                if (found is null)
                {
                    position = anchor + 1;
                    continue;
                }

                Add(found, sentence.Start, text, sentence, candidates);
                position = untried = found.Index + found.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // As in Collect: keep what was found before the timeout.
        }
    }

    // offset: where the string the regex ran on starts in the text.
    private static void Add(Match m, int offset, string text, TextSpan sentence, List<Candidate> candidates)
    {
        var kind = KindOf(m);
        int index = offset + m.Index;
        var lead = LeadReader.Read(text, sentence.Start, index, RulesFor(kind));
        if (IsAcceptable(kind, m, lead, text, index + m.Length))
        {
            int start = lead.Cue == LeadCue.Of ? index : lead.Start;
            candidates.Add(new Candidate(start, index + m.Length, kind, lead, m));
        }
    }

    private static ExpressionKind KindOf(Match m)
    {
        if (m.Groups["iso"].Success) return ExpressionKind.IsoDate;
        if (m.Groups["numeric"].Success) return ExpressionKind.NumericDate;
        if (m.Groups["range"].Success) return ExpressionKind.DayRange;
        if (m.Groups["date"].Success) return ExpressionKind.MonthDate;
        if (m.Groups["monthName"].Success) return ExpressionKind.MonthName;
        if (m.Groups["yearOnly"].Success) return ExpressionKind.Year;
        if (m.Groups["weekdayRange"].Success) return ExpressionKind.WeekdayRange;
        if (m.Groups["weekdayOnly"].Success) return ExpressionKind.Weekday;
        if (m.Groups["holiday"].Success) return ExpressionKind.Holiday;
        if (m.Groups["relativeDay"].Success) return ExpressionKind.RelativeDay;
        if (m.Groups["ago"].Success) return ExpressionKind.Ago;
        if (m.Groups["calendarPeriod"].Success) return ExpressionKind.CalendarPeriod;
        if (m.Groups["weekend"].Success) return ExpressionKind.Weekend;
        if (m.Groups["recent"].Success) return ExpressionKind.RecentPeriod;
        return ExpressionKind.Duration;
    }

    private static LeadRules RulesFor(ExpressionKind kind) => kind switch
    {
        ExpressionKind.IsoDate or ExpressionKind.NumericDate => LeadRules.On | LeadRules.Relations,
        ExpressionKind.MonthDate => LeadRules.On | LeadRules.Relations | LeadRules.LateEarly,
        ExpressionKind.DayRange or ExpressionKind.WeekdayRange => LeadRules.On,
        ExpressionKind.MonthName => LeadRules.In | LeadRules.During | LeadRules.Relations | LeadRules.LateEarly
                                    | LeadRules.Mid | LeadRules.LastThisNext | LeadRules.PartOf,
        ExpressionKind.Year => LeadRules.In | LeadRules.During | LeadRules.Relations | LeadRules.LateEarly
                               | LeadRules.Mid | LeadRules.PartOf | LeadRules.Of,
        ExpressionKind.Weekday => LeadRules.On | LeadRules.Relations | LeadRules.LateEarly | LeadRules.LastThisNext,
        ExpressionKind.Holiday => LeadRules.On | LeadRules.At | LeadRules.Over | LeadRules.During | LeadRules.Relations
                                  | LeadRules.LastThisNext,
        ExpressionKind.RelativeDay or ExpressionKind.Ago => LeadRules.Relations,
        ExpressionKind.CalendarPeriod => LeadRules.In | LeadRules.During | LeadRules.Over | LeadRules.Relations,
        ExpressionKind.Weekend => LeadRules.Over | LeadRules.At | LeadRules.During | LeadRules.On | LeadRules.Relations,
        ExpressionKind.RecentPeriod => LeadRules.In | LeadRules.Over | LeadRules.During | LeadRules.For | LeadRules.Relations,
        _ => LeadRules.None,
    };

    // Heads that are temporal only in context. A year needs a preposition or modifier ("in 2021", "since 2021") or
    // must stand alone ("profit for 1990 rose", "in 1989 and 1990"), so that "the 2021 coup" and counts ("2000
    // troops") are not read as dates. A month name needs a lead or must be a full name that is not also a word or
    // a name ("may", "March", "August"), so that "may" the verb is not a month.
    private static bool IsAcceptable(ExpressionKind kind, Match m, Lead lead, string text, int end)
    {
        bool hasLead = lead.Cue != LeadCue.None || lead.Modifier != LeadModifier.None;
        switch (kind)
        {
            case ExpressionKind.Year:
                return hasLead || (lead.Cue != LeadCue.Of && StandsAlone(text, m.Index, end));
            case ExpressionKind.MonthName:
                var month = m.Groups["month"].ValueSpan;
                return m.Groups["year"].Success
                       || (CalendarMath.IsFullMonthName(month)
                           && (hasLead ? lead.Cue != LeadCue.Of : month is not ("May" or "March" or "August")));
            case ExpressionKind.Holiday:
                return !m.Groups["qualifier"].Success; // "Lunar New Year", "Thingyan" fall on other dates
            case ExpressionKind.RecentPeriod:
                return IsRollingPeriod(m);
            case ExpressionKind.Duration:
                return m.Groups["n"].Success || !m.Groups["forDuration"].Success
                       || m.Groups["unit"].ValueSpan.EndsWith("s", StringComparison.OrdinalIgnoreCase);
            default:
                return true;
        }
    }

    // A bare year stands alone unless a lower-case word other than a conjunction or preposition follows it ("the 2021
    // coup", "2000 troops"), or it is an amount ("$1990", "1990%").
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && text[start - 1] is '$' or '#' or '£' or '€')
        {
            return false;
        }

        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] == '%')
        {
            return false;
        }

        int wordEnd = i;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd == i || !char.IsLower(text[i]) || LinkWords.Contains(text.AsSpan(i, wordEnd - i));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkWords = FrozenSet.Create(StringComparer.Ordinal,
        "and", "or", "to", "through", "when", "after", "before", "as", "with", "from", "compared", "but", "until",
        "versus", "vs", "in", "on", "at", "for", "of", "than", "is", "was", "were", "will", "would", "had", "has")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "the past week" and "in recent weeks" are rolling periods; "the next week" and "the last day" are narrative
    // time, and "last week" alone is the calendar week (matched as a calendar period).
    private static bool IsRollingPeriod(Match m)
    {
        if (m.Groups["n"].Success || m.Groups["unit"].ValueSpan.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var modifier = m.Groups["mod"].ValueSpan;
        return m.Groups["the"].Success
               && (modifier.Equals("past", StringComparison.OrdinalIgnoreCase)
                   || modifier.Equals("last", StringComparison.OrdinalIgnoreCase)
                   || modifier.Equals("coming", StringComparison.OrdinalIgnoreCase));
    }

    // Longest first; a candidate overlapping one already kept is dropped. Leaves the kept ones in text order.
    private static void KeepLongestNonOverlapping(List<Candidate> candidates)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            bool overlaps = false;
            for (int j = 0; j < kept && !overlaps; j++)
            {
                overlaps = candidates[j].Span.Overlaps(candidates[i].Span);
            }

            if (!overlaps)
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
        candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }
}
