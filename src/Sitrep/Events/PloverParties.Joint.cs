namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>
/// Acts two sides do together: "Afghanistan and Pakistan signed accords in Geneva", "Reagan and Gorbachev opened talks
/// in Reykjavik", "Moldovan troops and separatist militiamen traded artillery fire". PLOVER's coders mark both sides as
/// source and target; Sitrep names the first as source and the second as target, so the target is the other side and
/// not the place the act happened in.
/// </summary>
internal static partial class PloverParties
{
    // Categories whose act can be mutual; a one-sided act of two allies ("The United States and Britain charged two
    // Libyan agents", "South African troops and UNITA rebels shelled Angolan government troops") keeps its object.
    private static readonly HashSet<string> JointCategories = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "FIGHT",
    };

    // Words between the subject and just after the trigger that make the act mutual.
    private static readonly HashSet<string> MutualWords = new(StringComparer.Ordinal)
    {
        "agree", "agreed", "agrees", "signed", "sign", "signs", "talks", "negotiations", "met", "meet", "meets", "joint",
        "traded", "trade", "exchanged", "exchange", "clashed", "clash", "fought", "ties", "relations", "truce", "ceasefire",
        "cease-fire",
    };

    // How far after the trigger a mutual word may come: "opened two days of talks", "launched their first joint".
    private const int MutualReach = 5;

    /// <summary>The two sides of a mutual act whose subject joins them with "and"; null for any other act or subject.</summary>
    private static (PloverParty Source, PloverParty Target)? JointSides(Document document, Sentence sentence, TextSpan trigger, string? category, PloverParty? subject)
    {
        if (subject is null || category is null || !JointCategories.Contains(category) || !IsMutual(sentence.Tokens, subject, trigger))
        {
            return null;
        }

        var tokens = sentence.Tokens;
        int first = Tokens.IndexAt(tokens, subject.Span.Start);
        int last = Tokens.IndexAt(tokens, subject.Span.End) - 1;
        int and = -1;
        for (int k = first + 1; k < last; k++)
        {
            if (tokens[k].Lower == "and")
            {
                if (and >= 0)
                {
                    return null; // "Britain, France and Germany": three sides, no one other side
                }

                and = k;
            }
        }

        if (and < 0)
        {
            return null;
        }

        int after = and + 1;
        if (after <= last && tokens[after].Lower is "its" or "their" or "his" or "her")
        {
            after++; // "Tajikistan's government and its Islamic opposition", "and his Rwandan counterpart"
        }

        // The words after "and" must open a party of their own, which may run past a subject cut at its length limit
        // ("Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin").
        var other = PartyStarting(document, tokens, after);
        if (other is null || other.Span.End > trigger.Start)
        {
            return null;
        }

        // The rest of the subject is the second side's words ("Russian-speaking separatist militiamen", not just the
        // name), and so are the words up to the verb where the subject was cut at its length limit ("his Rwandan
        // counterpart Louise Mushikiwabo").
        int end = Math.Max(Tokens.IndexAt(tokens, other.Span.End) - 1, last);
        while (end + 1 < tokens.Count && tokens[end + 1].Span.Start < trigger.Start && !EndsSubject(tokens[end + 1], false))
        {
            end++;
        }

        return (Party(document, subject.Span.Start, tokens[and - 1].Span.End), Party(document, other.Span.Start, tokens[end].Span.End));
    }

    // From the subject's end, as the trigger may be a later noun ("traded artillery and mortar fire", "signed a
    // comprehensive peace agreement").
    private static bool IsMutual(IReadOnlyList<Token> tokens, PloverParty subject, TextSpan trigger)
    {
        int start = Tokens.IndexAt(tokens, subject.Span.End);
        int end = Math.Min(tokens.Count, Tokens.IndexAt(tokens, trigger.End) + MutualReach);
        for (int k = start; k < end; k++)
        {
            if (MutualWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
