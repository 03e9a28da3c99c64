using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>What the tense markers of a clause say about a temporal expression in it.</summary>
internal enum ClauseTense
{
    Unmarked,
    Forward,
    Past,
}

/// <summary>
/// Decides whether the clause around a temporal expression looks forward ("will hold talks on Monday", "is due to
/// meet on Friday"). The nearest tense marker before the expression decides; when there is none before it in the
/// same clause, the nearest one after it does; with no marker at all the clause is read as past, because news
/// reports mostly tell what has happened.
/// </summary>
internal static class TenseReader
{
    private enum Marker
    {
        None,
        Forward,
        Past,
        ClauseBoundary,
    }

    private static readonly FrozenSet<string> ForwardWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "won't", "shall", "would", "due", "expected", "scheduled", "slated", "poised", "upcoming");

    // Words that look forward only before "to"/"for" ("is set to", "plans to"); otherwise they are often nouns
    // ("signed a plan Friday").
    private static readonly FrozenSet<string> ForwardBeforeTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "set", "going", "likely", "about", "plan", "plans", "planning", "intend", "intends", "expect", "expects",
        "hope", "hopes", "aim", "aims");

    private static readonly FrozenSet<string> PastAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "had", "has", "have", "did", "said", "told");

    // Irregular past tenses and participles; regular ones are recognised by their "-ed".
    private static readonly FrozenSet<string> PastWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "began", "came", "fell", "fought", "took", "gave",
        "held", "led", "left", "lost", "made", "met", "ran", "sent", "shot", "struck", "won", "went", "saw", "broke",
        "caught", "brought", "spoke", "stood", "fled", "flew", "drove", "overran", "withdrew", "rose", "swept", "tore",
        "wrote", "burnt", "blew", "built", "drew", "felt", "found", "froze", "got", "grew", "hid", "kept", "knew",
        "laid", "lay", "meant", "paid", "rode", "sat", "sold", "shook", "sought", "spent", "stole", "swore", "threw",
        "seen", "taken", "given", "begun", "fallen", "shown", "known", "stolen", "driven", "thrown", "overrun");

    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because", "although", "though",
        "after", "before", "since", "until", ";", ":");

    // A participle after these is a passive ("will be held") or an adjective ("the armed groups"), not a past tense.
    private static readonly FrozenSet<string> ParticipleLeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "be", "been", "being", "to", "the", "a", "an", "with", "of", "for", "by", "and", "or", "its", "their", "his",
        "her", "our", "some", "many", "other", "all", "against", "from", "in", "on", "at", "newly");

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "by", "in", "on", "at", "to", "from", "for",
        "with", "into", "onto", "over", "after", "before", "that", "this", "these", "those", "him", "them", "it", "us",
        "me", "up", "down", "out", "off", "as", "and", "but", "or", "when", "while", "during", "since", "until", "some",
        "several", "more", "about", "across", "against", "around", "through", "near", "back", "late", "early", "last",
        "yesterday", "today", "all", "both", "each", "no", "nearly", "almost", "dozens", "hundreds", "thousands", "any");

    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "it", "they", "we", "i", "you");

    // "-ed" words that are not verbs.
    private static readonly FrozenSet<string> NotPastEd = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "need", "seed", "speed", "feed", "bed", "red", "shed", "united", "hundred", "indeed", "naked", "sacred", "wicked");

    /// <summary>True when the clause around <paramref name="mention"/> in <paramref name="sentence"/> looks forward.</summary>
    public static bool PointsForward(Sentence sentence, TextSpan mention) => Read(sentence, mention) == ClauseTense.Forward;

    /// <summary>The tense of the nearest marker around <paramref name="mention"/> in its clause, or Unmarked when there is none.</summary>
    public static ClauseTense Read(Sentence sentence, TextSpan mention)
    {
        var tokens = sentence.Tokens;
        int first = 0;
        while (first < tokens.Count && tokens[first].Span.Start < mention.Start)
        {
            first++;
        }

        for (int i = first - 1; i >= 0; i--)
        {
            var marker = Classify(tokens, i);
            if (marker == Marker.ClauseBoundary)
            {
                break;
            }

            if (marker != Marker.None)
            {
                return marker == Marker.Forward ? ClauseTense.Forward : ClauseTense.Past;
            }
        }

        int after = first;
        while (after < tokens.Count && tokens[after].Span.Start < mention.End)
        {
            after++;
        }

        for (int i = after; i < tokens.Count; i++)
        {
            var marker = Classify(tokens, i);
            if (marker == Marker.ClauseBoundary)
            {
                break;
            }

            if (marker != Marker.None)
            {
                return marker == Marker.Forward ? ClauseTense.Forward : ClauseTense.Past;
            }
        }

        return ClauseTense.Unmarked;
    }

    private static Marker Classify(IReadOnlyList<Token> tokens, int i)
    {
        string word = tokens[i].Text;
        if (ClauseWords.Contains(word))
        {
            return Marker.ClauseBoundary;
        }

        if (tokens[i].Kind != TokenKind.Word)
        {
            return Marker.None;
        }

        if (ForwardWords.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
        {
            return Marker.Forward;
        }

        bool nextIsTo = i + 1 < tokens.Count && tokens[i + 1].Text is "to" or "for";
        if (ForwardBeforeTo.Contains(word) && nextIsTo)
        {
            return Marker.Forward;
        }

        // "is to meet", "are to vote"; "guidelines to be published" (but not "I want to be clear")
        if ((word is "to" && i > 0 && tokens[i - 1].Text is "is" or "are" or "am")
            || (word is "be" && i > 0 && tokens[i - 1].Text is "to" && i + 1 < tokens.Count && IsParticiple(tokens[i + 1].Text)))
        {
            return Marker.Forward;
        }

        if (PastAuxiliaries.Contains(word))
        {
            return Marker.Past;
        }

        bool irregular = PastWords.Contains(word);
        bool regular = !irregular && word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                       && !word.Contains('-') && !NotPastEd.Contains(word);
        if ((!irregular && !regular) || (i > 0 && ParticipleLeads.Contains(tokens[i - 1].Text)))
        {
            return Marker.None;
        }

        return irregular || IsInVerbPosition(tokens, i) ? Marker.Past : Marker.None;
    }

    // An "-ed" word followed by a lower-case content word is usually an adjective ("armed groups", "preferred
    // shares"); followed by a function word, a name, a number or punctuation it is usually a verb ("attacked the",
    // "captured Laukkaing", "killed five", "surrendered.").
    private static bool IsInVerbPosition(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[i + 1];
        return next.Kind != TokenKind.Word || char.IsUpper(next.Text[0]) || FunctionWords.Contains(next.Text)
               || (i > 0 && SubjectPronouns.Contains(tokens[i - 1].Text)); // "it announced plans"
    }

    private static bool IsParticiple(string word) =>
        PastWords.Contains(word) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase);
}
