namespace Sitrep.Places;

using Sitrep.Text;

/// <summary>How a mention's text matched its gazetteer entry.</summary>
public enum NameMatch
{
    Exact,
    AlternateName,
    /// <summary>Matched through a spelling-variant key (Laokaing, Laoqing → Laukkaing).</summary>
    SpellingVariant,
    /// <summary>An adjective or demonym ("Chinese territory" → China).</summary>
    Demonym,
    /// <summary>A capital standing for its country's government ("Beijing protested").</summary>
    Metonym,
}

/// <summary>A place named in the text and the gazetteer entry it resolved to.</summary>
/// <param name="Score">Resolver confidence in [0, 1].</param>
/// <param name="RunnerUp">The next-best candidate, so a reviewer can see the uncertainty.</param>
/// <param name="IsDateline">True for the dateline's city: the place of writing, never an event place.</param>
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    GazetteerEntry Place,
    NameMatch Match,
    double Score,
    GazetteerEntry? RunnerUp,
    bool IsDateline);
