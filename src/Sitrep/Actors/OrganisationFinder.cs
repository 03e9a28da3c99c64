namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>
/// Finds organisation-like names the knowledge base does not know: a run of capitalised words ending in an
/// organisation noun ("Bangladesh National Liberation Movement"), optionally followed by its acronym in brackets.
/// They become unresolved mentions for an analyst to review, never confident actors; a later bare use of the
/// bracketed acronym is flagged the same way.
/// </summary>
internal static class OrganisationFinder
{
    internal const string ReviewNote = "not in the knowledge base; review";

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.Ordinal)
    {
        "Army", "Movement", "Front", "Alliance", "Council", "Party", "Brigade", "Brigades", "Force", "Forces", "Group",
        "Organization", "Organisation", "Militia", "Militias", "Coalition", "League", "Battalion",
    };

    // Words that may sit inside a name between capitalised words: "Front for the Liberation of ...".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "de", "al", "el", "du", "des" };

    // Capitalised words that start sentences or phrases but never an organisation's name.
    private static readonly HashSet<string> NonInitial = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "in", "on", "at", "by", "for",
        "from", "with", "but", "and", "or", "as", "after", "before", "when", "while", "according", "some", "many", "several",
        "both", "each", "other", "if", "since", "during", "meanwhile", "however", "also", "then",
    };

    internal static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word);

    /// <summary>True for a determiner, pronoun, preposition or conjunction that may be capitalised at a sentence start.</summary>
    internal static bool IsFunctionWord(string word) => NonInitial.Contains(word);

    internal static bool IsAllianceName(string name) =>
        name.EndsWith("Alliance", StringComparison.Ordinal) || name.EndsWith("Coalition", StringComparison.Ordinal)
        || name.Contains("Alliance (", StringComparison.Ordinal) || name.Contains("Coalition (", StringComparison.Ordinal);

    /// <summary>Unknown organisations in one sentence, skipping tokens that knowledge-base names or acronyms cover.</summary>
    public static List<Candidate> Find(IReadOnlyList<Token> tokens, int sentence, IReadOnlyList<Candidate> known, Dictionary<string, string> acronyms)
    {
        var covered = new bool[tokens.Count];
        foreach (var c in known.Where(c => c.Match is ActorMatch.Name or ActorMatch.Acronym or ActorMatch.Unresolved))
        {
            Array.Fill(covered, true, c.StartToken, c.EndToken - c.StartToken);
        }

        var found = new List<Candidate>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (!covered[i] && tokens[i].Kind == TokenKind.Word && acronyms.TryGetValue(tokens[i].Text, out string? full))
            {
                found.Add(Unresolved(tokens, sentence, i, i + 1, full, $"acronym of \"{full}\", which is {ReviewNote}"));
                i++;
                continue;
            }

            if (covered[i] || !IsNameWord(tokens, i) || NonInitial.Contains(tokens[i].Text))
            {
                i++;
                continue;
            }

            int lastNoun = -1;
            int j = i;
            while (j < tokens.Count && !covered[j])
            {
                if (IsNameWord(tokens, j))
                {
                    if (OrganisationNouns.Contains(tokens[j].Text))
                    {
                        lastNoun = j;
                    }

                    j++;
                    if (IsOwnerPossessive(tokens[j - 1].Text) && lastNoun < 0)
                    {
                        i = j; // "Aung San Suu Kyi's National League ...": the owner is not part of the name
                    }
                }
                else if (Connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && !covered[j + 1] && IsNameWord(tokens, j + 1))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (lastNoun <= i)
            {
                i++;
                continue;
            }

            int end = lastNoun + 1;
            if (end < j && Connectors.Contains(tokens[end].Text))
            {
                end = j; // "National League for Democracy", "Popular Front for the Liberation of Palestine"
            }

            string name = Text(tokens, i, end);
            if (end + 2 < tokens.Count && tokens[end].Text == "(" && tokens[end + 2].Text == ")" && IsAcronym(tokens[end + 1].Text))
            {
                acronyms.TryAdd(tokens[end + 1].Text, name);
                end += 3;
            }

            found.Add(Unresolved(tokens, sentence, i, end, name, ReviewNote));
            i = end;
        }

        return found;
    }

    private static Candidate Unresolved(IReadOnlyList<Token> tokens, int sentence, int start, int end, string name, string note) =>
        new(sentence, start, end, new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End), null, ActorMatch.Unresolved,
            note, AnaphorClass.None, [], name);

    // A capitalised word; at the start of a sentence any capital counts, since the tokenizer cannot tell.
    private static bool IsNameWord(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && (tokens[i].IsCapitalized || (i == 0 && char.IsUpper(tokens[i].Text[0])));

    // A possessive that belongs to an owner, not to the name: "Kyi's", unlike "People's" or "Women's".
    private static bool IsOwnerPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) && word is not ("People's" or "Women's" or "Children's" or "Workers'" or "Youth's");

    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 10 && text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');

    private static string Text(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
}
