namespace Sitrep.Places;

/// <summary>
/// The abbreviations North American wire style (AP, Canadian Press) gives a state or province after a town:
/// "Columbia, Ky.", "Kamloops, B.C.". Only dotted forms count (after a comma, or made of initials): undotted postal
/// codes and the bare words ("Man", "Miss", "La") are too often something else. Australian "NSW" and "Qld" are the
/// exceptions: nothing else is written so.
/// </summary>
internal static class DivisionAbbreviations
{
    // Keys are the abbreviation without its final dot, as the tokenizer leaves it ("B.C", "Ky").
    private static readonly Dictionary<string, (string Country, string Division)> ByAbbreviation = new(StringComparer.Ordinal)
    {
        ["Ala"] = ("US", "Alabama"), ["Ariz"] = ("US", "Arizona"), ["Ark"] = ("US", "Arkansas"),
        ["Calif"] = ("US", "California"), ["Colo"] = ("US", "Colorado"), ["Conn"] = ("US", "Connecticut"),
        ["Del"] = ("US", "Delaware"), ["Fla"] = ("US", "Florida"), ["Ga"] = ("US", "Georgia"), ["Ill"] = ("US", "Illinois"),
        ["Ind"] = ("US", "Indiana"), ["Kan"] = ("US", "Kansas"), ["Kans"] = ("US", "Kansas"), ["Ky"] = ("US", "Kentucky"),
        ["La"] = ("US", "Louisiana"), ["Md"] = ("US", "Maryland"), ["Mass"] = ("US", "Massachusetts"),
        ["Mich"] = ("US", "Michigan"), ["Minn"] = ("US", "Minnesota"), ["Miss"] = ("US", "Mississippi"),
        ["Mo"] = ("US", "Missouri"), ["Mont"] = ("US", "Montana"), ["Neb"] = ("US", "Nebraska"), ["Nev"] = ("US", "Nevada"),
        ["N.H"] = ("US", "New Hampshire"), ["N.J"] = ("US", "New Jersey"), ["N.M"] = ("US", "New Mexico"),
        ["N.Y"] = ("US", "New York"), ["N.C"] = ("US", "North Carolina"), ["N.D"] = ("US", "North Dakota"),
        ["Okla"] = ("US", "Oklahoma"), ["Ore"] = ("US", "Oregon"), ["Pa"] = ("US", "Pennsylvania"), ["Penn"] = ("US", "Pennsylvania"),
        ["R.I"] = ("US", "Rhode Island"), ["S.C"] = ("US", "South Carolina"), ["S.D"] = ("US", "South Dakota"),
        ["Tenn"] = ("US", "Tennessee"), ["Tex"] = ("US", "Texas"), ["Vt"] = ("US", "Vermont"), ["Va"] = ("US", "Virginia"),
        ["Wash"] = ("US", "Washington"), ["Wis"] = ("US", "Wisconsin"), ["Wisc"] = ("US", "Wisconsin"), ["Wyo"] = ("US", "Wyoming"),
        ["Alta"] = ("CA", "Alberta"), ["B.C"] = ("CA", "British Columbia"), ["Man"] = ("CA", "Manitoba"),
        ["N.B"] = ("CA", "New Brunswick"), ["Nfld"] = ("CA", "Newfoundland and Labrador"), ["N.L"] = ("CA", "Newfoundland and Labrador"),
        ["N.S"] = ("CA", "Nova Scotia"), ["Ont"] = ("CA", "Ontario"), ["P.E.I"] = ("CA", "Prince Edward Island"),
        ["Que"] = ("CA", "Quebec"), ["Sask"] = ("CA", "Saskatchewan"), ["N.W.T"] = ("CA", "Northwest Territories"),
    };

    // Undotted abbreviations that are no English word and no other place's code, matched in their own case.
    private static readonly Dictionary<string, (string Country, string Division)> Undotted = new(StringComparer.Ordinal)
    {
        ["NSW"] = ("AU", "New South Wales"), ["Qld"] = ("AU", "Queensland"),
    };

    /// <summary>The country and division an undotted abbreviation ("NSW") stands for.</summary>
    public static bool TryGetUndotted(string abbreviation, out (string Country, string Division) division) =>
        Undotted.TryGetValue(abbreviation, out division);

    /// <summary>The country and division an abbreviation (without its final dot) stands for.</summary>
    public static bool TryGet(string abbreviation, out (string Country, string Division) division) =>
        ByAbbreviation.TryGetValue(abbreviation, out division);
}
