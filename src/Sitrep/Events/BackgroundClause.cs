using System.Text.RegularExpressions;

namespace Sitrep.Events;

/// <summary>
/// A clause a sentence dates against its own act: "..., a week after riots left dozens dead", "days before troops
/// withdrew". What it tells is background: not part of the sentence's act, and not on the sentence's date.
/// </summary>
internal static partial class BackgroundClause
{
    /// <summary>How far the clause puts its act from the sentence's date, and how precisely.</summary>
    public readonly record struct Offset(int Days, int TimePrecision);

    /// <summary>
    /// The offset of the background clause holding offset <paramref name="at"/> of <paramref name="text"/>, in the
    /// sentence that starts at <paramref name="sentenceStart"/>; null when the clause opens with no span of time and
    /// "after" or "before". Offsets are into <paramref name="text"/>, so a caller holding the document's text or one
    /// sentence's (with <paramref name="sentenceStart"/> 0) copies nothing.
    /// </summary>
    public static Offset? At(string text, int sentenceStart, int at)
    {
        if (at <= sentenceStart)
        {
            return null;
        }

        // Back from the character before the trigger to the sentence's start, no further.
        int clause = Math.Max(Math.Max(text.LastIndexOf(',', at - 1, at - sentenceStart), text.LastIndexOf(';', at - 1, at - sentenceStart)) + 1, sentenceStart);
        if (at <= clause || Cue().Match(text, clause, at - clause) is not { Success: true } cue)
        {
            return null;
        }

        string unit = cue.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        int? number = cue.Groups["count"].Value.Trim().ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
            "eight" => 8, "nine" => 9, "ten" => 10,
            var digits when int.TryParse(digits, out int n) => n,
            _ => null, // "days after", "a few weeks after": the span is vague
        };
        (int unitDays, int precision) = unit switch
        {
            "hour" => (0, 1),
            "day" => (1, number is null ? 2 : 1),
            "week" => (7, 2),
            "month" => (30, 3),
            _ => (365, 3),
        };
        int days = unitDays * (number ?? 3);
        return new Offset(cue.Groups["direction"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -days : days, precision);
    }

    [GeneratedRegex(@"\G\s*(just |only |barely |some |nearly |almost )?(?<count>a |an |one |two |three |four |five |six |seven |eight |nine |ten |several |a few |few |\d+ )?(?<unit>hours?|days?|weeks?|months?|years?) (?<direction>after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
