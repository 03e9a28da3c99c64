namespace Sitrep.Text;

/// <summary>Splits normalised text into word, number and punctuation tokens with offsets.</summary>
public static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/>[span] and returns tokens whose spans are absolute offsets.</summary>
    public static List<Token> Tokenize(string text, TextSpan span, StrayCapitalLexicon strayCapitals)
    {
        var tokens = new List<Token>();
        int i = span.Start;
        bool sentenceStart = true;
        while (i < span.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, span.End);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, span.End);
                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }

            string tokenText = text.Substring(start, i - start);
            bool stray = kind == TokenKind.Word && !sentenceStart && !IsAfterOpeningPunctuation(tokens)
                         && char.IsUpper(tokenText[0]) && strayCapitals.IsStray(tokenText);
            tokens.Add(new Token(new TextSpan(start, i), tokenText, kind, stray));
            sentenceStart = kind == TokenKind.Punctuation && tokenText is "\"" && tokens.Count == 1;
        }

        return tokens;
    }

    private static bool IsAfterOpeningPunctuation(List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].Text is ":" or "\"" or "(";

    // Words keep inner apostrophes and hyphens (Ta'ang, junta-free) and abbreviation dots (U.S.).
    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '-' or '.') && i + 1 < end && char.IsLetter(text[i + 1])
                     && (c != '.' || IsAbbreviationDot(text, i)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // "U.S" continues through the dot; "end.Next" does not (a following lower-case letter after one letter only).
    private static bool IsAbbreviationDot(string text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]))
        && dot + 2 <= text.Length && (dot + 2 == text.Length || !char.IsLetter(text[dot + 2]) || text[dot + 2] == '.');

    // Digits with thousands separators and decimals: 2,389 / 40,000 / 3.5
    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c is ',' or '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
