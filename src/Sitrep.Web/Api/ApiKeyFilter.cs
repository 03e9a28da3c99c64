namespace Sitrep.Web.Api;

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

/// <summary>
/// Guards the write endpoints. With no key configured they are off (403, saying how to turn them on); with a
/// key, a request must carry it as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>, else 401.
/// </summary>
internal sealed class ApiKeyFilter(string? apiKey) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                detail: "write endpoints are off: start the server with SITREP_API_KEY set to turn them on",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"));
        }

        var request = context.HttpContext.Request;
        string? given = request.Headers[Header].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } auth
                          && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = auth["Bearer ".Length..].Trim();
        }

        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(apiKey)))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return ValueTask.FromResult<object?>(Results.Problem(
                detail: $"this endpoint writes to the store: send the API key in the {Header} header (or as a Bearer token)",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"));
        }

        return next(context);
    }
}
