using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

public class ToponymResolverTests(TinyGazetteerFixture tiny) : IClassFixture<TinyGazetteerFixture>
{
    [Fact]
    public void A_spelling_variant_resolves_to_the_place_in_the_documents_country()
    {
        var mentions = tiny.Resolve("Fighting continued in Myanmar. Rebels captured Laokaing in Shan State, Myanmar.");
        var laokaing = Assert.Single(mentions, m => m.Text == "Laokaing");
        Assert.Equal("Laukkaing", laokaing.Place.Name);
        Assert.Equal(NameMatch.SpellingVariant, laokaing.Match);
        Assert.InRange(laokaing.Score, 0.3, 1.0);
    }

    [Fact]
    public void Lao_Cai_does_not_win_Laokai_in_a_Myanmar_document()
    {
        var mentions = tiny.Resolve("The army left Laokai, near Lashio in Shan State. Myanmar said the town had fallen. Myanmar blamed rebels.");
        var laokai = Assert.Single(mentions, m => m.Text == "Laokai");
        Assert.Equal("Laukkaing", laokai.Place.Name);
        Assert.Equal("Lào Cai", laokai.RunnerUp?.Name);
    }

    [Fact]
    public void Laokai_is_Lao_Cai_in_a_Vietnam_document()
    {
        var mentions = tiny.Resolve("Floods hit Laokai in northern Vietnam. Vietnam sent troops from Hanoi.");
        Assert.Equal("VN", Assert.Single(mentions, m => m.Text == "Laokai").Place.CountryCode);
    }

    [Theory]
    [InlineData("The Arakan Army attacked a post.")]
    [InlineData("He said the Myanmar National Democratic Alliance Army had won.")]
    [InlineData("He spoke in a speech published by The Kokang, an affiliated website.")]
    [InlineData("He told Popular News Journal that the talks failed.")]
    [InlineData("The Bangladesh National Liberation Movement (BNLM) agreed.")]
    [InlineData("Shwei Phi Myai News Agency reported the move.")]
    public void Organisation_and_outlet_names_yield_no_place(string text) =>
        Assert.Empty(tiny.Resolve(text));

    [Fact]
    public void An_ethnonym_before_a_people_noun_is_not_the_place()
    {
        Assert.Empty(tiny.Resolve("The army is fighting the Kokang minority and a rival Kokang group."));
    }

    [Fact]
    public void A_demonym_before_a_place_noun_names_the_country()
    {
        var china = Assert.Single(tiny.Resolve("Shells fell on Chinese territory on Wednesday."));
        Assert.Equal(("China", NameMatch.Demonym, "Chinese"), (china.Place.Name, china.Match, china.Text));
    }

    [Fact]
    public void A_demonym_before_people_is_not_a_place() =>
        Assert.Empty(tiny.Resolve("Thousands of Chinese citizens were returned, and 40,000 Chinese went home."));

    [Theory]
    [InlineData("Video clips showed soldiers leaving.")]
    [InlineData("Many of them were moved.")]
    [InlineData("Police said a Deal was close.")]
    [InlineData("Sale of weapons continued.")]
    [InlineData("Mobile networks were cut.")]
    public void Towns_named_like_common_words_are_not_read_into_prose(string text) =>
        Assert.Empty(tiny.Resolve(text));

    [Fact]
    public void A_capital_that_speaks_stands_for_its_country()
    {
        var beijing = Assert.Single(tiny.Resolve("Beijing protested after shells fell."));
        Assert.Equal(("China", PlaceKind.Country, NameMatch.Metonym), (beijing.Place.Name, beijing.Place.Kind, beijing.Match));
        Assert.Equal("Beijing", beijing.RunnerUp?.Name);
    }

    [Fact]
    public void A_capital_as_a_location_stays_the_city()
    {
        var beijing = Assert.Single(tiny.Resolve("Talks were held in Beijing on Friday."));
        Assert.Equal((PlaceKind.Town, NameMatch.Exact), (beijing.Place.Kind, beijing.Match));
    }

    [Theory]
    [InlineData("Soldiers were moved to Lashio, the capital of the northern Shan region.", "northern Shan region")]
    [InlineData("Troops withdrew from Northern Shan State last week.", "Northern Shan State")]
    public void A_division_with_a_direction_and_a_division_noun_resolves_to_the_division(string text, string mention)
    {
        var shan = Assert.Single(tiny.Resolve(text), m => m.Text == mention);
        Assert.Equal(("Shan", PlaceKind.Admin1), (shan.Place.Name, shan.Place.Kind));
    }

