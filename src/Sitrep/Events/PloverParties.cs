namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>A PLOVER source or target: the words of the text that name the party, as PLOVER's actorText does.</summary>
public sealed record PloverParty(string Text, TextSpan Span);

/// <summary>
/// Finds the PLOVER source (the subject before the event's verb) and target (the first name after it) of an event in
/// its sentence. PLOVER codes parties by their words ("Pakistan", "Turkish police", "Congo"), not by a curated actor,
/// so a state named by its country or capital is a party here although it is no ACLED actor.
/// </summary>
internal static class PloverParties
{
    private const int MaxSourceTokens = 8;

    // Words between a subject and its verb that are not part of the subject: "Pakistan today threatened",
    // "Greece bluntly demanded", "The PRC on Tuesday demanded".
    private static readonly HashSet<string> NotSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "could", "may", "might", "must", "again",
        "also", "once", "today", "yesterday", "tonight", "finally", "bluntly", "outright", "reportedly", "routinely", "recently",
        "on", "in", "at", "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "then",
        "later", "earlier", "still", "already", "now", "formally", "officially", "immediately", "repeatedly", "strongly", "not",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "here", "there", "jointly", "just",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    // Openers that end at the first comma: "On Tuesday, Nigerian junior foreign minister ... summoned".
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "according", "meanwhile", "later", "earlier", "however", "last", "after", "yesterday", "today",
    };

    // Capitalised words that never start a party name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "i",
    };

    /// <summary>The source before and the target after <paramref name="trigger"/> in <paramref name="sentence"/>.</summary>
    public static (PloverParty? Source, PloverParty? Target) Find(Document document, Sentence sentence, TextSpan trigger) =>
        (Source(document, sentence, trigger), Target(document, sentence, trigger));

    private static PloverParty? Source(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int end = tokens.Count(t => t.Span.End <= trigger.Start);
        int start = 0;
        if (tokens.Count > 0 && Openers.Contains(tokens[0].Text))
        {
            int comma = IndexOf(tokens, ",", 0, Math.Min(end, 6));
            start = comma >= 0 ? comma + 1 : start;
        }

        // The subject ends at the verb: drop auxiliaries, adverbs and dates between them.
        int last = end - 1;
        while (last >= start && (NotSubject.Contains(tokens[last].Text) || tokens[last].Kind == TokenKind.Number))
        {
            last--;
        }

        // "Pakistan, a key U.S. ally in the war against terrorism, has refused": skip an apposition back to its head.
        if (last >= start && tokens[last].Text == ",")
        {
            int open = IndexOf(tokens, ",", start, last);
            last = open > start ? open - 1 : last - 1;
        }

        // A clause boundary closer to the verb starts the subject: "..., saying it ...", "... that the US ...".
        for (int k = last; k >= start; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "that" or "who" or "which" or "and" or "said" or "says")
            {
                start = k + 1;
                break;
            }
        }

        start = Math.Max(start, last - MaxSourceTokens + 1);
        return last < start ? null : Party(document, tokens[start].Span.Start, tokens[last].Span.End);
    }

    private static PloverParty? Target(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Span.Start < trigger.End)
            {
                continue;
            }

            if (token.Text is ";" or "said" or "says" or "according")
            {
                return null;
            }

            if (!token.IsCapitalized || NotNames.Contains(token.Text))
            {
                continue;
            }

            int j = i;
            while (j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || tokens[j + 1].Text is "." or "-")
                   && !NotNames.Contains(tokens[j + 1].Text))
            {
                j++;
            }

            return Party(document, token.Span.Start, tokens[j].Span.End);
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, string text, int from, int to)
    {
        for (int k = from; k < to && k < tokens.Count; k++)
        {
            if (tokens[k].Text == text)
            {
                return k;
            }
        }

        return -1;
    }

    private static PloverParty Party(Document document, int start, int end)
    {
        var span = new TextSpan(start, end);
        return new PloverParty(document.Slice(span), span);
    }
}
