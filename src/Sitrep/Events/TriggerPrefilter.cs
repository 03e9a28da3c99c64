using System.Buffers;
using System.Text.RegularExpressions;

namespace Sitrep.Events;

/// <summary>
/// Tells which trigger patterns can match a sentence: those with a keyword in it (<see cref="TriggerKeywords"/>),
/// found in one vectorised multi-string search, and those without keywords, which always run. A pattern left out
/// has no match in the sentence, so scanning only the patterns selected finds exactly what scanning all of them does.
/// </summary>
internal sealed class TriggerPrefilter
{
    private readonly int _count;
    private readonly int[] _alwaysRun;
    private readonly SearchValues<string>? _keywords;

    /// <summary>The keywords by their first two characters, each with the patterns it selects.</summary>
    private readonly Dictionary<int, List<Keyword>> _byPrefix = [];

    private TriggerPrefilter(int count, int[] alwaysRun, Dictionary<string, List<int>> keywords)
    {
        _count = count;
        _alwaysRun = alwaysRun;
        _keywords = keywords.Count == 0 ? null : SearchValues.Create([.. keywords.Keys], StringComparison.Ordinal);
        foreach (var (keyword, patterns) in keywords)
        {
            int prefix = Prefix(keyword);
            if (!_byPrefix.TryGetValue(prefix, out var sharing))
            {
                _byPrefix[prefix] = sharing = [];
            }

            sharing.Add(new Keyword(keyword, [.. patterns]));
        }
    }

    private sealed record Keyword(string Text, int[] Patterns);

    /// <summary>Patterns that have no keywords and run on every sentence.</summary>
    public int AlwaysRunCount => _alwaysRun.Length;

    /// <summary>A prefilter over the patterns; with <paramref name="enabled"/> false it selects every pattern.</summary>
    public static TriggerPrefilter For(IReadOnlyList<Regex> patterns, bool enabled = true)
    {
        var alwaysRun = new List<int>();
        var keywords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < patterns.Count; i++)
        {
            if (!enabled || TriggerKeywords.Derive(patterns[i].ToString()) is not { } derived)
            {
                alwaysRun.Add(i);
                continue;
            }

            foreach (string keyword in derived)
            {
                if (!keywords.TryGetValue(keyword, out var selected))
                {
                    keywords[keyword] = selected = [];
                }

                selected.Add(i);
            }
        }

        return new TriggerPrefilter(patterns.Count, [.. alwaysRun], keywords);
    }

    /// <summary>Marks in <paramref name="selected"/> (one flag per pattern) the patterns that can match; false when none can.</summary>
    public bool Select(ReadOnlySpan<char> text, Span<bool> selected)
    {
        selected[.._count].Clear();
        int marked = 0;
        foreach (int i in _alwaysRun)
        {
            selected[i] = true;
            marked++;
        }

        if (_keywords is null)
        {
            return marked > 0;
        }

        for (int from = 0; marked < _count && from < text.Length; from++)
        {
            int at = text[from..].IndexOfAny(_keywords);
            if (at < 0)
            {
                break;
            }

            from += at;
            var rest = text[from..];
            foreach (var keyword in _byPrefix[Prefix(rest)])
            {
                if (!rest.StartsWith(keyword.Text, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (int p in keyword.Patterns)
                {
                    if (!selected[p])
                    {
                        selected[p] = true;
                        marked++;
                    }
                }
            }
        }

        return marked > 0;
    }

    // Every keyword has at least TriggerKeywords.MinLength (3) characters, and a keyword starts where the search stops.
    private static int Prefix(ReadOnlySpan<char> text) => (text[0] << 16) | text[1];
}
