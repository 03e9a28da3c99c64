using System.Globalization;
using System.IO.Compression;
using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>`gazetteer import` over small synthetic GeoNames dump zips written by the test, in the dumps' real layout.</summary>
public sealed class GeoNamesImportTests : IClassFixture<TinyGazetteerFixture>, IDisposable
{
    private readonly TinyGazetteerFixture _tiny;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-import-" + Guid.NewGuid().ToString("N"));

    public GeoNamesImportTests(TinyGazetteerFixture tiny)
    {
        _tiny = tiny;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_country_dump_adds_its_villages_and_lower_divisions_but_not_its_mountains()
    {
        string mm = Zip("MM.zip", "MM.txt",
            Row(9000001, "Nam Hpak Ka", "", 23.1, 97.9, "P", "PPL", "MM", "11", 0),
            Row(9000002, "Kutkai District", "", 23.4, 97.9, "A", "ADM2", "MM", "11", 0),
            Row(9000003, "Loi Leng", "", 22.7, 97.8, "T", "MT", "MM", "11", 0),
            Row(9000004, "Myanmar", "", 21, 96, "A", "PCLI", "MM", "00", 0));
        var gazetteer = Import(new GeoNamesDumps([mm], null), out var summary);

        var village = Assert.Single(gazetteer.FindByName("Nam Hpak Ka"));
        Assert.Equal((9000001, PlaceKind.Town, "Shan"), (village.Entry.Id, village.Entry.Kind, village.Entry.Admin1));
        Assert.Equal(PlaceKind.Region, Assert.Single(gazetteer.FindByName("Kutkai District")).Entry.Kind);
        Assert.Empty(gazetteer.FindByName("Loi Leng"));
        Assert.DoesNotContain(gazetteer.FindByName("Myanmar"), c => c.Entry.Id == 9000004);
        Assert.Contains(summary.Info.Sources, s => s.File == mm && s.Rows == 2);
        Assert.Equal(_tiny.Summary.Info.Entries + 2, summary.Info.Entries);
    }

    [Fact]
    public void Countries_and_divisions_take_the_points_geonames_gives_them()
    {
        string mm = Zip("MM.zip", "MM.txt",
            Row(1327865, "Republic of the Union of Myanmar", "", 21, 96, "A", "PCLI", "MM", "00", 0),
            Row(1297099, "Shan State", "", 21.5, 98, "A", "ADM1", "MM", "11", 0));
        var gazetteer = Import(new GeoNamesDumps([mm], null), out _);

        var myanmar = Assert.Single(gazetteer.FindByName("Myanmar"), c => c.Entry.Kind == PlaceKind.Country).Entry;
        Assert.Equal((21.0, 96.0), (Math.Round(myanmar.Point.Lat, 3), Math.Round(myanmar.Point.Lon, 3)));
        var shan = Assert.Single(gazetteer.FindByName("Shan"), c => c.Entry.Kind == PlaceKind.Admin1).Entry;
        Assert.Equal((21.5, 98.0), (Math.Round(shan.Point.Lat, 3), Math.Round(shan.Point.Lon, 3)));
        Assert.DoesNotContain(gazetteer.FindByName("Republic of the Union of Myanmar"), c => c.Entry.Id > 0);
    }

    [Fact]
    public void A_dump_row_replaces_the_cities500_row_of_the_same_place()
    {
        string mm = Zip("MM.zip", "MM.txt", Row(1314759, "Lashio", "Lasho", 22.9359, 97.7498, "P", "PPLA2", "MM", "11", 200000));
        var gazetteer = Import(new GeoNamesDumps([mm], null), out _);
        var lashio = Assert.Single(gazetteer.FindByName("Lashio"));
        Assert.Equal((200000L, "PPLA2"), (lashio.Entry.Population, lashio.Entry.FeatureCode));
    }

    [Fact]
    public void Alternate_names_in_prose_are_added_and_codes_and_links_are_not()
    {
        string mm = Zip("MM.zip", "MM.txt", Row(9000001, "Nam Hpak Ka", "", 23.1, 97.9, "P", "PPL", "MM", "11", 0));
        string alternates = Zip("alternateNamesV2.zip", "alternateNamesV2.txt",
            "1\t9000001\ten\tNamhpakka\t\t\t\t\t\t",
            "2\t9000001\tlink\thttps://en.wikipedia.org/wiki/Nam_Hpak_Ka\t\t\t\t\t\t",
            "3\t9000001\ticao\tVYNH\t\t\t\t\t\t",
            "4\t9000001\ten\tNamp Slang\t\t\t1\t\t\t",
            "5\t1234\ten\tNowhere Else\t\t\t\t\t\t");
        var progress = new List<GeoNamesImportProgress>();
        var gazetteer = Import(new GeoNamesDumps([mm], alternates), out _, new SyncProgress(progress.Add));

        Assert.Equal(NameMatch.AlternateName, Assert.Single(gazetteer.FindByName("Namhpakka")).Match);
        Assert.Empty(gazetteer.FindByName("VYNH"));
        Assert.Empty(gazetteer.FindByName("Namp Slang")); // colloquial
        Assert.Empty(gazetteer.FindByName("Nowhere Else"));
        Assert.Contains(progress, p => p.File == alternates && p.Rows == 5);
    }

    [Fact]
    public void A_zip_without_its_same_named_text_file_is_refused_naming_the_zip()
    {
        string bad = Zip("MM.zip", "readme.txt", "not a dump");
        var e = Assert.Throws<InvalidDataException>(() => Import(new GeoNamesDumps([bad], null), out _));
        Assert.Contains("MM.zip", e.Message);
        Assert.Contains("MM.txt", e.Message);
    }

    private Gazetteer Import(GeoNamesDumps dumps, out GazetteerBuildSummary summary, IProgress<GeoNamesImportProgress>? progress = null)
    {
        string output = Path.Combine(_folder, "imported.bin");
        summary = GazetteerBuilder.Import(_tiny.Sources, dumps, output, progress);
        return Gazetteer.Load(output);
    }

    private string Zip(string zipName, string entryName, params string[] lines)
    {
        string path = Path.Combine(_folder, zipName);
        File.Delete(path);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
        foreach (string line in lines)
        {
            writer.Write(line + "\n");
        }

        return path;
    }

    private static string Row(int id, string name, string alternates, double lat, double lon, string featureClass, string code, string country, string admin1, long population) =>
        string.Join('\t', id.ToString(CultureInfo.InvariantCulture), name, name, alternates,
            lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture), featureClass, code, country, "", admin1,
            "", "", "", population.ToString(CultureInfo.InvariantCulture), "", "100", "Etc/UTC", "2024-01-01");

    // Progress<T> posts to the thread pool; the test wants every report before it asserts.
    private sealed class SyncProgress(Action<GeoNamesImportProgress> report) : IProgress<GeoNamesImportProgress>
    {
        public void Report(GeoNamesImportProgress value) => report(value);
    }
}
