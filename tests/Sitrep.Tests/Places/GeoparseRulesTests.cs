using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Rules found by reading the geoparsing corpora's errors, each as a pattern over the real gazetteer.</summary>
[Collection(RealGazetteerGroup.Name)]
public class GeoparseRulesTests(RealGazetteerFixture real)
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(["a", "the", "of", "in"]));

    private IReadOnlyList<PlaceMention> Resolve(string text) => new ToponymResolver(real.Gazetteer).Resolve(Analyzer.Analyze(text), null);

    [Theory]
    [InlineData("Republic of Turkey", "Turkey")]
    [InlineData("Great Britain", "Britain")]
    [InlineData("Kingdom of Saudi Arabia", "Saudi Arabia")]
    [InlineData("Republic of the Congo", "Congo")]
    [InlineData("DR Congo", null)]
    [InlineData("Democratic Republic of the Congo", "Congo")]
    public void A_formal_spelling_gives_the_name_prose_uses(string spelling, string? expected) =>
        Assert.Equal(expected, WorldCountriesReader.ShortForm(spelling));

    [Theory]
    [InlineData("Talks with Turkey stalled.", "Turkey", "TR")]
    [InlineData("Exports to Britain fell.", "Britain", "GB")]
    public void A_country_known_by_its_formal_spelling_answers_to_its_everyday_name(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal((country, PlaceKind.Country), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Theory]
    [InlineData("Fighting in Congo spread from Goma toward Bukavu.", "CD")]
    [InlineData("Protests spread from Dolisie to Nkayi in Congo on Monday.", "CG")]
    public void Congo_is_whichever_of_the_two_the_texts_other_places_lie_in(string text, string country)
    {
        var congo = Assert.Single(Resolve(text), m => m.Text == "Congo");
        Assert.Equal((country, PlaceKind.Country), (congo.Place.CountryCode, congo.Place.Kind));
    }

    [Theory]
    // A division and its seat share a name: where things happen is the town, the division only when called one.
    [InlineData("Jihadists attacked a checkpoint in Gao on Sunday.", "Gao", PlaceKind.Town)]
    [InlineData("Hundreds of residents gathered in Kassala on Friday.", "Kassala", PlaceKind.Town)]
    [InlineData("Jihadists attacked a checkpoint in Gao region on Sunday.", "Gao region", PlaceKind.Admin1)]
    public void A_division_named_like_its_seat_is_the_town_where_things_happen(string text, string name, PlaceKind kind)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal(kind, mention.Place.Kind);
    }

    [Fact]
    public void Countries_named_as_parties_weigh_less_for_the_focus_than_places_on_the_ground()
    {
        // Two "U.S." against one "Yemen" and one "Sanaa": the report is about Yemen, so a misspelt Yemeni city counts.
        var mentions = Resolve("U.S. and British warplanes struck Houthi targets across Yemen on Friday, including in the capital Sanaa and the port city of Hodeidah, U.S. officials said.");
        Assert.Contains(mentions, m => m.Text == "Hodeidah" && m.Place.CountryCode == "YE");
    }

    [Fact]
    public void A_sea_is_not_the_division_named_after_it_and_does_not_confine_the_sentences_towns()
    {
        var mentions = Resolve("Strikes hit Hodeidah in Yemen after attacks on Red Sea shipping.");
        Assert.DoesNotContain(mentions, m => m.Text == "Red Sea" && m.Place.Kind == PlaceKind.Admin1);
        Assert.Contains(mentions, m => m.Text == "Hodeidah" && m.Place.CountryCode == "YE");
    }

    [Theory]
    [InlineData("Officials said U.S. troops would stay.", "U.S.", "US")]
    [InlineData("He moved to the U.K. last year.", "U.K.", "GB")]
    public void A_dotted_abbreviation_names_its_country(string text, string name, string country)
    {
        var mentions = Resolve(text);
        var mention = Assert.Single(mentions, m => m.Text == name);
        Assert.Equal((country, PlaceKind.Country), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Theory]
    [InlineData("Russian officials met on Tuesday.")]
    [InlineData("The Syrian delegation left early.")]
    public void A_demonym_is_never_a_misspelt_town(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Match == NameMatch.SpellingVariant);

    [Theory]
    [InlineData("Jihadists killed 20 civilians in central Mali's Mopti region on Thursday.", "Mali", "Mopti region", "ML")]
    [InlineData("Fighting raged in Sudan's North Darfur state on Friday.", "Sudan", "North Darfur state", "SD")]
    [InlineData("Shelling hit Ukraine's Kharkiv on Friday.", "Ukraine", "Kharkiv", "UA")]
    public void A_country_owning_a_division_or_a_town_is_a_place_and_so_is_what_it_owns(string text, string owner, string owned, string country)
    {
        var mentions = Resolve(text);
        Assert.Contains(mentions, m => m.Text == owner && m.Place.Kind == PlaceKind.Country);
        Assert.Contains(mentions, m => m.Text == owned && m.Place.CountryCode == country && m.Place.Kind != PlaceKind.Country);
    }

    [Fact]
    public void A_sentence_opening_word_only_small_towns_have_as_an_alternate_name_is_no_place()
    {
        var mentions = Resolve("Farmers blockaded the highways into La Paz on Monday.");
        Assert.DoesNotContain(mentions, m => m.Text == "Farmers");
        // Nor does it vote the United States the report's focus, which took La Paz there.
        Assert.Contains(mentions, m => m.Text == "La Paz" && m.Place.CountryCode == "BO");
    }

    [Theory]
    [InlineData("Officials in Texas said migrants crossed from Mexico.", "Mexico", "MX")]
    [InlineData("Police in Maine said the parcel came from China.", "China", "CN")]
    public void A_country_named_outright_beats_a_same_name_town_of_the_focus_country(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal((country, PlaceKind.Country), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Fact]
    public void A_state_beats_a_same_name_small_town_of_its_country()
    {
        var mentions = Resolve("Wildfires spread across California and Oregon on Monday.");
        Assert.All(mentions, m => Assert.Equal(("US", PlaceKind.Admin1), (m.Place.CountryCode, m.Place.Kind)));
        Assert.Equal(["California", "Oregon"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_city_of_a_million_beats_the_state_of_its_name()
    {
        var mention = Assert.Single(Resolve("The delegation flew to New York on Monday."));
        Assert.Equal(("US", PlaceKind.Town), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Theory]
    [InlineData("A mine exploded near Chaung Ma (East) in Sagaing Region.")]
    [InlineData("Fighting spread across the North on Monday.")]
    [InlineData("Troops moved West after the attack.")]
    public void A_compass_word_alone_is_a_direction_not_a_division_of_that_name(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Place.Kind == PlaceKind.Admin1 && m.Text is "East" or "North" or "West");

    [Theory]
    [InlineData("A bomb exploded in Muse district, Shan-North state, on Monday.", "Shan-North", "Shan")]
    [InlineData("Shells landed in Paukkhaung township (Pyay district, Bago-West region).", "Bago-West", "Bago")]
    public void A_division_half_written_with_a_hyphenated_compass_word_is_the_division(string text, string written, string division)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == written);
        Assert.Equal(("MM", PlaceKind.Admin1, division), (mention.Place.CountryCode, mention.Place.Kind, mention.Place.Name));
    }

    [Fact]
    public void Continents_are_places_of_no_country()
    {
        var mentions = Resolve("Cases rose across Asia and Europe.");
        Assert.Equal(["Asia", "Europe"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(("", "CONT"), (m.Place.CountryCode, m.Place.FeatureCode)));
    }

    [Theory]
    [InlineData("Dunn said the road had been closed since Monday.")]
    [InlineData("The sheriff's deputy, Thomas told reporters, had left.")]
    public void A_town_name_before_a_verb_of_speech_is_a_speaker(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Place.Kind == PlaceKind.Town);

    [Theory]
    [InlineData("St", false)]
    [InlineData("Lu", false)]
    [InlineData("Bago", true)]
    public void Two_letter_alternate_names_are_abbreviations_not_names(string alternate, bool useful) =>
        Assert.Equal(useful, GeoNamesReader.IsUsefulAlternate(alternate));

    [Theory]
    [InlineData("Canada's Broadcasting Corporation reported the case.", "Canada", "CA")]
    [InlineData("Thousands of refugees returned to southern Sudan after the deal.", "Sudan", "SD")]
    public void A_country_owning_an_organisation_or_after_a_direction_is_a_place(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal((country, PlaceKind.Country), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Theory]
    [InlineData("Pamela Anderson arrived today in Athens, Greece, for the launch.", "Athens", "GR")]
    [InlineData("The plant in London, Ontario, will close next year.", "London", "CA")]
    [InlineData("McDonald's asked diners at its restaurant in Greenlane, Auckland, New Zealand, to see a doctor.", "Auckland", "NZ")]
    public void A_town_followed_by_a_comma_and_its_country_or_division_is_the_town_inside_it(string text, string town, string country)
    {
        var mentions = Resolve(text);
        var mention = Assert.Single(mentions, m => m.Text == town);
        Assert.Equal((country, PlaceKind.Town), (mention.Place.CountryCode, mention.Place.Kind));
        Assert.All(mentions.Where(m => m.Text != town), m => Assert.Equal(country, m.Place.CountryCode));
    }

    [Fact]
    public void A_town_placed_once_by_its_country_keeps_that_place_in_the_rest_of_the_report()
    {
        var mentions = Resolve("Anderson arrived in Athens, Greece, on Monday. Fans met her in downtown Athens. "
                               + "The Hollywood actress left Athens on Tuesday.");

        var athens = mentions.Where(m => m.Text == "Athens").ToList();
        Assert.Equal(3, athens.Count);
        Assert.All(athens, m => Assert.Equal(("GR", PlaceKind.Town), (m.Place.CountryCode, m.Place.Kind)));
    }

    [Theory]
    [InlineData("He admitted stabbing a New Zealand national at a house in Edmonton, south of Cairns, in 2014.", "Edmonton", "AU")]
    [InlineData("The body was dumped near Yarrabah, near Cairns, police said.", "Yarrabah", "AU")]
    [InlineData("Police found him in Edmonton, 15 km south of Cairns.", "Edmonton", "AU")]
    public void A_town_placed_by_a_landmark_is_the_namesake_near_it(string text, string town, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == town);
        Assert.Equal(country, mention.Place.CountryCode);
        Assert.True(mention.Place.Point.DistanceKm(Assert.Single(Resolve(text), m => m.Text == "Cairns").Place.Point) < 100);
    }

    [Fact]
    public void A_compass_point_with_of_makes_the_name_after_it_a_place()
    {
        var mention = Assert.Single(Resolve("A house south of Cairns burned down."));
        Assert.Equal(("Cairns", "AU"), (mention.Text, mention.Place.CountryCode));
    }

    [Theory]
    [InlineData("Cases were reported in China, Japan and Korea.", "China")]
    [InlineData("Storms hit Oklahoma, Texas and Kansas.", "Oklahoma")]
    public void A_list_of_countries_or_divisions_is_not_a_town_placed_in_the_next_one(string text, string first)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == first);
        Assert.NotEqual(PlaceKind.Town, mention.Place.Kind);
    }

    [Fact]
    public void A_sentence_naming_a_division_keeps_its_villages_inside_it()
    {
        var mentions = Resolve("On 2 January 2021, in Lay Kay village (Bilin Township, Thaton District, Mon State), an explosion "
                               + "happened at a military camp in the village.");

        Assert.Contains(mentions, m => m.Place.Name == "Mon" && m.Place.Kind == PlaceKind.Admin1);
        Assert.All(mentions.Where(m => m.Place.Kind == PlaceKind.Town), m => Assert.Equal("Mon", m.Place.Admin1));
    }
}
