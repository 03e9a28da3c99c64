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
/// (no publication date and no absolute date in the text).
/// </summary>
/// <param name="PointsForward">True when the tense puts the date after publication ("will hold talks on Monday").</param>
public sealed record DateMention(TextSpan Span, string Text, ResolvedDate? Value, DateRelation Relation, bool PointsForward);
