using System.Text.RegularExpressions;

namespace Sitrep.Events;

/// <summary>Properties of a trigger that change how its event is coded (see data/lexicons/event-triggers.tsv).</summary>
[Flags]
public enum TriggerTraits
{
    None = 0,
    Territory = 1,
    NonViolent = 2,
    Regain = 4,
    Declaration = 8,
    Demonstration = 16,
    Victims = 32,
    Weapon = 64,
    Intervention = 128,
    Disrupts = 256,
}

/// <summary>A pattern that signals an event of one ACLED sub-event type.</summary>
/// <param name="Plover">The PLOVER coding when it is finer than the sub-event type's (a troop deployment is MOBILIZE), else null.</param>
public sealed record EventTrigger(string Id, string SubEventType, TriggerTraits Flags, Regex Pattern, PloverCode? Plover = null)
{
    public string EventType => AcledTaxonomy.EventTypeOf(SubEventType);

    public bool Has(TriggerTraits flag) => (Flags & flag) != 0;
}

/// <summary>The trigger lexicon, loaded from a tab-separated file so analysts can extend it without code.</summary>
public sealed class EventLexicon
{
    /// <summary>
    /// Trigger patterns run with the interpreter and a timeout rather than NonBacktracking, whose construction of
    /// two dozen automata took 0.4 s of every cold start; the patterns are plain alternations over one sentence.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = Sitrep.Text.RegexLimits.Timeout;

    private EventLexicon(IReadOnlyList<EventTrigger> triggers, IReadOnlyList<EventTrigger> statements, bool prefilter)
    {
        Triggers = triggers;
        Statements = statements;
        TriggerFilter = TriggerPrefilter.For([.. triggers.Select(t => t.Pattern)], prefilter);
        StatementFilter = TriggerPrefilter.For([.. statements.Select(t => t.Pattern)], prefilter);
    }

    /// <summary>Triggers of ACLED events.</summary>
    public IReadOnlyList<EventTrigger> Triggers { get; }

    /// <summary>
    /// Triggers of actions PLOVER codes and ACLED does not (threats, demands, rejections, curfews, alerts): rows whose
    /// sub-event type is "-". They become PLOVER statements, never ACLED events.
    /// </summary>
    public IReadOnlyList<EventTrigger> Statements { get; }

    /// <summary>
    /// Which of <see cref="Triggers"/> can match a sentence, from the literal keywords of their patterns: most
    /// sentences of a report hold none, and skip the pattern scans.
    /// </summary>
    internal TriggerPrefilter TriggerFilter { get; }

    /// <summary>Which of <see cref="Statements"/> can match a sentence.</summary>
    internal TriggerPrefilter StatementFilter { get; }

    /// <summary>The same triggers with a prefilter that selects every pattern: the reference the prefilter is tested against.</summary>
    internal EventLexicon WithoutPrefilter() => new(Triggers, Statements, prefilter: false);

    /// <summary>Loads and validates a trigger file; a bad row names the file, the line and the problem.</summary>
    public static EventLexicon Load(string path)
    {
        var triggers = new List<EventTrigger>();
        var statements = new List<EventTrigger>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length is not (4 or 5))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 4 or 5 tab-separated columns, found {cols.Length}.");
            }

            if (cols[1] == "-")
            {
                if (cols.Length != 5)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: a PLOVER-only row ('-' for the sub-event type) needs its PLOVER category in column 5.");
                }

                statements.Add(new EventTrigger(cols[0], "", TriggerTraits.None, new Regex(cols[3], RegexOptions.CultureInvariant, MatchTimeout), ParsePlover(cols[4])));
                continue;
            }

            if (!AcledTaxonomy.SubEventTypes.ContainsKey(cols[1]))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: '{cols[1]}' is not an ACLED sub-event type.");
            }

            triggers.Add(new EventTrigger(cols[0], cols[1], ParseFlags(cols[2], path, lineNumber),
                new Regex(cols[3], RegexOptions.CultureInvariant, MatchTimeout), cols.Length == 5 ? ParsePlover(cols[4]) : null));
        }

        return new EventLexicon(triggers, statements, prefilter: true);
    }

    // "MOBILIZE/troops" or "RETREAT": a PLOVER category with an optional mode.
    private static PloverCode ParsePlover(string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new PloverCode(text, null) : new PloverCode(text[..slash], text[(slash + 1)..]);
    }

    private static TriggerTraits ParseFlags(string text, string path, int line)
    {
        var flags = TriggerTraits.None;
        foreach (string name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name == "-")
            {
                continue;
            }

            flags |= name switch
            {
                "territory" => TriggerTraits.Territory,
                "nonviolent" => TriggerTraits.NonViolent,
                "regain" => TriggerTraits.Regain,
                "declaration" => TriggerTraits.Declaration,
                "demonstration" => TriggerTraits.Demonstration,
                "victims" => TriggerTraits.Victims,
                "weapon" => TriggerTraits.Weapon,
                "intervention" => TriggerTraits.Intervention,
                "disrupts" => TriggerTraits.Disrupts,
                _ => throw new InvalidDataException($"{path}:{line}: unknown flag '{name}'."),
            };
        }

        return flags;
    }
}
