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
    bool IsDateline)
{
    /// <summary>
    /// No namesake abroad taken by mistake: a country or first-order division named by its name, or a capital or a
    /// city of 100,000 named exactly. Villages and towns share their names across borders ("Kani" in Sagaing and in
    /// Cameroon); these do not.
    /// </summary>
    public bool IsUnmistakable =>
        Match is NameMatch.Exact or NameMatch.AlternateName
        && (Place.Kind is PlaceKind.Country or PlaceKind.Admin1
            || (Place.Kind == PlaceKind.Town && Match == NameMatch.Exact && (Place.FeatureCode == "PPLC" || Place.Population >= 100_000)));

    /// <summary>
    /// Named as where things are: after "in", "across", "inside", "within", "into" or "throughout" (past "the" and a
    /// compass or "neighbouring" word), as in "in neighbouring Burkina Faso", and not as a party ("Israel carried out
    /// air strikes") or for any other reason ("against China's support", "gas exports through Chile").
    /// </summary>
    public bool IsNamedAsWhere(string normalizedText)
    {
        int from = Math.Max(0, Span.Start - 40);
        var words = normalizedText[from..Span.Start].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int k = words.Length - 1;
        while (k >= 0 && words[k].ToLowerInvariant() is "the" or "neighbouring" or "neighboring" or "northern" or "southern" or "eastern"
                   or "western" or "central")
        {
            k--;
        }

        return k >= 0 && words[k].ToLowerInvariant() is "in" or "across" or "inside" or "within" or "into" or "throughout";
    }
}