    [Theory]
    [InlineData("The entire Kokang region was declared free.", "Kokang region")]
    [InlineData("It is the capital of the Kokang Autonomous Region, in Myanmar.", "Kokang Autonomous Region")]
    [InlineData("They sought control of the autonomous Kokang region again.", "autonomous Kokang region")]
    public void The_Kokang_zone_answers_to_its_usual_names(string text, string mention)
    {
        var kokang = Assert.Single(tiny.Resolve(text), m => m.Text == mention);
        Assert.Equal("Kokang Self-Administered Zone", kokang.Place.Name);
    }

    [Fact]
    public void The_dateline_city_is_resolved_and_marked()
    {
        string text = "BANGKOK (AFP) - Rebels took Lashio in Myanmar.";
        var dateline = DatelineParser.Parse(text, new DateOnly(2024, 1, 6));
        var document = new TextAnalyzer(new StrayCapitalLexicon([])).Analyze(text, dateline!.Span.End);
        var mentions = tiny.Resolver.Resolve(document, dateline);
        var bangkok = mentions[0];
        Assert.True(bangkok.IsDateline);
        Assert.Equal(("Bangkok", "TH", "BANGKOK"), (bangkok.Place.Name, bangkok.Place.CountryCode, bangkok.Text));
        Assert.All(mentions.Skip(1), m => Assert.False(m.IsDateline));
    }

    [Fact]
    public void A_possessive_is_left_out_of_the_mention()
    {
        var myanmar = Assert.Single(tiny.Resolve("He cited Myanmar's ties with its neighbour."));
        Assert.Equal("Myanmar", myanmar.Text);
    }

    [Fact]
    public void Country_focus_is_the_most_named_country_and_ignores_the_dateline()
    {
        var shan = Assert.Single(tiny.Gazetteer.FindByName("Shan State")).Entry;
        var thailand = tiny.Gazetteer.Country("TH")!;
        var china = tiny.Gazetteer.Country("CN")!;
        PlaceMention Mention(GazetteerEntry place, bool dateline = false) =>
            new(new TextSpan(0, 1), place.Name, place, NameMatch.Exact, 1, null, dateline);

        Assert.Equal("MM", ToponymResolver.CountryFocus([Mention(thailand, true), Mention(thailand, true), Mention(china), Mention(shan), Mention(shan)]));
        Assert.Equal("CN", ToponymResolver.CountryFocus([Mention(china), Mention(shan)]));
        Assert.Null(ToponymResolver.CountryFocus([Mention(thailand, true)]));
    }

    [Fact]
    public void At_equal_counts_the_country_whose_region_is_named_outranks_a_town_abroad()
    {
        // "in Hanoi township (Shan State)": a town spelled like one abroad loses to the region beside it.
        var shan = Assert.Single(tiny.Gazetteer.FindByName("Shan State")).Entry;
        var hanoi = tiny.Gazetteer.FindByName("Hanoi")[0].Entry;
        PlaceMention Mention(GazetteerEntry place) => new(new TextSpan(0, 1), place.Name, place, NameMatch.Exact, 1, null, false);

        Assert.Equal("VN", hanoi.CountryCode);
        Assert.Equal("MM", ToponymResolver.CountryFocus([Mention(hanoi), Mention(shan)]));
        Assert.Equal("VN", ToponymResolver.CountryFocus([Mention(hanoi), Mention(hanoi), Mention(shan)]));
    }

    [Fact]
    public void A_capital_speaking_for_its_government_counts_toward_the_focus_only_when_nothing_else_names_a_country()
    {
        // "Shan State officials accused Beijing ...; a charge Beijing denied": the capital is a party, not the setting.
        var shan = Assert.Single(tiny.Gazetteer.FindByName("Shan State")).Entry;
        var china = tiny.Gazetteer.Country("CN")!;
        PlaceMention Metonym() => new(new TextSpan(0, 1), "Beijing", china, NameMatch.Metonym, 1, null, false);
        PlaceMention Region() => new(new TextSpan(0, 1), shan.Name, shan, NameMatch.Exact, 1, null, false);

        Assert.Equal("MM", ToponymResolver.CountryFocus([Metonym(), Metonym(), Region()]));
        Assert.Equal("CN", ToponymResolver.CountryFocus([Metonym()]));
    }
}
