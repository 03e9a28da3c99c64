namespace Sitrep.Dates;

/// <summary>What the word before a temporal expression says about how the event relates to it.</summary>
internal enum LeadCue
{
    None,
    /// <summary>"on", "in", "during", "over", "at", "for": places the event at the date; kept in the span.</summary>
    Locating,
    /// <summary>"by", "until", "till", "through", "before": an upper bound.</summary>
    By,
    /// <summary>"since": a lower bound running to publication; always looks back.</summary>
    Since,
    /// <summary>"after", "from": a lower bound that may also look forward ("flights resume from March 30").</summary>
    After,
    /// <summary>"of" before a year ("the coup of 2021"): marks a year but is not part of the span.</summary>
    Of,
}

/// <summary>A word that narrows or shifts the expression it precedes.</summary>
internal enum LeadModifier
{
    None,
    Late,
    Early,
    Mid,
    Last,
    This,
    Next,
    /// <summary>"the previous Friday", "the prior Friday": the one a week before the latest.</summary>
    Previous,
    /// <summary>"the end of", "the beginning of", "the start of", "the middle of", "the turn of".</summary>
    PartOf,
}

/// <summary>Which leading words an expression kind accepts.</summary>
[Flags]
internal enum LeadRules
{
    None = 0,
    On = 1 << 0,
    In = 1 << 1,
    During = 1 << 2,
    Over = 1 << 3,
    At = 1 << 4,
    For = 1 << 5,
    Relations = 1 << 6,
    LateEarly = 1 << 7,
    Mid = 1 << 8,
    LastThisNext = 1 << 9,
    PartOf = 1 << 10,
    Of = 1 << 11,
}

/// <summary>The leading words taken into a mention: where the mention now starts, its cue and its modifier.</summary>
internal readonly record struct Lead(int Start, LeadCue Cue, LeadModifier Modifier);

/// <summary>
/// Reads, right to left, the words before an expression's head: [relation or preposition] [modifier ["on"]] head,
/// as in "by late Friday", "late on Thursday", "at the end of October", "mid-2021".
/// </summary>
internal static class LeadReader
{
    public static Lead Read(string text, int limit, int headStart, LeadRules rules)
    {
        if (!TryPreviousWord(text, limit, headStart, out var w1, out int s1, out bool hyphenated))
        {
            return new Lead(headStart, LeadCue.None, LeadModifier.None);
        }

        if (hyphenated)
        {
            return Is(w1, "mid") && rules.HasFlag(LeadRules.Mid)
                ? WithCue(text, limit, s1, rules, LeadModifier.Mid)
                : new Lead(headStart, LeadCue.None, LeadModifier.None);
        }

        var modifier = ModifierOf(w1, rules);
        if (modifier != LeadModifier.None)
        {
            int modifierStart = s1;
            if (Is(w1, "coming") && TryPreviousWord(text, limit, s1, out var w0, out int s0, out bool h0) && !h0 && Is(w0, "this"))
            {
                modifierStart = s0; // "this coming Sunday"
            }

            return WithCue(text, limit, modifierStart, rules, modifier);
        }

        if (Is(w1, "on") && rules.HasFlag(LeadRules.LateEarly)
            && TryPreviousWord(text, limit, s1, out var w2, out int s2, out bool h2) && !h2
            && (Is(w2, "late") || Is(w2, "early")))
        {
            return WithCue(text, limit, s2, rules, Is(w2, "late") ? LeadModifier.Late : LeadModifier.Early);
        }

        if (Is(w1, "of"))
        {
            if (rules.HasFlag(LeadRules.PartOf)
                && TryPreviousWord(text, limit, s1, out var part, out int sPart, out bool h3) && !h3
                && (Is(part, "end") || Is(part, "beginning") || Is(part, "start") || Is(part, "middle") || Is(part, "turn"))
                && TryPreviousWord(text, limit, sPart, out var the, out int sThe, out bool h4) && !h4 && Is(the, "the"))
            {
                return WithCue(text, limit, sThe, rules | LeadRules.At, LeadModifier.PartOf);
            }

            return rules.HasFlag(LeadRules.Of)
                ? new Lead(headStart, LeadCue.Of, LeadModifier.None)
                : new Lead(headStart, LeadCue.None, LeadModifier.None);
        }

        var cue = CueOf(w1, rules);
        return cue == LeadCue.None
            ? new Lead(headStart, LeadCue.None, LeadModifier.None)
            : new Lead(s1, cue, LeadModifier.None);
    }

    private static Lead WithCue(string text, int limit, int start, LeadRules rules, LeadModifier modifier)
    {
        if (TryPreviousWord(text, limit, start, out var word, out int wordStart, out bool hyphenated) && !hyphenated)
        {
            var cue = CueOf(word, rules);
            if (cue != LeadCue.None)
            {
                return new Lead(wordStart, cue, modifier);
            }
        }

        return new Lead(start, LeadCue.None, modifier);
    }

    private static LeadModifier ModifierOf(ReadOnlySpan<char> word, LeadRules rules)
    {
        if (rules.HasFlag(LeadRules.LateEarly))
        {
            if (Is(word, "late")) return LeadModifier.Late;
            if (Is(word, "early")) return LeadModifier.Early;
        }

        if (rules.HasFlag(LeadRules.Mid) && Is(word, "mid"))
        {
            return LeadModifier.Mid;
        }

        if (rules.HasFlag(LeadRules.LastThisNext))
        {
            if (Is(word, "last")) return LeadModifier.Last;
            if (Is(word, "this")) return LeadModifier.This;
            if (Is(word, "next") || Is(word, "coming")) return LeadModifier.Next;
            if (Is(word, "previous") || Is(word, "prior")) return LeadModifier.Previous;
        }

        return LeadModifier.None;
    }

    private static LeadCue CueOf(ReadOnlySpan<char> word, LeadRules rules)
    {
        if (rules.HasFlag(LeadRules.Relations))
        {
            if (Is(word, "by") || Is(word, "until") || Is(word, "till") || Is(word, "through") || Is(word, "before"))
            {
                return LeadCue.By;
            }

            if (Is(word, "since"))
            {
                return LeadCue.Since;
            }

            if (Is(word, "after") || Is(word, "from"))
            {
                return LeadCue.After;
            }
        }

        bool locating =
            (rules.HasFlag(LeadRules.On) && Is(word, "on"))
            || (rules.HasFlag(LeadRules.In) && Is(word, "in"))
            || (rules.HasFlag(LeadRules.During) && (Is(word, "during") || Is(word, "throughout")))
            || (rules.HasFlag(LeadRules.Over) && Is(word, "over"))
            || (rules.HasFlag(LeadRules.At) && Is(word, "at"))
            || (rules.HasFlag(LeadRules.For) && (Is(word, "for") || Is(word, "within")));
        return locating ? LeadCue.Locating : LeadCue.None;
    }

    // The word ending just before `end`, separated from it by white space, or by a hyphen ("mid-2021").
    private static bool TryPreviousWord(string text, int limit, int end, out ReadOnlySpan<char> word, out int start, out bool hyphenated)
    {
        word = default;
        start = end;
        hyphenated = false;
        int i = end;
        if (i > limit && text[i - 1] == '-')
        {
            hyphenated = true;
            i--;
        }
        else
        {
            while (i > limit && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            if (i == end)
            {
                return false;
            }
        }

        int wordEnd = i;
        while (i > limit && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        if (i == wordEnd || (i > limit && (char.IsDigit(text[i - 1]) || text[i - 1] is '\'' or '-')))
        {
            return false;
        }

        word = text.AsSpan(i, wordEnd - i);
        start = i;
        return true;
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
