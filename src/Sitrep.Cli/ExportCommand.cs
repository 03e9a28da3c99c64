namespace Sitrep.Cli;

using System.Text.Json;
using Sitrep.Export;
using Sitrep.Knowledge;
using Sitrep.Places;
using Sitrep.Storage;

/// <summary>`sitrep export --format acled|geojson|json [--out FILE]`: every stored event, after merging.</summary>
internal static class ExportCommand
{
    public static int Run(string[] args)
    {
        string db = StoreOptions.DefaultDb;
        string? format = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage.Fail($"export takes --format, --db and --out with values; '{args[i]}' is not one");
            }

            string value = args[++i];
            switch (args[i - 1])
            {
                case "--db": db = value; break;
                case "--format" or "-f": format = value; break;
                case "--out" or "-o": output = value; break;
                default: return Usage.Fail($"unknown option '{args[i - 1]}'");
            }
        }

        if (format is not ("acled" or "geojson" or "json"))
        {
            return Usage.Fail("export needs --format acled, geojson or json");
        }

        using var store = StoreOptions.Open(db);
        if (store is null)
        {
            return 2;
        }

        var events = store.Events();
        using var writer = output is null ? Console.Out : new StreamWriter(output, false, new System.Text.UTF8Encoding(false));
        Write(writer, format == "acled" ? "csv" : format, events);
        writer.Flush();
        return 0;
    }

    public static void Write(TextWriter w, string format, IReadOnlyList<StoredEvent> events)
    {
        switch (format)
        {
            case "table":
                EventsCommand.WriteTable(w, events);
                break;
            case "csv":
                StoreExports.WriteAcled(w, events, CountryNames(), Countries());
                break;
            default:
                using (var stream = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(stream, StoreExports.JsonOptions(indented: true)))
                    {
                        if (format == "geojson")
                        {
                            StoreExports.WriteGeoJson(json, events);
                        }
                        else
                        {
                            StoreExports.WriteJson(json, events);
                        }
                    }

                    w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
        }
    }

    // Numeric ISO codes and ACLED regions need world-countries from `npm ci`; without it those columns stay empty.
    private static AcledCountries? Countries()
    {
        try
        {
            return AcledCountries.FromRepository(Path.GetDirectoryName(DataDirectory.Locate())!);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    // Country names come from the gazetteer when it is built; without it the CSV keeps the country code.
    private static Func<string, string?>? CountryNames()
    {
        try
        {
            var gazetteer = Gazetteer.Load(DataDirectory.CompiledGazetteer(DataDirectory.Locate()));
            return code => gazetteer.Country(code)?.Name;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
