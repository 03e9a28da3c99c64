using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Events;

/// <summary>Event coding through the whole pipeline, on short reports written for each rule.</summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class EventCodingTests(RealGazetteerFixture gazetteer)
{
    private readonly PipelineFixture fixture = new(gazetteer);

    private ExtractionResult Code(string text, string published = "2024-01-10") => fixture.Code(text, published);

    private CodedEvent Single(string text, string published = "2024-01-10") => Assert.Single(Code(text, published).Coding.Events);

    [Theory]
    [InlineData("Militiamen torched huts and gunned down fleeing villagers in a dawn attack on a village near Nyala on Sunday.")]
    [InlineData("Gunmen burned down shops and shot dead five traders in Kumba on Monday.")]
    public void Property_destroyed_and_civilians_attacked_in_one_sentence_are_one_attack(string text)
    {
        var attack = Single(text);
        Assert.Equal(("Violence against civilians", "Attack"), (attack.EventType, attack.SubEventType));
    }

    [Fact]
    public void Riots_told_as_background_do_not_turn_the_sentences_own_rally_into_a_riot()
    {
        var events = Code("Thousands of opposition supporters rallied in Antananarivo on Saturday, a week after riots left dozens dead.").Coding.Events;
        Assert.Contains(events, e => e.SubEventType == "Peaceful protest");
    }

    [Fact]
    public void Shootings_told_as_background_are_not_force_used_on_the_sentences_own_protest()
    {
        var events = Code("Activists began a hunger strike in Imphal on Sunday, days after soldiers shot dead ten civilians at a bus stop.").Coding.Events;
        Assert.Contains(events, e => e.SubEventType == "Peaceful protest");
        Assert.DoesNotContain(events, e => e.SubEventType == "Excessive force against protesters");
    }

    [Fact]
    public void A_background_act_is_dated_by_its_clause_and_keeps_its_own_toll()
    {
        var events = Code("Thousands of opposition supporters rallied in Antananarivo on Saturday, a week after riots left dozens dead.", "2009-02-02").Coding.Events;
        var rally = Assert.Single(events, e => e.SubEventType == "Peaceful protest");
        var riots = Assert.Single(events, e => e.SubEventType == "Violent demonstration");
        Assert.Equal((new DateOnly(2009, 1, 31), 0), (rally.Date!.Value, rally.Fatalities)); // the crowd is no toll
        Assert.Equal((new DateOnly(2009, 1, 24), 2), (riots.Date!.Value, riots.TimePrecision));
        Assert.True(riots.Fatalities > 0);
    }

    [Theory]
    [InlineData("Militants rammed a car bomb into the UN building in Abuja on Friday, killing at least 18 people, police and U.N. officials said.", "Police Forces of Nigeria")]
    [InlineData("Militants set off a car bomb in Jakarta on Friday, killing 10 people, according to Indonesian police.", "Police Forces of Indonesia")]
    public void Police_who_only_report_an_attack_are_its_source_not_its_target(string text, string police)
    {
        var attack = Single(text, "2009-02-02");
        Assert.NotEqual(police, attack.Actor2?.Name);
        Assert.Contains(attack.Sources, s => s.Name == police);
    }

    [Theory]
    [InlineData("Riots left 30 dead in Antananarivo on Saturday.", 30)]
    [InlineData("A car bomb exploded in Jakarta on Friday, causing the death of at least 10 persons and injuring 150 others.", 10)]
    [InlineData("Five soldiers were killed after rebels ambushed a convoy near Goma on Monday.", 5)]
    public void A_toll_read_as_what_is_counted_or_before_a_later_clause_is_the_events(string text, int fatalities) =>
        Assert.Equal(fatalities, Single(text, "2009-02-02").Fatalities);

    [Fact]
    public void Riots_in_the_sentences_own_clause_still_make_the_demonstration_a_riot()
    {
        var events = Code("Thousands of opposition supporters rallied in Antananarivo on Saturday and the protest turned into riots.").Coding.Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Peaceful protest");
    }

    [Fact]
    public void Destruction_by_one_side_is_not_part_of_an_attack_by_another_in_the_same_sentence()
    {
        var events = Code("The Israeli army blew up the homes of two Hamas suicide bombers in Nablus on Tuesday.").Coding.Events;
        Assert.Contains(events, e => e.SubEventType == "Looting/property destruction");
    }

    [Fact]
    public void A_denial_does_not_become_an_event()
    {
        Assert.Empty(Code("Military spokesman Zaw Min Tun denied that troops had withdrawn from Lashio.").Coding.Events);
    }

    [Theory]
    [InlineData("The government rejected accusations that its troops had killed civilians in Tigray.")]
    [InlineData("The army dismissed reports of fighting near Lashio on Monday.")]
    [InlineData("A junta spokesman denied claims that jets had bombed a school in Sagaing region.")]
    // A part in an act denied refers to it: "any involvement in".
    [InlineData("Damascus denied on Wednesday any involvement in the car bombing in Beirut that killed 23 people.")]
    [InlineData("The militia denied involvement in the massacre of villagers near Beni on Tuesday.")]
    public void What_a_denial_disowns_does_not_become_an_event_whoever_speaks(string text)
    {
        Assert.Empty(Code(text).Coding.Events);
    }

    [Fact]
    public void The_reports_own_account_after_but_is_coded_despite_a_denial_before_it()
    {
        var e = Single("The army dismissed reports of fighting near Lashio, but residents said troops clashed with the MNDAA on Monday.");
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Theory]
    [InlineData("Israel carried out air strikes on Rafah on Tuesday, killing 12 people.", "Military Forces of Israel (2022-)", "Rafah", "PS")]
    [InlineData("Ukraine accused Russia of shelling a hospital in Kharkiv, a charge Moscow denied.", "Military Forces of Russia (2000-)", "Kharkiv", "UA")]
    [InlineData("Russia has again shelled Kharkiv, Ukrainian officials said.", "Military Forces of Russia (2000-)", "Kharkiv", "UA")]
    public void A_country_named_as_the_attacker_is_its_military_and_the_event_is_where_it_struck(string text, string actor1, string place, string country)
    {
        var e = Single(text, "2024-03-12");
        Assert.Equal(actor1, e.Actor1?.Name);
        Assert.Equal(place, Sitrep.Places.NameFolding.Fold(e.Place!.Name), ignoreCase: true); // GeoNames spells it "Rafaḩ"
        Assert.Equal(country, e.Place.Country);
    }

    [Theory]
    [InlineData("Ukraine accused Russia of shelling a hospital in Kharkiv, a charge Moscow denied.", "Government of Ukraine")]
    [InlineData("Kyiv said Russian forces shelled a hospital in Kharkiv, killing two people; Moscow denied the claim.", "Government of Ukraine")]
    public void An_account_the_other_side_denies_in_the_same_sentence_is_disputed_and_sourced_to_the_accusing_government(string text, string source)
    {
        var e = Single(text, "2024-03-12");
        Assert.True(e.Disputed);
        Assert.Contains(e.Sources, s => s.Name == source && s.Kind == SourceKind.Organisation);
    }

    [Fact]
    public void An_account_nobody_contradicts_is_not_disputed()
    {
        Assert.False(Single("Russian forces shelled a hospital in Kharkiv, killing two people, regional governor Oleh Syniehubov said.", "2024-03-12").Disputed);
    }

    [Fact]
    public void A_toll_belongs_to_the_event_told_before_it_not_to_every_event_of_the_sentence()
    {
        var events = Code("Israeli air strikes killed at least 25 Palestinians in Rafah overnight, as fighting raged in Khan Younis.", "2024-03-12").Coding.Events;
        var strike = Assert.Single(events, e => e.SubEventType == "Air/drone strike");
        var clash = Assert.Single(events, e => e.SubEventType == "Armed clash");
        Assert.Equal((25, "Civilians (Palestine)"), (strike.Fatalities, strike.Actor2?.Name));
        Assert.Equal(0, clash.Fatalities);
        Assert.NotEqual("Civilians (Palestine)", clash.Actor2?.Name);
    }

    [Fact]
    public void A_count_before_a_comma_and_a_participle_is_not_the_toll_the_participle_tells()
    {
        var e = Single("Russian warplanes carried out at least 15 raids on Idlib province on Sunday, killing seven civilians.", "2024-03-12");
        Assert.Equal(7, e.Fatalities);
        // "including" opens a subset of the count, whose verb still comes later.
        var surrender = Single("The alliance said 2,389 army personnel, including six brigadier generals, and their families had surrendered in Laukkaing by Friday.", "2024-01-06");
        Assert.Equal(2389, surrender.Counts["personnel_surrendered"]);
    }

    [Theory]
    // A count of marchers is no toll of the act they denounce: after an article the word names that act.
    [InlineData("Thousands marched in Nairobi on Monday to denounce the killing of Kenyan traders in Somalia.")]
    [InlineData("Hundreds of students rallied in Dhaka on Sunday, denouncing the killing of two classmates in Sylhet.")]
    public void A_crowd_denouncing_a_killing_is_not_its_toll(string text)
    {
        var e = Single(text, "2024-03-12");
        Assert.Equal("Protests", e.EventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Theory]
    // Demonstrators are named by where they demonstrate, not by a country the report names for another reason.
    [InlineData("Hundreds of people protested in Yangon on Sunday against China's support for the junta.", "Protesters (Myanmar)")]
    [InlineData("Peasants and miners blockaded the highways into La Paz on Monday in protest at plans to export gas through Chile.", "Protesters (Bolivia)")]
    [InlineData("Thousands marched in Nairobi on Monday to denounce the killing of Kenyan traders in Somalia.", "Protesters (Kenya)")]
    public void Demonstrators_are_named_by_the_country_they_demonstrate_in(string text, string actor1) =>
        Assert.Equal(actor1, Single(text, "2024-03-12").Actor1?.Name);

    [Fact]
    public void A_sentence_set_in_another_country_names_that_countrys_forces()
    {
        var events = Code("Suspected jihadists killed 20 civilians in an attack on a village in central Mali on Thursday, officials said.\n"
                          + "In neighbouring Burkina Faso, a roadside bomb hit a military convoy near Djibo, killing six soldiers.\n"
                          + "Police in Niamey arrested five journalists on Sunday.", "2024-06-15").Coding.Events;
        Assert.Equal("Military Forces of Burkina Faso", Assert.Single(events, e => e.Place?.Name == "Djibo").Actor2?.Name.Split(" (")[0]);
        Assert.StartsWith("Police Forces of Niger", Assert.Single(events, e => e.SubEventType == "Arrests").Actor1?.Name);
        Assert.Equal("Civilians (Mali)", Assert.Single(events, e => e.SubEventType == "Attack").Actor2?.Name);
    }

    [Fact]
    public void A_country_named_as_the_agent_is_not_where_the_event_was()
    {
        var e = Single("Ukraine's air force said it shot down 38 of 42 drones launched by Russia overnight.", "2024-06-15");
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("UA", e.Place?.Country);
    }

    [Fact]
    public void An_unnamed_attacker_in_a_named_division_is_named_by_its_country()
    {
        var events = Code("PORT-AU-PRINCE, Haiti (AP) - Gang members set fire to a police station in the town of Mirebalais on Monday, officials said.\n"
                          + "Police said the Viv Ansanm gang coalition was behind the attack.\n"
                          + "In Colombia, dissident guerrillas ambushed an army patrol in Cauca, killing four soldiers.", "2024-05-15").Coding.Events;
        Assert.Equal("Unidentified Armed Group (Colombia)", Assert.Single(events, e => e.Place?.Country == "CO").Actor1?.Name);
    }

    [Fact]
    public void An_unnamed_attacker_in_a_capital_is_named_by_the_capitals_country()
    {
        var e = Single("Pakistani officials said gunmen killed five Pakistani traders in Kabul on Monday.", "2024-06-15");
        Assert.Equal("Unidentified Armed Group (Afghanistan)", e.Actor1?.Name);
    }

    [Fact]
    public void An_event_takes_its_place_from_its_own_clause()
    {
        // The town is more specific than the strip, but it is where the fighting was, after the comma.
        var events = Code("Israeli air strikes killed at least 25 Palestinians across the Gaza Strip overnight, as fighting raged in Khan Younis.", "2024-03-12").Coding.Events;
        Assert.Equal("Gaza Strip", Assert.Single(events, e => e.SubEventType == "Air/drone strike").Place?.Name);
        Assert.Equal("Khan Yunis", Sitrep.Places.NameFolding.Fold(Assert.Single(events, e => e.SubEventType == "Armed clash").Place!.Name), ignoreCase: true);
    }

    [Fact]
    public void A_place_naming_the_institution_that_speaks_is_not_where_the_event_happened()
    {
        var e = Single("An air strike killed five people in Khan Younis overnight, the Gaza health ministry said.", "2024-03-12");
        Assert.Equal("Khan Yunis", Sitrep.Places.NameFolding.Fold(e.Place!.Name), ignoreCase: true);
    }

    [Fact]
    public void A_country_that_only_speaks_is_no_party()
    {
        var result = Code("Russia said Ukrainian drones attacked an oil depot in Belgorod.", "2024-03-12");
        Assert.DoesNotContain(result.Actors, a => a.Text == "Russia");
    }

    [Theory]
    [InlineData("The alliance vowed to capture Lashio.")]
    [InlineData("The army will launch an offensive on Lashio, a spokesman said.")]
    [InlineData("Rebels threatened to shell Lashio next week.")]
    [InlineData("It is unclear whether the rebels could overrun Lashio.")]
    public void Plans_threats_and_hypotheticals_do_not_become_events(string text)
    {
        Assert.Empty(Code(text).Coding.Events);
    }

    [Fact]
    public void A_capture_is_a_non_state_actor_overtaking_territory_from_state_forces()
    {
        var e = Single("The Ta'ang National Liberation Army captured Namhkam from the junta on Monday.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.Equal("TNLA: Ta'ang National Liberation Army", e.Actor1?.Name);
        Assert.Equal("Military Forces of Myanmar (2021-)", e.Actor2?.Name);
        Assert.Equal("Namhkam", e.Place?.Name);
        Assert.Equal(new DateOnly(2024, 1, 8), e.Date);
        Assert.Equal("Namhkam", e.ControlChange?.Place);
        Assert.Equal("TNLA: Ta'ang National Liberation Army", e.ControlChange?.To);
    }

    [Fact]
    public void A_withdrawal_makes_the_transfer_non_violent()
    {
        var e = Single("Myanmar's military withdrew its troops from Kutkai in northern Shan State on Sunday and the MNDAA took control of the town.");
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("MNDAA: Myanmar National Democratic Alliance Army", e.Actor1?.Name);
    }

    [Fact]
    public void An_alliance_acting_with_a_member_keeps_the_member_as_associated_actor()
    {
        var e = Single("The Three Brotherhood Alliance and the Ta'ang National Liberation Army captured Namhkam on Monday.");
        Assert.Equal("Three Brotherhood Alliance", e.Actor1?.Name);
        Assert.Contains(e.AssocActors, a => a.Name == "TNLA: Ta'ang National Liberation Army");
    }

    [Fact]
    public void A_capital_protesting_is_diplomacy_not_a_demonstration()
    {
        Assert.DoesNotContain(Code("Beijing protested on Monday after the fighting.").Coding.Events, e => e.EventType == "Protests");
    }

    [Fact]
    public void A_demonstration_with_no_organiser_is_coded_as_protesters_of_the_country()
    {
        var e = Single("Hundreds of people protested in Yangon on Monday against conscription.");
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("Protesters (Myanmar)", e.Actor1?.Name);
    }

    [Fact]
    public void Shelling_that_wounds_people_targets_civilians_and_counts_the_injured()
    {
        var e = Single("Artillery shells hit a market in Lashio on Tuesday, wounding eight people.");
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(8, e.Injured);
        Assert.Equal(0, e.Fatalities);
        Assert.Equal("Civilians (Myanmar)", e.Actor2?.Name);
    }

    [Fact]
    public void Air_strikes_count_the_killed_at_the_conservative_figure_for_dozens()
    {
        var e = Single("Junta air strikes on a village near Lashio killed dozens of civilians on Saturday.");
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal(12, e.Fatalities);
        Assert.Equal(2, e.Place?.GeoPrecision);
    }

    [Theory]
    // An unknown village in a known township: the township's town, less precisely, not the district's town.
    [InlineData("On 7 April 2021, near Man Aung village, in Ye township (Mawlamyine District, Mon State), the military fired artillery shells.", "Ye", 2)]
    // An unknown township in a known district: the district, placed among its towns, is nearer than the state's centre.
    [InlineData("On 21 March 2021, near Kan Sai village (Nant Township, Mohnyin District, Kachin State), the military fired artillery shells.", "Mohnyin District", 3)]
    public void The_most_specific_area_of_a_bracketed_village_township_district_state_list_places_the_event(string text, string place, int precision)
    {
        var e = Single(text, "2021-04-08");
        Assert.Equal((place, precision), (e.Place?.Name, e.Place?.GeoPrecision));
    }

    [Fact]
    public void A_word_of_a_title_cased_name_is_not_a_town_by_its_alternate_name()
    {
        // The pipeline reads "To" as a capitalised common word, leaving "Pan": an alternate name of Hpa-An, 600 km
        // away, but here a syllable of the village Pan To.
        var result = Code("On 15 December 2021, in Myaing township (Pakokku district, Magway region), fighters attacked the Pan To "
                          + "police outpost with mines.", "2021-12-15");
        Assert.DoesNotContain(result.Places, m => m.Place.Name == "Hpa-An");
        Assert.Contains(result.Places, m => m.Text == "Magway region");
    }

    [Fact]
    public void An_aside_in_brackets_before_the_verb_does_not_hedge_the_event()
    {
        var e = Single("On 31 October 2021, in Mawlamyine township (Mon State), the Pyu Saw Htee group (assumed to be) bombed the party office.", "2021-10-31");
        Assert.Equal(("Remote explosive/landmine/IED", "Mawlamyine"), (e.SubEventType, e.Place?.Name));
    }

    [Fact]
    public void A_sentence_that_names_no_place_goes_on_about_the_place_before_it_less_precisely()
    {
        var events = Code("Fighting broke out in Lashio township, Shan State, on Monday. On Tuesday, a roadside bomb exploded near a convoy, killing two soldiers.",
            "2024-01-10").Coding.Events;
        var bomb = Assert.Single(events, e => e.SubEventType == "Remote explosive/landmine/IED");
        Assert.Equal(("Lashio", 2), (bomb.Place?.Name, bomb.Place?.GeoPrecision));
    }

    [Theory]
    // A ward is a quarter of the town named before it, even when another town shares the ward's name.
    [InlineData("On 6 October 2021, in Kyaukme town (Kyaukme township, Shan State), a bomb exploded outside the police station of Mogok ward.", "Kyaukme")]
    // A road is named after its ends; the township the text puts the attack in is the place.
    [InlineData("On 12 October 2021, near Moke Pa Lin village (Kyaikto township, Mon State), fighters attacked a military convoy with landmines on the Mawlamyine-Yangon road.", "Kyaikto")]
    [InlineData("On 12 October 2021, in Kyaikto township (Mon State), fighters ambushed a military convoy on the Yangon - Mawlamyine highway.", "Kyaikto")]
    public void Wards_and_the_ends_of_a_named_road_do_not_place_the_event(string text, string place)
    {
        var e = Single(text, "2021-10-13");
        Assert.Equal(place, e.Place?.Name);
    }

    [Theory]
    [InlineData("Police arrested 12 activists in Yangon on Monday.", "Arrests")]
    [InlineData("A roadside bomb exploded near a convoy in Lashio on Monday.", "Remote explosive/landmine/IED")]
    [InlineData("Gunmen abducted a village administrator in Lashio on Monday.", "Abduction/forced disappearance")]
    [InlineData("Soldiers looted shops in Lashio on Monday.", "Looting/property destruction")]
    [InlineData("Troops clashed with the Kachin Independence Army near Lashio on Monday.", "Armed clash")]
    public void Each_trigger_family_codes_its_sub_event_type(string text, string subEventType)
    {
        Assert.Contains(Code(text).Coding.Events, e => e.SubEventType == subEventType);
    }

    [Fact]
    public void A_cumulative_claim_is_kept_as_a_claimed_total_not_an_event()
    {
        var r = Code("The Arakan Army has captured more than 170 military posts since November, Khaing Thukha said on Monday.");
        Assert.Empty(r.Coding.Events);
        var total = Assert.Single(r.Coding.ClaimedTotals);
        Assert.Equal(170, total.Value);
        Assert.Equal("more than", total.Qualifier);
        Assert.Equal("Khaing Thukha", total.By);
    }

    [Fact]
    public void A_claim_to_have_done_one_act_is_no_running_tally()
    {
        var r = Code("The KIA clashed with junta troops near Lashio on Monday; the group claimed to have destroyed three army trucks.");
        Assert.Empty(r.Coding.ClaimedTotals);
        Assert.Contains(r.Coding.Events, e => e.SubEventType == "Armed clash");
    }

    [Fact]
    public void The_same_actor_is_never_both_sides_of_an_event()
    {
        var e = Single("Ukrainian forces struck the headquarters of Russia's Black Sea Fleet in Sevastopol with cruise missiles on Friday. "
                       + "Ukraine's Special Operations Forces later claimed 34 officers were killed.", "2023-09-23");
        Assert.StartsWith("Military Forces of Ukraine", e.Actor1?.Name);
        Assert.NotEqual(e.Actor1, e.Actor2);
    }

    [Fact]
    public void The_dateline_city_is_never_an_event_place()
    {
        var r = fixture.Pipeline.Extract(PlainTextReader.Read("t", "BANGKOK, Jan 6 (Reuters) - Troops clashed with rebels in Lashio on Friday.", new DateOnly(2024, 1, 6)));
        var e = Assert.Single(r.Coding.Events);
        Assert.Equal("Lashio", e.Place?.Name);
        Assert.Equal(new DateOnly(2024, 1, 5), e.Date);
    }

    [Fact]
    public void An_event_without_a_date_of_its_own_takes_the_paragraphs_last_event_date()
    {
        var r = Code("Troops clashed with rebels in Lashio on Monday. Shells also hit Kutkai, wounding three people.");
        var shelling = r.Coding.Events.Single(e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.Equal(new DateOnly(2024, 1, 8), shelling.Date);
        Assert.Equal("paragraph", shelling.DateRule);
    }

    [Fact]
    public void An_event_with_no_date_in_its_paragraph_falls_back_to_publication_with_week_precision()
    {
        var e = Single("Shells hit Kutkai, wounding three people.");
        Assert.Equal(new DateOnly(2024, 1, 10), e.Date);
        Assert.Equal(2, e.TimePrecision);
        Assert.Equal("publication", e.DateRule);
    }

    [Fact]
    public void Every_field_points_at_the_text_it_came_from()
    {
        const string text = "The Ta'ang National Liberation Army captured Namhkam from the junta on Monday.";
        var e = Single(text);
        Assert.All(e.Evidence, ev => Assert.Equal(text.Substring(ev.Span.Start, ev.Span.Length), ev.Text));
        Assert.Contains(e.Evidence, ev => ev.Field == "place" && ev.Text == "Namhkam");
        Assert.Contains(e.Evidence, ev => ev.Field == "date" && ev.Text.Contains("Monday", StringComparison.Ordinal));
        Assert.Contains(e.Evidence, ev => ev.Field == "actor1");
    }

    [Fact]
    public void An_attack_made_with_a_remote_weapon_is_remote_violence_not_a_clash()
    {
        var e = Single("On 30 December 2021, near Lashio in Shan State, Myanmar, the KNLA attacked military forces with mines.", "2021-12-30");
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [Fact]
    public void The_agent_of_a_passive_is_actor1()
    {
        var e = Single("On 19 July 2021, near Lashio in Myanmar, military troops stepped on landmines set up by the Kachin Independence Army.", "2021-07-19");
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("KIO/KIA", e.Actor1?.Name);
        Assert.Equal("Military Forces of Myanmar (2021-)", e.Actor2?.Name);
    }

    [Fact]
    public void Casualties_told_in_the_next_sentence_belong_to_the_event_before_them()
    {
        var e = Single("On 3 May 2021, a bomb exploded at the police station in Lashio, Myanmar. Two police officers were injured and one man was killed.", "2021-05-03");
        Assert.Equal(2, e.Injured);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void An_age_is_not_a_count_and_a_single_victim_counts_one()
    {
        var e = Single("On 3 May 2021, in Lashio, Myanmar, a landmine exploded and killed a 62-year-old man.", "2021-05-03");
        Assert.Equal(1, e.Fatalities);
        Assert.Equal("Civilians (Myanmar)", e.Actor2?.Name);
    }

    [Theory]
    [InlineData("On 3 May 2021, in Lashio, Myanmar, a bomb exploded near the market. The blast injured a driver, an old woman and two Myanmar military soldiers.", "Military Forces of Myanmar (2021-)")]
    [InlineData("On 3 May 2021, near Hpakant, Myanmar, the military carried out air strikes with two fighter jets. The military reportedly targeted the KIA positions.", "KIO/KIA: Kachin Independence Organization/Kachin Independence Army")]
    [InlineData("On 3 May 2021, in Kani township, Sagaing region, Myanmar, military troops fired artillery shells and raided the village. Dozens of houses were set on fire.", "Civilians (Myanmar)")]
    public void The_target_named_in_the_toll_or_the_damage_is_actor2(string text, string actor2)
    {
        var e = Code(text, "2021-05-03").Coding.Events[0];
        Assert.Equal(actor2, e.Actor2?.Name);
    }

    [Theory]
    [InlineData("A journalist was shot dead by unknown gunmen in Mogadishu on Monday.")]
    [InlineData("A teacher was beheaded by militants in Mogadishu on Monday.")]
    [InlineData("Gunmen shot dead a farmer near Mogadishu on Monday.")]
    public void A_single_victim_shot_dead_or_beheaded_counts_one(string text)
    {
        var e = Single(text, "2024-03-12");
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(1, e.Fatalities);
        Assert.Equal("Civilians (Somalia)", e.Actor2?.Name);
    }

    [Fact]
    public void A_group_claiming_responsibility_in_a_later_sentence_is_actor1()
    {
        var e = Single("On 29 July 2021, in Lashio, Myanmar, two bombs exploded at the gate of the police station. Later, the Kachin Independence Army claimed responsibility for the attack.", "2021-07-29");
        Assert.StartsWith("KIO/KIA", e.Actor1?.Name);
        Assert.Equal("Police Forces of Myanmar (2021-)", e.Actor2?.Name);
    }

    [Fact]
    public void Forces_that_hit_a_mine_are_its_victims_and_the_unknown_layer_is_an_unidentified_armed_group()
    {
        var e = Single("On 14 October 2021, near Lashio in Myanmar, two police cars hit landmines and some soldiers were injured.", "2021-10-14");
        Assert.Equal("Unidentified Armed Group (Myanmar)", e.Actor1?.Name);
        Assert.Equal("Police Forces of Myanmar (2021-)", e.Actor2?.Name);
    }

    [Fact]
    public void A_force_named_in_a_compound_modifier_is_a_target_not_an_attacker()
    {
        var e = Single("On 20 October 2021, near Lashio in Myanmar, a military-owned telecom tower was bombed and destroyed.", "2021-10-20");
        Assert.Equal("Unidentified Armed Group (Myanmar)", e.Actor1?.Name);
    }

    [Theory]
    [InlineData("Ukrainian troops repelled a Russian attack near Pokrovsk on Monday.", "Military Forces of Ukraine (2019-)")]
    [InlineData("Ukraine's General Staff said its forces had repelled 46 Russian assaults near Pokrovsk on Monday.", "Military Forces of Ukraine (2019-)")]
    public void Assaults_beaten_back_are_a_clash_between_the_defenders_and_the_attackers(string text, string defenders)
    {
        var e = Single(text, "2024-05-21");
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal((defenders, "Military Forces of Russia (2000-)"), (e.Actor1?.Name, e.Actor2?.Name));
        Assert.Equal(("Pokrovsk", 2), (e.Place?.Name, e.Place?.GeoPrecision));
    }

    [Fact]
    public void A_ministry_leading_its_claim_after_a_fronted_phrase_is_its_source_and_its_troops_are_its_forces()
    {
        var e = Single("In the east, Russia's Defense Ministry claimed its troops had captured the village of Novoolenivka in the Donetsk region.", "2024-05-21");
        Assert.Equal("Military Forces of Russia (2000-)", e.Actor1?.Name);
        Assert.Contains(e.Claims, c => c.By == "Military Forces of Russia (2000-)" && c.Verb == "claimed");
    }

    [Fact]
    public void A_count_inside_including_is_part_of_the_toll_before_it_not_a_toll_of_its_own()
    {
        var e = Single("A missile struck an apartment building in Sumy, killing at least nine people, including two children, and wounding 32 others.", "2024-05-21");
        Assert.Equal((9, 32), (e.Fatalities, e.Injured));
        Assert.Equal(2, e.Counts["children"]);
    }

    [Fact]
    public void A_speaker_after_a_long_run_of_scene_setting_phrases_leads_its_claim()
    {
        var e = Single("On 21 August 2017, on the third day of its offensive, the Lebanese army said its troops had recaptured the hills around Ras Baalbek in Baalbek-Hermel from Islamic State militants.", "2017-08-21");
        Assert.Equal(("Government regains territory", "Military Forces of Lebanon (2016-2020)"), (e.SubEventType, e.Actor1?.Name));
        Assert.Equal("LB", e.Place?.Country);
    }

    [Theory]
    [InlineData("At least 45 people, most of them displaced civilians, were killed.", 45)]
    [InlineData("Twelve people, many of them wounded fighters, were killed.", 12)]
    public void An_aside_on_who_the_dead_were_leaves_the_toll_to_the_verb_after_it(string tollSentence, int fatalities)
    {
        var e = Single($"An Israeli airstrike hit a displacement camp in Rafah, setting tents ablaze. {tollSentence}", "2024-05-27");
        Assert.Equal(fatalities, e.Fatalities);
    }

    [Fact]
    public void A_known_actors_name_read_as_a_misspelt_town_places_no_event()
    {
        var e = Single("U.S. warplanes struck Houthi targets in Yemen on Friday.", "2024-01-12");
        Assert.Equal(("Yemen", "YE"), (e.Place?.Name, e.Place?.Country));
    }

    [Fact]
    public void Nations_striking_together_are_actor1_and_its_associate_and_the_struck_side_is_actor2()
    {
        var e = Single("U.S. and British warplanes struck Houthi targets in Yemen on Friday.", "2024-01-12");
        Assert.Equal("Military Forces of the United States (2021-)", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Yemen (2017-) Houthi", e.Actor2?.Name);
        Assert.Equal("Military Forces of the United Kingdom", Assert.Single(e.AssocActors).Name);
    }

    [Fact]
    public void Sides_that_clash_are_not_each_others_associates()
    {
        var e = Single("The army and the KIA clashed near Lashio on Monday.");
        Assert.Empty(e.AssocActors);
        Assert.StartsWith("KIO/KIA", e.Actor2?.Name);
    }

    [Fact]
    public void A_nations_strikes_on_a_place_are_its_air_strikes()
    {
        var e = Single("Israeli strikes on Beirut's southern suburbs overnight killed at least six people.", "2024-10-03");
        Assert.Equal(("Air/drone strike", "Military Forces of Israel (2022-)"), (e.SubEventType, e.Actor1?.Name));
    }

    [Theory]
    [InlineData("Teachers began a general strike on Monday in Nairobi.")]
    [InlineData("Dockers went on hunger strikes on Monday in Mombasa.")]
    public void A_strike_of_workers_is_no_air_strike(string text) =>
        Assert.DoesNotContain(Code(text, "2024-10-03").Coding.Events, e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void Civilians_hit_in_a_town_of_the_country_their_sentence_names_are_that_countrys()
    {
        var events = Code("Israeli strikes on Beirut killed six people in Lebanon on Tuesday. Fighting raged across southern Lebanon.\n\n"
                          + "In northern Israel, a rocket hit a house in Kiryat Shmona on Tuesday, wounding two people.", "2024-10-03").Coding.Events;
        var rocket = Assert.Single(events, e => e.Place?.Country == "IL");
        Assert.Equal("Civilians (Israel)", rocket.Actor2?.Name);
    }

    [Fact]
    public void A_count_that_is_the_object_of_its_own_verb_is_no_toll_of_a_later_one()
    {
        var e = Single("Armed gangs attacked the National Penitentiary in Port-au-Prince on Saturday, freeing more than 3,600 inmates, and at least 12 people were killed.", "2024-03-05");
        Assert.Equal(12, e.Fatalities);
    }

    [Fact]
    public void An_unnamed_attacker_is_of_the_country_its_weapon_was_fired_from()
    {
        var e = Single("In northern Israel, a rocket fired from Lebanon hit a house in Kiryat Shmona on Tuesday, wounding two people.", "2024-10-03");
        Assert.Equal(("Unidentified Armed Group (Lebanon)", "Civilians (Israel)"), (e.Actor1?.Name, e.Actor2?.Name));
    }
}
