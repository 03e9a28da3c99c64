namespace Sitrep.Places;

/// <summary>One input of a compiled gazetteer and how many rows it contributed.</summary>
public sealed record GazetteerSourceInfo(string Name, string File, int Rows);

/// <summary>How GeoNames admin1 codes were given names at build time (see docs/gazetteer.md).</summary>
/// <param name="Codes">Distinct (country, GeoNames admin1 code) pairs among the populated places.</param>
/// <param name="ByCityJoin">Pairs named by the majority state of cities joined on country, name and position.</param>
/// <param name="ByNearestState">Pairs with no joined city, named by the nearest state centre instead.</param>
public sealed record Admin1MappingInfo(int Codes, int ByCityJoin, int ByNearestState);

/// <summary>What a compiled gazetteer index contains and when it was made.</summary>
public sealed record GazetteerInfo(
    DateTimeOffset BuiltAt,
    int FormatVersion,
    IReadOnlyList<GazetteerSourceInfo> Sources,
    int Entries,
    int NameKeys,
    int VariantKeys,
    Admin1MappingInfo Admin1Mapping,
    long FileBytes);

/// <summary>The result of compiling a gazetteer index.</summary>
public sealed record GazetteerBuildSummary(string OutputPath, GazetteerInfo Info, TimeSpan Elapsed);

/// <summary>The build information's JSON, generated at compile time (the published CLI has no reflection-based serialiser).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(GazetteerInfo))]
internal sealed partial class GazetteerInfoJson : System.Text.Json.Serialization.JsonSerializerContext;
