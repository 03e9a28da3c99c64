namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>What an anaphor can refer back to.</summary>
internal enum AnaphorClass
{
    /// <summary>Not an anaphor.</summary>
    None,
    /// <summary>"the coalition", "the alliance": the most recent alliance.</summary>
    Alliance,
    /// <summary>"the group", "its fighters": the most recent non-state armed actor.</summary>
    Group,
    /// <summary>"the rebels", "the insurgents": the most recent rebel group or militia.</summary>
    Rebels,
    /// <summary>"its troops", "its forces": the most recent armed actor, a state's forces or a rebel group.</summary>
    Forces,
}

/// <summary>
/// One way a phrase can point to an actor. <paramref name="Surface"/> keeps the phrase's tokens as written, so a
/// case-sensitive entry (an acronym) can be checked against the text.
/// </summary>
/// <param name="NeedsScope">True for a generic description that applies only in documents about the actor's countries.</param>
/// <param name="Actor">The actor, or for an anaphor the actor to fall back on when nothing compatible precedes it.</param>
internal sealed record PhraseEntry(Actor? Actor, ActorMatch Match, bool CaseSensitive, bool NeedsScope, AnaphorClass Anaphor, string[] Surface);

/// <summary>A phrase found at a position: where it ends and the entries it may stand for.</summary>
internal readonly record struct PhraseHit(int EndToken, int EndChar, bool Possessive, IReadOnlyList<PhraseEntry> Entries);

/// <summary>
/// A token trie over knowledge-base phrases. Keys are compared ignoring case through span look-ups, so matching
/// allocates no per-token strings; case-sensitive entries are checked against their surface form afterwards.
/// </summary>
internal sealed class PhraseIndex
{
    private static readonly StrayCapitalLexicon NoStrayCapitals = new([]);
    private readonly Node _root = new();

    /// <summary>Splits a phrase into the same tokens the Text stage produces for a document.</summary>
    public static string[] Tokens(string phrase)
    {
        string normalized = TextNormalizer.Normalize(phrase);
        return Tokenizer.Tokenize(normalized, new TextSpan(0, normalized.Length), NoStrayCapitals).Select(t => t.Text).ToArray();
    }

    public void Add(string[] tokens, PhraseEntry entry)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (string token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Children.Add(token, next);
            }

            node = next;
        }

        node.Entries ??= [];
        if (!node.Entries.Contains(entry))
        {
            node.Entries.Add(entry);
        }
    }

    /// <summary>
    /// Every phrase that starts at <paramref name="start"/>, longest first. A final token in the possessive
    /// ("junta's", "rebels'") also matches the phrase without its "'s", and the hit ends before the apostrophe.
    /// </summary>
    public List<PhraseHit> Match(IReadOnlyList<Token> tokens, int start, Func<int, bool> isBlocked)
    {
        var hits = new List<PhraseHit>();
        var node = _root;
        for (int i = start; i < tokens.Count && node.Children is not null && !isBlocked(i); i++)
        {
            var token = tokens[i];
            var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            int stem = PossessiveStemLength(token.Text);
            if (stem > 0 && lookup.TryGetValue(token.Text.AsSpan(0, stem), out var stemNode) && stemNode.Entries is { } stemEntries)
            {
                hits.Add(new PhraseHit(i + 1, token.Span.Start + stem, true, stemEntries));
            }

            if (!lookup.TryGetValue(token.Text.AsSpan(), out var next))
            {
                int prefix = i == start ? HyphenatedAcronymLength(token.Text) : 0;
                if (prefix > 0 && lookup.TryGetValue(token.Text.AsSpan(0, prefix), out var prefixNode) && prefixNode.Entries is { } prefixEntries)
                {
                    hits.Add(new PhraseHit(i + 1, token.Span.Start + prefix, false, prefixEntries));
                }

                break;
            }

            node = next;
            if (node.Entries is { } entries)
            {
                hits.Add(new PhraseHit(i + 1, token.Span.End, false, entries));
            }
        }

        hits.Reverse();
        return hits;
    }

    /// <summary>True when the text tokens of a hit spell the entry's surface exactly (for case-sensitive entries).</summary>
    public static bool SameCase(PhraseEntry entry, IReadOnlyList<Token> tokens, int start, PhraseHit hit)
    {
        for (int k = 0; k < entry.Surface.Length; k++)
        {
            var token = tokens[start + k];
            var text = token.Text.AsSpan();
            if (start + k == hit.EndToken - 1 && hit.EndChar < token.Span.End)
            {
                text = text[..(hit.EndChar - token.Span.Start)]; // "junta's", "PDF-Myaing"
            }

            if (!text.SequenceEqual(entry.Surface[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "PDF-Myaing" -> 3: an acronym joined by a hyphen to a capitalised name, as local units are often written;
    /// "HTS-led" -> 3 and "STC-aligned" -> 3: forces led by or aligned with the group act as it (ACLED codes the
    /// group); "SAC-appointed" (an administrator, a civilian), "Ta'ang" and "Hpa-an" -> 0.
    /// </summary>
    internal static int HyphenatedAcronymLength(string token)
    {
        int dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash < 2 || dash > 6 || dash + 1 >= token.Length
            || !(char.IsUpper(token[dash + 1]) || token.AsSpan(dash + 1) is "led" or "aligned" or "allied" or "affiliated"))
        {
            return 0;
        }

        for (int k = 0; k < dash; k++)
        {
            if (!char.IsUpper(token[k]))
            {
                return 0;
            }
        }

        return dash;
    }

    // "junta's" -> 5, "rebels'" -> 6, "army" -> 0
    internal static int PossessiveStemLength(string token)
    {
        if (token.Length > 2 && token.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            return token.Length - 2;
        }

        return token.Length > 1 && token[^1] == '\'' ? token.Length - 1 : 0;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<PhraseEntry>? Entries;
    }
}
