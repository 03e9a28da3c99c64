namespace Sitrep.Events;

using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// Ties the numbers of an event's sentence to what they count: fatalities, injuries, or another count
/// ("2,389 army personnel ... had surrendered" → personnel_surrendered). ACLED takes the lowest credible figure.
/// </summary>
internal sealed class CountingRules(EventInput input)
{
    private static readonly HashSet<string> KillWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "killing", "dead", "died", "deaths", "fatalities", "bodies", "kill", "massacred", "executed", "slain",
    };

    private static readonly HashSet<string> InjuryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wounded", "wounding", "injured", "injuring", "injuries", "hurt", "wounds",
    };

    /// <summary>Verbs whose object or subject is counted by the events and claims that carry them.</summary>
    public static readonly HashSet<string> CountVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "surrendered", "captured", "arrested", "detained", "displaced", "abducted", "kidnapped", "evacuated", "returned",
        "raided", "seized", "destroyed", "fled", "defected", "repatriated", "released", "freed", "taken",
    };

    /// <summary>Leading words that describe rather than name what is counted ("army personnel" counts personnel).</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "military", "government", "junta", "rebel", "security", "electronic", "other", "local", "foreign", "more",
    };

    private static readonly HashSet<string> CivilianNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "civilians", "villagers", "residents", "children", "women", "men", "persons", "passengers", "worshippers",
        "students", "farmers", "family", "families", "others",
    };

    public void Apply(EventCandidate candidate)
    {
        var sentence = candidate.Sentence;
        foreach (var q in input.Quantities.Where(q => sentence.Span.Contains(q.Span)))
        {
            if (candidate.Attribution?.ReportingRegion is { } region && region.Contains(q.Span))
            {
                continue;
            }

            var (verb, _) = VerbFor(sentence, q);
            int value = (int)Math.Min(int.MaxValue, q.Value);
            bool civilians = q.Counted is { } counted && counted.Split(' ').Any(CivilianNouns.Contains);
            if (verb is not null && (KillWords.Contains(verb) || InjuryWords.Contains(verb)))
            {
                candidate.CivilianVictims |= civilians;
            }

            if (verb is not null && KillWords.Contains(verb))
            {
                candidate.Fatalities = (candidate.Fatalities ?? 0) + value;
                candidate.AddEvidence("fatalities", q.Span, input.Document);
            }
            else if (verb is not null && InjuryWords.Contains(verb))
            {
                candidate.Injured = (candidate.Injured ?? 0) + value;
                candidate.AddEvidence("injured", q.Span, input.Document);
            }
            else if ((verb is not null || IsSubset(sentence, q)) && CountKey(q, verb, IsSubset(sentence, q)) is { } key)
            {
                candidate.Counts[key] = q.Value;
                candidate.AddEvidence("counts." + key, q.Span, input.Document);
            }
        }
    }

    /// <summary>
    /// The verb that says what happened to the counted people or things: just before the number ("wounding five
    /// people", "captured 250 targets") or after the counted phrase ("2,389 army personnel ... had surrendered").
    /// </summary>
    public static (string? Verb, TextSpan? Span) VerbFor(Sentence sentence, QuantityMention q)
    {
        var tokens = sentence.Tokens;
        int start = IndexAt(tokens, q.Span.Start);
        for (int k = start - 1; k >= Math.Max(0, start - 2); k--)
        {
            if (IsCountingVerb(tokens[k].Text))
            {
                return (tokens[k].Lower, tokens[k].Span);
            }
        }

        int after = IndexAt(tokens, (q.CountedSpan ?? q.Span).End);
        int depth = 0;
        for (int k = after; k < Math.Min(tokens.Count, after + 14); k++)
        {
            string t = tokens[k].Text;
            if (t == "including")
            {
                depth++;
            }
            else if (t == "," && depth > 0)
            {
                depth--;
            }
            else if (t is ";" or ":" or ".")
            {
                break;
            }
            else if (depth == 0 && IsCountingVerb(t))
            {
                return (tokens[k].Lower, tokens[k].Span);
            }
        }

        return (null, null);
    }

    private static bool IsCountingVerb(string word) => KillWords.Contains(word) || InjuryWords.Contains(word) || CountVerbs.Contains(word);

    /// <summary>"including six brigadier generals": a subset of another count, keyed by what it counts alone.</summary>
    private static bool IsSubset(Sentence sentence, QuantityMention q)
    {
        int i = IndexAt(sentence.Tokens, q.Span.Start);
        return i > 0 && sentence.Tokens[i - 1].Lower is "including" or "among";
    }

    /// <summary>A readable key: the counted noun without descriptive modifiers, plus the verb ("personnel_surrendered").</summary>
    public static string? CountKey(QuantityMention q, string? verb, bool subset)
    {
        var words = (q.Counted ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Modifiers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        string noun = string.Join('_', words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
        if (!subset && verb is not null && CountVerbs.Contains(verb))
        {
            return noun.Length > 0 ? noun + "_" + verb : verb;
        }

        return noun.Length > 0 ? noun : null;
    }

    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        int i = 0;
        while (i < tokens.Count && tokens[i].Span.Start < offset)
        {
            i++;
        }

        return i;
    }
}
