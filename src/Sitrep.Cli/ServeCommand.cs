namespace Sitrep.Cli;

using Sitrep.Pipeline;
using Sitrep.Web;

/// <summary>`sitrep serve [--db PATH] [--urls URLS]`: the HTTP API and the map page over a store.</summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "SITREP_API_KEY";

    public static int Run(string[] args)
    {
        string db = StoreOptions.DefaultDb, urls = ServerOptions.DefaultUrls;
        for (int i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length && args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage.Fail($"{args[i]} needs a value");
            }

            switch (args[i])
            {
                case "--db": db = args[++i]; break;
                case "--urls": urls = args[++i]; break;
                default: return Usage.Fail($"serve: unknown option '{args[i]}'");
            }
        }

        // Open (and migrate) the store here first, so a bad path is one clear line rather than a server error.
        using (var check = StoreOptions.Open(db))
        {
            if (check is null)
            {
                return 2;
            }
        }

        string? key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        using var app = SitrepServer.Build(new ServerOptions(db, urls, key, SitrepPipeline.LoadDefault));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            string where = Sitrep.Storage.StoreLocation.IsPostgres(db) ? Sitrep.Storage.StoreLocation.Display(db) : Path.GetFullPath(db);
            Console.Error.WriteLine($"sitrep: serving {where} on {urls} (the map page is at /, the API under /api, OpenAPI at /openapi/v1.json)");
            Console.Error.WriteLine(string.IsNullOrEmpty(key)
                ? $"sitrep: write endpoints are off; set {ApiKeyVariable} to turn them on"
                : "sitrep: write endpoints need the API key (X-Api-Key header)");
        });
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use or not allowed as an IOException.
            Console.Error.WriteLine($"sitrep: cannot listen on {urls}: {e.Message}");
            return 2;
        }

        return 0;
    }
}
