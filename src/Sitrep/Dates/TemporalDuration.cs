namespace Sitrep.Dates;

/// <summary>A unit of time named in a duration.</summary>
public enum TemporalUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>
/// A length of time named in text: "for three days" is (3, Day), "three-day siege" is (3, Day), "for months" is
/// (null, Month): <see cref="Count"/> is null when the text gives no number ("months", "several years").
/// </summary>
public sealed record TemporalDuration(int? Count, TemporalUnit Unit);
