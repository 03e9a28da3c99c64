namespace Sitrep.Places;

/// <summary>
/// The country votes of a document's place spans, tallied once so that the focus leaving out any one vote is found
/// without recounting (recounting per span made a report with thousands of place names quadratic).
/// </summary>
internal sealed class FocusVotes
{
    private readonly List<(string? Country, int Weight)> _votes;
    private readonly List<Tally> _tallies = [];

    // First and Second are the indices of a country's first two votes: leaving out the first makes the second decide
    // the country's place in the tie-break order, as if the left-out vote had never been cast.
    private sealed record Tally(string Country, int Count, int First, int Second);

    /// <param name="votes">Per span, the country it votes for (or null) and how much its vote counts.</param>
    public FocusVotes(List<(string? Country, int Weight)> votes)
    {
        _votes = votes;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < votes.Count; i++)
        {
            if (votes[i] is not ({ } country, int weight))
            {
                continue;
            }

            if (index.TryGetValue(country, out int k))
            {
                var t = _tallies[k];
                _tallies[k] = t with { Count = t.Count + weight, Second = t.Second < 0 ? i : t.Second };
            }
            else
            {
                index[country] = _tallies.Count;
                _tallies.Add(new Tally(country, weight, i, -1));
            }
        }
    }

    /// <summary>
    /// The country most voted for, leaving out the vote at <paramref name="except"/> (-1 for none); on a tie the
    /// country voted for earliest wins.
    /// </summary>
    public string? Focus(int except)
    {
        var (left, leftWeight) = except >= 0 && except < _votes.Count ? _votes[except] : (null, 0);
        string? best = null;
        int bestCount = 0, bestOrder = int.MaxValue;
        foreach (var t in _tallies)
        {
            int count = t.Count, order = t.First;
            if (left is not null && t.Country == left)
            {
                count -= leftWeight;
                if (t.First == except)
                {
                    order = t.Second;
                }
            }

            if (count > 0 && (count > bestCount || (count == bestCount && order < bestOrder)))
            {
                best = t.Country;
                bestCount = count;
                bestOrder = order;
            }
        }

        return best;
    }
}

/// <summary>
/// The anchor points of a document's place spans, kept once per distinct point with how many spans share it, so the
/// nearest anchor to a candidate costs the number of distinct places rather than the number of mentions.
/// </summary>
internal sealed class AnchorSet
{
    private readonly List<GeoPoint?> _bySpan;
    private readonly List<(GeoPoint Point, int Spans)> _distinct = [];

    public AnchorSet(List<GeoPoint?> anchors)
    {
        _bySpan = anchors;
        var index = new Dictionary<GeoPoint, int>();
        foreach (var anchor in anchors)
        {
            if (anchor is not { } point)
            {
                continue;
            }

            if (index.TryGetValue(point, out int k))
            {
                _distinct[k] = (point, _distinct[k].Spans + 1);
            }
            else
            {
                index[point] = _distinct.Count;
                _distinct.Add((point, 1));
            }
        }
    }

    /// <summary>
    /// The distance to the nearest anchor more than 1 km from <paramref name="point"/>, leaving out the anchor of the
    /// span at <paramref name="except"/>; null when there is none.
    /// </summary>
    public double? NearestKm(GeoPoint point, int except)
    {
        GeoPoint? own = except >= 0 && except < _bySpan.Count ? _bySpan[except] : null;
        double? nearest = null;
        foreach (var (anchor, spans) in _distinct)
        {
            if (spans == 1 && own is { } o && o == anchor)
            {
                continue;
            }

            // Latitude alone bounds the distance from below, so most far anchors cost a subtraction, not a haversine.
            if (nearest is { } best && Math.Abs(anchor.Lat - point.Lat) * GeoPoint.KmPerDegreeOfLatitude >= best)
            {
                continue;
            }

            double km = point.DistanceKm(anchor);
            if (km > 1 && (nearest is null || km < nearest))
            {
                nearest = km;
            }
        }

        return nearest;
    }
}
