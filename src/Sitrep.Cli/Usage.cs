namespace Sitrep.Cli;

internal static class Usage
{
    public const string Text = """
        sitrep: code conflict reports into ACLED-style events, with evidence for every field.

        Usage:
          sitrep extract FILE... [--format json|jsonl|table] [--published YYYY-MM-DD]
              Read plain-text reports (a dateline on the first line is used when present; '-' reads stdin)
              and print what Sitrep codes from each. --published dates reports that have no dateline.
          sitrep ingest PATH... [--db PATH] [--published YYYY-MM-DD]
              Code and store reports from files and folders (.txt with a dateline, .html, RSS/Atom .xml/.rss/.atom,
              .jsonl). A report already stored (same text) changes nothing. The store defaults to ./sitrep.db;
              --db postgres://user:pass@host:port/db (or Host=...;Database=...) uses a PostgreSQL server.
          sitrep events [--db PATH] [--country CC] [--place NAME] [--from DATE] [--to DATE] [--type EVENT_TYPE]
                        [--actor NAME] [--format table|json|csv|geojson]
              List stored events, merged across reports.
          sitrep events split EVENT_ID [--db PATH]
              Undo a merge: the merged-in report's event stands as its own again.
          sitrep export --format acled|geojson|json [--db PATH] [--out FILE]
              Export every stored event: ACLED's 31 CSV columns, a GeoJSON FeatureCollection, or JSON.
          sitrep control PLACE [--on YYYY-MM-DD] [--db PATH]
              Who held a place (on a date, or at the latest report) and since when, with the evidence.
          sitrep serve [--db PATH] [--urls http://127.0.0.1:5080]
              Serve the HTTP API (/api, OpenAPI at /openapi/v1.json) and the map page (/) over the store. Write
              endpoints need the key in SITREP_API_KEY and are off without it.
          sitrep actors check [DIR]
              Validate the actor knowledge files (data/actors by default); one line per problem, naming the file.
          sitrep actors find NAME [--country CC] [--on YYYY-MM-DD]
              Show which actor a name, acronym or description resolves to, and why.
          sitrep gazetteer build [--out PATH]
              Compile the gazetteer index from the npm data packages and data/gazetteer/ (setup does this).
          sitrep gazetteer import FILE... [--out PATH]
              Compile a bigger index from full GeoNames dumps you downloaded (allCountries.zip or country files
              such as MM.zip, and optionally alternateNamesV2.zip), streamed from the zips, with the usual inputs.
          sitrep gazetteer info [--out PATH]
              Say what the compiled gazetteer holds.
          sitrep eval geoparse FILE... [--errors] [--country-ceiling]
              Score the Places stage on TR-News / GeoVirus XML: span P/R/F1 (exact and overlap), share resolved
              within 161 km, exact GeoNames id, docs/s; tuning half, held-out half and all. --errors lists the
              tuning half's misses.
          sitrep eval acled FILE [--errors] [--place-errors]
              Agreement with ACLED's own coding of the same notes: event type, sub-event type, date, fatalities,
              actors, distance to ACLED's coordinates; tuning and held-out thirds. --errors lists the tuning
              third's actor misses, --place-errors its places more than 50 km off or missing.
          sitrep eval plover FILE [--errors]
              PLOVER category precision/recall, confusion matrix and actor roles on the PLOVER gold records;
              tuning and held-out parts. --errors lists the tuning part's category and actor-role misses.
          sitrep eval temporal DIR [--peer chrono] [--seconds S]
              Score the Dates stage against a folder of TimeML files (TimeBank 1.2), tuning and held-out halves:
              span P/R/F1, value accuracy, docs/s and sentences/s. --peer chrono adds chrono-node's row
              (install it with 'npm ci' in bench/peers).
          sitrep bench temporal DIR [--peer chrono] [--seconds S]
              Time the Dates stage alone over the TimeML sentences, repeated on one thread, beside chrono-node.

        Exit codes: 0 success, 1 at least one input could not be read, 2 bad usage or missing setup.
        """;

    public static int Print(TextWriter writer, int exitCode)
    {
        writer.WriteLine(Text);
        return exitCode;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"sitrep: {message}");
        Console.Error.WriteLine("Run 'sitrep --help' for usage.");
        return 2;
    }

    public static int Version()
    {
        Console.WriteLine($"sitrep {typeof(Usage).Assembly.GetName().Version}");
        return 0;
    }
}
