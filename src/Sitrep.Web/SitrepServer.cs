namespace Sitrep.Web;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Web.Api;
using Sitrep.Web.ReadModel;

/// <summary>
/// The `sitrep serve` process: the HTTP API under /api, its OpenAPI document at /openapi/v1.json, and the map
/// page from wwwroot, all offline. Composed here, as the pipeline is composed in SitrepPipeline.
/// </summary>
public static class SitrepServer
{
    /// <summary>Opens the store and builds the server; the caller runs it (and disposes it, which closes the store).</summary>
    public static WebApplication Build(ServerOptions options)
    {
        string webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(RouteParameterJson.Default));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sitrep";
            document.Info.Description = "Coded conflict events from news reports: events, their sources and evidence, control timelines, actors and stats.";
            return Task.CompletedTask;
        }));

        var store = new StoreGate(EventStore.Open(options.DbPath));
        var pipeline = new Lazy<SitrepPipeline>(options.Pipeline, LazyThreadSafetyMode.PublicationOnly);
        var writeGuard = new ApiKeyFilter(options.ApiKey);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // The page loads nothing from elsewhere and runs no inline script: a report's "<script>" could not run
            // even if it were ever written into the page as markup.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        // The page's files; API requests skip the file-system lookups.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), page =>
        {
            page.UseDefaultFiles();
            page.UseStaticFiles();
        });
        app.MapOpenApi();

        var api = app.MapGroup("/api");
        EventEndpoints.Map(api, store, writeGuard);
        ReportEndpoints.Map(api, store, () => pipeline.Value, writeGuard);
        BrowseEndpoints.Map(api, store);
        api.MapFallback((HttpContext context) => Problems.NotFound($"there is no API endpoint {context.Request.Method} {context.Request.Path}"));
        return app;
    }
}
