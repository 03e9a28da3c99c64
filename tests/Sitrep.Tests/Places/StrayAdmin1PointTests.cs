using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>A division whose listed point lies far from every town GeoNames files under it is placed among those towns.</summary>
public class StrayAdmin1PointTests
{
    private static BuildEntry Entry(PlaceKind kind, string name, double lat, double lon) => new()
    {
        Id = 1, Name = name, CountryCode = "SD", Admin1 = kind == PlaceKind.Admin1 ? name : "Blue Nile", Lat = lat, Lon = lon,
        Kind = kind, FeatureCode = kind == PlaceKind.Admin1 ? "ADM1" : "PPL", Source = "test",
    };

    [Fact]
    public void A_division_listed_in_another_country_moves_to_the_median_of_its_towns()
    {
        // country-state-city puts Sudan's Blue Nile state in Seattle; its towns are around Ad-Damazin.
        var blueNile = Entry(PlaceKind.Admin1, "Blue Nile", 47.6, -122.3);
        var towns = new[] { Entry(PlaceKind.Town, "Ad-Damazin", 11.79, 34.36), Entry(PlaceKind.Town, "Ar Rusayris", 11.85, 34.39), Entry(PlaceKind.Town, "Kurmuk", 10.55, 34.28) };

        int moved = GazetteerBuilder.MoveStrayAdmin1Points([blueNile], towns);

        Assert.Equal(1, moved);
        Assert.Equal((11.79, 34.36), (blueNile.Lat, blueNile.Lon));
    }

    [Fact]
    public void A_division_near_one_of_its_towns_keeps_its_point()
    {
        var blueNile = Entry(PlaceKind.Admin1, "Blue Nile", 11.3, 34.1);
        var towns = new[] { Entry(PlaceKind.Town, "Ad-Damazin", 11.79, 34.36), Entry(PlaceKind.Town, "Kurmuk", 10.55, 34.28) };

        Assert.Equal(0, GazetteerBuilder.MoveStrayAdmin1Points([blueNile], towns));
        Assert.Equal((11.3, 34.1), (blueNile.Lat, blueNile.Lon));
    }
}
