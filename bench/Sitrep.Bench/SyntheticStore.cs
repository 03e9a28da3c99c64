namespace Sitrep.Bench;

using System.Diagnostics;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Storage;

/// <summary>
/// Builds a large store for the server bench without running extraction: coded events spread over the conflict
/// areas ACLED covers, dated over three years, stored through the same <see cref="EventStore.Store"/> path as an
/// ingest (so merging and the control timeline run). Seeded, so every run builds the same store.
/// </summary>
internal static class SyntheticStore
{
    /// <summary>Areas events fall in: a centre and how far (degrees) events scatter around it.</summary>
    public static readonly (string Country, string Admin1, double Lat, double Lon, double Spread)[] Areas =
    [
        ("MM", "Shan", 22.5, 97.5, 3), ("MM", "Sagaing", 22.5, 95.2, 2.5), ("SD", "Khartoum", 15.6, 32.5, 2), ("SD", "North Darfur", 13.6, 25.3, 3),
        ("UA", "Donetsk", 48.0, 37.8, 1.5), ("UA", "Kharkiv", 49.9, 36.3, 1.5), ("PS", "Gaza", 31.4, 34.4, 0.2), ("CD", "North Kivu", -1.3, 29.2, 1.5),
        ("ML", "Mopti", 14.5, -4.2, 3), ("BF", "Sahel", 14.0, -0.5, 2), ("SY", "Idlib", 35.9, 36.6, 1), ("YE", "Taizz", 13.6, 44.0, 1.5),
        ("ET", "Amhara", 11.6, 37.4, 2.5), ("SO", "Banaadir", 2.05, 45.3, 1.5), ("NG", "Borno", 11.8, 13.1, 2), ("HT", "Ouest", 18.55, -72.3, 0.4),
        ("CO", "Cauca", 2.4, -76.6, 1.5),
    ];

    private static readonly string[] SubEventTypes = [.. AcledTaxonomy.SubEventTypes.Keys];

    /// <summary>Creates the store at <paramref name="path"/> with <paramref name="events"/> events, or reuses one built before.</summary>
    public static string Build(string path, int events)
    {
        if (File.Exists(path))
        {
            using var existing = EventStore.Open(path);
            if (existing.Counts().Events >= events * 0.99)
            {
                return $"reused {path}";
            }
        }

        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(20240106);
        var start = new DateOnly(2022, 1, 1);
        using var store = EventStore.Open(path);
        store.BeginBatch();
        for (int i = 0; i < events; i++)
        {
            var (country, admin1, lat, lon, spread) = Areas[random.Next(Areas.Length)];
            var date = start.AddDays(random.Next(3 * 365));
            string subType = SubEventTypes[random.Next(SubEventTypes.Length)];
            var point = new GeoPoint(lat + (random.NextDouble() * 2 - 1) * spread, lon + (random.NextDouble() * 2 - 1) * spread);
            // Local groups outnumber the national actors, as in ACLED's data; distinct names keep the bench's
            // event count close to what it asks for (same actors, place and day would merge).
            var actor1 = new EventActor($"Armed group {random.Next(5000)} ({country})", 3);
            var actor2 = new EventActor($"Civilians ({country})", 7);
            string text = $"Synthetic report {i}: {subType} near {point.Lat:F3},{point.Lon:F3} on {date:yyyy-MM-dd}.";
            var report = new Report("Sitrep Bench", text, 0, null, date);
            var coded = new CodedEvent(
                AcledTaxonomy.EventTypeOf(subType), subType, date, 1, "sentence", actor1, actor2, [],
                new EventPlace($"Place {random.Next(400)} ({admin1})", country, admin1, point, 1, null),
                random.Next(10) < 7 ? 0 : random.Next(1, 40), null, new Dictionary<string, long>(),
                [new ClaimSource("Sitrep Bench", SourceKind.NewsAgency)], [], false, false, 0.8, null,
                [new Evidence("event_type", new Sitrep.Text.TextSpan(0, 16), "Synthetic report")]);
            store.Store(report, [coded]);
            if (i % 2000 == 1999)
            {
                store.CommitBatch();
                store.BeginBatch();
            }
        }

        store.CommitBatch();
        return $"built {path} with {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s";
    }
}
