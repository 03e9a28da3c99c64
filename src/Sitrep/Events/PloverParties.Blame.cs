namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>
/// The target of a disapproval. PLOVER codes whom a condemnation blames, not the act condemned, where it happened or its
/// victims: "Albania denounced ... Serbia's suppression of ethnic Albanian unrest" is against Serbia, "Lebanon complained
/// to the United Nations over two Israeli air raids" against the Israelis.
/// </summary>
internal static partial class PloverParties
{
    // Verbs of blame after the condemnation itself: "..., blaming Armenian forces for the attack", "holding Israel
    // responsible", "accusing the Bosnian Serb army of slaughtering", "and criticised Israel for moving its forces".
    private static readonly HashSet<string> BlameVerbs = new(StringComparer.Ordinal)
    {
        "blaming", "blamed", "accusing", "accused", "holding", "held", "criticised", "criticized", "criticising", "criticizing",
    };

    // "holding Israel responsible": a verb of holding blames only with "responsible" after it.
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal) { "holding", "held" };

    // "Israel bore responsibility", "the Bosnian Serbs were most likely responsible", "for which Saudi Arabia is
    // responsible", "the army was behind the killings".
    private static readonly HashSet<string> BearingVerbs = new(StringComparer.Ordinal)
    {
        "bore", "bears", "bear", "was", "were", "is", "are", "be",
    };

    private static readonly HashSet<string> ResponsibilityHedges = new(StringComparer.Ordinal)
    {
        "most", "likely", "probably", "directly", "fully", "solely", "ultimately", "partly", "also", "not",
    };

    // Nouns of violent or repressive acts whose doer a disapproval blames: "the shooting of mourners ... by Indonesian
    // troops", "two Israeli air raids", "Serbia's suppression of ...".
    private static readonly HashSet<string> BlamedActs = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "shooting", "shootings", "killing", "killings", "massacre", "abduction", "abductions",
        "kidnapping", "kidnappings", "detention", "arrest", "arrests", "bombing", "bombings", "shelling", "raid", "raids",
        "strike", "strikes", "execution", "executions", "murder", "assassination", "slaughter", "torture", "invasion",
        "occupation", "suppression", "crackdown", "expulsion", "massing", "incursion", "blockade",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "they", "he", "she", "we", "them", "him", "her", "its", "their", "no", "nobody", "none",
    };

    /// <summary>
    /// The target of a disapproval when its words name whom it blames, else <paramref name="target"/>: an object right
    /// after the verb or its "with" ("lodged a protest with Washington, ... blaming the Americans") stays; an explicit
    /// blame comes next; then the doer of the act condemned.
    /// </summary>
    private static PloverParty? BlamedOr(Document document, Sentence sentence, TextSpan trigger, PloverParty? target, bool passive)
    {
        var tokens = sentence.Tokens;
        if (!passive && target is not null && IsDirectObject(tokens, trigger, target))
        {
            return target;
        }

        return ExplicitlyBlamed(document, tokens, Tokens.IndexAt(tokens, trigger.End)) ?? ActDoer(document, sentence, trigger) ?? target;
    }

    // The party right after the verb (past an article or "with"): "condemned Israel", "protested with Albania".
    private static bool IsDirectObject(IReadOnlyList<Token> tokens, TextSpan trigger, PloverParty target)
    {
        int k = Tokens.IndexAt(tokens, trigger.End);
        while (k < tokens.Count && (Tokens.IsDeterminer(tokens[k]) || tokens[k].Lower is "with" or "on" or "at" or "against"))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Span.Start >= target.Span.Start && tokens[k].Span.Start < target.Span.End;
    }

    private static PloverParty? ExplicitlyBlamed(Document document, IReadOnlyList<Token> tokens, int from)
    {
        for (int i = from; i < tokens.Count; i++)
        {
            string word = tokens[i].Lower;
            if (BlameVerbs.Contains(word) && PartyStarting(document, tokens, i + 1) is { } blamed
                && (!HoldingVerbs.Contains(word) || Enumerable.Range(i + 2, 6).Any(k => k < tokens.Count && tokens[k].Lower == "responsible")))
            {
                return blamed;
            }

            if (word is "responsible" or "responsibility" or "behind" && Bearer(document, tokens, i, from) is { } bearer)
            {
                return bearer;
            }
        }

        return null;
    }

    // The noun phrase before "bore" or "was" in "Israel bore responsibility", "the Bosnian Serbs were most likely
    // responsible", "paramilitary gangs were behind it".
    private static PloverParty? Bearer(Document document, IReadOnlyList<Token> tokens, int responsible, int floor)
    {
        int k = responsible - 1;
        while (k > floor && ResponsibilityHedges.Contains(tokens[k].Lower))
        {
            k--;
        }

        if (k <= floor || !BearingVerbs.Contains(tokens[k].Lower) || Pronouns.Contains(tokens[k - 1].Lower) || IsClauseBoundary(tokens[k - 1]))
        {
            return null;
        }

        return NameEndingAt(document, tokens, k - 1, floor);
    }

    /// <summary>
    /// The doer of a violent act the sentence names: after "by" ("the abduction of more than 200 schoolgirls from Chibok
    /// by Boko Haram militants") or as the name before the act noun ("two Israeli air raids", "Serbia's suppression").
    /// The trigger's own agent ("was condemned by U.S. President Bill Clinton") is the source, not the doer.
    /// </summary>
    private static PloverParty? ActDoer(Document document, Sentence sentence, TextSpan trigger)
    {
        var tokens = sentence.Tokens;
        int verb = Tokens.IndexAt(tokens, trigger.Start);
        for (int a = 0; a < tokens.Count; a++)
        {
            if (a == verb || !BlamedActs.Contains(tokens[a].Lower))
            {
                continue;
            }

            if (NameBeforeAct(document, tokens, a) is { } named)
            {
                return named;
            }

            for (int b = a + 1; b < Math.Min(tokens.Count, a + 12) && b != verb; b++)
            {
                var token = tokens[b];
                // A verb or participle between ends the act's phrase: in "the suppression of protests led by
                // Buddhist monks" the monks led the protests.
                if ((token.Kind == TokenKind.Punctuation && !IsInitialsDot(tokens, b)) || IsVerbLike(token))
                {
                    break;
                }

                if (token.Lower == "by")
                {
                    var doer = Agent(document, sentence, tokens[b - 1].Span);
                    return doer is not null && !Pronouns.Contains(doer.Text.Split(' ')[0].ToLowerInvariant()) ? doer : null;
                }
            }
        }

        return null;
    }

    private static bool IsVerbLike(Token token) =>
        token is { Kind: TokenKind.Word, IsCapitalized: false }
        && (Verbs.Contains(token.Lower) || token.Lower is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "that" or "which" or "who"
            || IsPastForm(token.Lower));

    // "Israeli air raids", "Serbia's suppression", "Russia's massing of troops": a name (not the sentence's first word)
    // right before the act noun or one lower-case word before it.
    private static PloverParty? NameBeforeAct(Document document, IReadOnlyList<Token> tokens, int act)
    {
        int k = act - 1;
        if (k > 0 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && !Tokens.IsDeterminer(tokens[k]))
        {
            k--;
        }

        if (k <= 0 || !IsNameWord(tokens[k]))
        {
            return null;
        }

        int start = k;
        while (start - 1 > 0 && IsNameWord(tokens[start - 1]))
        {
            start--;
        }

        return Party(document, tokens[start].Span.Start, tokens[k].Span.End);
    }
}
