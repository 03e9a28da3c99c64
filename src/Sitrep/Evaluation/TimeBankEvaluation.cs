using Sitrep.Dates;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A temporal expression some system found: its span in the document text and the days its value covers, if any.</summary>
public readonly record struct TemporalGuess(TextSpan Span, DateOnly? Start, DateOnly? End);

/// <summary>A TimeML document with Sitrep's analysis of its text and the half of the corpus it belongs to.</summary>
public sealed record TimeBankEntry(TimeMlDocument Gold, Document Analyzed, bool HeldOut);

/// <summary>Scores per half of the corpus: the tuning half (rules may be fitted to its patterns) and the held-out half.</summary>
public sealed record TimeBankResult(TemporalScore Tuning, TemporalScore HeldOut)
{
    /// <summary>Both halves together.</summary>
    public TemporalScore All => Tuning.Add(HeldOut);
}

/// <summary>
/// Scores temporal expressions against a folder of TimeML files (TimeBank 1.2). Half of the files, chosen by a stable
/// hash of the file name, are held out: rules are fitted only to the patterns of the other half.
/// </summary>
public static class TimeBankEvaluation
{
    /// <summary>Reads every .tml file of <paramref name="directory"/>, in name order, and analyses its text.</summary>
    public static IReadOnlyList<TimeBankEntry> Load(string directory, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return Directory.EnumerateFiles(directory, "*.tml")
            .Order(StringComparer.Ordinal)
            .Select(TimeMlDocument.Read)
            .Select(d => new TimeBankEntry(d, analyzer.Analyze(d.Text), IsHeldOut(d.Name)))
            .ToList();
    }

    /// <summary>True for the held-out half: the files whose name has an odd FNV-1a hash.</summary>
    public static bool IsHeldOut(string fileName)
    {
        uint hash = 2166136261;
        foreach (char c in fileName)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash & 1) == 1;
    }

    /// <summary>Scores the guesses <paramref name="system"/> makes for each entry.</summary>
    public static TimeBankResult Evaluate(IReadOnlyList<TimeBankEntry> entries, Func<TimeBankEntry, IReadOnlyList<TemporalGuess>> system)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(system);
        var tuning = TemporalScore.Zero;
        var heldOut = TemporalScore.Zero;
        foreach (var entry in entries)
        {
            var score = Score(entry.Gold, system(entry), entry.Analyzed.Sentences.Count);
            if (entry.HeldOut)
            {
                heldOut = heldOut.Add(score);
            }
            else
            {
                tuning = tuning.Add(score);
            }
        }

        return new TimeBankResult(tuning, heldOut);
    }

    /// <summary>Sitrep's guesses: the mentions of <paramref name="resolver"/> with the document's creation date as publication date.</summary>
    public static IReadOnlyList<TemporalGuess> Sitrep(TemporalResolver resolver, TimeBankEntry entry)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(entry);
        return resolver.Resolve(entry.Analyzed, entry.Gold.CreationDate)
            .Select(m => new TemporalGuess(m.Span, m.Value?.Start, m.Value?.End))
            .ToList();
    }

    /// <summary>Scores one document's guesses against its TIMEX3 gold.</summary>
    public static TemporalScore Score(TimeMlDocument gold, IReadOnlyList<TemporalGuess> guesses, int sentences)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(guesses);
        int matched = guesses.Count(g => gold.Timexes.Any(t => t.Span.Overlaps(g.Span)));
        int found = 0, valued = 0, recognised = 0, correct = 0;
        foreach (var timex in gold.Timexes)
        {
            bool overlapped = false, right = false;
            var value = timex.Type is "DATE" or "TIME" ? CalendarValue.TryParse(timex.Value) : null;
            foreach (var guess in guesses)
            {
                if (guess.Span.Overlaps(timex.Span))
                {
                    overlapped = true;
                    right |= value is not null && guess is { Start: { } s, End: { } e } && value.IsMatchedBy(s, e);
                }
            }

            found += overlapped ? 1 : 0;
            if (value is not null)
            {
                valued++;
                recognised += overlapped ? 1 : 0;
                correct += right ? 1 : 0;
            }
        }

        return new TemporalScore(1, sentences, guesses.Count, matched, gold.Timexes.Count, found, valued, recognised, correct);
    }
}
