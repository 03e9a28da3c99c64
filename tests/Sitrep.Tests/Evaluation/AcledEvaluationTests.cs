using Sitrep.Evaluation;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// Sitrep against ACLED's own coding of Myanmar remote-violence events (../shared/eval/acled/). The floors sit
/// well below the measured figures (README): they catch regressions without being tuned to the data.
/// </summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class AcledEvaluationTests(RealGazetteerFixture gazetteer)
{
    private readonly PipelineFixture _fixture = new(gazetteer);

    [Fact]
    public void Agreement_with_acled_stays_above_its_floors_on_both_parts_and_only_tuning_misses_are_listed()
    {
        string path = Path.Combine(gazetteer.SharedFolder, "eval", "acled", "myanmar-erv-2021-2022.dev.csv");
        var misses = new List<AcledActorMiss>();
        var placeMisses = new List<AcledPlaceMiss>();
        var scores = new AcledEvaluation(_fixture.Pipeline).Run(path, misses.Add, placeMisses.Add);
        Assert.Equal(["tuning", "held-out", "all"], scores.Select(s => s.Part));
        Assert.Equal(scores[0].Records - scores[0].BothActors, misses.Count);
        Assert.DoesNotContain(misses, m => HeldOut.Contains(m.EventId));
        // A place miss is a record placed more than 50 km off, or not placed at all (also when no event was coded).
        Assert.Equal(scores[0].Records - scores[0].Within50Km, placeMisses.Count);
        Assert.DoesNotContain(placeMisses, m => HeldOut.Contains(m.EventId));
        Assert.All(placeMisses, m => Assert.True(m.Km is null or > 50, $"{m.EventId}: {m.Km} km listed as a miss"));
        foreach (var s in scores)
        {
            Assert.True(s.Records > 100, $"{s.Part}: only {s.Records} records read");
            Assert.True(AcledScore.Percent(s.EventType, s.Records) >= 80, $"{s.Part}: event_type {AcledScore.Percent(s.EventType, s.Records):F1}%");
            Assert.True(AcledScore.Percent(s.SubEventType, s.Records) >= 75, $"{s.Part}: sub_event_type {AcledScore.Percent(s.SubEventType, s.Records):F1}%");
            Assert.True(AcledScore.Percent(s.Date, s.Records) >= 85, $"{s.Part}: event_date {AcledScore.Percent(s.Date, s.Records):F1}%");
            Assert.True(AcledScore.Percent(s.Fatalities, s.Records) >= 80, $"{s.Part}: fatalities {AcledScore.Percent(s.Fatalities, s.Records):F1}%");
            Assert.True(AcledScore.Percent(s.BothActors, s.Records) >= 60, $"{s.Part}: both actors {AcledScore.Percent(s.BothActors, s.Records):F1}%");
            Assert.True(AcledScore.Percent(s.Within50Km, s.Records) >= 75, $"{s.Part}: place within 50 km {AcledScore.Percent(s.Within50Km, s.Records):F1}%");
        }
    }

    [Fact]
    public void A_file_without_the_columns_of_an_acled_export_is_an_error_naming_it_and_the_column()
    {
        using var folder = new TempFolder("sitrep-acled-");
        string path = folder.Write("export.csv", "event_id_cnty,event_date,notes\nMMR1,2021-05-03,A bomb exploded in Lashio.\n");
        var error = Assert.Throws<InvalidDataException>(() => new AcledEvaluation(_fixture.Pipeline).Run(path));
        Assert.StartsWith($"{path}: no column 'event_type'", error.Message, StringComparison.Ordinal);
    }
}
