namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>
/// Local units of a network actor, which ACLED names by place: "the Myaing PDF", "Pauk township People's Defense
/// Force", "People Defense Force (Kalay)", "PDF-Kalay" and "People's Defense Force - Nay Pyi Taw" are all
/// "People's Defense Force - &lt;place&gt;"; "the local PDF" is the unnamed local group.
/// </summary>
internal static class LocalUnits
{
    private const int MaxPlaceTokens = 3;

    private static readonly HashSet<string> AdminWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "township", "district", "region", "town", "village", "city", "division",
    };

    /// <summary>Widens a mention of <paramref name="candidate"/>'s actor to its local unit when the text names one.</summary>
    public static Candidate Extend(Candidate candidate, IReadOnlyList<Token> tokens, int earliestStart, ActorKnowledgeBase knowledge)
    {
        var parent = candidate.Actor!;
        int start = candidate.StartToken;
        int end = candidate.EndToken;

        // Joined: "PDF-Myaing", where the acronym ends inside its token.
        var last = tokens[end - 1];
        if (candidate.Span.End < last.Span.End && last.Text[(candidate.Span.End - last.Span.Start)..] is ['-', .. var joined])
        {
            return Unit(candidate, tokens, start, end, joined, knowledge) ?? candidate;
        }

        // Before: "Myaing PDF", "Pauk township People Defense Force".
        int placeEnd = start;
        if (placeEnd - 1 >= earliestStart && AdminWords.Contains(tokens[placeEnd - 1].Text))
        {
            placeEnd--;
        }

        int placeStart = placeEnd;
        while (placeStart - 1 >= earliestStart && placeEnd - placeStart < MaxPlaceTokens && IsPlaceWord(tokens, placeStart - 1, knowledge))
        {
            placeStart--;
        }

        if (placeStart < placeEnd)
        {
            return Unit(candidate, tokens, placeStart, end, Join(tokens, placeStart, placeEnd), knowledge) ?? candidate;
        }

        // After: "People Defense Force (Kalay)", "People's Defense Force - Nay Pyi Taw".
        if (end + 1 < tokens.Count && tokens[end].Text is "(" or "-")
        {
            int after = end + 1;
            while (after < tokens.Count && after - end - 1 < MaxPlaceTokens && IsPlaceWord(tokens, after, knowledge))
            {
                after++;
            }

            bool closed = tokens[end].Text == "-" || (after < tokens.Count && tokens[after].Text == ")");
            if (after > end + 1 && closed)
            {
                int spanEnd = tokens[end].Text == "(" ? after + 1 : after;
                return Unit(candidate, tokens, start, spanEnd, Join(tokens, end + 1, after), knowledge) ?? candidate;
            }
        }

        if (start - 1 >= earliestStart && tokens[start - 1].Lower == "local")
        {
            return Unit(candidate, tokens, start - 1, end, null, knowledge) ?? candidate;
        }

        return candidate;
    }

    private static Candidate? Unit(Candidate candidate, IReadOnlyList<Token> tokens, int start, int end, string? place, ActorKnowledgeBase knowledge)
    {
        var unit = knowledge.LocalUnit(candidate.Actor!, place);
        return unit is null ? null : candidate with
        {
            StartToken = start,
            EndToken = end,
            Span = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End),
            Actor = unit,
        };
    }

    // A capitalised word that can name a township: not a function word, country, acronym or organisation noun.
    private static bool IsPlaceWord(IReadOnlyList<Token> tokens, int i, ActorKnowledgeBase knowledge)
    {
        var token = tokens[i];
        return token.Kind == TokenKind.Word && (token.IsCapitalized || (i == 0 && char.IsUpper(token.Text[0])))
               && !PersonLexicon.NonPersonWords.Contains(token.Text) && !knowledge.CountryWords.Contains(token.Text)
               && !OrganisationFinder.IsOrganisationNoun(token.Text) && !token.Text.All(c => char.IsUpper(c) || c == '-')
               && !PersonLexicon.Titles.Contains(token.Text);
    }

    private static string Join(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
}
