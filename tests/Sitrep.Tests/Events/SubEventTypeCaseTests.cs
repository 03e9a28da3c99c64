using System.Globalization;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Events;

/// <summary>
/// The golden table Events/Cases/sub-event-types.tsv: one written sentence per row with the sub-event type and actors
/// ACLED's codebook gives it, for every sub-event type and both sides of its boundaries, plus denials, plans and threats.
/// </summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class SubEventTypeCaseTests(RealGazetteerFixture gazetteer)
{
    private static readonly string TablePath = Path.Combine(TestPaths.RepoRoot, "tests", "Sitrep.Tests", "Events", "Cases", "sub-event-types.tsv");

    private readonly PipelineFixture fixture = new(gazetteer);

    /// <summary>The rows of the table, each as (line, published, sentence, expected, actor1, actor2, assoc).</summary>
    public static TheoryData<int, string, string, string, string, string, string> Rows()
    {
        var rows = new TheoryData<int, string, string, string, string, string, string>();
        int line = 0;
        foreach (string text in File.ReadLines(TablePath))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            string[] c = text.Split('\t');
            Assert.True(c.Length == 6, $"sub-event-types.tsv:{line}: expected 6 tab-separated columns, found {c.Length}");
            rows.Add(line, c[0], c[1], c[2], c[3], c[4], c[5]);
        }

        return rows;
    }

    [Fact]
    public void The_table_covers_every_acled_sub_event_type()
    {
        var covered = Rows().Select(r => (string)r[3]).ToHashSet();
        Assert.All(AcledTaxonomy.SubEventTypes.Keys, s => Assert.Contains(s, covered));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_sentence_codes_as_the_table_says(int line, string published, string sentence, string expected, string actor1, string actor2, string assoc)
    {
        var report = PlainTextReader.Read($"case-{line}", sentence, DateOnly.Parse(published, CultureInfo.InvariantCulture));
        var events = fixture.Pipeline.Extract(report).Coding.Events;
        string coded = string.Join("; ", events.Select(e => $"{e.SubEventType} [{e.Actor1?.Name} / {e.Actor2?.Name}]"));
        if (expected == "none")
        {
            Assert.True(events.Count == 0, $"line {line}: expected no event, coded {coded}");
            return;
        }

        var e = events.FirstOrDefault(x => x.SubEventType == expected);
        Assert.True(e is not null && events.Count == 1, $"line {line}: expected one {expected}, coded {coded}");
        Assert.Equal(AcledTaxonomy.EventTypeOf(expected), e.EventType);
        Check(line, "actor1", actor1, e.Actor1?.Name);
        Check(line, "actor2", actor2, e.Actor2?.Name);
        if (assoc != "*")
        {
            Assert.True(e.AssocActors.Any(a => a.Name == assoc), $"line {line}: expected associated actor {assoc}");
        }
    }

    private static void Check(int line, string field, string expected, string? coded)
    {
        if (expected == "*")
        {
            return;
        }

        Assert.True((expected == "-" ? null : expected) == coded, $"line {line}: {field} expected {expected}, coded {coded ?? "-"}");
    }
}
