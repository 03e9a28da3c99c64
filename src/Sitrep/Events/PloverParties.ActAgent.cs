namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>
/// An act named by the subject of a passive whose agent follows: "A nationwide general strike was launched by Nigerian
/// trade unions", "Fresh calls for a halt to the shelling were issued by Secretary-General Ban Ki-moon", "A curfew in
/// Srinagar was eased by Indian authorities". The agent did the act; the words before the passive verb name the act,
/// not its doer.
/// </summary>
internal static partial class PloverParties
{
    // How many words may stand before the act's noun ("A nationwide general strike") and how far after it the
    // passive verb may come ("Fresh calls for a halt to the shelling of civilians trapped in northern Sri Lanka were").
    private const int MaxWordsBeforeAct = 3;
    private const int MaxActPhraseWords = 16;

    // Past participles the -ed test misses.
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "made", "given", "taken", "held", "drawn", "led", "begun", "brought", "sent", "set", "put", "cut", "shut", "thrown",
        "won", "struck", "shot", "issued", "lifted", "broken", "imposed", "read", "spoken", "written", "fought",
    };

    private static PloverParty? ActSubjectAgent(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int at = Tokens.IndexAt(tokens, trigger.Start);
        if (at > MaxWordsBeforeAct || Enumerable.Range(0, at).Any(k => tokens[k].Kind != TokenKind.Word || EndsSubject(tokens[k], k == 0)))
        {
            return null;
        }

        for (int k = at + 1; k < Math.Min(tokens.Count, at + MaxActPhraseWords); k++)
        {
            string word = tokens[k].Lower;
            if (word is "was" or "were" or "is" or "are" or "been")
            {
                int verb = k + 1;
                while (verb < tokens.Count && tokens[verb].Lower.EndsWith("ly", StringComparison.Ordinal))
                {
                    verb++; // "was formally launched"
                }

                bool participle = verb + 1 < tokens.Count && (IsPastForm(tokens[verb].Lower) || IrregularParticiples.Contains(tokens[verb].Lower));
                return participle && tokens[verb + 1].Lower == "by" ? AgentAfter(document, sentence, tokens[verb].Span, "by") : null;
            }

            // The act's phrase ends at a clause's punctuation or an active verb ("The execution of writer Ken Saro-Wiwa
            // drew strong condemnation from ...": no passive). One that names its own doer ("The release of 250
            // Palestinian prisoners by Israel was described by officials as ...") keeps that doer.
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or ";" or ":" || Verbs.Contains(word)
                || word is "that" or "who" or "which" or "by")
            {
                return null;
            }
        }

        return null;
    }
}
