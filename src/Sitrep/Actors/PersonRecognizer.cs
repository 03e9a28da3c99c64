namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>
/// Finds named people: 2-4 capitalised words that are not an actor, an outlet or a place, seen in a context that
/// only people have (a speech verb after them, a role in apposition or before them, a title), or known by name.
/// Titles are kept out of the name; a role ties the person to the actor it names ("commander of the MNDAA").
/// </summary>
internal sealed class PersonRecognizer(ActorKnowledgeBase knowledge)
{
    private const int MaxAppositionTokens = 14;

    public List<PersonMention> Find(Document document, IReadOnlyList<bool[]> blockedBySentence, IReadOnlyList<ActorMention> actors, string? focus)
    {
        var people = new List<PersonMention>();
        var known = new Dictionary<string, (string? Role, Actor? Affiliation)>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            var blocked = blockedBySentence[sentence.Index];
            int i = 0;
            while (i < tokens.Count)
            {
                var found = blocked[i] ? null : Recognize(tokens, blocked, i, actors, known, document);
                if (found is null)
                {
                    i++;
                    continue;
                }

                var (person, end) = found.Value;
                if (person.Role is not null || !known.ContainsKey(person.Name))
                {
                    known[person.Name] = (person.Role, person.Affiliation);
                }

                people.Add(person);
                i = end;
            }
        }

