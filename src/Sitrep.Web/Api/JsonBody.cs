namespace Sitrep.Web.Api;

using System.Text.Json;
using Microsoft.AspNetCore.Http;

/// <summary>
/// A response written straight to the body with a <see cref="Utf8JsonWriter"/>, so the API keeps the extract
/// contract's snake_case names and can splice in JSON the index has already written for each event. The default
/// encoder escapes &lt;, &gt; and &amp;: a report's "&lt;script&gt;" stays text wherever the JSON lands.
/// </summary>
internal sealed class JsonBody(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK, string contentType = "application/json") : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType + "; charset=utf-8";
        await using (var w = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(w);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}

/// <summary>The API's error answers: RFC 9457 problem details whose detail says what to change.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
