namespace Sitrep.Events;

/// <summary>
/// Derives from a trigger pattern literal keywords one of which every match of the pattern contains ("clash",
/// "fought", "firefight", ... for the clash row), so a sentence holding none of them need not be scanned with the
/// pattern. The derivation reads the pattern's syntax (groups, alternation, quantifiers, character classes, escapes,
/// lookarounds); anything it does not understand, a part that can match text it cannot list (<c>\w+</c>, <c>.</c>,
/// <c>[a-z]</c>) where no literal stands beside it, or a keyword shorter than <see cref="MinLength"/> characters
/// gives no keywords, and the pattern then runs on every sentence.
/// </summary>
internal static class TriggerKeywords
{
    /// <summary>Shortest useful keyword: one or two letters occur in nearly every sentence.</summary>
    public const int MinLength = 3;

    /// <summary>A keyword this long is rare enough that more length buys little selectivity.</summary>
    private const int RareLength = 6;

    /// <summary>Most strings a part is expanded to ("(a |an |the )?(army |military )?base" is 12).</summary>
    private const int MaxStrings = 16;

    /// <summary>The keywords of a pattern, or null when it has none it can prove (the pattern must always run).</summary>
    public static string[]? Derive(string pattern)
    {
        Info info;
        try
        {
            var parser = new Parser(pattern);
            info = parser.ParseAlternation();
            if (!parser.AtEnd)
            {
                return null; // an unbalanced ')'
            }
        }
        catch (UnsupportedSyntax)
        {
            return null;
        }

        var keywords = info.Exact ?? info.Factors;
        return keywords is null || keywords.Any(k => k.Length < MinLength) ? null : [.. Minimal(keywords)];
    }

    /// <summary>
    /// What is known of the text a part of a pattern matches: exactly one of <see cref="Exact"/>; or, when that set is
    /// unknown, some string of <see cref="Factors"/> within it; or nothing (both null).
    /// </summary>
    private sealed record Info(IReadOnlyCollection<string>? Exact, IReadOnlyCollection<string>? Factors)
    {
        public static readonly Info Unknown = new(null, null);

        public static readonly Info Empty = new(new[] { "" }, null);

        public static Info OneOf(IReadOnlyCollection<string> strings) => new(strings, null);

        /// <summary>A factor set holding "" says nothing: every text contains the empty string.</summary>
        public static Info Containing(IReadOnlyCollection<string>? strings) =>
            strings is null || strings.Contains("") ? Unknown : new(null, strings);

        /// <summary>The strings one of which every match contains, or null.</summary>
        public IReadOnlyCollection<string>? Keywords => Exact ?? Factors;
    }

    private sealed class UnsupportedSyntax : Exception;

