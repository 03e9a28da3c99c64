using System.Text.Json;

namespace Sitrep.Places;

/// <summary>
/// Reads Natural Earth country shapes as world-atlas ships them (TopoJSON, countries keyed by ISO 3166-1 numeric
/// code) and gives each country a representative point: the area centroid of its largest polygon. world-countries
/// rounds its points to whole degrees (the United States at 38, −97, 280–340 km from the centre that GeoNames and
/// Wikipedia give), and an analyst expects a country's point inside its main landmass, not in the sea between
/// islands or pulled toward overseas territories.
/// </summary>
internal static class CountryShapesReader
{
    public const string SourceName = "world-atlas (Natural Earth)";

    /// <summary>The representative point per ISO numeric code ("104" is Myanmar).</summary>
    /// <exception cref="InvalidDataException">The file is not world-atlas TopoJSON; the message names it.</exception>
    public static Dictionary<string, GeoPoint> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            var arcs = DecodeArcs(root.GetProperty("arcs"), root.GetProperty("transform"));
            var largest = new Dictionary<string, (double Area, GeoPoint Point)>(StringComparer.Ordinal);
            foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
            {
                if (!geometry.TryGetProperty("id", out var idElement) || idElement.GetString() is not { Length: > 0 } id
                    || !geometry.TryGetProperty("arcs", out var polygons))
                {
                    continue; // a disputed area without a code, or an empty shape
                }

                bool multi = geometry.GetProperty("type").GetString() == "MultiPolygon";
                foreach (var polygon in multi ? polygons.EnumerateArray().ToList() : [polygons])
                {
                    // The outer ring only: a representative point need not avoid lakes.
                    var ring = Ring(polygon[0], arcs);
                    if (EqualAreaCentroid(ring) is { } centroid
                        && (!largest.TryGetValue(id, out var best) || centroid.Area > best.Area))
                    {
                        // Several shapes share a code (Australia and the Ashmore and Cartier Islands are both "036").
                        largest[id] = centroid;
                    }
                }
            }

            return largest.ToDictionary(kv => kv.Key, kv => kv.Value.Point, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException
                                       or ArgumentOutOfRangeException or FormatException)
        {
            throw new InvalidDataException($"{path}: not world-atlas country shapes (TopoJSON): {e.Message}", e);
        }
    }

    /// <summary>
    /// The centroid of a ring of (longitude, latitude) points and its area, computed in Lambert's cylindrical
    /// equal-area projection (x = longitude, y = sin latitude) so that high latitudes do not outweigh low ones;
    /// null for a degenerate ring. A ring that crosses the antimeridian (Russia's) is unwrapped first.
    /// </summary>
    internal static (double Area, GeoPoint Point)? EqualAreaCentroid(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        if (ring.Count < 3)
        {
            return null;
        }

        var points = new (double X, double Y)[ring.Count];
        double shift = 0;
        for (int i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                double step = ring[i].Lon + shift - points[i - 1].X;
                shift -= step > 180 ? 360 : step < -180 ? -360 : 0;
            }

            points[i] = (ring[i].Lon + shift, Math.Sin(ring[i].Lat * Math.PI / 180));
        }

        double twiceArea = 0, cx = 0, cy = 0;
        for (int i = 0; i < points.Length; i++)
        {
            var (x0, y0) = points[i];
            var (x1, y1) = points[(i + 1) % points.Length];
            double cross = x0 * y1 - x1 * y0;
            twiceArea += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }

        if (Math.Abs(twiceArea) < 1e-12)
        {
            return null;
        }

        double lon = cx / (3 * twiceArea);
        double lat = Math.Asin(Math.Clamp(cy / (3 * twiceArea), -1, 1)) * 180 / Math.PI;
        lon = ((lon + 180) % 360 + 360) % 360 - 180;
        return (Math.Abs(twiceArea) / 2, new GeoPoint(Math.Round(lat, 4), Math.Round(lon, 4)));
    }

    // TopoJSON arcs are quantised and delta-encoded: each position after the first is an offset from the one before.
    private static List<(double Lon, double Lat)[]> DecodeArcs(JsonElement arcs, JsonElement transform)
    {
        var scale = transform.GetProperty("scale");
        var translate = transform.GetProperty("translate");
        double sx = scale[0].GetDouble(), sy = scale[1].GetDouble(), tx = translate[0].GetDouble(), ty = translate[1].GetDouble();
        var decoded = new List<(double, double)[]>(arcs.GetArrayLength());
        foreach (var arc in arcs.EnumerateArray())
        {
            var positions = new (double, double)[arc.GetArrayLength()];
            long x = 0, y = 0;
            int i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                x += position[0].GetInt64();
                y += position[1].GetInt64();
                positions[i++] = (x * sx + tx, y * sy + ty);
            }

            decoded.Add(positions);
        }

        return decoded;
    }

    // A ring is a list of arc indices; a negative index ~i is arc i reversed. Consecutive arcs share their end point.
    private static List<(double Lon, double Lat)> Ring(JsonElement arcIndices, List<(double Lon, double Lat)[]> arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var element in arcIndices.EnumerateArray())
        {
            int index = element.GetInt32();
            var arc = index >= 0 ? arcs[index] : arcs[~index].Reverse().ToArray();
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }

        return ring;
    }
}
