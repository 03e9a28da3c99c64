namespace Sitrep.Text;

/// <summary>
/// Finds sentence and paragraph boundaries. A period ends a sentence unless it closes a known abbreviation
/// ("Maj. Gen.", "Jan.") or an initial, or the next word starts in lower case.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig",
        "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e",
        "approx", "est", "dept", "univ", "lt.col", "gens",
    };

    /// <summary>Returns (span, paragraph index) for each sentence of <paramref name="text"/>.</summary>
    public static List<(TextSpan Span, int Paragraph)> Split(string text, int start = 0)
    {
        var result = new List<(TextSpan, int)>();
        int paragraph = 0;
        int sentenceStart = SkipSpace(text, start);
        int i = sentenceStart;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                AddIfNotEmpty(result, text, sentenceStart, i, paragraph);
                paragraph++;
                i = SkipSpace(text, i);
                sentenceStart = i;
                continue;
            }

            if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')')
                {
                    end++;
                }

                AddIfNotEmpty(result, text, sentenceStart, end, paragraph);
                i = SkipSpace(text, end);
                if (text.AsSpan(end, i - end).Count('\n') >= 2)
                {
                    paragraph++;
                }

                sentenceStart = i;
                continue;
            }

            i++;
        }

        AddIfNotEmpty(result, text, sentenceStart, text.Length, paragraph);
        return result;
    }

    private static bool IsParagraphBreak(string text, int newline)
    {
        int j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    private static bool EndsSentence(string text, int i)
    {
        int next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        int afterSpace = SkipSpace(text, next);
        if (afterSpace < text.Length && char.IsLower(text[afterSpace]))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        int wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Aung San Suu Kyi's father, Gen. A. San"
        }

        if (IsDottedInitials(word))
        {
            return false; // initials run together, as "U.S." is: "the J.W. Marriott Hotel", "W.E.B. Du Bois"
        }

        return !Abbreviations.Contains(word.ToString());
    }

    // "J.W", "W.E.B": single capitals joined by dots (the final dot is the one being read).
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A stretch longer than this is cut into pieces of at most this length. No sentence of the evaluation corpora
    /// comes near it (the longest is under 1,000 characters); it exists for hostile input such as a megabyte without a
    /// full stop, on which the later stages, quadratic within a sentence, would otherwise run for minutes.
    /// </summary>
    public const int MaxSentenceChars = 1000;

    private static void AddIfNotEmpty(List<(TextSpan, int)> result, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceChars)
        {
            int cut = CutPoint(text, start);
            AddIfNotEmpty(result, text, start, cut, paragraph);
            start = SkipSpace(text, cut);
        }

        if (end > start)
        {
            result.Add((new TextSpan(start, end), paragraph));
        }
    }

    // The last white space in the second half of the allowed length, else the limit itself (never inside a surrogate pair).
    private static int CutPoint(string text, int start)
    {
        int limit = start + MaxSentenceChars;
        for (int i = limit; i > start + MaxSentenceChars / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
