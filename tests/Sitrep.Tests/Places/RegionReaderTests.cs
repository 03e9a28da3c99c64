using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Named regions are built from the countries and divisions they are made of, and a bad row is refused by line.</summary>
public sealed class RegionReaderTests : IDisposable
{
    private const string Header = "name\talternate_names\tcountry\tmembers\tsource";
    private readonly TempFolder _folder = new("sitrep-regions-");

    private static BuildEntry Entry(PlaceKind kind, string country, string name, double lat, double lon)
    {
        var entry = new BuildEntry
        {
            Id = -1, Name = name, CountryCode = country, Admin1 = kind == PlaceKind.Admin1 ? name : null, Lat = lat, Lon = lon,
            Kind = kind, FeatureCode = kind == PlaceKind.Admin1 ? "ADM1" : "PCLI", Source = "test",
        };
        entry.AddName(name, IndexedName.Exact);
        return entry;
    }

    private static readonly BuildEntry[] Countries = [Entry(PlaceKind.Country, "DJ", "Djibouti", 11.8, 42.6), Entry(PlaceKind.Country, "ER", "Eritrea", 15.2, 39.8)];

    private static readonly BuildEntry[] Divisions = [Entry(PlaceKind.Admin1, "SD", "North Darfur", 15.0, 25.0), Entry(PlaceKind.Admin1, "SD", "South Darfur", 11.0, 25.0)];

    private string Write(params string[] rows) => _folder.Write("regions.tsv", string.Join('\n', [Header, .. rows]));

    [Fact]
    public void A_region_of_divisions_lies_at_their_mean_and_answers_to_its_alternate_names()
    {
        string path = Write("Darfur\tDar Fur\tSD\tSD:North Darfur;SD:South Darfur\tfive states");

        var darfur = Assert.Single(RegionReader.Read(path, -500_000, Countries, Divisions));

        Assert.Equal(("Darfur", "SD", PlaceKind.Region, "RGN"), (darfur.Name, darfur.CountryCode, darfur.Kind, darfur.FeatureCode));
        Assert.Equal(13.0, darfur.Lat, 1);
        Assert.Equal(25.0, darfur.Lon, 6);
        Assert.Contains(darfur.Names, n => n == ("dar fur", IndexedName.Alternate));
    }

    [Fact]
    public void A_region_of_countries_belongs_to_none_of_them()
    {
        string path = Write("Southern Red Sea coast\t\t\tDJ;ER\tmade up for the test");

        var region = Assert.Single(RegionReader.Read(path, -500_000, Countries, Divisions));

        Assert.Equal("", region.CountryCode);
        Assert.InRange(region.Lat, 11.8, 15.2);
        Assert.InRange(region.Lon, 39.8, 42.6);
    }

    [Theory]
    [InlineData("Darfur\t\tSD\tSD:West Darfur\tfive states", "member 'SD:West Darfur'")]
    [InlineData("Horn\t\t\tDJ;SO\tfour countries", "member 'SO'")]
    [InlineData("Darfur\t\tSD\tSD:North Darfur\t", "source")]
    [InlineData("Darfur\tSD\tSD:North Darfur\tfive states", "columns")]
    public void A_row_the_index_cannot_place_is_refused_with_file_and_line(string row, string problem)
    {
        string path = Write("Darfur\t\tSD\tSD:North Darfur\tfive states", row);

        var error = Assert.Throws<InvalidDataException>(() => RegionReader.Read(path, -500_000, Countries, Divisions));

        Assert.StartsWith($"{path}:3: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void The_mean_of_points_across_the_antimeridian_stays_on_their_side()
    {
        var mean = GeoPoint.Mean([new GeoPoint(-17, 179), new GeoPoint(-17, -179)]);

        Assert.Equal(180, Math.Abs(mean.Lon), 6);
        Assert.Equal(-17, mean.Lat, 1);
    }

    public void Dispose() => _folder.Dispose();
}
