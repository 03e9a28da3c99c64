using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// The JSON columns' types, with serialisation code generated at compile time: the published CLI is compiled
/// ahead of time, where reflection-based serialisation is unavailable. The JSON is the same as reflection's
/// default (property names as declared), so stores written before read the same.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<EventActor>))]
[JsonSerializable(typeof(List<EventActor>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(List<Claim>))]
[JsonSerializable(typeof(IReadOnlyList<Evidence>))]
[JsonSerializable(typeof(List<Evidence>))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    /// <summary>The generated contract for <typeparamref name="T"/>; a type missing from the list above fails here, by name.</summary>
    public static JsonTypeInfo<T> For<T>() =>
        Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T)} is not among the store's JSON column types (Storage/StoreJson.cs)");
}
