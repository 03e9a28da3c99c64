using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class AnchorSetTests
{
    [Fact]
    public void Nearest_anchor_is_the_closest_one_more_than_a_kilometre_away_leaving_out_the_span_itself()
    {
        var lashio = new GeoPoint(22.93, 97.75);
        var laukkaing = new GeoPoint(23.69, 98.76);
        var london = new GeoPoint(51.51, -0.13);
        var anchors = new AnchorSet([lashio, null, laukkaing, london]);

        Assert.Equal(lashio.DistanceKm(laukkaing), anchors.NearestKm(laukkaing, except: 2)!.Value, 6);
        Assert.Equal(laukkaing.DistanceKm(lashio), anchors.NearestKm(lashio, except: 0)!.Value, 6);
        Assert.Equal(lashio.DistanceKm(london), new AnchorSet([lashio, london]).NearestKm(london, except: 1)!.Value, 6);
        Assert.Null(new AnchorSet([lashio]).NearestKm(lashio, except: 0));
    }

    [Fact]
    public void Skipping_anchors_by_latitude_alone_finds_the_same_nearest_as_measuring_every_one()
    {
        // The latitude bound only skips anchors that cannot be nearer; points near the poles and across the date line
        // are where a wrong bound would show.
        var random = new Random(20241106);
        GeoPoint Any() => new(random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180);
        for (int trial = 0; trial < 200; trial++)
        {
            var points = Enumerable.Range(0, 30).Select(_ => (GeoPoint?)Any()).ToList();
            var anchors = new AnchorSet(points);
            var probe = Any();
            double expected = points.Select(p => probe.DistanceKm(p!.Value)).Where(km => km > 1).Min();
            Assert.Equal(expected, anchors.NearestKm(probe, except: -1)!.Value, 9);
        }
    }
}
