namespace Sitrep.Quantities;

using Sitrep.Text;

/// <summary>How a stated number bounds the true count.</summary>
public enum QuantityQualifier
{
    /// <summary>"six", "2,389".</summary>
    Exactly,
    /// <summary>"more than 250", "over 300": the true count is above the value.</summary>
    MoreThan,
    /// <summary>"at least 12".</summary>
    AtLeast,
    /// <summary>"up to 40", "as many as": the value is a ceiling.</summary>
    UpTo,
    /// <summary>"nearly 100", "almost".</summary>
    Nearly,
    /// <summary>"about 50", "some 200", "around".</summary>
    Approximately,
    /// <summary>"10 to 15": <see cref="QuantityMention.Value"/> is the low end, <see cref="QuantityMention.UpperValue"/> the high end.</summary>
    Range,
    /// <summary>A vague plural ("dozens", "hundreds", "tens of thousands") read as its conservative minimum.</summary>
    Vague,
}

/// <summary>
/// A number found in the text with its qualifier and the noun phrase it counts ("2,389 army personnel",
/// "more than 250 military targets", "tens of thousands of Chinese citizens").
/// </summary>
/// <param name="Value">The conservative count (ACLED: the lowest credible figure; "dozens" is 12).</param>
/// <param name="Counted">The counted noun phrase in lower case, or null when none follows.</param>
/// <param name="CountedSpan">Where the counted phrase is in the text.</param>
public sealed record QuantityMention(
    TextSpan Span,
    string Text,
    long Value,
    long? UpperValue,
    QuantityQualifier Qualifier,
    string? Counted,
    TextSpan? CountedSpan)
{
    /// <summary>The qualifier in the words an analyst uses: "more than", "at least", "exactly".</summary>
    public string QualifierText => Qualifier switch
    {
        QuantityQualifier.MoreThan => "more than",
        QuantityQualifier.AtLeast => "at least",
        QuantityQualifier.UpTo => "up to",
        QuantityQualifier.Nearly => "nearly",
        QuantityQualifier.Approximately => "about",
        QuantityQualifier.Range => "range",
        QuantityQualifier.Vague => "vague",
        _ => "exactly",
    };
}
