using System.Globalization;

namespace Sitrep.Quantities;

using Sitrep.Text;

/// <summary>
/// The Quantities stage: finds counts in digits and words, their qualifiers and the noun phrase they count.
/// Numbers inside date expressions (passed in as excluded spans) and inside names ("Operation 1027") are skipped.
/// </summary>
public sealed class QuantityRecognizer
{
    private static readonly HashSet<string> CountedStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "were", "was", "are", "is", "had", "have", "has", "been", "be", "and", "or", "but",
        "in", "on", "at", "by", "from", "to", "into", "for", "with", "since", "during", "after", "before", "near",
        "including", "among", "while", "as", "the", "a", "an", "their", "his", "her", "its", "said", "say", "says",
        "across", "over", "under", "of", "than", "per", "each", "more", "this", "these", "those", "between", "out",
    };

    private static readonly HashSet<string> AdjectivesEndingInEd = new(StringComparer.OrdinalIgnoreCase)
    {
        "armed", "unidentified", "suspected", "alleged", "detained", "displaced", "injured", "wounded", "unarmed",
    };

    /// <summary>Finds the quantities of a document, skipping any number that lies inside <paramref name="excluded"/>.</summary>
    public IReadOnlyList<QuantityMention> Recognize(Document document, IReadOnlyList<TextSpan> excluded)
    {
        var result = new List<QuantityMention>();
        var skip = new ExcludedSpans(excluded);
        foreach (var sentence in document.Sentences)
        {
            RecognizeInSentence(document, sentence.Tokens, skip, result);
        }

        return result;
    }

    private static void RecognizeInSentence(Document document, IReadOnlyList<Token> tokens, ExcludedSpans excluded, List<QuantityMention> result)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (excluded.Overlaps(tokens[i].Span) || IsInsideName(tokens, i))
            {
                continue;
            }

            if (!TryReadNumber(tokens, i, out long value, out int next, out bool vague))
            {
                continue;
            }

            if (IsAge(tokens, next))
            {
                i = next - 1;
                continue; // "a 62-year-old man" describes one person, it does not count 62
            }

            int start = i;
            var qualifier = vague ? QuantityQualifier.Vague : QuantityQualifier.Exactly;
            long? upper = null;
            int qualifierStart = ReadQualifierBackwards(tokens, i, ref qualifier);

            // Ranges: "10 to 15", "10-15", "between 10 and 15".
            if (next + 1 < tokens.Count && tokens[next].Text is "to" or "-" or "and"
                && TryReadNumber(tokens, next + 1, out long high, out int afterHigh, out bool highVague) && !highVague && high > value)
            {
                upper = high;
                qualifier = QuantityQualifier.Range;
                next = afterHigh;
                if (qualifierStart == start && start > 0 && tokens[start - 1].Lower == "between")
                {
                    qualifierStart = start - 1;
                }
            }

            var (counted, countedSpan, end) = ReadCounted(document, tokens, next);
            string word = tokens[i].Lower;
            if (counted is null && word is "one" or "a" or "an")
            {
                continue; // "one of the", a lone article: not a count
            }

            var span = new TextSpan(tokens[qualifierStart].Span.Start, tokens[next - 1].Span.End);
            result.Add(new QuantityMention(span, document.Slice(span), value, upper, qualifier, counted, countedSpan));
            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>
    /// Numbers that are part of a name: digits right after a capitalised word ("Operation 1027", "Brigade 55"),
    /// or a capitalised number word before a capitalised word ("the Three Brotherhood alliance").
    /// </summary>
    private static bool IsInsideName(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            // The capitalised word must not open the sentence: "Between 10 and 15" is a range, not a name.
            return i >= 2 && tokens[i - 1].IsCapitalized && tokens[i - 1].Text.Length > 1
                   && !NumberWords.Qualifiers.Any(q => q.Phrase.EndsWith(tokens[i - 1].Lower, StringComparison.Ordinal));
        }

        return token.IsCapitalized && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
               && NumberWords.Units.ContainsKey(token.Text) && token.Text.Length > 2;
    }

    private static bool IsAge(IReadOnlyList<Token> tokens, int next) =>
        (next + 1 < tokens.Count && tokens[next].Text == "-" && tokens[next + 1].Lower.StartsWith("year", StringComparison.Ordinal))
        || (next + 1 < tokens.Count && tokens[next].Lower is "years" or "year" && tokens[next + 1].Lower == "old");

    /// <summary>Reads a number in digits or words starting at token <paramref name="i"/>.</summary>
    internal static bool TryReadNumber(IReadOnlyList<Token> tokens, int i, out long value, out int next, out bool vague)
    {
        value = 0;
        next = i;
        vague = false;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(token.Text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out decimal d) || d > long.MaxValue / 1_000_000_000)
            {
                return false;
            }

            next = i + 1;
            if (next < tokens.Count && NumberWords.Multipliers.TryGetValue(tokens[next].Text, out long m) && m >= 1000)
            {
                d *= m;
                next++;
            }

            value = (long)d;
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (TryReadVague(tokens, i, out value, out next))
        {
            vague = true;
            return true;
        }

        return TryReadNumberWords(tokens, i, out value, out next);
    }

    // "dozens", "hundreds", "tens of thousands", "hundreds of thousands", "several".
    private static bool TryReadVague(IReadOnlyList<Token> tokens, int i, out long value, out int next)
    {
        string w = tokens[i].Lower;
        next = i + 1;
        if (w == "tens" && i + 2 < tokens.Count && tokens[i + 1].Lower == "of"
            && tokens[i + 2].Lower is "thousands" or "millions")
        {
            value = 10 * (tokens[i + 2].Lower == "thousands" ? 1_000 : 1_000_000);
            next = i + 3;
            return true;
        }

        if (w == "hundreds" && i + 2 < tokens.Count && tokens[i + 1].Lower == "of" && tokens[i + 2].Lower == "thousands")
        {
            value = 100_000;
            next = i + 3;
            return true;
        }

        if (w == "a" && i + 1 < tokens.Count && tokens[i + 1].Lower == "few")
        {
            value = 2;
            next = i + 2;
            return true;
        }

        return NumberWords.VaguePlurals.TryGetValue(w, out value) && w != "a few";
    }

    // "six", "twenty-five", "two hundred and fifty", "a hundred", "two dozen".
    private static bool TryReadNumberWords(IReadOnlyList<Token> tokens, int i, out long value, out int next)
    {
        long total = 0, current = 0;
        int j = i;
        bool any = false;
        while (j < tokens.Count)
        {
            string w = tokens[j].Lower;
            if (TryHyphenated(w, out long hyphenated))
            {
                current += hyphenated;
            }
            else if (NumberWords.Multipliers.TryGetValue(w, out long m) && any)
            {
                current = Math.Max(current, 1) * m;
                if (m >= 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if (NumberWords.Units.TryGetValue(w, out long u) && (w is not ("a" or "an") || IsMultiplierAt(tokens, j + 1)))
            {
                if (any && current % 10 != 0 && u < 10)
                {
                    break; // "five six" is not a number
                }

                current += u;
            }
            else if (w == "and" && any && j + 1 < tokens.Count && NumberWords.Units.ContainsKey(tokens[j + 1].Lower))
            {
                j++;
                continue;
            }
            else
            {
                break;
            }

            any = true;
            j++;
        }

        value = total + current;
        next = j;
        return any && value > 0;
    }

    private static bool IsMultiplierAt(IReadOnlyList<Token> tokens, int j) =>
        j < tokens.Count && NumberWords.Multipliers.ContainsKey(tokens[j].Lower);

    private static bool TryHyphenated(string w, out long value)
    {
        value = 0;
        int dash = w.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && NumberWords.Units.TryGetValue(w[..dash], out long tens) && tens >= 20 && tens % 10 == 0
               && NumberWords.Units.TryGetValue(w[(dash + 1)..], out long unit) && unit < 10
               && (value = tens + unit) > 0;
    }

    private static int ReadQualifierBackwards(IReadOnlyList<Token> tokens, int i, ref QuantityQualifier qualifier)
    {
        foreach (var (phrase, q) in NumberWords.Qualifiers)
        {
            string[] words = phrase.Split(' ');
            int start = i - words.Length;
            if (start < 0)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                match = string.Equals(tokens[start + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                qualifier = q;
                return start;
            }
        }

        return i;
    }

    private static (string? Counted, TextSpan? Span, int End) ReadCounted(Document document, IReadOnlyList<Token> tokens, int next)
    {
        int j = next;
        if (j < tokens.Count && tokens[j].Lower == "of")
        {
            j++; // "dozens of civilians", "tens of thousands of Chinese citizens"
        }

        int first = j;
        while (j < tokens.Count && j - first < 4)
        {
            var t = tokens[j];
            bool participle = t.Lower.EndsWith("ed", StringComparison.Ordinal) && !AdjectivesEndingInEd.Contains(t.Lower);
            if (t.Kind != TokenKind.Word || CountedStopWords.Contains(t.Text) || participle)
            {
                break;
            }

            j++;
        }

        if (j == first)
        {
            return (null, null, next);
        }

        var span = new TextSpan(tokens[first].Span.Start, tokens[j - 1].Span.End);
        return (document.SliceNormalized(span).ToLowerInvariant(), span, j);
    }
}
