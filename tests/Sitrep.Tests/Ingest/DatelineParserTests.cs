using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class DatelineParserTests
{
    [Fact]
    public void The_iso_dateline_gives_date_place_and_agency()
    {
        var d = DatelineParser.Parse("date 2024-01-06 Bangkok (AFP) \u2013 The military government ...", null)!;
        Assert.Equal(new DateOnly(2024, 1, 6), d.Date);
        Assert.Equal("Bangkok", d.Place);
        Assert.Equal("AFP", d.Agency);
    }

    [Fact]
    public void A_wire_dateline_takes_its_year_from_the_publication_date()
    {
        var d = DatelineParser.Parse("BANGKOK, Jan 6 (Reuters) - Myanmar's army ...", new DateOnly(2024, 1, 8))!;
        Assert.Equal(new DateOnly(2024, 1, 6), d.Date);
        Assert.Equal("Bangkok", d.Place);
        Assert.Equal("Reuters", d.Agency);
    }

    [Fact]
    public void A_year_less_dateline_after_the_publication_date_belongs_to_the_year_before()
    {
        var d = DatelineParser.Parse("KYIV, Dec 31 (Reuters) - ...", new DateOnly(2024, 1, 1))!;
        Assert.Equal(new DateOnly(2023, 12, 31), d.Date);
    }

    [Fact]
    public void A_dateline_with_a_full_date_and_country_is_read()
    {
        var d = DatelineParser.Parse("YANGON, Myanmar, January 6, 2024 (AP) \u2014 Troops ...", null)!;
        Assert.Equal(new DateOnly(2024, 1, 6), d.Date);
        Assert.Equal("Yangon", d.Place);
        Assert.Equal("AP", d.Agency);
        Assert.Equal("Myanmar", d.Region);
    }

    [Theory]
    [InlineData("BERLIN \u2014 Robert Gentz stepped off a plane in Beijing.", "Berlin", null)]
    [InlineData("PARIS, Mo. \u2014 In 1999, Lynn and Bob Fodge were looking to move.", "Paris", "Mo.")]
    [InlineData("BEIJING --At least 141 people are missing after heavy rain.", "Beijing", null)]
    [InlineData("OTTAWA \u2013 The chair of the trade committee said ...", "Ottawa", null)]
    public void A_dateline_without_an_agency_is_a_place_in_capitals_before_a_dash(string text, string place, string? region)
    {
        var d = DatelineParser.Parse(text, new DateOnly(2024, 1, 8))!;
        Assert.Equal((place, region, (string?)null, new DateOnly(2024, 1, 8)), (d.Place, d.Region, d.Agency, d.Date));
    }

    [Theory]
    [InlineData("PDF-Gangaw claimed the ambush on the convoy.")]
    [InlineData("KIA - The Kachin Independence Army said ...")]
    [InlineData("BREAKING \u2014 Troops entered the city.")]
    [InlineData("Some people - not all - fled the town.")]
    public void A_name_label_or_sentence_before_a_dash_is_no_dateline(string text) =>
        Assert.Null(DatelineParser.Parse(text, null));

    [Theory]
    [InlineData("LONDON, Ky. (WKYT) - London Police have arrested two people.", "London", "Ky.")]
    [InlineData("KAMLOOPS, B.C. (CP) - Fire crews ...", "Kamloops", "B.C.")]
    [InlineData("BANGKOK, Jan 6 (Reuters) - Myanmar's army ...", "Bangkok", null)]
    public void The_state_or_country_after_the_place_is_kept_apart(string text, string place, string? region)
    {
        var d = DatelineParser.Parse(text, null)!;
        Assert.Equal((place, region), (d.Place, d.Region));
    }

    [Fact]
    public void A_dateline_without_a_date_uses_the_publication_date()
    {
        var d = DatelineParser.Parse("KHARTOUM (Reuters) - Sudan's army ...", new DateOnly(2024, 3, 2))!;
        Assert.Equal(new DateOnly(2024, 3, 2), d.Date);
        Assert.Equal("Khartoum", d.Place);
    }

    [Theory]
    [InlineData("The army (which took power in 2021) said on Friday that ...")]
    [InlineData("Fighting continued on Friday in Lashio.")]
    [InlineData("date 2024-02-31 Bangkok (AFP) - impossible date")]
    public void Ordinary_first_sentences_are_not_datelines(string text)
    {
        var d = DatelineParser.Parse(text, null);
        Assert.True(d is null || d.Date is null, $"parsed {d}");
    }
}
