using System.Globalization;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// A gazetteer compiled from a handful of synthetic rows written to a temporary folder, in each source's real
/// format: small enough to read, and built by the same code as the real one.
/// </summary>
public sealed class TinyGazetteerFixture : IDisposable
{
    public TinyGazetteerFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sitrep-tiny-gazetteer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Sources = new GazetteerSources(
            Write("cities500.txt", string.Join('\n', Cities())),
            Write("countries.json", Countries),
            Write("state.json", States),
            Write("city.json", StateCities),
            Write("supplement.tsv", Supplement));
        IndexPath = Path.Combine(Folder, "gazetteer.bin");
        Summary = GazetteerBuilder.Build(Sources, IndexPath);
        Gazetteer = Gazetteer.Load(IndexPath);
        Resolver = new ToponymResolver(Gazetteer);
    }

    public string Folder { get; }

    public GazetteerSources Sources { get; }

    public string IndexPath { get; }

    public GazetteerBuildSummary Summary { get; }

    public Gazetteer Gazetteer { get; }

    public ToponymResolver Resolver { get; }

    private static readonly TextAnalyzer Analyzer = new(new StrayCapitalLexicon(["a", "the", "of", "in", "armed", "many"]));

    /// <summary>Analyses a text with no dateline and resolves its places.</summary>
    public IReadOnlyList<PlaceMention> Resolve(string text) => Resolver.Resolve(Analyzer.Analyze(text), null);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    // GeoNames columns: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, admin2,
    // admin3, admin4, population, elevation, dem, timezone, modified.
    private static string Row(int id, string name, string alternates, double lat, double lon, string code, string country, string admin1, long population) =>
        string.Join('\t', id.ToString(CultureInfo.InvariantCulture), name, name, alternates,
            lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture), "P", code, country, "", admin1,
            "", "", "", population.ToString(CultureInfo.InvariantCulture), "", "100", "Etc/UTC", "2024-01-01");

    private static IEnumerable<string> Cities()
    {
        yield return Row(1314759, "Lashio", "LSH,Lasho,Лашо", 22.9359, 97.7498, "PPL", "MM", "11", 131016);
        yield return Row(1298824, "Taunggyi", "Taunggyi Mong", 20.78919, 97.03776, "PPLA", "MM", "11", 160115);
        yield return Row(6611854, "Nay Pyi Taw", "Naypyidaw", 19.745, 96.12972, "PPLC", "MM", "18", 925000);
        yield return Row(1576303, "Lào Cai", "Lao Cai,Laokai,Lao Kay,ラオカイ", 22.48556, 103.97066, "PPLA", "VN", "90", 36502);
        yield return Row(1581130, "Hanoi", "Ha Noi", 21.0245, 105.84117, "PPLC", "VN", "44", 8053663);
        yield return Row(1816670, "Beijing", "Peking,Pekin", 39.9075, 116.39723, "PPLC", "CN", "22", 18960744);
        yield return Row(1609350, "Bangkok", "Krung Thep", 13.75398, 100.50144, "PPLC", "TH", "40", 5104476);
        yield return Row(7463958, "Kokang", "", -8.6158, 122.6847, "PPLA4", "ID", "18", 0);
        yield return Row(2155001, "Sale", "", -38.1, 147.06667, "PPL", "AU", "07", 13673);
        yield return Row(4076598, "Mobile", "", 30.69436, -88.04305, "PPLA2", "US", "AL", 187041);
        yield return Row(2651500, "Deal", "", 51.22271, 1.40198, "PPL", "GB", "ENG", 20823);
        yield return Row(740430, "Of", "", 40.9454, 40.26517, "PPLA2", "TR", "61", 22741);
        yield return Row(3088460, "Police", "", 53.55214, 14.57182, "PPL", "PL", "78", 33877);
        yield return Row(2993000, "Video", "", 45.0, 5.0, "PPL", "FR", "84", 900);
    }

    private const string Countries = """
        [
          {"name":{"common":"Myanmar","official":"Republic of the Union of Myanmar"},"cca2":"MM","capital":["Naypyidaw"],
           "altSpellings":["MM","Burma"],"latlng":[22,98],"demonyms":{"eng":{"f":"Burmese","m":"Burmese"}}},
          {"name":{"common":"China","official":"People's Republic of China"},"cca2":"CN","capital":["Beijing"],
           "altSpellings":["CN","PRC"],"latlng":[35,105],"demonyms":{"eng":{"f":"Chinese","m":"Chinese"}}},
          {"name":{"common":"Vietnam","official":"Socialist Republic of Vietnam"},"cca2":"VN","capital":["Hanoi"],
           "altSpellings":["VN","Viet Nam"],"latlng":[16.17,107.83],"demonyms":{"eng":{"f":"Vietnamese","m":"Vietnamese"}}},
          {"name":{"common":"Thailand","official":"Kingdom of Thailand"},"cca2":"TH","capital":["Bangkok"],
           "altSpellings":["TH","Siam"],"latlng":[15,100],"demonyms":{"eng":{"f":"Thai","m":"Thai"}}},
          {"name":{"common":"Bangladesh","official":"People's Republic of Bangladesh"},"cca2":"BD","capital":["Dhaka"],
           "altSpellings":["BD"],"latlng":[24,90],"demonyms":{"eng":{"f":"Bangladeshi","m":"Bangladeshi"}}}
        ]
        """;

    private const string States = """
        [
          {"name":"Shan State","isoCode":"17","countryCode":"MM","latitude":"22.03619850","longitude":"98.13385580"},
          {"name":"Naypyidaw Union Territory","isoCode":"18","countryCode":"MM","latitude":"19.93862450","longitude":"96.15269850"},
          {"name":"Lào Cai","isoCode":"02","countryCode":"VN","latitude":"22.48094","longitude":"103.97549"},
          {"name":"Beijing","isoCode":"BJ","countryCode":"CN","latitude":"39.9042","longitude":"116.40739"},
          {"name":"Central Region","isoCode":"C","countryCode":"TH","latitude":"14.0","longitude":"100.5"}
        ]
        """;

    // Lashio and Taunggyi carry country-state-city's Shan code 17 while GeoNames numbers Shan 11.
    private const string StateCities = """
        [["Lashio","MM","17","22.93590000","97.74980000"],["Taunggyi","MM","17","20.78919000","97.03776000"],
         ["Lao Cai","VN","02","22.48556000","103.97066000"],["Beijing","CN","BJ","39.90750000","116.39723000"]]
        """;

    private const string Supplement =
        "# test supplement\n"
        + "name\talternate_names\tcountry\tadmin1\tlat\tlon\tkind\tfeature_code\tpopulation\tsource\n"
        + "Laukkaing\tLaukkai,Laogai\tMM\tShan\t23.69472\t98.76444\tTown\tPPLA2\t23435\tWikipedia: Laukkai\n"
        + "Kokang Self-Administered Zone\tKokang,Kokang region,Kokang Autonomous Region\tMM\tShan\t23.76\t98.65\tRegion\tADM2\t154912\tWikipedia: Kokang Self-Administered Zone\n";
}
