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

    /// <summary>Tokens after the verb that the target may start at.</summary>
    private const int TargetReach = 30;

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

    // Common verbs without an -ed ending that end a subject ("Swiss doctors sent ...").
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "began", "begins", "begin", "sent", "sends", "took", "takes", "gave", "gives", "made",
        "makes", "met", "meets", "won", "fought", "blew", "struck", "shot", "threw", "beat", "held", "holds", "hold", "led",
        "leads", "broke", "brought", "left", "leave", "return", "returns", "plans", "seeks", "sought", "set", "put", "cut",
        "keep", "keeps", "kept", "continue", "continues", "remain", "remains", "face", "faces", "want", "wants", "claims",
        "threatens", "demands", "rejects", "reject", "urges", "warns", "calls", "refuses", "agrees", "accepts", "denies",
    };

    // Words ending in -ed that describe a noun rather than act: "unidentified gunmen", "armed groups".
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "unidentified", "armed", "masked", "suspected", "alleged", "unnamed", "banned", "so-called", "united", "elected",
        "detained", "displaced", "wounded", "injured", "hundred", "retired", "exiled", "outlawed", "disputed", "embattled",
        "aged", "self-styled", "allied", "associated", "affiliated", "based", "backed", "led", "appointed", "newly",
    };

    // Openers that end at the first comma: "On Tuesday, Nigerian junior foreign minister ... summoned".
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "according", "meanwhile", "later", "earlier", "however", "last", "after", "yesterday", "today", "with",
        "despite", "following", "during", "amid", "since", "before",
    };

    // Capitalised words that never start a party name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "i",
    };

    /// <summary>The source before and the target after <paramref name="trigger"/> in <paramref name="sentence"/>.</summary>
    /// <remarks>A passive ("has been indicted by the U.N. war crimes court") turns the roles round.</remarks>
    public static (PloverParty? Source, PloverParty? Target) Find(Document document, Sentence sentence, TextSpan trigger)
    {
        var subject = Source(document, sentence, trigger);
        if (IsPassive(sentence, trigger) && Agent(document, sentence, trigger) is { } agent)
        {
            return (agent, subject);
        }

        return (subject, Target(document, sentence, trigger));
    }

    private static bool IsPassive(Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        return Enumerable.Range(Math.Max(0, at - 2), Math.Min(2, at))
            .Any(k => tokens[k].Lower is "been" or "was" or "were" or "is" or "are" or "be");
    }

    // "by the U.N. war crimes court": the words after "by", up to punctuation or a preposition.
    private static PloverParty? Agent(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int by = -1;
        int from = Tokens.IndexAt(tokens, trigger.End);
        for (int k = from; k < Math.Min(tokens.Count, from + MaxSourceTokens); k++)
        {
            if (tokens[k].Lower == "by")
            {
                by = k;
                break;
            }
        }

        int end = by + 1;
        while (by >= 0 && end < tokens.Count && end - by <= MaxSourceTokens && tokens[end].Kind != TokenKind.Punctuation
               && tokens[end].Lower is not ("for" or "in" or "on" or "at" or "after" or "over" or "with" or "to"))
        {
            end++;
        }

        return by < 0 || end == by + 1 ? null : Party(document, tokens[by + 1].Span.Start, tokens[end - 1].Span.End);
    }

    /// <summary>
    /// The sentence's subject: from the start (after an opener such as "On Tuesday,") to the first verb, auxiliary,
    /// date word or comma. In "Russia said on Tuesday that Sudan must return ..." the source is Russia, as PLOVER
    /// codes the speaker of a demand; an event's verb before any other verb ends the subject there.
    /// </summary>
    private static PloverParty? Source(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int start = 0;
        if (tokens.Count > 0 && Openers.Contains(tokens[0].Text))
        {
            int comma = IndexOf(tokens, ",", 0, Math.Min(tokens.Count, 14));
            start = comma >= 0 ? comma + 1 : start;
        }

        int end = start;
        while (end < tokens.Count && end - start < MaxSourceTokens && tokens[end].Span.Start < trigger.Start && !EndsSubject(tokens[end], end == start))
        {
            end++;
        }

        return end == start ? null : Party(document, tokens[start].Span.Start, tokens[end - 1].Span.End);
    }

    private static bool EndsSubject(Token token, bool first)
    {
        if (token.Kind == TokenKind.Punctuation)
        {
            return token.Text is "," or ";" or ":";
        }

        if (token.IsCapitalized || token.Kind == TokenKind.Number)
        {
            return false;
        }

        string word = token.Lower;
        return NotSubject.Contains(word) || Verbs.Contains(word) || word is "that" or "who" or "which"
               || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !Participles.Contains(word));
    }

    private static PloverParty? Target(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int from = Tokens.IndexAt(tokens, trigger.End);
        for (int i = from; i < Math.Min(tokens.Count, from + TargetReach); i++)
        {
            var token = tokens[i];

            if (token.Text is ";" or "said" or "says" or "according")
            {
                return null;
            }

            if (!token.IsCapitalized || IsNotName(token.Text))
            {
                continue;
            }

            int j = i;
            while (j + 1 < tokens.Count && !IsNotName(tokens[j + 1].Text)
                   && (tokens[j + 1].IsCapitalized || (tokens[j + 1].Text is "." or "-" && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized)))
            {
                j++;
            }

            return Party(document, token.Span.Start, tokens[j].Span.End);
        }

        return null;
    }

    // "Sunday's" is a date however it is written.
    private static bool IsNotName(string word) =>
        NotNames.Contains(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);

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
