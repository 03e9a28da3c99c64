using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Events;

/// <summary>
/// Coding that reads past the sentence: the report's country when no place names one, accounts a later sentence
/// denies, force used on a demonstration told in the next sentence, and places an event is only near.
/// </summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class ReportContextTests(RealGazetteerFixture gazetteer)
{
    private readonly PipelineFixture fixture = new(gazetteer);

    private ExtractionResult Code(string text, string published = "2024-03-09") => fixture.Code(text, published);

    private CodedEvent Single(string text, string published = "2024-03-09") => Assert.Single(Code(text, published).Coding.Events);

    [Fact]
    public void A_named_armed_group_places_a_report_that_names_no_country_in_its_home()
    {
        var e = Single("ISWAP fighters attacked a military base in Malam Fatori, killing at least seven soldiers.");
        Assert.Equal(("Mallam Fatori", "NG"), (e.Place?.Name, e.Place?.Country));
        Assert.Equal("Military Forces of Nigeria (2023-)", e.Actor2?.Name);
        Assert.Equal(7, e.Fatalities);
    }

    [Fact]
    public void The_datelines_country_is_the_reports_when_its_body_names_none()
    {
        var e = Single("MAIDUGURI, Nigeria, March 9 (AFP) - Gunmen killed five farmers in a village on Sunday.");
        Assert.Equal("Unidentified Armed Group (Nigeria)", e.Actor1?.Name);
        Assert.Equal("Civilians (Nigeria)", e.Actor2?.Name);
    }

    [Theory]
    [InlineData("MAIDUGURI, Nigeria, March 9 (AFP) - A military drone strike killed at least 85 villagers on Sunday.", "Military Forces of Nigeria (2023-)")]
    [InlineData("Army drones struck a Rapid Support Forces base in Omdurman on Sunday, killing five fighters.", "Military Forces of Sudan (2019-)")]
    public void The_armed_forces_own_weapons_are_the_reports_countrys_military(string text, string military) =>
        Assert.Equal(military, Single(text).Actor1?.Name);

    [Theory]
    [InlineData("Jihadists from the Islamic State West Africa Province attacked a military base in Borno state on Friday.")]
    [InlineData("Gunmen from al-Shabaab attacked a police station in Mogadishu on Friday.")]
    [InlineData("Gunmen believed to belong to JNIM looted shops and burned the school in a village near Djibo on Tuesday.")]
    [InlineData("Gunmen thought to be from ISWAP set fire to a market in Monguno on Sunday.")]
    public void Fighters_said_to_be_of_a_named_group_are_that_group_not_an_unidentified_one(string text)
    {
        var e = Single(text);
        Assert.DoesNotContain("Unidentified Armed Group", e.Actor1?.Name);
        Assert.DoesNotContain("Unidentified Armed Group", e.Actor2?.Name ?? "");
    }

    [Fact]
    public void The_dead_before_a_comma_are_not_the_speakers_after_it()
    {
        var e = Single("ISWAP attacked a military base in Malam Fatori in Borno state overnight, killing at least seven soldiers, two security sources told AFP.");
        Assert.Equal(7, e.Fatalities);
        Assert.Equal("Military Forces of Nigeria (2023-)", e.Actor2?.Name);
    }

    [Fact]
    public void Fighting_that_won_a_town_is_one_takeover_only_near_the_route_ends_and_hands_over_no_town()
    {
        var e = Single("M23 rebels seized the town of Shasha on the road linking Goma to Bukavu on Tuesday after heavy fighting with the Congolese army.", "2025-02-08");
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.Equal(2, e.Place?.GeoPrecision);
        Assert.Null(e.ControlChange); // Goma did not change hands
    }

    [Fact]
    public void Parts_of_a_province_taken_do_not_hand_over_the_province()
    {
        var events = Code("M23 rebels have taken control of large parts of North Kivu province since Tuesday.", "2025-02-08").Coding.Events;
        Assert.All(events, e => Assert.Null(e.ControlChange));
    }

    [Fact]
    public void Force_used_on_a_march_in_the_next_sentence_makes_one_protest_with_intervention_where_the_march_was()
    {
        var e = Single("Hundreds of people marched in Kinshasa on Friday against the fighting in the east. Police fired tear gas to disperse protesters who burned tyres.", "2025-02-08");
        Assert.Equal("Protest with intervention", e.SubEventType);
        Assert.Equal("Kinshasa", e.Place?.Name);
        Assert.StartsWith("Police Forces of the Democratic Republic of Congo", e.Actor2?.Name);
    }

    [Fact]
    public void An_account_a_later_sentence_refers_to_and_denies_is_disputed()
    {
        var e = Single("At least 18 civilians were killed when shells fell on a displacement camp near Sake on Wednesday, the U.N. humanitarian office OCHA said. "
                       + "The army blamed the M23 for the shelling, but rebel spokesman Lawrence Kanyuka denied that his fighters had targeted civilians.", "2025-02-08");
        Assert.True(e.Disputed);
        Assert.Contains(e.Claims, c => c.By == "OCHA" && c.Verb == "said");
    }

    [Fact]
    public void A_later_account_by_a_government_named_for_its_region_gives_the_toll_the_first_lacked()
    {
        // The region in the speaker's name places nothing; the account is the strike's, and its toll and victims are.
        var e = Single("Iran's Revolutionary Guards said they fired ballistic missiles late on Monday at a building in Erbil, capital of Iraq's Kurdistan region. "
                       + "The Kurdistan regional government said four civilians were killed when a missile hit a home.", "2024-01-16");
        Assert.Equal("Erbil", e.Place?.Name);
        Assert.Equal(4, e.Fatalities);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Contains(e.Claims, c => c.By == "Kurdistan regional government" && c.Verb == "said");
    }

    [Fact]
    public void An_event_in_a_village_the_gazetteer_lacks_is_placed_in_the_reports_country()
    {
        // No Tindirma-Kouara anywhere: the report's country, at ACLED's geo_precision 3, not no place at all.
        var e = Single("Gunmen executed 12 men at a livestock market in the village of Tindirma-Kouara on Sunday, residents said. "
                       + "Mali's government called for calm.", "2024-03-12");
        Assert.Equal(("Mali", "ML", 3), (e.Place?.Name, e.Place?.Country, e.Place?.GeoPrecision));
    }

    [Theory]
    [InlineData("A U.S. air strike near Jilib on Saturday killed five Al Shabaab fighters.")] // "U.S." is the side, not the setting
    [InlineData("The Somali army said it carried out an air strike near Jilib that killed five fighters.")] // "that" is relative: the claim holds Jilib
    public void A_strike_is_placed_at_its_town_not_at_the_strikers_country_or_in_the_attribution(string text) =>
        Assert.Equal(("Jilib", "SO"), (Single(text, "2024-03-12").Place?.Name, Single(text, "2024-03-12").Place?.Country));

    [Theory]
    [InlineData("Gunmen shot dead journalist Ahmed Hassan in Mogadishu on Saturday.", 1)]
    [InlineData("Police commander Ali Hassan was shot dead by gunmen in Kano on Sunday.", 1)]
    [InlineData("Gunmen attacked a police post near Kano on Monday, killing three policemen, officials said.", 3)] // the policemen do not speak
    public void A_person_killed_by_name_is_one_death_and_the_dead_before_a_trailing_speaker_count(string text, int fatalities) =>
        Assert.Equal(fatalities, Single(text, "2024-03-12").Fatalities);

    [Fact]
    public void Foreign_forces_beside_the_home_army_are_its_associated_actor_coded_as_external()
    {
        var e = Single("Rwandan and Mozambican troops retook Mocimboa da Praia in Cabo Delgado province from insurgents on Sunday.", "2021-08-09");
        Assert.Equal("Military Forces of Mozambique (2015-2025)", e.Actor1?.Name);
        var rwanda = Assert.Single(e.AssocActors);
        Assert.Equal(("Military Forces of Rwanda (2000-)", 8), (rwanda.Name, rwanda.Inter));
    }

    [Fact]
    public void Congo_is_the_democratic_republic_in_a_report_about_its_towns()
    {
        var e = Single("Congo's army said its drones struck M23 positions near Sake on Thursday.", "2025-02-08");
        Assert.Equal("CD", e.Place?.Country);
        Assert.StartsWith("Military Forces of the Democratic Republic of Congo", e.Actor1?.Name);
    }

    [Fact]
    public void A_town_named_like_a_region_abroad_is_read_in_the_named_groups_home()
    {
        // Beni is also a Bolivian department; nothing but the ADF says which Beni is meant.
        var e = Single("ADF rebels killed 12 people in Beni on Friday.", "2024-03-12");
        Assert.Equal(("CD", "Civilians (Democratic Republic of Congo)"), (e.Place?.Country, e.Actor2?.Name));

        // A place the text puts abroad stays there.
        Assert.Equal("UG", Single("ADF rebels attacked a village near Kasese in western Uganda on Friday, killing 5 people.", "2024-03-12").Place?.Country);
    }

    [Fact]
    public void An_adjective_both_Congos_share_leaves_the_country_to_the_armed_group_named()
    {
        // "Congolese" is the adjective of both Congos: it must not make Brazzaville's Congo the report's country and
        // leave the M23's town unfound.
        var e = Single("Congolese army troops captured the town of Rutshuru from M23 rebels on Friday after a week of fighting.", "2023-01-10");
        Assert.Equal(("Rutshuru", "CD"), (e.Place?.Name, e.Place?.Country));
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("M23: March 23 Movement", e.Actor2?.Name);
    }

    [Theory]
    [InlineData("KYIV, Jan 3 (Reuters) - A missile strike on a residential building in Kharkiv killed five people on Tuesday, the governor said.",
        "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)")]
    [InlineData("KYIV, Jan 3 (Reuters) - Shelling killed two people in Kherson on Tuesday, the governor said.",
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Ukraine)")]
    [InlineData("KHARTOUM, Jan 3 (Reuters) - An air strike on a market in Omdurman killed 17 civilians on Tuesday, activists said.",
        "Air/drone strike", "Military Forces of Sudan (2019-)")]
    [InlineData("KHARTOUM, Jan 3 (Reuters) - A drone strike on a market in Omdurman killed 17 civilians on Tuesday, activists said.",
        "Air/drone strike", "Unidentified Armed Group (Sudan)")]
    [InlineData("GAZA, Jan 3 (AFP) - An air strike on a school sheltering displaced families in Rafah killed at least 15 people, medics said.",
        "Air/drone strike", "Military Forces of Israel (2022-)")]
    [InlineData("A jet fighter bombed Pazigyi village in Sagaing Region on Tuesday, killing five civilians.",
        "Air/drone strike", "Military Forces of Myanmar (2021-)")]
    public void A_strike_with_no_named_attacker_is_the_actor_s_that_alone_strikes_there_with_that_weapon(string text, string subEventType, string actor1)
    {
        var e = Single(text, "2024-01-03");
        Assert.Equal((subEventType, actor1), (e.SubEventType, e.Actor1?.Name));
    }

    [Fact]
    public void A_state_s_forces_abroad_are_external_forces_and_at_home_state_forces()
    {
        var e = Single("KYIV, Jan 3 (Reuters) - Russian troops attacked Ukrainian positions near Bakhmut on Tuesday, the General Staff said.", "2024-01-03");
        Assert.Equal(("Military Forces of Russia (2000-)", 8), (e.Actor1?.Name, e.Actor1?.Inter));
        Assert.Equal(("Military Forces of Ukraine (2019-)", 1), (e.Actor2?.Name, e.Actor2?.Inter));
    }

    [Fact]
    public void Forces_whose_positions_were_shelled_are_its_target_not_its_attacker()
    {
        var e = Single("KYIV, Jan 3 (Reuters) - Ukrainian positions near Bakhmut were shelled overnight by Russian artillery, the General Staff said.", "2024-01-03");
        Assert.Equal("Military Forces of Russia (2000-)", e.Actor1?.Name);
        Assert.Equal("Military Forces of Ukraine (2019-)", e.Actor2?.Name);
    }

    [Theory]
    [InlineData("Gunmen killed five farmers in Gwoza, Borno State, on Saturday. Authorities blamed Boko Haram, although no group claimed the attack.",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", false)]
    [InlineData("A bomb exploded at a church in Kasindi, North Kivu, on Sunday, killing 14 worshippers. An unknown group claimed the blast; the Congolese army attributed it to the ADF.",
        "ADF: Allied Democratic Forces", false)]
    [InlineData("Gunmen killed 30 residents of a village near Gimbi in Oromia on Saturday. The regional government blamed the OLA, which denied it.",
        "OLF-Shane: Oromo Liberation Front-Shane", true)]
    [InlineData("A suicide bomber blew himself up on a beach in Mogadishu on Friday, killing 37 civilians. Al Shabaab claimed the attack.",
        "Al Shabaab", false)]
    public void An_attack_s_claimant_or_the_group_it_is_blamed_on_is_its_attacker(string text, string actor1, bool disputed)
    {
        var e = Assert.Single(Code(text, "2024-06-30").Coding.Events, e => e.Fatalities > 0);
        Assert.Equal((actor1, disputed), (e.Actor1?.Name, e.Disputed));
        Assert.DoesNotContain(e.Evidence, v => v.Field == "actor2" && v.Text.Contains("army", StringComparison.Ordinal));
    }

    [Fact]
    public void No_group_claiming_an_attack_names_no_attacker()
    {
        var e = Single("Gunmen killed five farmers in Gwoza, Borno State, on Saturday. No group claimed the attack, which residents said bore the hallmarks of Boko Haram.", "2024-06-30");
        Assert.Equal("Unidentified Armed Group (Nigeria)", e.Actor1?.Name);
    }

    [Fact]
    public void Protesters_killed_make_a_demonstration_excessive_force_by_whoever_used_it()
    {
        var e = Single("Thousands of people marched in Kinshasa on Saturday. Police fired tear gas to disperse them and two protesters were killed.", "2024-05-27");
        Assert.Equal(("Excessive force against protesters", 2), (e.SubEventType, e.Fatalities));
        Assert.Equal("Police Forces of the Democratic Republic of Congo (2019-)", e.Actor1?.Name);
        Assert.Equal("Protesters (Democratic Republic of Congo)", e.Actor2?.Name);
        Assert.Equal("PROTEST", e.Plover?.Category); // for PLOVER the words still tell a protest
    }

    [Fact]
    public void A_march_to_mourn_the_dead_of_an_earlier_day_has_no_toll_of_its_own()
    {
        var e = Single("Thousands marched in Nairobi on Tuesday to mourn two protesters killed last month.", "2024-05-27");
        Assert.Equal(("Peaceful protest", 0), (e.SubEventType, e.Fatalities));
    }

    [Fact]
    public void Fire_nobody_is_said_to_have_aimed_right_after_a_battle_is_the_battle_s_and_so_is_its_toll()
    {
        var e = Single("FARDC soldiers backed by Burundian troops fought M23 rebels on the hills near Sake on Wednesday. Shells fell on parts of the town, and at least 6 combatants were reportedly killed.", "2024-02-08");
        Assert.Equal(("Armed clash", 6), (e.SubEventType, e.Fatalities));
        Assert.Equal("Military Forces of the Democratic Republic of Congo (2019-)", e.Actor1?.Name);
        Assert.Equal("M23: March 23 Movement", e.Actor2?.Name);
        Assert.Equal("Military Forces of Burundi (2020-)", Assert.Single(e.AssocActors).Name);
    }

    [Fact]
    public void An_attack_on_villagers_with_background_air_strikes_in_its_toll_sentence_stays_an_attack()
    {
        var e = Assert.Single(Code("Hundreds of bandits stormed villages around Anka in Zamfara State on Wednesday, shooting residents and burning houses. Local sources said at least 58 people were killed; the attackers were reportedly retaliating for air strikes on their camps.", "2022-01-06").Coding.Events, e => e.Fatalities > 0);
        Assert.Equal(("Attack", 58), (e.SubEventType, e.Fatalities));
    }

    [Fact]
    public void Destruction_told_before_a_demonstration_word_is_no_riot()
    {
        var events = Code("Soldiers torched a village near Gonaives on Monday, residents who protested said.", "2024-03-12").Coding.Events;
        Assert.Contains(events, e => e.SubEventType == "Looting/property destruction");
        Assert.DoesNotContain(events, e => e.EventType == "Riots");
    }

    [Fact]
    public void Force_used_on_them_in_the_next_sentence_makes_the_march_before_a_protest_with_intervention()
    {
        var e = Single("Hundreds of protesters marched in Bamako on Monday. Security forces fired tear gas to disperse them.", "2024-03-12");
        Assert.Equal(("Protest with intervention", "Bamako"), (e.SubEventType, e.Place?.Name));
    }

    [Fact]
    public void Tear_gas_with_no_demonstration_before_it_is_no_protest()
    {
        Assert.DoesNotContain(Code("Hundreds of people gathered at a market in Bamako on Monday. Later that day, police fired tear gas at a football match.", "2024-03-12").Coding.Events,
            e => e.EventType == "Protests");
    }

    [Theory]
    // A town or a compass-named division abroad, in a country the report names nowhere else, is a namesake taken by
    // mistake: Moura in Portugal, South Africa's North West, Silae in the Philippines.
    [InlineData("Soldiers killed 14 herders near the village of Moura in central Mali on Tuesday, residents said.", "PT")]
    [InlineData("At least nine Cameroonian soldiers were killed on Friday when separatists ambushed their convoy in the North-West region.", "ZA")]
    [InlineData("Police fired on protesters in the Siloe district of Cali on Tuesday, killing two people, witnesses said.", "PH")]
    public void No_event_is_placed_in_a_country_the_report_does_not_name(string text, string country)
    {
        var result = Code(text);
        Assert.DoesNotContain(result.Places, p => p.Place.CountryCode == country);
        Assert.All(result.Coding.Events, e => Assert.NotEqual(country, e.Place?.Country));
        Assert.NotEmpty(result.Coding.Events);
    }

    [Fact]
    public void A_side_named_by_nationality_and_capital_does_not_move_a_town_abroad()
    {
        var e = Single("A Turkish drone struck a car near Sinjar on Tuesday, killing two fighters of a group Ankara calls terrorists.");
        Assert.Equal("IQ", e.Place?.Country);
    }
}
