using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class GazetteerTests(TinyGazetteerFixture tiny) : IClassFixture<TinyGazetteerFixture>
{
    [Fact]
    public void Build_reports_every_source_and_the_loaded_index_agrees()
    {
        var info = tiny.Gazetteer.Info;
        Assert.Equal(tiny.Summary.Info.Entries, info.Entries);
        Assert.Equal(5 + 5 + 2 + 14, info.Entries); // countries, states, supplement rows, GeoNames rows
        Assert.Contains(info.Sources, s => s.Name == "geonames:cities500" && s.Rows == 14);
        Assert.Contains(info.Sources, s => s.Name == "supplement" && s.Rows == 2);
        Assert.Equal(new FileInfo(tiny.IndexPath).Length, info.FileBytes);
        Assert.True(info.NameKeys > info.Entries);
    }

    [Fact]
    public void Names_are_found_without_their_diacritics_and_only_latin_alternates_are_indexed()
    {
        Assert.Contains(tiny.Gazetteer.FindByName("Lao Cai"), c => c.Entry.Id == 1576303 && c.Match == NameMatch.Exact);
        Assert.Contains(tiny.Gazetteer.FindByName("Laokai"), c => c.Entry.Id == 1576303 && c.Match == NameMatch.AlternateName);
        Assert.Empty(tiny.Gazetteer.FindByName("ラオカイ"));
        Assert.Empty(tiny.Gazetteer.FindByName("LSH")); // an airport code, not a name
    }

    [Fact]
    public void GeoNames_admin1_codes_are_named_through_country_state_city_cities()
    {
        var lashio = Assert.Single(tiny.Gazetteer.FindByName("Lashio")).Entry;
        Assert.Equal("Shan", lashio.Admin1);
        Assert.Equal(3, tiny.Gazetteer.Info.Admin1Mapping.ByCityJoin);
    }

    [Theory]
    [InlineData("Shan State", NameMatch.Exact)]
    [InlineData("Shan", NameMatch.AlternateName)]
    public void A_division_answers_to_its_full_and_its_short_name(string name, NameMatch match)
    {
        var shan = Assert.Single(tiny.Gazetteer.FindByName(name));
        Assert.Equal(("Shan", PlaceKind.Admin1, match), (shan.Entry.Name, shan.Entry.Kind, shan.Match));
    }

    [Fact]
    public void A_generic_division_name_keeps_its_suffix()
    {
        Assert.Empty(tiny.Gazetteer.FindByName("Central"));
        Assert.Equal("Central Region", Assert.Single(tiny.Gazetteer.FindByName("Central Region")).Entry.Name);
    }

    [Theory]
    [InlineData("Laokaing")]
    [InlineData("Laokaeng")]
    [InlineData("Laoqing")]
    public void Spelling_variants_find_Laukkaing(string spelling)
    {
        var found = tiny.Gazetteer.FindByVariant(spelling);
        var laukkaing = Assert.Single(found, c => c.Entry.Name == "Laukkaing");
        Assert.Equal(NameMatch.SpellingVariant, laukkaing.Match);
        Assert.InRange(laukkaing.Distance, 1, 2);
    }

    [Fact]
    public void Countries_know_their_capital_and_demonyms()
    {
        Assert.Equal("Beijing", tiny.Gazetteer.CapitalOf("CN")?.Name);
        Assert.Equal("Nay Pyi Taw", tiny.Gazetteer.CapitalOf("MM")?.Name); // matched by the PPLC row, not by spelling
        Assert.True(Assert.Single(tiny.Gazetteer.FindByName("Beijing"), c => c.Entry.Kind == PlaceKind.Town).IsNationalCapital);
        Assert.Equal(NameMatch.Demonym, Assert.Single(tiny.Gazetteer.FindByName("Chinese")).Match);
    }

    [Fact]
    public void Supplement_rows_have_negative_ids_and_cite_their_source()
    {
        var laukkaing = Assert.Single(tiny.Gazetteer.FindByName("Laukkai")).Entry;
        Assert.True(laukkaing.Id < 0);
        Assert.Equal("supplement: Wikipedia: Laukkai", laukkaing.Source);
        Assert.Equal(PlaceKind.Town, laukkaing.Kind);
    }

    [Fact]
    public void Loading_a_missing_index_names_the_file_and_the_fix()
    {
        string path = Path.Combine(tiny.Folder, "absent.bin");
        Assert.Contains("setup.sh", LoadFailureNaming(path));
    }

    [Fact]
    public void Loading_a_truncated_index_names_the_file_as_corrupt()
    {
        string path = Path.Combine(tiny.Folder, "truncated.bin");
        byte[] bytes = File.ReadAllBytes(tiny.IndexPath);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("corrupt", LoadFailureNaming(path));
    }

    [Fact]
    public void Loading_a_file_that_is_not_an_index_names_the_file_as_corrupt()
    {
        string path = Path.Combine(tiny.Folder, "garbage.bin");
        File.WriteAllText(path, "this is not a gazetteer, just some text that is long enough to have a header and more besides it all");
        LoadFailureNaming(path);
    }

    [Fact]
    public void Loading_an_empty_file_names_the_file_as_corrupt()
    {
        string path = Path.Combine(tiny.Folder, "empty.bin");
        File.WriteAllBytes(path, []);
        Assert.Contains("not a Sitrep gazetteer index", LoadFailureNaming(path));
    }

    /// <summary>Loading <paramref name="path"/> fails with a message naming the file; the message, for more checks.</summary>
    private static string LoadFailureNaming(string path)
    {
        var e = Assert.Throws<GazetteerUnavailableException>(() => Gazetteer.Load(path));
        Assert.Contains(path, e.Message);
        return e.Message;
    }

    [Fact]
    public void A_loaded_index_keeps_answering_when_the_file_is_rebuilt_under_it()
    {
        // The index is memory-mapped: a rebuild must replace the file, never rewrite the pages a reader has mapped.
        string path = Path.Combine(tiny.Folder, "rebuilt.bin");
        File.Copy(tiny.IndexPath, path);
        var loaded = Gazetteer.Load(path);
        var before = loaded.FindByName("Lao Cai").Select(c => c.Entry.Id).ToList();

        GazetteerBuilder.Build(tiny.Sources with { Supplement = null }, path);

        Assert.NotEmpty(before);
        Assert.Equal(before, loaded.FindByName("Lao Cai").Select(c => c.Entry.Id));
        Assert.Equal(tiny.Gazetteer.Count, loaded.Count);
        Assert.NotEqual(tiny.Gazetteer.Count, Gazetteer.Load(path).Count);
    }

    [Fact]
    public void A_supplement_row_without_a_source_is_refused_with_its_line()
    {
        string bad = Path.Combine(tiny.Folder, "bad-supplement.tsv");
        File.WriteAllText(bad, "name\talternate_names\tcountry\tadmin1\tlat\tlon\tkind\tfeature_code\tpopulation\tsource\n"
                               + "Nowhere\t\tMM\tShan\t23\t98\tTown\tPPL\t0\t\n");
        var e = Assert.Throws<InvalidDataException>(() =>
            GazetteerBuilder.Build(tiny.Sources with { Supplement = bad }, Path.Combine(tiny.Folder, "bad.bin")));
        Assert.Contains("bad-supplement.tsv:2", e.Message);
    }

    [Fact]
    public void Look_ups_from_many_threads_agree()
    {
        string[] names = ["Lashio", "Laokaing", "Shan State", "Beijing", "Chinese", "Lao Cai"];
        var expected = names.Select(n => tiny.Gazetteer.FindByName(n).Count + tiny.Gazetteer.FindByVariant(n).Count).ToArray();
        var results = new int[200];
        Parallel.For(0, results.Length, i =>
        {
            string name = names[i % names.Length];
            results[i] = tiny.Gazetteer.FindByName(name).Count + tiny.Gazetteer.FindByVariant(name).Count
                         + (tiny.Gazetteer.Info.Entries > 0 ? 0 : 1);
        });
        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % names.Length], results[i]));
    }
}
