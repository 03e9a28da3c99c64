namespace Sitrep.Places;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Length of one degree along a meridian: no two points are closer than their latitudes' difference times this.</summary>
    public const double KmPerDegreeOfLatitude = EarthRadiusKm * Math.PI / 180;

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKm(GeoPoint other)
    {
        double dLat = DegreesToRadians(other.Lat - Lat);
        double dLon = DegreesToRadians(other.Lon - Lon);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                   + Math.Cos(DegreesToRadians(Lat)) * Math.Cos(DegreesToRadians(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The centre of <paramref name="points"/> on the sphere: the mean of their unit vectors, so a set that straddles
    /// the antimeridian is not averaged to the far side of the globe.
    /// </summary>
    public static GeoPoint Mean(IReadOnlyCollection<GeoPoint> points)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("The mean of no points is undefined.", nameof(points));
        }

        double x = 0, y = 0, z = 0;
        foreach (var p in points)
        {
            double lat = DegreesToRadians(p.Lat), lon = DegreesToRadians(p.Lon);
            x += Math.Cos(lat) * Math.Cos(lon);
            y += Math.Cos(lat) * Math.Sin(lon);
            z += Math.Sin(lat);
        }

        return new GeoPoint(Math.Atan2(z, Math.Sqrt(x * x + y * y)) * 180 / Math.PI, Math.Atan2(y, x) * 180 / Math.PI);
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
