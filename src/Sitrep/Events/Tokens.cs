namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>Position look-ups in a sentence's tokens, by binary search so long sentences stay cheap.</summary>
internal static class Tokens
{
    /// <summary>The index of the first token starting at or after <paramref name="position"/> (Count when none does).</summary>
    public static int IndexAt(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>An article or a possessive determiner: what opens a noun phrase ("the", "a", "its", "their" ...).</summary>
    public static bool IsDeterminer(Token token) => token.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her";
}
