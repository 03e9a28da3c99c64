namespace Sitrep.Tests.Actors;

using System.Text.Json;
using Sitrep.Actors;
using Xunit.Abstractions;

/// <summary>The actor facts of the shared seed report, read from its .facts.json file.</summary>
public sealed class SeedActorTests(ITestOutputHelper output)
{
    private const string Seed = "afp-2024-01-06-laukkaing";

    private static readonly Lazy<(ActorResolution Resolution, JsonDocument Facts)> Result = new(() =>
    {
        string text = File.ReadAllText(Path.Combine(ActorTestData.SeedDirectory, Seed + ".txt"));
        var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(ActorTestData.SeedDirectory, Seed + ".facts.json")));
        var document = facts.RootElement.GetProperty("document");
        var published = DateOnly.Parse(document.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (ActorTestData.Resolver.Resolve(ActorTestData.Analyze(text), "MM", published), facts);
    });

    private static ActorResolution Resolution => Result.Value.Resolution;

    private static JsonElement.ArrayEnumerator FactActors() => Result.Value.Facts.RootElement.GetProperty("actors").EnumerateArray();

    [Fact]
    public void Every_organisation_mention_in_the_facts_resolves_to_its_canonical_actor()
    {
        foreach (var m in Resolution.Actors)
        {
            output.WriteLine($"{m.Span.Start,5} {m.Match,-12} {m.Text,-45} -> {m.Actor?.Name ?? "-"} {m.Note}");
        }

        foreach (var fact in FactActors().Where(f => f.GetProperty("kind").GetString() != "person"))
        {
            string canonical = fact.GetProperty("canonical").GetString()!;
            foreach (string mention in fact.GetProperty("mentions").EnumerateArray().Select(e => e.GetString()!))
            {
                var containing = Resolution.Actors.Where(a => a.Text.Contains(mention, StringComparison.OrdinalIgnoreCase)).ToList();
                Assert.True(containing.Count > 0, $"no actor mention contains \"{mention}\"");
                Assert.All(containing, a => Assert.True(a.Actor?.Name == canonical,
                    $"\"{a.Text}\" at {a.Span.Start} resolved to {a.Actor?.Name ?? a.Match.ToString()}, expected {canonical}"));
            }
        }
    }

    [Fact]
    public void Every_person_in_the_facts_is_found_with_the_role_the_text_gives()
    {
        foreach (var p in Resolution.People)
        {
            output.WriteLine($"{p.Span.Start,5} {p.Name,-25} role={p.Role ?? "-"} affiliation={p.Affiliation?.Name ?? "-"}");
        }

        foreach (var fact in FactActors().Where(f => f.GetProperty("kind").GetString() == "person"))
        {
            string canonical = fact.GetProperty("canonical").GetString()!;
            var found = Resolution.People.Where(p => p.Name == canonical).ToList();
            Assert.True(found.Count > 0, $"{canonical} not found");
            if (fact.TryGetProperty("role", out var role))
            {
                // The role's head noun ("spokesman", "commander") must be there; its wording follows the text.
                string head = role.GetString()!.Split(' ')[0];
                Assert.Contains(found, p => p.Role is not null && p.Role.Contains(head, StringComparison.OrdinalIgnoreCase) && p.Affiliation is not null);
            }
            else
            {
                Assert.All(found, p => Assert.Null(p.Role));
            }
        }
    }

    [Fact]
    public void Misspelt_MNLD_is_the_MNDAA_not_a_separate_actor()
    {
        string canonical = FactActors().Single(f => f.GetProperty("mentions").EnumerateArray().Any(m => m.GetString() == "MNLD"))
            .GetProperty("canonical").GetString()!;
        var mndaa = ActorTestData.Knowledge.Find(canonical);
        Assert.NotNull(mndaa);
        var mnld = Assert.Single(Resolution.Actors, a => a.Text == "MNLD");
        Assert.Same(mndaa, mnld.Actor);
        Assert.Equal(ActorMatch.Acronym, mnld.Match);
    }

    [Fact]
    public void The_translation_error_BNLM_is_kept_only_as_an_unresolved_mention()
    {
        var bnlm = Assert.Single(Resolution.Actors, a => a.Text.Contains("BNLM", StringComparison.Ordinal));
        Assert.Equal(ActorMatch.Unresolved, bnlm.Match);
        Assert.Null(bnlm.Actor);
        Assert.Contains("review", bnlm.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_outlets_and_nationality_adjectives_produce_no_actor_or_person()
    {
        var root = Result.Value.Facts.RootElement;
        var notActors = root.GetProperty("places").EnumerateArray().Concat(root.GetProperty("sources").EnumerateArray())
            .SelectMany(f => f.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!))
            .Append("Chinese")
            .ToList();
        foreach (string text in notActors)
        {
            Assert.DoesNotContain(Resolution.Actors, a => string.Equals(a.Text, text, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(Resolution.Actors, a => a.Text.Contains("Chinese", StringComparison.Ordinal));
            Assert.DoesNotContain(Resolution.People, p => p.Name.Contains(text, StringComparison.Ordinal) || text.Contains(p.Name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Mentions_are_in_text_order_and_do_not_overlap()
    {
        for (int i = 1; i < Resolution.Actors.Count; i++)
        {
            Assert.True(Resolution.Actors[i - 1].Span.End <= Resolution.Actors[i].Span.Start);
        }

        for (int i = 1; i < Resolution.People.Count; i++)
        {
            Assert.True(Resolution.People[i - 1].Span.End <= Resolution.People[i].Span.Start);
        }

        Assert.DoesNotContain(Resolution.People, p => Resolution.Actors.Any(a => a.Span.Overlaps(p.Span)));
    }
}
