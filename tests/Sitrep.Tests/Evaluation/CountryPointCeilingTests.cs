using Sitrep.Evaluation;
using Sitrep.Tests.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

[Collection(RealGazetteerGroup.Name)]
public class CountryPointCeilingTests(RealGazetteerFixture real)
{
    // One article per mention, each with a country-linked gold toponym at the given point.
    private static List<GeoparseArticle> Corpus(string prefix, string country, params (double Lat, double Lon)[] points) =>
        points.Select((p, i) => new GeoparseArticle($"{prefix}{i}", country, [new GoldToponym(new TextSpan(0, country.Length), country, p.Lat, p.Lon, null, true, country)]))
            .ToList();

    private static int TooFar(IReadOnlyList<CountryCeilingRow> rows, string corpus) => rows.Where(r => r.Corpus == corpus).Sum(r => r.Unreachable);

    [Fact]
    public void Points_more_than_twice_the_tolerance_apart_cannot_both_be_reached()
    {
        // Canada as TR-News (GeoNames) and GeoVirus (Wikipedia) place it, 1,000 km apart: the larger group wins.
        var rows = CountryPointCeiling.Compute(real.Gazetteer, [
            ("A", Corpus("a", "Canada", (60.1, -113.6), (60.1, -113.6), (60.1, -113.6))),
            ("B", Corpus("b", "Canada", (60.0, -95.0), (60.0, -95.0)))]);

        Assert.Equal((0, 2), (TooFar(rows, "A"), TooFar(rows, "B")));
    }

    [Fact]
    public void Points_under_twice_the_tolerance_apart_share_a_point_between_them()
    {
        // China at 35, 103 and 35, 105: 182 km apart, neither within 161 km of the other, both of a point between.
        var rows = CountryPointCeiling.Compute(real.Gazetteer, [
            ("A", Corpus("a", "China", (35.0, 103.0), (35.0, 103.0))),
            ("B", Corpus("b", "China", (35.0, 105.0)))]);

        Assert.Equal((0, 0), (TooFar(rows, "A"), TooFar(rows, "B")));
        Assert.All(rows.Where(r => r.Located > 0), r => Assert.Equal(1.0, r.Ceiling));
    }

    [Fact]
    public void A_toponym_the_annotators_did_not_link_to_a_country_is_not_counted()
    {
        var georgiaState = new GeoparseArticle("g", "Georgia",
            [new GoldToponym(new TextSpan(0, 7), "Georgia", 32.7, -83.5, null, null, "Georgia (U.S. state)")]);
        var rows = CountryPointCeiling.Compute(real.Gazetteer, [("A", [georgiaState])]);

        Assert.Equal((1, 0), (rows.Sum(r => r.Located), rows.Sum(r => r.CountryMentions)));
    }
}
