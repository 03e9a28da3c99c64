using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>The places the seed report's facts file requires, found with the real gazetteer.</summary>
[Collection(RealGazetteerGroup.Name)]
public class SeedPlacesTests
{
    private readonly IReadOnlyList<PlaceMention> _mentions;
    private readonly string _text;

    public SeedPlacesTests(RealGazetteerFixture real)
    {
        _text = File.ReadAllText(Path.Combine(real.SharedFolder, "seed", "afp-2024-01-06-laukkaing.txt"));
        var dateline = DatelineParser.Parse(_text, null);
        var lexicon = StrayCapitalLexicon.Load(Path.Combine(real.RepositoryRoot, "data", "lexicons", "stray-capitals.txt"));
        var document = new TextAnalyzer(lexicon).Analyze(_text, dateline?.Span.End ?? 0);
        _mentions = new ToponymResolver(real.Gazetteer).Resolve(document, dateline);
    }

    private List<PlaceMention> Named(string text) => _mentions.Where(m => m.Text == text).ToList();

    private static void AssertNear(GeoPoint expected, GeoPoint actual, double km) =>
        Assert.True(expected.DistanceKm(actual) <= km, $"{actual} is {expected.DistanceKm(actual):F0} km from {expected}, more than {km} km");

    [Theory]
    [InlineData("Laokaing")]
    [InlineData("Laokaeng")]
    [InlineData("Laoqing")]
    public void Every_spelling_of_Laukkaing_resolves_to_Laukkaing_in_Shan(string spelling)
    {
        var mentions = Named(spelling);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            Assert.Equal(("MM", "Shan"), (m.Place.CountryCode, m.Place.Admin1));
            AssertNear(new GeoPoint(23.69, 98.76), m.Place.Point, 25);
        });
    }

    [Fact]
    public void Lashio_resolves_to_Lashio_in_Shan()
    {
        var lashio = Assert.Single(Named("Lashio"));
        Assert.Equal(("Lashio", "MM", "Shan"), (lashio.Place.Name, lashio.Place.CountryCode, lashio.Place.Admin1));
        AssertNear(new GeoPoint(22.94, 97.75), lashio.Place.Point, 25);
    }

    [Fact]
    public void The_three_names_of_the_Kokang_region_resolve_to_the_self_administered_zone()
    {
        var kokang = _mentions.Where(m => m.Text.Contains("Kokang", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, kokang.Count);
        Assert.All(kokang, m =>
        {
            Assert.Equal(("Kokang Self-Administered Zone", PlaceKind.Region, "MM"), (m.Place.Name, m.Place.Kind, m.Place.CountryCode));
            AssertNear(new GeoPoint(23.8, 98.7), m.Place.Point, 60);
        });
    }

    [Theory]
    [InlineData("Northern Shan State")]
    [InlineData("northern Shan region")]
    [InlineData("Shan State")]
    public void Shan_state_is_the_admin1_division(string mention)
    {
        var shan = Named(mention);
        Assert.NotEmpty(shan);
        Assert.All(shan, m => Assert.Equal(("Shan", PlaceKind.Admin1, "MM"), (m.Place.Name, m.Place.Kind, m.Place.CountryCode)));
    }

    [Fact]
    public void China_is_the_country_and_Beijing_stands_for_it()
    {
        Assert.All(Named("China"), m => Assert.Equal(("CN", PlaceKind.Country), (m.Place.CountryCode, m.Place.Kind)));
        Assert.True(Named("China").Count >= 5);
        var beijing = Assert.Single(Named("Beijing"));
        Assert.Equal(("China", NameMatch.Metonym), (beijing.Place.Name, beijing.Match));
    }

    [Fact]
    public void Myanmar_is_the_country_and_the_focus()
    {
        Assert.True(Named("Myanmar").Count >= 5);
        Assert.All(Named("Myanmar"), m => Assert.Equal(("MM", PlaceKind.Country), (m.Place.CountryCode, m.Place.Kind)));
        Assert.Equal("MM", ToponymResolver.CountryFocus(_mentions));
    }

    [Fact]
    public void Bangkok_is_the_dateline_and_only_the_dateline()
    {
        var bangkok = Assert.Single(_mentions, m => m.Place.Name == "Bangkok");
        Assert.True(bangkok.IsDateline);
        Assert.Single(_mentions, m => m.IsDateline);
    }

    [Theory]
    [InlineData("Arakan Army")]
    [InlineData("Myanmar National Democratic Alliance Army")]
    [InlineData("Ta'ang National Liberation Army")]
    [InlineData("Bangladesh National Liberation Movement")]
    [InlineData("Popular News Journal")]
    [InlineData("Shwei Phi Myai News Agency")]
    [InlineData("The Kokang,")]
    [InlineData("Kokang minority")]
    [InlineData("Chinese citizens")]
    public void Organisations_outlets_and_people_yield_no_place(string phrase)
    {
        int start = _text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, phrase + " is not in the seed");
        var phraseSpan = new TextSpan(start, start + phrase.Length);
        Assert.DoesNotContain(_mentions, m => m.Span.Overlaps(phraseSpan));
    }

    [Fact]
    public void Every_mention_is_evidence_from_the_text_with_a_score()
    {
        Assert.All(_mentions, m =>
        {
            Assert.Equal(m.Text, _text.Substring(m.Span.Start, m.Span.Length));
            Assert.InRange(m.Score, 0.0, 1.0);
        });
    }
}
