using Sitrep.Places;

namespace Sitrep.Evaluation;

/// <summary>One corpus half's bound: how many of its gold toponyms no single point per country can bring within 161 km.</summary>
/// <param name="Located">Gold toponyms with coordinates.</param>
/// <param name="CountryMentions">Those the annotators linked to a country (TR-News: a PCL feature; GeoVirus: a page titled with a country's name).</param>
/// <param name="Unreachable">Country mentions farther than 161 km from the best single point for their country.</param>
public sealed record CountryCeilingRow(string Corpus, string Half, int Located, int CountryMentions, int Unreachable)
{
    /// <summary>The share within 161 km if every other toponym were resolved exactly right.</summary>
    public double Ceiling => Located == 0 ? 1 : 1 - (double)Unreachable / Located;
}

/// <summary>
/// A bound the gold itself sets on "within 161 km": corpora annotated against different sources put a country at
/// different points (TR-News at GeoNames', GeoVirus at Wikipedia's: Canada 1,000 km apart). For each country this finds,
/// with hindsight, the one point within 161 km of most of its gold points across all the corpora given, and counts the
/// mentions still farther away. No resolver that gives a country one point can do better on them.
/// </summary>
/// <remarks>It reads the gold only and chooses nothing for Sitrep: it bounds the target, it does not tune to it.</remarks>
public static class CountryPointCeiling
{
    public static IReadOnlyList<CountryCeilingRow> Compute(Gazetteer gazetteer, IReadOnlyList<(string Corpus, IReadOnlyList<GeoparseArticle> Articles)> corpora)
    {
        var mentions = new List<(string Corpus, CorpusHalf Half, string Country, GeoPoint Point)>();
        var located = new Dictionary<(string, CorpusHalf), int>();
        foreach (var (corpus, articles) in corpora)
        {
            foreach (var article in articles)
            {
                var half = GeoparseCorpus.HalfOf(article.Id);
                foreach (var gold in article.Toponyms)
                {
                    if (gold.Lat is not { } lat || gold.Lon is not { } lon)
                    {
                        continue;
                    }

                    located[(corpus, half)] = located.GetValueOrDefault((corpus, half)) + 1;
                    if (gold.IsCountry != false && gold.Referent is { } referent && CountryOf(gazetteer, referent) is { } country)
                    {
                        mentions.Add((corpus, half, country, new GeoPoint(lat, lon)));
                    }
                }
            }
        }

        var unreachable = new Dictionary<(string, CorpusHalf), int>();
        var countryMentions = new Dictionary<(string, CorpusHalf), int>();
        foreach (var group in mentions.GroupBy(m => m.Country))
        {
            var points = group.Select(m => m.Point).ToList();
            var best = Candidates(points.Distinct().ToList()).MaxBy(p => points.Count(q => p.DistanceKm(q) <= GeoparseEvaluation.ToleranceKm));
            foreach (var m in group)
            {
                countryMentions[(m.Corpus, m.Half)] = countryMentions.GetValueOrDefault((m.Corpus, m.Half)) + 1;
                if (best.DistanceKm(m.Point) > GeoparseEvaluation.ToleranceKm)
                {
                    unreachable[(m.Corpus, m.Half)] = unreachable.GetValueOrDefault((m.Corpus, m.Half)) + 1;
                }
            }
        }

        return corpora.SelectMany(c => new[] { CorpusHalf.Tuning, CorpusHalf.HeldOut }.Select(h => new CountryCeilingRow(
                c.Corpus, h.ToString(), located.GetValueOrDefault((c.Corpus, h)), countryMentions.GetValueOrDefault((c.Corpus, h)),
                unreachable.GetValueOrDefault((c.Corpus, h)))))
            .ToList();
    }

    // Where the best point may lie: a disk covering the most points can be moved until it is centred on one of them or
    // has two on its edge, so the points themselves and, for each pair close enough, the two centres of circles of the
    // tolerance through both (in a local flat projection, a little inside the tolerance to stay clear of rounding).
    private static IEnumerable<GeoPoint> Candidates(List<GeoPoint> points)
    {
        const double radius = GeoparseEvaluation.ToleranceKm - 1;
        foreach (var p in points)
        {
            yield return p;
        }

        for (int i = 0; i < points.Count; i++)
        {
            for (int j = i + 1; j < points.Count; j++)
            {
                var (a, b) = (points[i], points[j]);
                double lat0 = (a.Lat + b.Lat) / 2;
                double kmPerLon = GeoPoint.KmPerDegreeOfLatitude * Math.Cos(lat0 * Math.PI / 180);
                (double X, double Y) pa = (a.Lon * kmPerLon, a.Lat * GeoPoint.KmPerDegreeOfLatitude);
                (double X, double Y) pb = (b.Lon * kmPerLon, b.Lat * GeoPoint.KmPerDegreeOfLatitude);
                double dx = pb.X - pa.X, dy = pb.Y - pa.Y, d = Math.Sqrt(dx * dx + dy * dy);
                if (d == 0 || d > 2 * radius || kmPerLon <= 0)
                {
                    continue;
                }

                double h = Math.Sqrt(radius * radius - d * d / 4);
                (double X, double Y) mid = ((pa.X + pb.X) / 2, (pa.Y + pb.Y) / 2);
                foreach (int sign in (int[])[1, -1])
                {
                    double x = mid.X - sign * h * dy / d, y = mid.Y + sign * h * dx / d;
                    yield return new GeoPoint(y / GeoPoint.KmPerDegreeOfLatitude, x / kmPerLon);
                }
            }
        }
    }

    // The country the annotators linked a toponym to, when its name is exactly one country's ("Canada", "Burma"): a
    // page titled "Georgia (U.S. state)" or "Victoria (Australia)" is none.
    private static string? CountryOf(Gazetteer gazetteer, string referent)
    {
        var countries = gazetteer.FindByName(referent).Where(c => c.Entry.Kind == PlaceKind.Country && c.Match is NameMatch.Exact or NameMatch.AlternateName)
            .Select(c => c.Entry.CountryCode).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }
}
