namespace Sitrep.Tests.Actors;

using Sitrep.Actors;
using static ActorTestData;

public sealed class ActorResolverTests
{
    private const string Junta = "Military Forces of Myanmar (2021-)";
    private const string Alliance = "Three Brotherhood Alliance";
    private const string Mndaa = "MNDAA: Myanmar National Democratic Alliance Army";

    [Fact]
    public void An_alliance_and_its_members_are_separate_actors()
    {
        var r = Resolve("The Three Brotherhood Alliance, made up of the MNDAA, the TNLA and the Arakan Army, attacked.", "MM", "2024-01-06");
        Assert.Equal(Alliance, ActorFor(r, "Three Brotherhood Alliance"));
        Assert.Equal(Mndaa, ActorFor(r, "MNDAA"));
        Assert.Equal("TNLA: Ta'ang National Liberation Army", ActorFor(r, "TNLA"));
        Assert.Equal("AA: Arakan Army", ActorFor(r, "Arakan Army"));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals_and_misspellings_resolve_to_the_real_actor()
    {
        var r = Resolve("The MNLD and the KIA clashed. A kia spokesman said nothing.", "MM", "2024-01-06");
        var mnld = r.Actors.Single(a => a.Text == "MNLD");
        Assert.Equal(Mndaa, mnld.Actor?.Name);
        Assert.Equal(ActorMatch.Acronym, mnld.Match);
        Assert.Equal("KIO/KIA: Kachin Independence Organization/Kachin Independence Army", ActorFor(r, "KIA"));
        Assert.DoesNotContain(r.Actors, a => a.Text == "kia");
    }

    [Fact]
    public void Names_match_in_any_case_and_in_the_possessive()
    {
        var r = Resolve("The arakan army said the Arakan Army's fighters took the town.", "MM", "2024-01-06");
        Assert.Equal(2, r.Actors.Count(a => a.Actor?.Name == "AA: Arakan Army"));
        Assert.Contains(r.Actors, a => a.Text == "Arakan Army");
    }

    [Fact]
    public void The_junta_depends_on_the_documents_date()
    {
        Assert.Equal(Junta, ActorFor(Resolve("The junta bombed a village.", "MM", "2024-01-06"), "The junta"));
        Assert.Empty(Resolve("The junta bombed a village.", "MM", "2019-05-01").Actors);
        Assert.Equal("Military Forces of Myanmar (2016-2021)", ActorFor(Resolve("The army shelled a village.", "MM", "2019-05-01"), "The army"));
        Assert.Equal(Junta, ActorFor(Resolve("The army shelled a village.", "MM", "2024-01-06"), "The army"));
    }

    [Fact]
    public void The_army_depends_on_the_documents_country()
    {
        Assert.Equal("Military Forces of Sudan (2019-)", ActorFor(Resolve("The army shelled a market in Omdurman.", "SD", "2024-03-01"), "The army"));
        Assert.Empty(Resolve("The army shelled a market.", null, "2024-03-01").Actors);
    }

    [Fact]
    public void A_description_that_names_the_country_needs_no_focus()
    {
        var r = Resolve("Thai officials said the Myanmar army had withdrawn.", "TH", "2024-01-06");
        Assert.Equal(Junta, ActorFor(r, "the Myanmar army"));
    }

    [Fact]
    public void Forces_led_by_or_aligned_with_a_group_are_that_group_but_its_appointees_are_not()
    {
        Assert.Equal("HTS: Hayat Tahrir al Sham", ActorFor(Resolve("HTS-led fighters pushed into Aleppo.", "SY", "2024-11-29"), "HTS"));
        Assert.Empty(Resolve("A SAC-appointed administrator was shot.", "MM", "2024-01-06").Actors);
    }

    [Fact]
    public void The_RSF_changes_with_the_war()
    {
        Assert.Equal("Military Forces of Sudan (2019-2023) Rapid Support Forces", ActorFor(Resolve("The RSF deployed in Khartoum.", "SD", "2022-06-01"), "RSF"));
        Assert.Equal("Rapid Support Forces", ActorFor(Resolve("The RSF attacked El Fasher.", "SD", "2024-06-01"), "RSF"));
    }

    [Fact]
    public void Alliance_anaphors_take_the_most_recent_alliance()
    {
        var r = Resolve("The MNDAA and the Three Brotherhood Alliance advanced. The TNLA took a town. The coalition said it would go on.", "MM", "2024-01-06");
        var coalition = r.Actors.Single(a => a.Text == "The coalition");
        Assert.Equal(Alliance, coalition.Actor?.Name);
        Assert.Equal(ActorMatch.Coreference, coalition.Match);
    }

    [Fact]
    public void An_alliance_description_resolves_through_the_knowledge_base_before_the_alliance_is_named()
    {
        var r = Resolve("The town was seized by an alliance of ethnic armed groups.", "MM", "2024-01-06");
        var mention = r.Actors.Single();
        Assert.Equal(Alliance, mention.Actor?.Name);
        Assert.Equal(ActorMatch.Description, mention.Match);
        Assert.Empty(Resolve("The town was seized by an alliance of ethnic armed groups.", "MM", "2015-01-06").Actors);
    }

    [Fact]
    public void The_group_refers_to_the_most_recent_non_state_actor()
    {
        var r = Resolve("Junta troops shelled the town. The Arakan Army said the group lost two fighters.", "MM", "2024-01-06");
        Assert.Equal("AA: Arakan Army", ActorFor(r, "the group"));
    }

    [Fact]
    public void Unknown_organisations_are_unresolved_and_never_a_confident_actor()
    {
        var r = Resolve("An agreement with the Bangladesh National Liberation Movement (BNLM) was signed. Later the BNLM denied it.", "MM", "2024-01-06");
        var first = r.Actors[0];
        Assert.Equal("Bangladesh National Liberation Movement (BNLM)", first.Text);
        Assert.Equal(ActorMatch.Unresolved, first.Match);
        Assert.Null(first.Actor);
        Assert.Equal("not in the knowledge base; review", first.Note);
        var later = r.Actors[^1];
        Assert.Equal("BNLM", later.Text);
        Assert.Equal(ActorMatch.Unresolved, later.Match);
    }

    [Fact]
    public void An_anaphor_after_an_unknown_alliance_is_unresolved_too()
    {
        var r = Resolve("The Northern Freedom Alliance attacked. The alliance said it lost no one.", "MM", "2024-01-06");
        var anaphor = r.Actors.Single(a => a.Text == "The alliance");
        Assert.Equal(ActorMatch.Unresolved, anaphor.Match);
        Assert.Null(anaphor.Actor);
        Assert.Contains("Northern Freedom Alliance", anaphor.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Nationality_adjectives_are_not_actors()
    {
        var r = Resolve("Chinese citizens were returned. The Chinese said civilians had fled; Chinese civilians too.", "MM", "2024-01-06");
        Assert.DoesNotContain(r.Actors, a => a.Text.Contains("Chinese", StringComparison.Ordinal));
        Assert.Single(r.Actors, a => a.Actor?.Name == "Civilians (Myanmar)");
    }

    [Fact]
    public void A_spokesman_before_the_name_gives_role_and_affiliation_and_titles_are_stripped()
    {
        var r = Resolve("Junta spokesman Maj. Gen. Kyaw Thura Aung told reporters the town was calm.", "MM", "2024-01-06");
        var person = Assert.Single(r.People);
        Assert.Equal("Kyaw Thura Aung", person.Name);
        Assert.Equal("spokesman of the Junta", person.Role);
        Assert.Equal(Junta, person.Affiliation?.Name);
    }

    [Fact]
    public void A_role_in_apposition_ties_the_person_to_the_actor_it_names()
    {
        var r = Resolve("Khun Aung Min, a commander of the Arakan Army, said the base fell.", "MM", "2024-01-06");
        var person = Assert.Single(r.People);
        Assert.Equal("Khun Aung Min", person.Name);
        Assert.Equal("commander of the Arakan Army", person.Role);
        Assert.Equal("AA: Arakan Army", person.Affiliation?.Name);
    }

    [Fact]
    public void A_title_alone_makes_a_person_and_goes_in_the_role()
    {
        var r = Resolve("The talks were chaired by Senior General Min Aung Hlaing in Naypyitaw.", "MM", "2024-01-06");
        var person = Assert.Single(r.People);
        Assert.Equal("Min Aung Hlaing", person.Name);
        Assert.Equal("Senior General", person.Role);
        Assert.Equal(Junta, person.Affiliation?.Name);
    }

    [Fact]
    public void Outlets_places_and_capitalised_phrases_without_a_person_context_are_not_people()
    {
        var r = Resolve("Kyaw Soe Naing Television reported that Northern Shan State was calm, Myanmar Now said. Heavy Rain fell in Lashio Town.", "MM", "2024-01-06");
        Assert.Empty(r.People);
    }

    [Fact]
    public void A_speech_verb_makes_an_unknown_name_a_person_without_a_role()
    {
        var r = Resolve("Nyi Nyi Lwin said the attack killed three people.", "MM", "2024-01-06");
        var person = Assert.Single(r.People);
        Assert.Equal("Nyi Nyi Lwin", person.Name);
        Assert.Null(person.Role);
        Assert.Null(person.Affiliation);
    }
}

public sealed class LocalUnitTests
{
    [Theory]
    [InlineData("The Myaing PDF attacked a police station.", "Myaing PDF", "People's Defense Force - Myaing")]
    [InlineData("Mines laid by Pauk township People Defense Force exploded.", "Pauk township People Defense Force", "People's Defense Force - Pauk")]
    [InlineData("Mines laid by the People Defense Force (Kalay) exploded.", "People Defense Force (Kalay)", "People's Defense Force - Kalay")]
    [InlineData("Later the local PDF attacked the Myanmar military.", "local PDF", "People's Defense Force - Local Group")]
    [InlineData("Mines planted by PDF-Mingin hit a junta truck.", "PDF-Mingin", "People's Defense Force - Mingin")]
    [InlineData("A local people's defense force laid the mines.", "local people's defense force", "People's Defense Force - Local Group")]
    public void A_PDF_named_with_its_township_is_ACLED_s_local_unit(string text, string mention, string expected)
    {
        var r = ActorTestData.Resolve(text, "MM", "2021-09-01");
        var unit = r.Actors.First(a => a.Actor?.Name.StartsWith("People's Defense Force", StringComparison.Ordinal) == true);
        Assert.Equal(expected, unit.Actor!.Name);
        Assert.EndsWith(mention, unit.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("PDF: People's Defense Force", Assert.Single(unit.Actor.Memberships).Group);
        Assert.Equal(3, unit.Actor.Inter);
    }

    [Theory]
    [InlineData("Fighters of the Kale PDF laid mines on the highway.", "Kale PDF", "People's Defense Force - Kalay")]
    [InlineData("PDF-Gangaw claimed the ambush on the convoy.", "PDF-Gangaw", "People's Defense Force - Gangaw Battalion")]
    [InlineData("The Bago Region PDF said it bombed a checkpoint.", "Bago Region PDF", "People's Defense Force - Bago Region")]
    public void A_PDF_unit_ACLED_names_its_own_way_is_the_knowledge_bases_entry(string text, string mention, string expected)
    {
        var r = ActorTestData.Resolve(text, "MM", "2021-11-01");
        var unit = r.Actors.First(a => a.Actor is not null);
        Assert.Equal(expected, unit.Actor!.Name);
        Assert.Equal(mention, unit.Text);
        Assert.Equal("PDF: People's Defense Force", Assert.Single(unit.Actor.Memberships).Group);
    }

    [Theory]
    [InlineData("The YDF planted mines near the town.", "YDF: Yaw Defense Force")]
    [InlineData("The Ayadaw Revolutionary Alliance claimed the bombing.", "ARA: Ayadaw Revolutionary Alliance")]
    [InlineData("A group calling itself the Civil Guerrilla Force HTY threw a grenade.", "CGF-HTY: Civil Guerrilla Force-HTY")]
    [InlineData("The Galon PDF and a local PDF laid mines.", "GALON PDF")]
    public void Recurring_local_resistance_groups_resolve_to_ACLEDs_names(string text, string expected)
    {
        var r = ActorTestData.Resolve(text, "MM", "2021-11-01");
        var actor = r.Actors.First(a => a.Actor is not null).Actor!;
        Assert.Equal(expected, actor.Name);
        Assert.Equal(3, actor.Inter);
    }

    [Fact]
    public void A_description_used_as_an_adjective_is_not_an_actor()
    {
        var r = ActorTestData.Resolve("Fighting has spread since the military coup in 2021.", "MM", "2024-01-06");
        Assert.Empty(r.Actors);
    }
}

public sealed class MentionShapeTests
{
    [Fact]
    public void A_description_before_the_actors_name_is_one_mention()
    {
        var r = ActorTestData.Resolve("The city was retaken from the paramilitary Rapid Support Forces on Tuesday.", "SD", "2024-01-10");
        var mention = Assert.Single(r.Actors);
        Assert.Equal("the paramilitary Rapid Support Forces", mention.Text);
        Assert.Equal(ActorMatch.Name, mention.Match);
    }

    [Fact]
    public void An_unknown_organisation_keeps_its_of_phrase_and_drops_its_owner()
    {
        var r = ActorTestData.Resolve("Aung San Suu Kyi's National League for Democracy (NLD) called for calm.", "MM", "2021-03-06");
        var mention = Assert.Single(r.Actors);
        Assert.Equal("National League for Democracy (NLD)", mention.Text);
        Assert.Equal(ActorMatch.Unresolved, mention.Match);
        Assert.Equal("Aung San Suu Kyi", Assert.Single(r.People).Name);
    }

    [Fact]
    public void A_later_mention_by_alias_keeps_the_persons_role()
    {
        var r = ActorTestData.Resolve("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti said the war would go on.", "SD", "2024-01-10");
        Assert.All(r.People, p => Assert.Equal("Mohamed Hamdan Dagalo", p.Name));
        Assert.All(r.People, p => Assert.Equal("commander of the RSF", p.Role));
        Assert.True(r.People.Count >= 2);
    }
}

public sealed class PersonFalsePositiveTests
{
    [Theory]
    [InlineData("A bomb exploded near the General Administration Department office.")]
    [InlineData("King Fighter-SGF claimed the attack, the group said.")]
    [InlineData("Shwe Myanmar News Agency reported the attack on Monday.")]
    public void Offices_acronym_groups_and_outlets_are_not_people(string text)
    {
        Assert.Empty(ActorTestData.Resolve(text, "MM", "2021-09-01").People);
    }

    [Fact]
    public void A_capitalised_role_keeps_its_full_title()
    {
        var r = ActorTestData.Resolve("Troops detained State Counsellor Aung San Suu Kyi at dawn.", "MM", "2021-02-01");
        Assert.Equal("State Counsellor", Assert.Single(r.People).Role);
    }

    [Fact]
    public void The_rebels_and_its_fighters_refer_back_to_the_last_armed_group()
    {
        var r = ActorTestData.Resolve("The KNLA attacked a junta outpost. The rebels said its fighters took the hill.", "MM", "2024-01-06");
        const string Knu = "KNU/KNLA: Karen National Union/Karen National Liberation Army";
        Assert.Equal(Knu, ActorTestData.ActorFor(r, "The rebels"));
        Assert.Equal(Knu, ActorTestData.ActorFor(r, "its fighters"));
    }
}

public sealed class SharingTests
{
    [Fact]
    public void One_resolver_gives_the_same_answer_on_many_threads()
    {
        string text = File.ReadAllText(Path.Combine(ActorTestData.SeedDirectory, "afp-2024-01-06-laukkaing.txt"));
        var document = ActorTestData.Analyze(text);
        var published = new DateOnly(2024, 1, 6);
        string Render(ActorResolution r) =>
            string.Join('\n', r.Actors.Select(a => $"{a.Span} {a.Actor?.Name}").Concat(r.People.Select(p => $"{p.Span} {p.Name} {p.Role}")));
        string expected = Render(ActorTestData.Resolver.Resolve(document, "MM", published));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Render(ActorTestData.Resolver.Resolve(document, "MM", published)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
