using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The three forms a place name takes for matching. <see cref="Fold"/> is the exact key (lower case, no diacritics,
/// punctuation as single spaces); <see cref="PhoneticForm"/> evens out spellings that transliteration varies
/// (q/c→k, kh→k, doubled letters); <see cref="VariantKey"/> further reduces every vowel run to one symbol so that
/// Laokaing, Laokaeng, Laoqing and Laukkaing share a key.
/// </summary>
public static class NameFolding
{
    /// <summary>Lower-cases, strips diacritics and apostrophes, and turns other punctuation into single spaces.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            if (IsApostrophe(raw))
            {
                continue; // Ta'ang, Mar'yinka, Ad Du'ayn: apostrophes are dropped, never split
            }

            if (!char.IsLetterOrDigit(raw) && !IsCombiningMark(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (raw < 128)
            {
                sb.Append(char.ToLowerInvariant(raw));
            }
            else
            {
                AppendFolded(sb, raw);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when every letter of the name is in a Latin block (so "Лашо" and "ラーショー" are not kept).</summary>
    public static bool IsLatinScript(ReadOnlySpan<char> name)
    {
        bool anyLetter = false;
        foreach (char c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            anyLetter = true;
            bool latin = c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2C60' and <= '\u2C7F' || c is >= '\uA720' and <= '\uA7FF';
            if (!latin)
            {
                return false;
            }
        }

        return anyLetter;
    }

    /// <summary>
    /// Letters only, with transliteration noise evened out: c and q become k, an h after a consonant is dropped
    /// (kh, sh, th, ph, ch), and doubled letters collapse. Used to bound the edit distance of a variant match.
    /// Two Burmese romanisations are evened out too: a word-initial h marking an aspirated or voiceless consonant
    /// (Hpapun and Papun, Htigyaing and Tigyaing, Hsipaw and Sipaw), and a final -oke for -ok (Mogoke and Mogok).
    /// </summary>
    public static string PhoneticForm(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        char previous = '\0';
        for (int i = 0; i < folded.Length; i++)
        {
            char c0 = folded[i];
            if (c0 is < 'a' or > 'z')
            {
                continue;
            }

            bool wordStart = i == 0 || folded[i - 1] == ' ';
            bool wordEnd = i == folded.Length - 1 || folded[i + 1] == ' ';
            if (c0 == 'h' && wordStart && i + 1 < folded.Length && folded[i + 1] is >= 'a' and <= 'z' && !IsVowel(folded[i + 1]))
            {
                continue;
            }

            if (c0 == 'e' && wordEnd && i >= 2 && folded[i - 1] == 'k' && folded[i - 2] == 'o')
            {
                continue;
            }

            char c = c0 is 'c' or 'q' ? 'k' : c0;
            if (c == 'h' && previous != '\0' && !IsVowel(previous))
            {
                continue;
            }

            if (c == previous)
            {
                continue;
            }

            sb.Append(c);
            previous = c;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The spelling-variant key: the phonetic form with every run of vowels (y included) replaced by one 'a'.
    /// Returns an empty string for names too short to key safely (fewer than two consonants).
    /// </summary>
    public static string VariantKey(string folded)
    {
        string phonetic = PhoneticForm(folded);
        var sb = new StringBuilder(phonetic.Length);
        int consonants = 0;
        bool inVowels = false;
        foreach (char c in phonetic)
        {
            if (IsVowel(c))
            {
                if (!inVowels)
                {
                    sb.Append('a');
                }

                inVowels = true;
                continue;
            }

            sb.Append(c);
            consonants++;
            inVowels = false;
        }

        return consonants >= 2 && sb.Length >= 4 ? sb.ToString() : string.Empty;
    }

    /// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping past <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the table in one buffer, on the stack for names (this runs for every name a variant probe meets).
        int width = b.Length + 1;
        Span<int> rows = 3 * width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }

    /// <summary>The largest edit distance between phonetic forms that still counts as a spelling variant.</summary>
    public static int VariantDistanceLimit(int length) => length switch
    {
        <= 4 => 1,
        <= 9 => 2,
        _ => 3,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4';

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // The ASCII base letter of each precomposed Latin letter, '.' where it has none (ø, ł, đ and
    // the like are mapped in AppendFolded; other letters are kept).
    // Written out from Unicode's canonical decompositions rather than asked of string.Normalize at run time: the
    // command runs with invariant globalization, where Normalize changes nothing, and the index it builds must fold
    // "Pèkon" to "pekon" exactly as the web server and the tests do. NameFoldingTests checks the table against Normalize.
    private const string LatinBases00C0 =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy.." // U+00C0
        + "aaaaaa.ceeeeiiii.nooooo..uuuuy.y" // U+00E0
        + "aaaaaaccccccccdd..eeeeeeeeeegggg" // U+0100
        + "gggghh..iiiiiiiii...jjkk.llllll." // U+0120
        + "...nnnnnn...oooooo..rrrrrrssssss" // U+0140
        + "sstttt..uuuuuuuuuuuuwwyyyzzzzzz." // U+0160
        + "................................" // U+0180
        + "oo.............uu..............." // U+01A0
        + ".............aaiioouuuuuuuuuu.aa" // U+01C0
        + "aa....ggkkoooo..j...gg..nnaa...." // U+01E0
        + "aaaaeeeeiiiioooorrrruuuusstt..hh" // U+0200
        + "......aaeeooooooooyy............" // U+0220
        + "................"; // U+0240

    private const string LatinBases1E00 =
        "aabbbbbbccddddddddddeeeeeeeeeeff" // U+1E00
        + "gghhhhhhhhhhiiiikkkkkkllllllllmm" // U+1E20
        + "mmmmnnnnnnnnoooooooopppprrrrrrrr" // U+1E40
        + "ssssssssssttttttttuuuuuuuuuuvvvv" // U+1E60
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy......" // U+1E80
        + "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" // U+1EA0
        + "eeeeeeeeiiiioooooooooooooooooooo" // U+1EC0
        + "oooouuuuuuuuuuuuuuyyyyyyyy......"; // U+1EE0

    private static char LatinBase(char c) => c switch
    {
        >= '\u00C0' and <= '\u024F' => LatinBases00C0[c - 0x00C0],
        >= '\u1E00' and <= '\u1EFF' => LatinBases1E00[c - 0x1E00],
        _ => '.',
    };

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ß': sb.Append("ss"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'œ' or 'Œ': sb.Append("oe"); return;
            case 'ø' or 'Ø': sb.Append('o'); return;
            case 'ł' or 'Ł': sb.Append('l'); return;
            case 'đ' or 'Đ' or 'ð' or 'Ð': sb.Append('d'); return;
            case 'þ' or 'Þ': sb.Append("th"); return;
            case 'ı': sb.Append('i'); return;
            case 'ħ' or 'Ħ': sb.Append('h'); return;
        }

        if (IsCombiningMark(c))
        {
            return;
        }

        char letter = LatinBase(c);
        sb.Append(letter != '.' ? letter : char.ToLowerInvariant(c));
    }
}
