using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Countries' representative points from TopoJSON shapes written here by hand (scale 1, so each arc position is a whole
/// degree, delta-encoded as world-atlas stores them).
/// </summary>
public sealed class CountryShapesReaderTests : IDisposable
{
    // Arc 0: the square 0..10° E, 0..10° N. Arc 1: a 1° island at 20° E. Arc 2: a box from 170° E across the
    // antimeridian to 170° W, 50..60° N, as Natural Earth draws Russia's far east (180 is written as -180).
    private const string Shapes = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
         "arcs":[[[0,0],[10,0],[0,10],[-10,0],[0,-10]],
                 [[20,0],[1,0],[0,1],[-1,0],[0,-1]],
                 [[170,50],[10,0],[-360,0],[10,0],[0,10],[-10,0],[360,0],[-10,0],[0,-10]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"MultiPolygon","id":"001","arcs":[[[1]],[[0]]]},
           {"type":"Polygon","id":"001","arcs":[[1]]},
           {"type":"Polygon","id":"002","arcs":[[2]]},
           {"type":"Polygon","id":"003","arcs":[[-1]]},
           {"type":"Polygon","arcs":[[1]]}]}}}
        """;

    private readonly TempFolder _folder = new("sitrep-shapes-");

    public void Dispose() => _folder.Dispose();

    private string Write(string text) => _folder.Write("countries.json", text);

    [Fact]
    public void A_country_is_placed_at_the_centre_of_its_largest_shape_whatever_order_its_shapes_come_in()
    {
        var points = CountryShapesReader.Read(Write(Shapes));

        // The square's centre of area in latitude is a little below 5°, because a degree of latitude holds less
        // area further from the equator; the island (first in the file, and again under the same code) is ignored.
        var square = points["001"];
        Assert.Equal(5, square.Lon, 3);
        Assert.InRange(square.Lat, 4.9, 4.999);
    }

    [Fact]
    public void A_shape_across_the_antimeridian_is_centred_on_it_not_on_the_other_side_of_the_world()
    {
        var box = CountryShapesReader.Read(Write(Shapes))["002"];

        Assert.Equal(180, Math.Abs(box.Lon), 3);
        Assert.InRange(box.Lat, 54, 56);
    }

    [Fact]
    public void A_ring_drawn_backwards_has_the_same_centre_and_a_shape_without_a_code_is_skipped()
    {
        var points = CountryShapesReader.Read(Write(Shapes));

        Assert.Equal(points["001"], points["003"]);
        Assert.Equal(["001", "002", "003"], points.Keys.Order());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"arcs":[[[0,0]]],"transform":{"scale":[1,1],"translate":[0,0]},"objects":{"countries":{"geometries":[{"type":"Polygon","id":"9","arcs":[[7]]}]}}}""")]
    [InlineData("not json")]
    public void A_file_that_is_not_country_shapes_fails_naming_the_file(string text)
    {
        string path = Write(text);

        var error = Assert.Throws<InvalidDataException>(() => CountryShapesReader.Read(path));
        Assert.Contains(path, error.Message);
    }
}
