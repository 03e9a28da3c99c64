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

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
