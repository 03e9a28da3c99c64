namespace Sitrep.Tests.Actors;

using Sitrep.Actors;

public sealed class ActorKnowledgeBaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-actors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string ValidActor = """{ "name": "Arakan Army", "inter": 2, "kind": "rebel_group" }""";

    private void Write(string file, string actors, string extra = "") =>
        File.WriteAllText(Path.Combine(_dir, file),
            $$"""{ "name": "Test", "countries": [ { "code": "MM", "names": ["Myanmar"], "demonyms": ["Burmese"] } ], "actors": [ {{actors}} ] {{extra}} }""");

    private ActorKnowledgeException LoadFails() => Assert.Throws<ActorKnowledgeException>(() => ActorKnowledgeBase.LoadDirectory(_dir));

    [Fact]
    public void All_shipped_actor_files_pass_the_check()
    {
        Assert.Empty(ActorKnowledgeBase.Check(ActorTestData.ActorsDirectory));
        Assert.True(Directory.EnumerateFiles(ActorTestData.ActorsDirectory, "*.json").Count() >= 12);
    }

    [Fact]
    public void A_missing_name_is_reported_with_the_file_and_entry()
    {
        Write("broken.json", """{ "inter": 2, "kind": "rebel_group" }""");
        var error = LoadFails();
        Assert.Contains("broken.json: actors[0]: \"name\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inter_code_outside_ACLED_s_range_is_rejected()
    {
        Write("bad-inter.json", """{ "name": "Arakan Army", "inter": 9, "kind": "rebel_group" }""");
        var problem = Assert.Single(ActorKnowledgeBase.Check(_dir));
        Assert.StartsWith("bad-inter.json: actors[0] \"Arakan Army\": inter must be an ACLED inter code 1-8", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inter_code_that_contradicts_the_kind_is_rejected()
    {
        Write("mismatch.json", """{ "name": "Civilians (Myanmar)", "inter": 2, "kind": "civilians" }""");
        Assert.Contains(ActorKnowledgeBase.Check(_dir), p => p.Contains("inter 2 does not fit kind \"civilians\" (expected 7)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_member_group_is_rejected()
    {
        Write("members.json", """{ "name": "AA: Arakan Army", "inter": 2, "kind": "rebel_group", "members_of": [ { "group": "Four Brotherhood Alliance", "from": "2019-06-01" } ] }""");
        var error = LoadFails();
        Assert.Contains("members.json: actors[0] \"AA: Arakan Army\": unknown member group \"Four Brotherhood Alliance\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_alias_within_a_country_during_overlapping_periods_is_rejected()
    {
        Write("dup.json", """
            { "name": "Military Forces of Myanmar (2021-)", "inter": 1, "kind": "state_forces", "active_from": "2021-02-01", "aliases": ["Tatmadaw"] },
            { "name": "Police Forces of Myanmar (2021-)", "inter": 1, "kind": "state_forces", "active_from": "2021-02-01", "aliases": ["tatmadaw"] }
            """);
        var problem = Assert.Single(ActorKnowledgeBase.Check(_dir));
        Assert.Contains("dup.json: actors[1] \"Police Forces of Myanmar (2021-)\": duplicate alias \"tatmadaw\" within MM", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_alias_may_name_successive_regimes()
    {
        Write("regimes.json", """
            { "name": "Military Forces of Myanmar (2016-2021)", "inter": 1, "kind": "state_forces", "active_from": "2016-03-30", "active_to": "2021-01-31", "aliases": ["Tatmadaw"] },
            { "name": "Military Forces of Myanmar (2021-)", "inter": 1, "kind": "state_forces", "active_from": "2021-02-01", "aliases": ["Tatmadaw"] }
            """);
        Assert.Empty(ActorKnowledgeBase.Check(_dir));
    }

    [Fact]
    public void Bad_dates_unknown_fields_and_unknown_kinds_are_each_reported()
    {
        Write("many.json", """{ "name": "X Army", "inter": 2, "kind": "rebels", "active_from": "2021-13-01", "alises": ["X"] }""");
        var problems = ActorKnowledgeBase.Check(_dir);
        Assert.Contains(problems, p => p.Contains("unknown kind \"rebels\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"active_from\" must be a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown field \"alises\"", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("many.json: ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        File.WriteAllText(Path.Combine(_dir, "syntax.json"), "{ \"name\": \"Test\",\n  \"actors\": [ oops ] }");
        var problem = Assert.Single(ActorKnowledgeBase.Check(_dir));
        Assert.StartsWith("syntax.json: not valid JSON (line 2)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_s_unknown_affiliation_is_rejected()
    {
        Write("people.json", ValidActor, """, "people": [ { "name": "Twan Mrat Naing", "affiliation": "Arakan Armee" } ]""");
        Assert.Contains(ActorKnowledgeBase.Check(_dir), p => p.Contains("people[0] \"Twan Mrat Naing\": unknown affiliation \"Arakan Armee\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alliance_lists_its_members_on_a_date()
    {
        var kb = ActorTestData.Knowledge;
        var alliance = kb.Find("Three Brotherhood Alliance")!;
        var members = kb.MembersOf(alliance, new DateOnly(2024, 1, 6)).Select(a => a.Name).Order().ToList();
        Assert.Equal(["AA: Arakan Army", "MNDAA: Myanmar National Democratic Alliance Army", "TNLA: Ta'ang National Liberation Army"], members);
        Assert.Empty(kb.MembersOf(alliance, new DateOnly(2018, 1, 1)));
        Assert.Same(alliance, Assert.Single(kb.GroupsOf(kb.Find("AA: Arakan Army")!, new DateOnly(2024, 1, 6))));
    }

    [Fact]
    public void ACLED_s_former_names_find_the_same_actor()
    {
        var kb = ActorTestData.Knowledge;
        Assert.Same(kb.Find("TNLA: Ta'ang National Liberation Army"), kb.Find("PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army"));
    }

    [Fact]
    public void State_forces_abroad_take_inter_8()
    {
        var russia = ActorTestData.Knowledge.Find("Military Forces of Russia (2000-)")!;
        Assert.Equal(8, russia.InterIn("UA"));
        Assert.Equal(1, russia.InterIn("RU"));
    }

    [Fact]
    public void An_unnamed_strike_is_the_actor_s_that_alone_strikes_there_with_that_weapon()
    {
        var kb = ActorTestData.Knowledge;
        var invasion = new DateOnly(2023, 5, 1);
        Assert.Equal("Military Forces of Russia (2000-)", kb.UnnamedStriker("UA", StrikeWeapon.Missiles, invasion)?.Name);
        Assert.Null(kb.UnnamedStriker("UA", StrikeWeapon.Missiles, new DateOnly(2021, 5, 1)));
        Assert.Equal("Military Forces of Ukraine (2019-)", kb.UnnamedStriker("RU", StrikeWeapon.Drones, invasion)?.Name);
        Assert.Equal("Military Forces of Sudan (2019-)", kb.UnnamedStriker("SD", StrikeWeapon.Aircraft, invasion)?.Name);
        Assert.Null(kb.UnnamedStriker("SD", StrikeWeapon.Drones, invasion)); // both sides of Sudan's war fly drones
        Assert.Equal("Military Forces of Israel (2022-)", kb.UnnamedStriker("PS", StrikeWeapon.Aircraft, invasion)?.Name);
        Assert.Equal("Military Forces of Israel (2021-2022)", kb.UnnamedStriker("PS", StrikeWeapon.Aircraft, new DateOnly(2022, 5, 1))?.Name);
    }

    [Fact]
    public void Two_actors_striking_with_the_same_weapon_in_one_country_leave_the_strike_unnamed()
    {
        Write("air.json", """
            { "name": "Air Force A", "inter": 1, "kind": "state_forces", "strikes_when_unnamed": [ { "weapons": ["aircraft"], "why": "flies jets" } ] },
            { "name": "Air Force B", "inter": 8, "kind": "external_forces", "strikes_when_unnamed": [ { "in": "MM", "weapons": ["aircraft", "drones"], "why": "flies jets too" } ] }
            """);
        var kb = ActorKnowledgeBase.LoadDirectory(_dir);
        Assert.Null(kb.UnnamedStriker("MM", StrikeWeapon.Aircraft, null));
        Assert.Equal("Air Force B", kb.UnnamedStriker("MM", StrikeWeapon.Drones, null)?.Name);
    }

    [Fact]
    public void An_unnamed_strike_entry_needs_a_known_weapon_and_a_reason()
    {
        Write("air.json", """{ "name": "Air Force", "inter": 1, "kind": "state_forces", "strikes_when_unnamed": [ { "in": "mm", "weapons": ["artillery"] } ] }""");
        var problems = ActorKnowledgeBase.Check(_dir);
        Assert.Contains(problems, p => p.Contains("strikes_when_unnamed[0]: unknown weapon \"artillery\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("strikes_when_unnamed[0]: \"why\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("country \"mm\" must be an ISO 3166 alpha-2 code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_reported_for_memberships_and_strikes()
    {
        Write("periods.json", ValidActor + ",\n" + """
            { "name": "Air Force", "inter": 1, "kind": "state_forces",
              "members_of": [ { "group": "Arakan Army", "from": "2020-01-01", "to": "2019-01-01" } ],
              "strikes_when_unnamed": [ { "weapons": ["aircraft"], "from": "2022-01-01", "to": "2021-01-01", "why": "flies jets" } ] }
            """);
        var problems = ActorKnowledgeBase.Check(_dir);
        Assert.Contains(problems, p => p.Contains("members_of[0]: \"to\" 2019-01-01 is before \"from\" 2020-01-01", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("strikes_when_unnamed[0]: \"to\" 2021-01-01 is before \"from\" 2022-01-01", StringComparison.Ordinal));
    }
}
