namespace Sitrep.Quantities;

/// <summary>English number words and vague plurals with the conservative values Sitrep codes them as.</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, long> Units = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["a"] = 1, ["an"] = 1, ["dozen"] = 12, ["score"] = 20,
    };

    public static readonly IReadOnlyDictionary<string, long> Multipliers = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    };

    /// <summary>
    /// Vague plurals at their lowest credible reading. ACLED codes "dozens" as 12 and "hundreds" as 100;
    /// "tens of thousands" follows the same rule at 10,000. "several" is read as 3, the smallest number it can mean.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, long> VaguePlurals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000,
        ["several"] = 3, ["a few"] = 2,
    };

    /// <summary>Words that, before a number, qualify it.</summary>
    public static readonly (string Phrase, QuantityQualifier Qualifier)[] Qualifiers =
    [
        ("more than", QuantityQualifier.MoreThan), ("over", QuantityQualifier.MoreThan), ("in excess of", QuantityQualifier.MoreThan),
        ("upwards of", QuantityQualifier.MoreThan), ("at least", QuantityQualifier.AtLeast), ("no fewer than", QuantityQualifier.AtLeast),
        ("not less than", QuantityQualifier.AtLeast), ("up to", QuantityQualifier.UpTo), ("as many as", QuantityQualifier.UpTo),
        ("fewer than", QuantityQualifier.UpTo), ("less than", QuantityQualifier.UpTo), ("nearly", QuantityQualifier.Nearly),
        ("almost", QuantityQualifier.Nearly), ("close to", QuantityQualifier.Nearly), ("about", QuantityQualifier.Approximately),
        ("around", QuantityQualifier.Approximately), ("some", QuantityQualifier.Approximately), ("roughly", QuantityQualifier.Approximately),
        ("approximately", QuantityQualifier.Approximately), ("an estimated", QuantityQualifier.Approximately),
    ];
}
