using System.Text.RegularExpressions;

namespace Sitrep.Events;

using Sitrep.Dates;
using Sitrep.Text;

/// <summary>
/// Recognises cumulative claims ("The coalition has captured more than 250 military targets ..., Peng Deren said")
/// and keeps them as claimed totals with their period, instead of coding them as one-day events. A following
/// sentence by the same speaker with more figures and no date of its own continues the claim.
/// </summary>
internal sealed partial class ClaimedTotalFinder(EventInput input, MentionsBySentence mentions)
{
    private const int MatchTimeoutMs = RegexLimits.TimeoutMs;

    [GeneratedRegex(@"\b(has|have)( also| now| so far| since then)? (captured|seized|taken|destroyed|raided|killed|overrun|overran|liberated|shot down)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex PresentPerfectTally();

    private Attribution? _lastAttribution;
    private int _lastSentence = -2;

    public List<ClaimedTotal> Totals { get; } = [];

    public bool TryReadTotals(Sentence sentence, Attribution? attribution, IReadOnlyList<EventCandidate> earlier)
    {
        if (attribution is null)
        {
            return false;
        }

        var quantities = mentions.Quantities.In(sentence)
            .Where(q => !attribution.ReportingRegion.Contains(q.Span))
            .ToList();
        if (quantities.Count == 0)
        {
            return false;
        }

        var tally = PresentPerfectTally().Match(input.Document.SliceNormalized(attribution.Complement));
        int tallyAt = attribution.Complement.Start + tally.Index;
        if (tally.Success && tallyAt >= 3 && input.Document.Normalized.AsSpan(tallyAt - 3, 3).Equals("to ", StringComparison.OrdinalIgnoreCase)
            && SinceDate(sentence) is null)
        {
            // "the group claimed to have destroyed three Merkava tanks": a claim of one act, not a running tally, unless
            // it counts from a date ("claims to have killed 1,000 soldiers since June").
            tally = Match.Empty;
        }

        bool continuation = _lastAttribution is not null && _lastSentence == sentence.Index - 1
                            && _lastAttribution.Speaker == attribution.Speaker && !HasOwnDay(sentence);
        if (!tally.Success && !continuation)
        {
            return false;
        }

        DateOnly? since = SinceDate(sentence) ?? CampaignStart(earlier);
        string? sharedVerb = tally.Success ? tally.Groups[3].Value.ToLowerInvariant() : null;
        foreach (var q in quantities)
        {
            string? verb = CountingRules.VerbFor(sentence, q).Verb ?? sharedVerb;
            string what = string.Join(' ', new[] { q.Counted, verb }.Where(s => !string.IsNullOrEmpty(s)));
            Totals.Add(new ClaimedTotal(attribution.Speaker, attribution.Outlet, since, what, q.Value, q.QualifierText,
                q.Span, input.Document.Slice(q.Span)));
        }

        _lastAttribution = attribution;
        _lastSentence = sentence.Index;
        return true;
    }

    private bool HasOwnDay(Sentence sentence) =>
        mentions.Dates.In(sentence).Any(d => d.Value is { Precision: DatePrecision.Day } && d.Relation != DateRelation.Duration);

    private DateOnly? SinceDate(Sentence sentence) =>
        mentions.Dates.In(sentence).FirstOrDefault(d => d.Relation == DateRelation.Since)?.Value?.Start;

    /// <summary>Totals count from the start of the campaign the report names ("launched an attack on October 27").</summary>
    private static DateOnly? CampaignStart(IReadOnlyList<EventCandidate> earlier) =>
        earlier.Where(e => e.Trigger.Id == "offensive" && e.DateRule is DateRule.Clause or DateRule.Sentence)
            .Select(e => e.Date).FirstOrDefault();
}
