namespace Sitrep.Web.Api;

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

/// <summary>Reads request bodies with a size limit and an error that says what was expected.</summary>
internal static class RequestBodies
{
    /// <summary>The largest body accepted: far above any news report, far below what would strain the server.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The body as UTF-8 text, or why it cannot be read.</summary>
    public static async Task<(string? Text, string? Error)> ReadTextAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, $"the body is {request.ContentLength} bytes; the limit is {MaxBytes}");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, $"the body is larger than the limit of {MaxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the body is not valid UTF-8 text");
        }
    }

    /// <summary>The body as a JSON object of type <typeparamref name="T"/>, or why it cannot be read.</summary>
    public static async Task<(T? Value, string? Error)> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> contract)
        where T : class
    {
        var (text, error) = await ReadTextAsync(request);
        if (text is null)
        {
            return (null, error);
        }

        try
        {
            return JsonSerializer.Deserialize(text, contract) is { } value ? (value, null) : (null, "the body is JSON null; send an object");
        }
        catch (JsonException e)
        {
            return (null, $"the body is not the JSON object expected: {e.Message}");
        }
    }

    /// <summary>True when the request says its body is JSON.</summary>
    public static bool IsJson(HttpRequest request) =>
        request.ContentType?.Split(';')[0].Trim().EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// The request bodies' JSON contracts, generated at compile time (the published CLI that serves the API has no
/// reflection-based serialiser): snake_case names, matched without regard to case.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(MergeRequest))]
[JsonSerializable(typeof(ReportBody))]
internal sealed partial class RequestBodyJson : JsonSerializerContext;
