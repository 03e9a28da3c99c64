using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class NameFoldingTests
{
    [Theory]
    [InlineData("Lào Cai", "lao cai")]
    [InlineData("Ta'ang", "taang")]
    [InlineData("Hpa-An", "hpa an")]
    [InlineData("Khān Yūnis", "khan yunis")]
    [InlineData("  Deir  al-Balah ", "deir al balah")]
    [InlineData("Łódź", "lodz")]
    public void Folding_lowercases_strips_diacritics_and_evens_out_punctuation(string name, string folded) =>
        Assert.Equal(folded, NameFolding.Fold(name));

    [Fact]
    public void Every_precomposed_latin_letter_folds_to_the_base_of_its_unicode_decomposition()
    {
        // The fold must not depend on string.Normalize, which does nothing under invariant globalization (the command's
        // mode); this host has full globalization, so Normalize is the reference here.
        foreach (var (first, last) in new[] { (0x00C0, 0x024F), (0x1E00, 0x1EFF) })
        {
            for (int code = first; code <= last; code++)
            {
                string letter = ((char)code).ToString();
                string decomposed = letter.Normalize(System.Text.NormalizationForm.FormD);
                if (decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0]))
                {
                    Assert.True(char.ToLowerInvariant(decomposed[0]).ToString() == NameFolding.Fold(letter), $"U+{code:X4} {letter}");
                }
            }
        }
    }

    [Theory]
    [InlineData("Laokaing")]
    [InlineData("Laokaeng")]
    [InlineData("Laoqing")]
    public void Machine_translated_spellings_of_Laukkaing_share_its_variant_key(string spelling) =>
        Assert.Equal(NameFolding.VariantKey("laukkaing"), NameFolding.VariantKey(NameFolding.Fold(spelling)));

    [Theory]
    [InlineData("Hpapun", "Papun")]
    [InlineData("Htigyaing", "Tigyaing")]
    [InlineData("Mogoke", "Mogok")]
    [InlineData("Nam Hsan", "Nam San")]
    public void Burmese_romanisations_share_a_phonetic_form(string one, string other) =>
        Assert.Equal(NameFolding.PhoneticForm(NameFolding.Fold(other)), NameFolding.PhoneticForm(NameFolding.Fold(one)));

    [Theory]
    [InlineData("Hanoi", "Anoi")]
    [InlineData("Blake", "Blak")]
    [InlineData("Okene", "Okn")]
    public void An_initial_h_before_a_vowel_and_a_final_e_after_other_letters_stay(string one, string other) =>
        Assert.NotEqual(NameFolding.PhoneticForm(NameFolding.Fold(other)), NameFolding.PhoneticForm(NameFolding.Fold(one)));

    [Fact]
    public void Names_with_fewer_than_two_consonants_get_no_variant_key() =>
        Assert.Equal("", NameFolding.VariantKey("aya"));

    [Fact]
    public void Latin_script_test_rejects_cyrillic_and_japanese_but_keeps_vietnamese()
    {
        Assert.True(NameFolding.IsLatinScript("Lào Cai"));
        Assert.False(NameFolding.IsLatinScript("Лашо"));
        Assert.False(NameFolding.IsLatinScript("ラオカイ"));
    }

    [Theory]
    [InlineData("laokaing", "laukaing", 1)]
    [InlineData("laoking", "laukaing", 2)]
    [InlineData("abcd", "abdc", 1)]
    public void Edit_distance_counts_substitutions_insertions_and_transpositions(string a, string b, int distance) =>
        Assert.Equal(distance, NameFolding.EditDistance(a, b));

    [Fact]
    public void Edit_distance_is_the_same_for_names_too_long_for_the_stack_buffer()
    {
        // 100 letters: the rows no longer fit the stack buffer and go to the heap; the answer must not change.
        string a = string.Concat(Enumerable.Repeat("kyaukse", 14)) + "xx";
        string b = "q" + a[1..^1];
        Assert.Equal(2, NameFolding.EditDistance(a, b));
        Assert.Equal(2, NameFolding.EditDistance("kyaukse", "kyuakes"));
    }

    [Fact]
    public void Edit_distance_stops_past_the_limit()
    {
        Assert.Equal(2, NameFolding.EditDistance("laukkaing", "mandalay", limit: 1));
        Assert.Equal(3, NameFolding.EditDistance("ab", "abcdefgh", limit: 2));
    }
}
