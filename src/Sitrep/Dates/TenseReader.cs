using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Dates;

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
        "will", "won't", "shall", "due", "expected", "scheduled", "slated", "poised", "upcoming", "plans", "plan",
        "planning", "intends", "intend");

    // Words that look forward only before "to"/"for": "is set to", "is going to", "is likely to".
    private static readonly FrozenSet<string> ForwardBeforeTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "set", "going", "likely", "about");

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

    // "-ed" words that are not verbs.
    private static readonly FrozenSet<string> NotPastEd = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "need", "seed", "speed", "feed", "bed", "red", "shed", "united", "hundred", "indeed", "naked", "sacred", "wicked");

    /// <summary>True when the clause around <paramref name="mention"/> in <paramref name="sentence"/> looks forward.</summary>
    public static bool PointsForward(Sentence sentence, TextSpan mention)
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
                return marker == Marker.Forward;
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
                return marker == Marker.Forward;
            }
        }

        return false;
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

        // "is to meet", "are to vote"
        if (word is "to" && i > 0 && tokens[i - 1].Text is "is" or "are" or "am")
        {
            return Marker.Forward;
        }

        if (PastAuxiliaries.Contains(word))
        {
            return Marker.Past;
        }

        bool pastForm = PastWords.Contains(word)
            || (word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.Contains('-')
                && !NotPastEd.Contains(word));
        if (pastForm && (i == 0 || !ParticipleLeads.Contains(tokens[i - 1].Text)))
        {
            return Marker.Past;
        }

        return Marker.None;
    }
}