    /// <summary>Drops strings that contain another of the set: a text containing "clashes" contains "clash".</summary>
    private static List<string> Minimal(IReadOnlyCollection<string> strings)
    {
        // Sorted, a string follows the strings it begins with: one pass drops most ("clashes" after "clash").
        var sorted = strings.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var prefixFree = new List<string>();
        foreach (string s in sorted)
        {
            if (prefixFree.Count == 0 || !s.StartsWith(prefixFree[^1], StringComparison.Ordinal))
            {
                prefixFree.Add(s);
            }
        }

        return prefixFree.FindAll(s => !prefixFree.Exists(t => t.Length < s.Length && s.Contains(t, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The most selective keyword set: the longer its shortest member, up to <see cref="RareLength"/>, then the fewer
    /// its members, the better ("killed " over "civilians|villagers|residents"); the first of equals.
    /// </summary>
    private static IReadOnlyCollection<string> MostSelective(List<IReadOnlyCollection<string>> sets)
    {
        // Plain loops rather than MaxBy over a tuple key: a value-type instantiation of a LINQ generic is compiled
        // at run time, and the lexicon is loaded at every cold start.
        IReadOnlyCollection<string> best = sets[0];
        int bestShortest = -1;
        foreach (var set in sets)
        {
            int shortest = int.MaxValue;
            foreach (string s in set)
            {
                shortest = Math.Min(shortest, s.Length);
            }

            shortest = set.Count == 0 ? 0 : Math.Min(RareLength, shortest);
            if (shortest > bestShortest || (shortest == bestShortest && set.Count < best.Count))
            {
                (best, bestShortest) = (set, shortest);
            }
        }

        return best;
    }

    private static Info Concatenation(List<Info> parts)
    {
        // Runs of parts with exact sets combine ("withdr" + "a|e" + "w" is "withdraw|withdrew"); a part without one,
        // or a product too large, ends the run. Every match contains a match of each run and each part, so the most
        // selective of them gives the keywords.
        var candidates = new List<IReadOnlyCollection<string>>();
        List<string> run = [""];
        bool broken = false;
        foreach (var part in parts)
        {
            if (part.Exact is { } exact && run.Count * exact.Count <= MaxStrings)
            {
                run = Product(run, exact);
                continue;
            }

            broken = true;
            candidates.Add(run);
            run = part.Exact is { } tooMany ? [.. tooMany] : [""];
            if (part.Factors is { } factors)
            {
                candidates.Add(factors);
            }
        }

        if (!broken)
        {
            return Info.OneOf(run);
        }

        candidates.Add(run);
        return Info.Containing(MostSelective(candidates));
    }

    private static List<string> Product(List<string> prefixes, IReadOnlyCollection<string> suffixes)
    {
        var product = new List<string>(prefixes.Count * suffixes.Count);
        foreach (string prefix in prefixes)
        {
            foreach (string suffix in suffixes)
            {
                string joined = prefix + suffix;
                if (!product.Contains(joined))
                {
                    product.Add(joined);
                }
            }
        }

        return product;
    }

    private static Info Alternation(List<Info> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        if (branches.All(b => b.Exact is not null))
        {
            var union = branches.SelectMany(b => b.Exact!).Distinct(StringComparer.Ordinal).ToList();
            if (union.Count <= MaxStrings)
            {
                return Info.OneOf(union);
            }
        }

        // A match is a match of one branch, so it contains a keyword of that branch; a branch without keywords
        // leaves the whole alternation without.
        return branches.Any(b => b.Keywords is null) ? Info.Unknown : Info.Containing(branches.SelectMany(b => b.Keywords!).ToList());
    }

    private static Info Repeat(Info part, int min, int max)
    {
        if (min == 1 && max == 1)
        {
            return part;
        }

        if (min == 0)
        {
            return max == 1 && part.Exact is { } exact ? Info.OneOf([.. exact.Append("").Distinct(StringComparer.Ordinal)]) : Info.Unknown;
        }

        // At least one repetition: a match contains a match of the part.
        return Info.Containing(part.Keywords);
    }

    /// <summary>A recursive-descent reader of the .NET regex syntax the lexicon uses.</summary>
    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        private char Peek => _at < pattern.Length ? pattern[_at] : '\0';

        public Info ParseAlternation()
        {
            var branches = new List<Info> { ParseConcatenation() };
            while (Peek == '|')
            {
                _at++;
                branches.Add(ParseConcatenation());
            }

            return Alternation(branches);
        }

        private Info ParseConcatenation()
        {
            var parts = new List<Info>();
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var atom = ParseAtom();
                parts.Add(ParseQuantifier(atom));
            }

            return Concatenation(parts);
        }

        private Info ParseQuantifier(Info atom)
        {
            while (true)
            {
                (int min, int max) = Peek switch
                {
                    '?' => (0, 1),
                    '*' => (0, int.MaxValue),
                    '+' => (1, int.MaxValue),
                    '{' => ReadBraces(),
                    _ => (-1, -1),
                };
                if (min < 0)
                {
                    return atom;
                }

                _at++; // the quantifier's last character
                if (Peek == '?')
                {
                    _at++; // lazy: the same strings
                }

                atom = Repeat(atom, min, max);
            }
        }

        // "{2}", "{0,3}", "{1,}"; a brace that is no quantifier is a literal, which the lexicon never writes.
        private (int Min, int Max) ReadBraces()
        {
            int close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                throw new UnsupportedSyntax();
            }

            string[] bounds = pattern[(_at + 1)..close].Split(',');
            if (bounds.Length > 2 || !int.TryParse(bounds[0], out int min))
            {
                throw new UnsupportedSyntax();
            }

            int max = bounds.Length == 1 ? min : bounds[1].Length == 0 ? int.MaxValue : int.TryParse(bounds[1], out int m) ? m : throw new UnsupportedSyntax();
            _at = close; // the caller steps over the closing brace
            return (min, max);
        }

        private Info ParseAtom()
        {
            char c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass();
                case '\\':
                    return ParseEscape();
                case '.':
                    return Info.Unknown;
                case '^' or '$':
                    return Info.Empty;
                case '*' or '+' or '?' or '{' or '}' or ']':
                    throw new UnsupportedSyntax();
                default:
                    return Info.OneOf([ReadLiteral()]);
            }
        }

        // "clash" in "clash(es|ed)?" as one part; the last letter stays apart when a quantifier follows it ("rpgs?").
        private string ReadLiteral()
        {
            int start = _at - 1;
            while (!AtEnd && !IsSpecial(Peek))
            {
                _at++;
            }

            if (_at - start > 1 && Peek is '?' or '*' or '+' or '{')
            {
                _at--;
            }

            return pattern[start.._at];
        }

        private static bool IsSpecial(char c) => c is '\\' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '?' or '*' or '+' or '.' or '^' or '$';

        private Info ParseGroup()
        {
            bool zeroWidth = false;
            if (Peek == '?')
            {
                var rest = pattern.AsSpan(_at);
                if (rest.StartsWith("?:", StringComparison.Ordinal))
                {
                    _at += 2;
                }
                else if (rest.StartsWith("?=", StringComparison.Ordinal) || rest.StartsWith("?!", StringComparison.Ordinal))
                {
                    _at += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?<!", StringComparison.Ordinal))
                {
                    _at += 3;
                    zeroWidth = true;
                }
                else
                {
                    throw new UnsupportedSyntax(); // named groups, inline options, conditionals, atomic groups
                }
            }

            var inner = ParseAlternation();
            if (Peek != ')')
            {
                throw new UnsupportedSyntax();
            }

            _at++;
            return zeroWidth ? Info.Empty : inner; // a lookaround consumes nothing, whatever it looks at
        }

        private Info ParseEscape()
        {
            if (AtEnd)
            {
                throw new UnsupportedSyntax();
            }

            char c = pattern[_at++];
            return c switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Info.Empty,
                'd' or 'D' or 'w' or 'W' or 's' or 'S' => Info.Unknown,
                't' => Info.OneOf(["\t"]),
                'n' => Info.OneOf(["\n"]),
                'r' => Info.OneOf(["\r"]),
                _ when !char.IsAsciiLetterOrDigit(c) => Info.OneOf([c.ToString()]),
                _ => throw new UnsupportedSyntax(), // \p{..}, \x41, \u0041, back-references
            };
        }

        // "[ae]", "[- ]", "[sz]": the few characters a class allows; a negated or wide class is unknown.
        private Info ParseClass()
        {
            var chars = new List<char>();
            bool known = true;
            if (Peek == '^')
            {
                _at++;
                known = false;
            }

            bool first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                char c = pattern[_at++];
                if (c == '\\')
                {
                    char e = AtEnd ? throw new UnsupportedSyntax() : pattern[_at++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                    {
                        known = false;
                        continue;
                    }

                    if (char.IsAsciiLetterOrDigit(e))
                    {
                        throw new UnsupportedSyntax(); // \p{..}, \x41, \u0041, \b
                    }

                    c = e;
                }

                if (Peek == '-' && _at + 1 < pattern.Length && pattern[_at + 1] != ']')
                {
                    char to = pattern[_at + 1];
                    if (to is '\\' or '[')
                    {
                        throw new UnsupportedSyntax();
                    }

                    _at += 2;
                    if (to - c > 8)
                    {
                        known = false;
                    }
                    else
                    {
                        for (char r = c; r <= to; r++)
                        {
                            chars.Add(r);
                        }
                    }

                    continue;
                }

                chars.Add(c);
            }

            if (Peek != ']')
            {
                throw new UnsupportedSyntax();
            }

            _at++;
            if (!known || chars.Count == 0)
            {
                return Info.Unknown;
            }

            var strings = new List<string>();
            foreach (char ch in chars)
            {
                string one = ch.ToString();
                if (!strings.Contains(one))
                {
                    strings.Add(one);
                }
            }

            return Info.OneOf(strings);
        }
    }
}
