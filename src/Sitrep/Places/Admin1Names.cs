namespace Sitrep.Places;

/// <summary>
/// Names of first-order divisions as articles use them: "Shan State", "Shan" and "the Shan region" are one place,
/// so the generic suffix ("State", "Region", "Oblast", ...) is stripped to give the short name.
/// </summary>
internal static class Admin1Names
{
    private static readonly string[] Suffixes =
    [
        "special administrative region", "autonomous region", "union territory", "capital territory", "national capital district",
        "self administered zone", "self administered division", "sar", "state", "region", "province", "governorate",
        "oblast", "prefecture", "department", "district", "county", "division", "municipality", "territory", "voivodeship",
        "krai", "kraj", "okrug", "emirate", "canton", "parish", "city",
        // China's autonomous regions carry their people's name ("Guangxi Zhuang", "Ningxia Huizu"); news says "Guangxi".
        "zhuang", "huizu", "hui", "uyghur", "uygur",
    ];

    private static readonly string[] Prefixes = ["autonomous republic of ", "republic of ", "province of ", "state of ", "city of "];

    // A suffix-less name that is only a direction or a generic word would match ordinary prose ("Northern", "Central").
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital", "upper",
        "lower", "coast", "coastal", "islands", "island", "federal", "national", "greater", "middle", "north east",
        "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest", "far west", "far western",
        "mid western", "western area", "eastern cape", "interior", "border", "lakes", "mountain", "highlands", "river", "valley",
    };

    /// <summary>The short name of a division ("Shan State" → "Shan"), or the full name when the short one would be generic.</summary>
    public static string ShortName(string fullName)
    {
        string folded = NameFolding.Fold(fullName);
        string? stripped = StripFolded(folded);
        if (stripped is null)
        {
            return fullName.Trim();
        }

        // Cut the same words from the original spelling so diacritics and case survive.
        string[] words = fullName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != folded.Split(' ').Length)
        {
            return fullName.Trim();
        }

        string? prefix = Prefixes.FirstOrDefault(p => folded.StartsWith(p, StringComparison.Ordinal));
        int leading = prefix is null ? 0 : prefix.Trim().Split(' ').Length;
        return string.Join(' ', words.Skip(leading).Take(stripped.Split(' ').Length));
    }

    // French compass words that open divisions' names in French-speaking countries, as English wire copy renders them:
    // Nord-Kivu is "North Kivu", Sud-Ouest "South-West".
    private static readonly Dictionary<string, string> FrenchCompass = new(StringComparer.Ordinal)
    {
        ["nord"] = "north", ["sud"] = "south", ["est"] = "east", ["ouest"] = "west",
    };

    /// <summary>Every folded key a division answers to: the full name, the short name, its English compass form and adjectival forms.</summary>
    public static IEnumerable<string> Keys(string fullName)
    {
        string folded = NameFolding.Fold(fullName);
        yield return folded;
        if (InEnglish(folded) is { } english)
        {
            yield return english;
        }

        string? stripped = StripFolded(folded);
        if (stripped is null)
        {
            yield break;
        }

        yield return stripped;
        if (InEnglish(stripped) is { } strippedEnglish)
        {
            yield return strippedEnglish;
        }

        // Ukrainian oblasts are named by adjectives: Donetska oblast → Donetsk, Kharkivska → Kharkiv.
        if (stripped.EndsWith("ska", StringComparison.Ordinal) || stripped.EndsWith("zka", StringComparison.Ordinal)
            || stripped.EndsWith("cka", StringComparison.Ordinal))
        {
            yield return stripped[..^1];
            if (stripped.Length > 6)
            {
                yield return stripped[..^3];
            }
        }
    }

    // "nord kivu" → "north kivu", "nord ouest" → "north west"; null when the name opens on no French compass word.
    private static string? InEnglish(string folded)
    {
        string[] words = folded.Split(' ');
        if (words.Length < 2 || !FrenchCompass.TryGetValue(words[0], out string? first))
        {
            return null;
        }

        words[0] = first;
        for (int i = 1; i < words.Length && FrenchCompass.TryGetValue(words[i], out string? next); i++)
        {
            words[i] = next;
        }

        return string.Join(' ', words);
    }

    private static string? StripFolded(string folded)
    {
        string result = folded;
        foreach (string prefix in Prefixes)
        {
            if (result.StartsWith(prefix, StringComparison.Ordinal))
            {
                result = result[prefix.Length..];
                break;
            }
        }

        foreach (string suffix in Suffixes)
        {
            if (result.Length > suffix.Length + 1 && result.EndsWith(" " + suffix, StringComparison.Ordinal))
            {
                result = result[..^(suffix.Length + 1)];
                break;
            }
        }

        return result == folded || result.Length < 3 || Generic.Contains(result) ? null : result;
    }
}
