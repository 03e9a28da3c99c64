namespace Sitrep.Dates;

using Sitrep.Text;

/// <summary>How a temporal expression relates its event to the resolved date.</summary>
public enum DateRelation
{
    /// <summary>"on Thursday", "late Thursday", "October 27".</summary>
    On,
    /// <summary>"by Friday": the event happened no later than the date (an upper bound).</summary>
    By,
    /// <summary>"since October 27": a period starting at the date and running to publication.</summary>
    Since,
    /// <summary>"last week", "in recent weeks", "earlier this month": a period around or before publication.</summary>
    During,
    /// <summary>"for months", "three-day siege": a duration, not a position in time.</summary>
    Duration,
}

/// <summary>
/// A temporal expression found in a document. <see cref="Value"/> is null when it cannot be resolved
/// (no publication date and no absolute date in the text, an impossible date, or a duration).
/// </summary>
/// <param name="Span">The whole expression in the original text, with the leading words that carry its meaning
/// ("on Wednesday", "late Thursday", "by Friday", "In February 2021", "for months").</param>
/// <param name="Text">The normalised text of <paramref name="Span"/> (straight quotes, ASCII dashes), like <see cref="Token.Text"/>.</param>
/// <param name="PointsForward">True when the expression looks forward from publication: future tense ("will hold
/// talks on Monday"), "next", "tomorrow", "in the coming days", or an absolute date after publication. Only then may
/// <paramref name="Value"/> lie after publication.</param>
/// <param name="Duration">The length named by a <see cref="DateRelation.Duration"/> mention; null otherwise.</param>
public sealed record DateMention(TextSpan Span, string Text, ResolvedDate? Value, DateRelation Relation, bool PointsForward,
    TemporalDuration? Duration = null);
