using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The end-to-end acceptance case: every fact an analyst codes from the seed article
/// (../shared/seed/afp-2024-01-06-laukkaing.facts.json) must be in `sitrep extract`'s output, and none of its
/// must_not items. The expected values are read from the facts file, never restated here.
/// </summary>
public sealed class SeedAcceptanceTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Fact]
    public void Extract_succeeds_on_the_seed()
    {
        Assert.True(seed.Run.ExitCode == 0, seed.Run.Stderr);
        Assert.NotEmpty(seed.Events);
    }

    [Fact]
    public void Document_has_the_datelines_publication_date_place_and_agency()
    {
        var expected = seed.Facts["document"]!;
        var document = seed.Output["document"]!;
        Assert.Equal((string?)expected["published"], (string?)document["published"]);
        Assert.Equal((string?)expected["dateline_place"], (string?)document["dateline"]!["place"]);
        Assert.Equal((string?)expected["agency"], (string?)document["agency"]);
    }

    public static TheoryData<string> PlaceFacts() => FactIds("places", "name");

    [Theory]
    [MemberData(nameof(PlaceFacts))]
    public void Every_mention_of_a_place_resolves_to_it(string name)
    {
        var fact = seed.Facts["places"]!.AsArray().Single(p => (string?)p!["name"] == name)!;
        foreach (string mention in fact["mentions"]!.AsArray().Select(m => (string)m!))
        {
            var found = seed.Mentions("places").Where(p => Overlaps((string)p["text"]!, mention)).ToList();
            Assert.True(found.Count > 0, $"no place mention for '{mention}'");
            Assert.All(found, p => AssertPlaceMatches(fact, p, mention));
        }
    }

    public static TheoryData<string> ActorFacts() => FactIds("actors", "canonical");

    [Theory]
    [MemberData(nameof(ActorFacts))]
    public void Every_mention_of_an_actor_resolves_to_its_canonical_name(string canonical)
    {
        var fact = seed.Facts["actors"]!.AsArray().Single(a => (string?)a!["canonical"] == canonical)!;
        bool person = (string?)fact["kind"] == "person";
        foreach (string mention in fact["mentions"]!.AsArray().Select(m => (string)m!))
        {
            var found = (person ? seed.Mentions("people") : seed.Mentions("actors"))
                .Where(a => Overlaps((string)a["text"]!, mention)).ToList();
            Assert.True(found.Count > 0, $"no {(person ? "person" : "actor")} mention for '{mention}'");
            Assert.All(found, a => Assert.Equal(canonical, (string?)a["name"]));
        }

        if (person && fact["role"] is not null)
        {
            Assert.Contains(seed.Mentions("people"), p => (string?)p["name"] == canonical && p["role"] is not null);
        }
    }

    [Fact]
    public void Every_source_is_named_on_the_events_or_claimed_totals_it_supports()
    {
        var sourceNames = seed.Events.SelectMany(e => e["sources"]!.AsArray()).Select(s => ((string)s!["name"]!).ToLowerInvariant())
            .Concat(seed.Output["claimed_totals"]!.AsArray().SelectMany(t => new[] { (string?)t!["by"], (string?)t["via"] })
                .OfType<string>().Select(s => s.ToLowerInvariant()))
            .ToHashSet();
        foreach (var source in seed.Facts["sources"]!.AsArray())
        {
            var mentions = source!["mentions"]!.AsArray().Select(m => ((string)m!).ToLowerInvariant());
            Assert.True(mentions.Any(sourceNames.Contains), $"source {source.ToJsonString()} is on no event; sources: {string.Join(", ", sourceNames)}");
        }
    }

    public static TheoryData<string> EventFacts() => FactIds("events", "id");

    [Theory]
    [MemberData(nameof(EventFacts))]
    public void Every_event_is_coded_with_its_type_date_place_actors_counts_and_sources(string id)
    {
        var fact = seed.Facts["events"]!.AsArray().Single(e => (string?)e!["id"] == id)!.AsObject();
        var failures = new List<string>();
        foreach (var e in seed.Events)
        {
            var problems = EventMismatches(fact, e);
            if (problems.Count == 0)
            {
                return;
            }

            failures.Add($"{e["event_type"]} / {e["sub_event_type"]} at {e["place"]?["name"]} on {e["date"]}: {string.Join("; ", problems)}");
        }

        Assert.Fail($"no event matches '{id}'. Closest misses:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Background_dates_resolve_against_the_dateline()
    {
        foreach (var item in seed.Facts["background"]!.AsArray())
        {
            string evidence = (string)item!["date_evidence"]!;
            var mention = seed.Mentions("dates").FirstOrDefault(d => Overlaps((string)d["text"]!, evidence));
            Assert.True(mention is not null, $"no date mention for '{evidence}'");
            Assert.Equal((string?)item["date"], (string?)mention["value"]);
            if (item["date_precision"] is { } precision)
            {
                Assert.Equal((string?)precision, (string?)mention["precision"]);
            }
        }
    }

    [Fact]
    public void Claimed_totals_are_kept_with_who_claims_them_through_which_outlet_since_when()
    {
        var totals = seed.Output["claimed_totals"]!.AsArray().Select(t => t!.AsObject()).ToList();
        foreach (var expected in seed.Facts["claimed_totals"]!.AsArray())
        {
            bool found = totals.Any(t => (string?)t["by"] == (string?)expected!["by"] && (string?)t["via"] == (string?)expected["via"]
                                         && (string?)t["since"] == (string?)expected["since"] && (long)t["value"]! == (long)expected["value"]!
                                         && (string?)t["qualifier"] == (string?)expected["qualifier"]);
            Assert.True(found, $"claimed total {expected!.ToJsonString()} missing; got {seed.Output["claimed_totals"]!.ToJsonString()}");
        }
    }

    public static TheoryData<string> MustNotItems()
    {
        var data = new TheoryData<string>();
        foreach (var item in LoadFacts()["must_not"]!.AsArray())
        {
            data.Add((string)item!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MustNotItems))]
    public void Nothing_in_must_not_is_produced(string item)
    {
        if (Regex.Match(item, @"^(?<place>[A-Z]\w+) as the location of any event") is { Success: true } place)
        {
            Assert.DoesNotContain(seed.Events, e => (string?)e["place"]?["name"] == place.Groups["place"].Value);
        }
        else if (Regex.Match(item, @"any event dated after (?<date>\d{4}-\d{2}-\d{2})") is { Success: true } after)
        {
            Assert.DoesNotContain(seed.Events, e => string.CompareOrdinal((string?)e["date"], after.Groups["date"].Value) > 0);
        }
        else if (Regex.Match(item, @"^(?<wrong>\d{4}-\d{2}-\d{2}) for '(?<text>[^']+)'") is { Success: true } wrongDate)
        {
            Assert.DoesNotContain(seed.Mentions("dates"), d => Overlaps((string)d["text"]!, wrongDate.Groups["text"].Value)
                                                                && (string?)d["value"] == wrongDate.Groups["wrong"].Value);
            Assert.DoesNotContain(seed.Events, e => (string?)e["date"] == wrongDate.Groups["wrong"].Value);
        }
        else if (Regex.Match(item, @"\((?<acronym>[A-Z]{2,})\) as a confident actor") is { Success: true } unresolved)
        {
            string acronym = unresolved.Groups["acronym"].Value;
            Assert.DoesNotContain(seed.Mentions("actors"), a => ((string)a["text"]!).Contains(acronym, StringComparison.Ordinal) && (bool)a["resolved"]!);
            Assert.DoesNotContain(seed.Events, e => EventActorNames(e).Any(n => n.Contains(acronym, StringComparison.Ordinal)));
        }
        else if (Regex.Match(item, @"^(?<alias>[A-Z]{2,}) as a separate actor from (?<actor>[A-Z]{2,})") is { Success: true } alias)
        {
            var mentions = seed.Mentions("actors").Where(a => (string?)a["text"] == alias.Groups["alias"].Value).ToList();
            Assert.NotEmpty(mentions);
            Assert.All(mentions, a => Assert.StartsWith(alias.Groups["actor"].Value, (string?)a["name"]));
        }
        else
        {
            Assert.Fail($"this test does not know how to check the must_not item: {item}");
        }
    }

    private List<string> EventMismatches(JsonObject fact, JsonObject e)
    {
        var problems = new List<string>();
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add(what);
            }
        }

        Expect((string?)e["event_type"] == (string?)fact["event_type"], $"event_type is not {fact["event_type"]}");
        if (fact["sub_event_type"] is { } sub)
        {
            Expect((string?)e["sub_event_type"] == (string?)sub, $"sub_event_type is not {sub}");
        }

        if (fact["sub_event_type_any_of"] is JsonArray subs)
        {
            Expect(subs.Any(s => (string?)s == (string?)e["sub_event_type"]), $"sub_event_type not in {subs.ToJsonString()}");
        }

        if (fact["place"] is { } place)
        {
            Expect((string?)e["place"]?["name"] == PlaceName((string)place!), $"place is not {place}");
        }

        if (fact["place_country"] is { } country)
        {
            Expect((string?)e["place"]?["country"] == (string?)country, $"place country is not {country}");
        }

        if (fact["date"] is { } date)
        {
            Expect((string?)e["date"] == (string?)date, $"date is not {date}");
        }

        if (fact["date_on_or_before"] is { } latest)
        {
            Expect(e["date"] is not null && string.CompareOrdinal((string?)e["date"], (string?)latest) <= 0, $"date is after {latest}");
        }

        CheckActor(fact, e, "actor1", Expect);
        CheckActor(fact, e, "actor2", Expect);
        if (fact["injured"] is { } injured)
        {
            Expect((int?)e["injured"] == (int)injured, $"injured is not {injured}");
        }

        if (fact["fatalities"] is { } fatalities)
        {
            Expect((int?)e["fatalities"] == (int)fatalities, $"fatalities is not {fatalities}");
        }

        if (fact["counts"] is JsonObject counts)
        {
            foreach (var (key, value) in counts)
            {
                Expect((long?)e["counts"]?[key] == (long)value!, $"counts.{key} is not {value}");
            }
        }

        if (fact["sources_any_of"] is JsonArray sources)
        {
            var names = e["sources"]!.AsArray().Select(s => (string?)s!["name"]).ToList();
            Expect(sources.Any(s => names.Contains((string?)s, StringComparer.OrdinalIgnoreCase)), $"no source of {sources.ToJsonString()}");
        }

        if ((string?)fact["attribution"] == "disputed")
        {
            Expect((bool?)e["disputed"] == true, "not marked disputed");
        }

        foreach (var claim in fact["claims"]?.AsArray() ?? [])
        {
            Expect(e["claims"]!.AsArray().Any(c => (string?)c!["by"] == (string?)claim!["by"]), $"no claim by {claim!["by"]}");
        }

        if (fact["control_change"] is JsonObject control)
        {
            var cc = e["control_change"];
            Expect(cc is not null && (string?)cc["place"] == PlaceName((string)control["place"]!)
                   && (string?)cc["from"] == (string?)control["from"] && (string?)cc["on"] == (string?)control["on"]
                   && control["to_any_of"]!.AsArray().Any(t => (string?)t == (string?)cc["to"]),
                $"control_change is {cc?.ToJsonString() ?? "missing"}");
        }

        if (fact["date_evidence"] is { } evidence)
        {
            Expect(e["evidence"]!.AsArray().Any(ev => (string?)ev!["field"] == "date" && Overlaps((string)ev["text"]!, (string)evidence!)),
                $"no date evidence '{evidence}'");
        }

        return problems;
    }

    private static void CheckActor(JsonObject fact, JsonObject e, string role, Action<bool, string> expect)
    {
        string? actual = (string?)e[role]?["name"];
        if (fact[role] is { } single)
        {
            expect(actual == (string?)single, $"{role} is {actual ?? "null"}, not {single}");
        }

        if (fact[role + "_any_of"] is JsonArray any)
        {
            expect(any.Any(a => (string?)a == actual), $"{role} is {actual ?? "null"}, not one of {any.ToJsonString()}");
        }
    }

    // A place fact names a gazetteer place; "Kokang Self-Administered Zone" etc. are named as the gazetteer names them.
    private static string PlaceName(string name) => name;

    private static void AssertPlaceMatches(JsonNode fact, JsonObject place, string mention)
    {
        string? kind = (string?)fact["kind"];
        string where = $"'{mention}' resolved to {place.ToJsonString()}";
        Assert.True((string?)place["country"] == (string?)fact["country"], where);
        if (kind == "country")
        {
            return;
        }

        if (kind == "admin1")
        {
            Assert.True((string?)place["kind"] == "admin1" && SameAdmin1((string?)place["name"], (string?)fact["name"]), where);
            return;
        }

        if (fact["admin1"] is { } admin1)
        {
            Assert.True(SameAdmin1((string?)place["admin1"], (string?)admin1), where);
        }

        double km = DistanceKm((double)place["lat"]!, (double)place["lon"]!, (double)fact["lat"]!, (double)fact["lon"]!);
        Assert.True(km <= (double)fact["tolerance_km"]!, $"{where}: {km:F0} km from the analyst's point");
    }

    // GeoNames and ISO lists name admin1 regions with or without the "State"/"Region" suffix.
    private static bool SameAdmin1(string? a, string? b) =>
        a is not null && b is not null && StripSuffix(a).Equals(StripSuffix(b), StringComparison.OrdinalIgnoreCase);

    private static string StripSuffix(string s) => Regex.Replace(s, @"\s+(State|Region|Province)$", "");

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double r(double d) => d * Math.PI / 180;
        double a = Math.Pow(Math.Sin(r(lat2 - lat1) / 2), 2) + Math.Cos(r(lat1)) * Math.Cos(r(lat2)) * Math.Pow(Math.Sin(r(lon2 - lon1) / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }

    private static IEnumerable<string> EventActorNames(JsonObject e) =>
        new[] { e["actor1"], e["actor2"] }.Where(a => a is not null).Select(a => (string)a!["name"]!)
            .Concat(e["assoc_actors"]!.AsArray().Select(a => (string)a!["name"]!));

    // Mentions match when one text contains the other, ignoring case ("the Three Brotherhood alliance" ~ "Three Brotherhood alliance").
    private static bool Overlaps(string actual, string expected) =>
        actual.Contains(expected, StringComparison.OrdinalIgnoreCase) || expected.Contains(actual, StringComparison.OrdinalIgnoreCase);

    private static JsonObject LoadFacts() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.SeedDirectory, "afp-2024-01-06-laukkaing.facts.json")))!.AsObject();

    private static TheoryData<string> FactIds(string section, string key)
    {
        var data = new TheoryData<string>();
        foreach (var item in LoadFacts()[section]!.AsArray())
        {
            data.Add((string)item![key]!);
        }

        return data;
    }
}
