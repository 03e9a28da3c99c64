namespace Sitrep.Web.Api;

using System.Text.Json.Serialization;

/// <summary>
/// JSON contracts for the types the endpoints bind from the route and query, which the OpenAPI description reads
/// to write their schemas. Generated at compile time: the published CLI has no reflection-based serialiser.
/// </summary>
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class RouteParameterJson : JsonSerializerContext;
