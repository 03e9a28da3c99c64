using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Myanmar towns named with the -myo ("town") suffix also answer to the stem the news uses.</summary>
public class BurmeseTownStemsTests
{
    private static BuildEntry Town(string name, string country)
    {
        var entry = new BuildEntry
        {
            Id = 1, Name = name, CountryCode = country, Lat = 23.2, Lon = 94.0, Kind = PlaceKind.Town, FeatureCode = "PPLA2",
            Source = GeoNamesReader.SourceName,
        };
        entry.AddName(name, IndexedName.Exact);
        return entry;
    }

    [Fact]
    public void A_myanmar_town_ending_in_myo_answers_to_its_stem_as_an_alternate_name()
    {
        var kalemyo = Town("Kalemyo", "MM");

        GazetteerBuilder.AddBurmeseTownStems([kalemyo]);

        Assert.Contains(("kale", IndexedName.Alternate), kalemyo.Names);
    }

    [Theory]
    [InlineData("Maymyo", "MM")]
    [InlineData("Kalemyo", "IN")]
    public void Short_stems_and_towns_outside_myanmar_gain_no_name(string name, string country)
    {
        var town = Town(name, country);

        GazetteerBuilder.AddBurmeseTownStems([town]);

        Assert.Single(town.Names);
    }
}
