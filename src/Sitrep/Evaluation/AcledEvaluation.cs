using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Evaluation;

using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Places;

/// <summary>Agreement of Sitrep with ACLED's own coding on one part of an ACLED extract.</summary>
public sealed record AcledScore(
    string Part,
    int Records,
    int WithEvent,
    int EventType,
    int SubEventType,
    int Date,
    int Fatalities,
    int BothActors,
    int Actor1,
    int Within10Km,
    int Within50Km,
    int Within161Km,
    int PlaceIsLocation,
    int PlaceIsTownship,
    int PlaceOther,
    int PlaceNone,
    double Seconds)
{
    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}

/// <summary>A tuning-part record whose actors Sitrep codes differently from ACLED: the note, ACLED's actors and Sitrep's.</summary>
public sealed record AcledActorMiss(string EventId, string Notes, string GoldActor1, string GoldActor2, string? Actor1, string? Actor2);

/// <summary>
/// A tuning-part record Sitrep places more than 50 km from ACLED's coordinates, or not at all: the note, ACLED's location
/// and township, and Sitrep's place with its distance (null when unplaced).
/// </summary>
public sealed record AcledPlaceMiss(string EventId, string Notes, string GoldLocation, string GoldTownship, string? Place, double? Km);

/// <summary>
/// Runs Sitrep on the `notes` of ACLED records (publication date = event_date) and compares its first event with
/// ACLED's coding: event type, sub-event type, date, fatalities, actors in either order, and the distance of the
/// place to ACLED's coordinates. One record in three (by a hash of event_id_cnty) is held out of tuning.
/// </summary>
public sealed class AcledEvaluation(SitrepPipeline pipeline)
{
    /// <summary>The columns of an ACLED export the scoring reads.</summary>
    private static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin3", "location", "latitude",
        "longitude", "fatalities", "notes",
    ];

    /// <summary>
    /// Scores both parts; <paramref name="tuningActorMiss"/> and <paramref name="tuningPlaceMiss"/>, when given, hear of
    /// each tuning-part miss (never a held-out one).
    /// </summary>
    /// <exception cref="InvalidDataException">The file lacks a column the scoring reads; the message names the file and the column.</exception>
    public IReadOnlyList<AcledScore> Run(string path, Action<AcledActorMiss>? tuningActorMiss = null, Action<AcledPlaceMiss>? tuningPlaceMiss = null)
    {
        var table = CsvTable.Read(path);
        if (Columns.FirstOrDefault(c => !table.Header.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } missing)
        {
            // Checked before any row is scored, so a file that is no ACLED export is an error, not a table of zeros.
            throw new InvalidDataException($"{path}: no column '{missing}'; an ACLED export has {string.Join(", ", Columns)}");
        }

        var tuning = new Tally("tuning", tuningActorMiss, tuningPlaceMiss);
        var heldOut = new Tally("held-out", null, null);
        foreach (var row in table.Rows)
        {
            string id = table.Get(row, "event_id_cnty");
            var tally = HeldOut.Contains(id) ? heldOut : tuning;
            tally.Add(table, row, pipeline);
        }

        var scores = new List<AcledScore> { tuning.Score(), heldOut.Score() };
        scores.Add(Combine(scores));
        return scores;
    }

    private static AcledScore Combine(List<AcledScore> parts) => new(
        "all", parts.Sum(p => p.Records), parts.Sum(p => p.WithEvent), parts.Sum(p => p.EventType), parts.Sum(p => p.SubEventType),
        parts.Sum(p => p.Date), parts.Sum(p => p.Fatalities), parts.Sum(p => p.BothActors), parts.Sum(p => p.Actor1),
        parts.Sum(p => p.Within10Km), parts.Sum(p => p.Within50Km), parts.Sum(p => p.Within161Km), parts.Sum(p => p.PlaceIsLocation),
        parts.Sum(p => p.PlaceIsTownship), parts.Sum(p => p.PlaceOther), parts.Sum(p => p.PlaceNone), parts.Sum(p => p.Seconds));

    private sealed class Tally(string part, Action<AcledActorMiss>? actorMiss, Action<AcledPlaceMiss>? placeMiss)
    {
        private readonly Stopwatch _clock = new();
        private int _records, _withEvent, _type, _subType, _date, _fatalities, _both, _actor1, _km10, _km50, _km161, _location, _township, _other, _none;

        public void Add(CsvTable table, string[] row, SitrepPipeline pipeline)
        {
            _records++;
            var published = DateOnly.ParseExact(table.Get(row, "event_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            string notes = table.Get(row, "notes");
            _clock.Start();
            var result = pipeline.Extract(new Report(table.Get(row, "event_id_cnty"), notes, 0, null, published));
            _clock.Stop();

            var e = result.Coding.Events.FirstOrDefault(x => !x.Historical) ?? (result.Coding.Events.Count > 0 ? result.Coding.Events[0] : null);
            if (e is null)
            {
                _none++;
                actorMiss?.Invoke(new AcledActorMiss(table.Get(row, "event_id_cnty"), notes, table.Get(row, "actor1"), table.Get(row, "actor2"), null, null));
                ReportPlaceMiss(table, row, null, null);
                return;
            }

            _withEvent++;
            _type += e.EventType == table.Get(row, "event_type") ? 1 : 0;
            _subType += e.SubEventType == table.Get(row, "sub_event_type") ? 1 : 0;
            _date += e.Date == published ? 1 : 0;
            _fatalities += e.Fatalities.ToString(CultureInfo.InvariantCulture) == table.Get(row, "fatalities") ? 1 : 0;
            CountActors(table, row, e);
            CountPlace(table, row, e);
        }

        private void CountActors(CsvTable table, string[] row, CodedEvent e)
        {
            var gold = new[] { table.Get(row, "actor1"), table.Get(row, "actor2") }.Where(a => a.Length > 0 && a != "NA").ToList();
            var coded = new[] { e.Actor1?.Name, e.Actor2?.Name }.OfType<string>().ToHashSet();
            bool both = gold.All(coded.Contains);
            _both += both ? 1 : 0;
            _actor1 += coded.Contains(table.Get(row, "actor1")) ? 1 : 0;
            if (!both)
            {
                actorMiss?.Invoke(new AcledActorMiss(table.Get(row, "event_id_cnty"), table.Get(row, "notes"), table.Get(row, "actor1"),
                    table.Get(row, "actor2"), e.Actor1?.Name, e.Actor2?.Name));
            }
        }

        private void CountPlace(CsvTable table, string[] row, CodedEvent e)
        {
            if (e.Place is not { } place)
            {
                _none++;
                ReportPlaceMiss(table, row, null, null);
                return;
            }

            var gold = new GeoPoint(double.Parse(table.Get(row, "latitude"), CultureInfo.InvariantCulture),
                double.Parse(table.Get(row, "longitude"), CultureInfo.InvariantCulture));
            double km = place.Point.DistanceKm(gold);
            _km10 += km <= 10 ? 1 : 0;
            _km50 += km <= 50 ? 1 : 0;
            _km161 += km <= 161 ? 1 : 0;
            if (km > 50)
            {
                ReportPlaceMiss(table, row, place.Name, km);
            }

            if (SameName(place.Name, table.Get(row, "location")))
            {
                _location++;
            }
            else if (SameName(place.Name, table.Get(row, "admin3")))
            {
                _township++;
            }
            else
            {
                _other++;
            }
        }

        private void ReportPlaceMiss(CsvTable table, string[] row, string? place, double? km) =>
            placeMiss?.Invoke(new AcledPlaceMiss(table.Get(row, "event_id_cnty"), table.Get(row, "notes"), table.Get(row, "location"),
                table.Get(row, "admin3"), place, km));

        private static bool SameName(string a, string b) =>
            NameFolding.Fold(a) == NameFolding.Fold(b);

        public AcledScore Score() => new(part, _records, _withEvent, _type, _subType, _date, _fatalities, _both, _actor1,
            _km10, _km50, _km161, _location, _township, _other, _none, _clock.Elapsed.TotalSeconds);
    }
}