        return people;
    }

    private (PersonMention Person, int End)? Recognize(IReadOnlyList<Token> tokens, bool[] blocked, int start,
        IReadOnlyList<ActorMention> actors, Dictionary<string, (string? Role, Actor? Affiliation)> seen, Document document)
    {
        int nameStart = SkipTitles(tokens, start);
        bool titled = nameStart > start;
        if (titled && start > 0 && tokens[start - 1].Lower is "the" or "a" or "an")
        {
            return null; // "the General Administration Department": a title word opening a name of something else
        }

        KnownPerson? knownPerson = null;
        int nameEnd;
        if (MatchKnown(tokens, blocked, nameStart) is { } match)
        {
            (knownPerson, nameEnd) = match;
        }
        else
        {
            nameEnd = NameRunEnd(tokens, blocked, nameStart);
            int length = nameEnd - nameStart;
            if (length == 0 || length > 4 || (!titled && length < 2) || !Plausible(tokens, start, nameStart, nameEnd))
            {
                return null;
            }
        }

        string name = knownPerson?.Name ?? NameText(tokens, nameStart, nameEnd);
        var (role, affiliation) = Apposition(tokens, nameEnd, actors);
        if (role is null)
        {
            (role, affiliation) = PrefixRole(tokens, start, actors, document);
        }

        bool speaks = SpeaksNext(tokens, nameEnd) || (start >= 2 && tokens[start - 1].Text == "to" && tokens[start - 2].Lower == "according");
        if (knownPerson is null && role is null && !titled && !speaks && !seen.ContainsKey(name))
        {
            return null;
        }

        if (role is null && titled)
        {
            role = document.Original[tokens[start].Span.Start..TitleEnd(tokens, start, nameStart)];
        }

        if (role is null && seen.TryGetValue(name, out var earlier))
        {
            (role, affiliation) = earlier;
        }

        affiliation ??= knownPerson?.Affiliation ?? (seen.TryGetValue(name, out var before) ? before.Affiliation : null);
        var span = new TextSpan(tokens[start].Span.Start, EndOfName(tokens, nameEnd));
        return (new PersonMention(span, name, role, affiliation), nameEnd);
    }

    private (KnownPerson Person, int End)? MatchKnown(IReadOnlyList<Token> tokens, bool[] blocked, int start)
    {
        if (start >= tokens.Count || !char.IsUpper(tokens[start].Text[0])
            || !knowledge.PeopleByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[start].Text.AsSpan(), out var list))
        {
            return null;
        }

        foreach (var (names, person) in list)
        {
            if (start + names.Length > tokens.Count)
            {
                continue;
            }

            bool same = true;
            for (int k = 0; k < names.Length && same; k++)
            {
                var text = tokens[start + k].Text.AsSpan();
                if (k == names.Length - 1 && PhraseIndex.PossessiveStemLength(tokens[start + k].Text) is > 0 and var stem)
                {
                    same = text.Equals(names[k], StringComparison.OrdinalIgnoreCase) || text[..stem].Equals(names[k], StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    same = text.Equals(names[k], StringComparison.OrdinalIgnoreCase);
                }

                same &= !blocked[start + k];
            }

            if (same)
            {
                return (person, start + names.Length);
            }
        }

        return null;
    }

    // "Maj. Gen. Zaw Min Tun": skip title words (each optionally with its dot); the last must be a real title.
    private static int SkipTitles(IReadOnlyList<Token> tokens, int start)
    {
        int i = start;
        int lastHead = start;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Word && PersonLexicon.Titles.Contains(tokens[i].Text))
        {
            bool modifier = PersonLexicon.TitleModifiers.Contains(tokens[i].Text);
            i++;
            if (i < tokens.Count && tokens[i].Text == ".")
            {
                i++;
            }

            if (!modifier || tokens[i - 1].Text == ".")
            {
                lastHead = i;
            }
        }

        return lastHead;
    }

    private static int TitleEnd(IReadOnlyList<Token> tokens, int start, int nameStart) =>
        nameStart > start ? tokens[nameStart - 1].Span.End : tokens[start].Span.Start;

    private int NameRunEnd(IReadOnlyList<Token> tokens, bool[] blocked, int start)
    {
        int i = start;
        while (i < tokens.Count && !blocked[i] && i - start < 5)
        {
            var token = tokens[i];
            bool capital = token.Kind == TokenKind.Word && (token.IsCapitalized || (i == 0 && char.IsUpper(token.Text[0])));
            bool particle = token.Kind == TokenKind.Word && i > start && IsParticle(token.Text)
                            && i + 1 < tokens.Count && !blocked[i + 1] && tokens[i + 1].IsCapitalized;
            if (!(capital || particle || (i > start && IsParticle(token.Text) && token.Text.Contains('-'))) || Excluded(token.Text))
            {
                break;
            }

            i++;
        }

        return i;
    }

    // "al-Burhan" counts as a name word; "al", "bin" only between two.
    private static bool IsParticle(string text)
    {
        int hyphen = text.IndexOf('-');
        return PersonLexicon.NameParticles.Contains(hyphen > 0 ? text[..hyphen] : text)
               && (hyphen < 0 || (hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1])));
    }

    private bool Excluded(string word)
    {
        string stem = PhraseIndex.PossessiveStemLength(word) is > 0 and var n ? word[..n] : word;
        return PersonLexicon.OutletWords.Contains(stem) || PersonLexicon.NonPersonWords.Contains(stem)
               || OrganisationFinder.IsOrganisationNoun(stem) || knowledge.CountryWords.Contains(stem)
               || (PersonLexicon.Titles.Contains(stem) && !PersonLexicon.TitleModifiers.Contains(stem))
               || HasCapitalPair(stem);
    }

    // "KIA", "Fighter-SGF": acronyms are not names. Mixed-case Scots names ("McDonald") have no two capitals in a row.
    private static bool HasCapitalPair(string word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsUpper(word[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Plausible(IReadOnlyList<Token> tokens, int start, int nameStart, int nameEnd)
    {
        if (nameEnd < tokens.Count)
        {
            var next = tokens[nameEnd];
            if (next.Kind == TokenKind.Word && (PersonLexicon.OrganisationHeads.Contains(next.Text) || PersonLexicon.OutletWords.Contains(next.Text)))
            {
                return false; // "the rival Kokang group", "Shan Herald News"
            }
        }

        // A determiner before a capitalised run marks a place or an organisation: "the Kokang Autonomous Region".
        return start == 0 || start != nameStart || tokens[start - 1].Lower is not ("the" or "a" or "an");
    }

    private static bool SpeaksNext(IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && PersonLexicon.SpeechVerbs.Contains(tokens[end].Text);

    // "Peng Deren, commander of the MNDAA, said": the phrase between commas, when it holds a role noun.
    private static (string? Role, Actor? Affiliation) Apposition(IReadOnlyList<Token> tokens, int nameEnd, IReadOnlyList<ActorMention> actors)
    {
        if (nameEnd >= tokens.Count || tokens[nameEnd].Text != ",")
        {
            return (null, null);
        }

        int first = nameEnd + 1;
        int last = first;
        bool hasRole = false;
        while (last < tokens.Count && last - first < MaxAppositionTokens && tokens[last].Text is not ("," or "." or ";" or ":" or ")"))
        {
            hasRole |= tokens[last].Kind == TokenKind.Word && PersonLexicon.RoleNouns.Contains(tokens[last].Text);
            last++;
        }

        if (!hasRole || last == first || tokens[first].Lower is "who" or "which" or "where" or "when" or "that" or "and" or "but" or "said")
        {
            return (null, null);
        }

        if (tokens[first].Lower is "the" or "a" or "an")
        {
            first++;
        }

        var span = new TextSpan(tokens[first].Span.Start, tokens[last - 1].Span.End);
        var affiliation = actors.FirstOrDefault(a => a.Actor is not null && span.Contains(a.Span))?.Actor;
        return (string.Join(' ', tokens.Skip(first).Take(last - first).Select(t => t.Text)).Replace(" 's", "'s", StringComparison.Ordinal), affiliation);
    }

    // "Myanmar government spokesman Maj. Gen. Zaw Min Tun", "junta spokesman Zaw Min Tun", "military spokesman X".
    private static (string? Role, Actor? Affiliation) PrefixRole(IReadOnlyList<Token> tokens, int start, IReadOnlyList<ActorMention> actors, Document document)
    {
        int p = start - 1;
        if (p >= 1 && tokens[p].Text == "," && PersonLexicon.RoleNouns.Contains(tokens[p - 1].Text))
        {
            p--;
        }

        if (p < 0 || tokens[p].Kind != TokenKind.Word || !PersonLexicon.RoleNouns.Contains(tokens[p].Text))
        {
            return (null, null);
        }

        string noun = tokens[p].Text.ToLowerInvariant();
        if (p >= 1 && char.IsUpper(tokens[p].Text[0]) && tokens[p - 1].IsCapitalized
            && !OrganisationFinder.IsFunctionWord(tokens[p - 1].Text) && !actors.Any(a => a.Span.Contains(tokens[p - 1].Span)))
        {
            return (document.Original[tokens[p - 1].Span.Start..tokens[p].Span.End], null); // "State Counsellor"
        }

        if (p >= 1)
        {
            int before = tokens[p - 1].Span.End;
            var owner = actors.LastOrDefault(a => a.Actor is not null && (a.Span.End == before || a.Span.End == before - 2));
            if (owner is not null)
            {
                string ownerText = owner.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? owner.Text : "the " + owner.Text;
                return ($"{noun} of {ownerText}", owner.Actor);
            }

            if (tokens[p - 1].Kind == TokenKind.Word && (char.IsLower(tokens[p - 1].Text[0]) || p - 1 == 0)
                && tokens[p - 1].Lower is not ("the" or "a" or "an" or "said" or "told" or "by" or "to" or "and" or "of" or "with"))
            {
                return (document.Original[tokens[p - 1].Span.Start..tokens[p].Span.End], null);
            }
        }

        return (noun, null);
    }

    private static string NameText(IReadOnlyList<Token> tokens, int start, int end)
    {
        var parts = tokens.Skip(start).Take(end - start).Select(t => t.Text).ToArray();
        int stem = PhraseIndex.PossessiveStemLength(parts[^1]);
        if (stem > 0)
        {
            parts[^1] = parts[^1][..stem];
        }

        return string.Join(' ', parts);
    }

    private static int EndOfName(IReadOnlyList<Token> tokens, int nameEnd)
    {
        var last = tokens[nameEnd - 1];
        int stem = PhraseIndex.PossessiveStemLength(last.Text);
        return stem > 0 ? last.Span.Start + stem : last.Span.End;
    }
}
