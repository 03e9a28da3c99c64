namespace Sitrep.Web.Tests;

using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Web.ReadModel;

/// <summary>
/// The in-memory index answers exactly as a plain filter over every event would: random events and random
/// queries (boxes of every size, across the antimeridian, with dates, types and paging) against a brute force.
/// </summary>
public sealed class EventIndexTests
{
    private static readonly string[] SubTypes = ["Armed clash", "Air/drone strike", "Peaceful protest", "Attack", "Arrests"];

    [Fact]
    public void Every_query_matches_a_brute_force_filter_over_all_events()
    {
        var random = new Random(7);
        var events = Enumerable.Range(1, 3000).Select(id => RandomEvent(random, id)).ToList();
        var index = new EventIndex(events);
        for (int round = 0; round < 400; round++)
        {
            var q = RandomQuery(random);
            var expected = events.Where(e => Matches(e, q))
                .OrderBy(e => e.Date ?? DateOnly.MinValue).ThenBy(e => e.Id).Select(e => e.Id).ToList();
            if (q.Order == EventOrder.NewestFirst)
            {
                expected.Reverse();
            }

            var page = index.Query(q);
            Assert.True(expected.Count == page.Total, $"round {round}: {q} counts {page.Total}, expected {expected.Count}");
            Assert.Equal(expected.Skip(q.Offset).Take(q.Limit), page.Positions.Select(p => index[p].Id));
        }
    }

    [Fact]
    public void A_box_across_the_antimeridian_finds_events_on_both_sides()
    {
        var index = new EventIndex([Event(1, -17.8, 178.4), Event(2, -16.5, -179.9), Event(3, -17, 170)]);
        var fiji = index.Query(new EventQuery(Box: new BoundingBox(177, -20, -179, -15)));
        Assert.Equal([1L, 2L], fiji.Positions.Select(p => index[p].Id).Order());
    }

    [Fact]
    public void Events_on_a_box_edge_or_a_cell_edge_are_counted_once_whichever_edge_cuts_their_cell()
    {
        // Whole-degree coordinates put events on cell corners; boxes with whole and half-degree edges cut cells on
        // one axis, on both, or not at all, and each count must agree with the events listed one by one.
        var events = new List<EventSummary>();
        long id = 0;
        for (double lat = 20; lat <= 24; lat += 0.5)
        {
            for (double lon = 95; lon <= 99; lon += 0.5)
            {
                events.Add(Event(++id, lat, lon));
            }
        }

        var index = new EventIndex(events);
        foreach (var box in new[]
        {
            new BoundingBox(95, 20, 99, 24), new BoundingBox(96, 21.5, 98, 23), new BoundingBox(95.5, 21, 97, 23),
            new BoundingBox(96, 21, 97.5, 22.5), new BoundingBox(95.25, 20.75, 98.75, 23.25), new BoundingBox(97, 22, 97, 22),
        })
        {
            var expected = events.Where(e => box.Contains(e.Latitude!.Value, e.Longitude!.Value)).Select(e => e.Id).Order().ToList();
            var page = index.Query(new EventQuery(Box: box, Limit: EventQuery.MaxLimit));
            Assert.True(expected.Count == page.Total, $"{box}: counted {page.Total}, expected {expected.Count}");
            Assert.Equal(expected, page.Positions.Select(p => index[p].Id).Order());
        }
    }

    private static bool Matches(EventSummary e, EventQuery q) =>
        (q.Box is not { } box || (e.Latitude is { } lat && e.Longitude is { } lon && box.Contains(lat, lon)))
        && (q.From is null || (e.Date is { } d1 && d1 >= q.From))
        && (q.To is null || (e.Date is { } d2 && d2 <= q.To))
        && (q.Country is null || e.Country == q.Country)
        && (q.Types is null || q.Types.Contains(e.EventType) || q.Types.Contains(e.SubEventType));

    private static EventQuery RandomQuery(Random random)
    {
        BoundingBox? box = null;
        if (random.Next(5) > 0)
        {
            double west = random.NextDouble() * 360 - 180, south = random.NextDouble() * 160 - 80;
            double width = random.Next(3) switch { 0 => random.NextDouble() * 2, 1 => random.NextDouble() * 20, _ => random.NextDouble() * 200 };
            double east = west + width > 180 ? west + width - 360 : west + width;
            box = new BoundingBox(west, south, east, Math.Min(90, south + random.NextDouble() * 40));
        }

        DateOnly? from = random.Next(3) == 0 ? new DateOnly(2023, 1, 1).AddDays(random.Next(700)) : null;
        DateOnly? to = random.Next(3) == 0 ? (from ?? new DateOnly(2023, 1, 1)).AddDays(random.Next(400)) : null;
        return new EventQuery(
            Box: box, From: from, To: to,
            Country: random.Next(6) == 0 ? "MM" : null,
            Types: random.Next(5) == 0 ? ["Battles"] : random.Next(6) == 0 ? ["Attack", "Arrests"] : null,
            Offset: random.Next(4) == 0 ? random.Next(50) : 0,
            Limit: random.Next(1, 80),
            Order: random.Next(2) == 0 ? EventOrder.NewestFirst : EventOrder.OldestFirst);
    }

    private static EventSummary RandomEvent(Random random, int id)
    {
        // Clustered like real data: most events near a few centres, some anywhere, a few without a place or date.
        (double lat, double lon) = random.Next(4) switch
        {
            0 => (22 + random.NextDouble() * 4, 96 + random.NextDouble() * 4),
            1 => (-17 + random.NextDouble() * 2, 179 - random.NextDouble() * 2 + (random.Next(2) == 0 ? 0 : 2) is var x && x > 180 ? x - 360 : x),
            _ => (random.NextDouble() * 170 - 85, random.NextDouble() * 360 - 180),
        };
        var e = Event(id, lat, lon) with
        {
            Date = random.Next(30) == 0 ? null : new DateOnly(2023, 1, 1).AddDays(random.Next(900)),
            Country = random.Next(3) == 0 ? "MM" : "SD",
            SubEventType = SubTypes[id % SubTypes.Length],
            EventType = AcledTaxonomy.EventTypeOf(SubTypes[id % SubTypes.Length]),
        };
        return random.Next(40) == 0 ? e with { Latitude = null, Longitude = null } : e;
    }

    private static EventSummary Event(long id, double lat, double lon) =>
        new(id, "Battles", "Armed clash", new DateOnly(2024, 1, 1), 1, null, null, "[]", "Place", "MM", null, lat, lon, 1, 0, 1, false, false);
}
