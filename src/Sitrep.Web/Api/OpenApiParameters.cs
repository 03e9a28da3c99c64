namespace Sitrep.Web.Api;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

/// <summary>
/// Lists an endpoint's query parameters in the OpenAPI document. The handlers read the query themselves, so
/// that an unknown or malformed parameter gets a 400 that names it; this keeps the document complete anyway.
/// </summary>
internal static class OpenApiParameters
{
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder endpoint, IEnumerable<string> names)
    {
        var list = names.ToList();
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (string name in list)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
    }
}
