using Sitrep.Knowledge;
using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// The real compiled gazetteer (data/build/gazetteer.bin), built from node_modules when it is missing or older than
/// its inputs, so `dotnet test` works right after `npm ci`. Shared by every test of the collection, built once.
/// </summary>
public sealed class RealGazetteerFixture
{
    public RealGazetteerFixture()
    {
        RepositoryRoot = TestPaths.RepoRoot;
        var sources = GazetteerSources.FromRepository(RepositoryRoot);
        if (!File.Exists(sources.GeoNamesCities))
        {
            throw new InvalidOperationException($"'{sources.GeoNamesCities}' is missing: run `npm ci` in {RepositoryRoot} before the tests.");
        }

        string index = DataDirectory.CompiledGazetteer(Path.Combine(RepositoryRoot, "data"));
        if (!File.Exists(index) || File.GetLastWriteTimeUtc(index) < sources.NewestInputUtc())
        {
            GazetteerBuilder.Build(sources, index);
        }

        Gazetteer = Gazetteer.Load(index);
    }

    public string RepositoryRoot { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>The shared folder beside the repository (seed reports, evaluation data).</summary>
    public string SharedFolder => TestPaths.SharedFolder;
}

[CollectionDefinition(Name)]
public sealed class RealGazetteerGroup : ICollectionFixture<RealGazetteerFixture>
{
    public const string Name = "Real gazetteer";
}
