namespace Sitrep.Tests.Export;

using Sitrep.Export;

public sealed class AcledCountriesTests
{
    // The repository's regions file over the installed world-countries (npm ci, run by setup).
    private static readonly AcledCountries Countries = AcledCountries.FromRepository(TestPaths.RepoRoot);

    [Theory]
    [InlineData("MM", 104, "Southeast Asia")]
    [InlineData("mm", 104, "Southeast Asia")]
    [InlineData("SY", 760, "Middle East")]
    [InlineData("IR", 364, "Middle East")]
    [InlineData("AM", 51, "Caucasus and Central Asia")]
    [InlineData("UA", 804, "Europe")]
    [InlineData("ML", 466, "Western Africa")]
    [InlineData("SS", 728, "Eastern Africa")]
    [InlineData("MX", 484, "Central America")]
    [InlineData("CO", 170, "South America")]
    public void A_country_has_its_numeric_iso_code_and_acled_region(string code, int iso, string region)
    {
        var country = Countries.Of(code);

        Assert.Equal((iso, region), (country?.IsoNumeric, country?.Region));
    }

    [Fact]
    public void Every_country_with_a_subregion_gets_a_region()
    {
        foreach (string code in new[] { "US", "BR", "FJ", "JP", "IN", "KZ", "NG", "CD", "ZA", "EG", "HT", "GT" })
        {
            Assert.False(string.IsNullOrEmpty(Countries.Of(code)?.Region), code);
        }

        Assert.Null(Countries.Of("XX"));
    }
}
