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
              .jsonl). A report already stored (same text) changes nothing. The store defaults to ./sitrep.db.
          sitrep events [--db PATH] [--country CC] [--place NAME] [--from DATE] [--to DATE] [--type EVENT_TYPE]
                        [--actor NAME] [--format table|json|csv|geojson]
              List stored events, merged across reports.
          sitrep events split EVENT_ID [--db PATH]
              Undo a merge: the merged-in report's event stands as its own again.
          sitrep export --format acled|geojson|json [--db PATH] [--out FILE]
              Export every stored event: ACLED's 31 CSV columns, a GeoJSON FeatureCollection, or JSON.
          sitrep control PLACE [--on YYYY-MM-DD] [--db PATH]
              Who held a place (on a date, or at the latest report) and since when, with the evidence.
          sitrep gazetteer build [--out PATH]
              Compile the gazetteer index from the npm data packages and data/gazetteer/ (setup does this).
          sitrep gazetteer info
              Say what the compiled gazetteer holds.

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
