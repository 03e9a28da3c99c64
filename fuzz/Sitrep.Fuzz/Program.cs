using System.Text;
using System.Xml;
using SharpFuzz;
using Sitrep.Dates;
using Sitrep.Ingest;
using Sitrep.Knowledge;
using Sitrep.Quantities;
using Sitrep.Text;

// SharpFuzz harnesses (AFL++ mode) for the parsers that read raw input: the dateline, saved web pages, RSS/Atom
// feeds, JSON Lines, temporal expressions and numbers. A reader's documented refusal of bad input is not a finding;
// any other exception, a stack overflow or a hang is. See fuzz/README.md for instrumenting and running.
//
//   dotnet Sitrep.Fuzz.dll TARGET                    under afl-fuzz (input on stdin, fork server over AFL's pipes)
//   dotnet Sitrep.Fuzz.dll TARGET --replay FILES...  runs saved inputs (seeds, a crash from out/default/crashes)
string[] targets = ["dateline", "html", "feed", "jsonl", "dates", "quantities"];
string target = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("SITREP_FUZZ_TARGET") ?? "dateline";
if (!targets.Contains(target))
{
    Console.Error.WriteLine($"unknown target '{target}': {string.Join(", ", targets)}");
    return 2;
}

var published = new DateOnly(2024, 3, 1);
// Built on first use, inside the fuzz loop: instrumented Sitrep code that runs before Fuzzer.Run has mapped AFL's
// coverage memory writes through an unset pointer (an access violation that kills the fork server).
var text = new Lazy<TextAnalyzer>(() =>
    new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(DataDirectory.Locate(), "lexicons", "stray-capitals.txt"))));
var dates = new Lazy<TemporalResolver>(() => new TemporalResolver());
var quantities = new Lazy<QuantityRecognizer>(() => new QuantityRecognizer());

if (args.Length > 1 && args[1] == "--replay")
{
    // Replays saved inputs without the fuzzer, to reproduce a finding: an exception escapes with its stack trace.
    foreach (string file in args[2..])
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok {file} ({watch.ElapsedMilliseconds} ms)");
    }

    return 0;
}

// Out of process: the inputs run in a child process that SharpFuzz restarts when it dies, so a stack overflow or a
// hang is reported to afl-fuzz as a crash or a hang instead of killing the fork server.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Run(buffer.ToArray());
});
return 0;

void Run(byte[] bytes)
{
    switch (target)
    {
        case "dateline":
            _ = DatelineParser.Parse(Encoding.UTF8.GetString(bytes), published);
            _ = ReportFileReader.FromBytes("fuzz.txt", bytes, published);
            break;
        case "html":
            // As ReportSources.Read does: decode (refusing binary and invalid UTF-8), then read. The HTML reader has
            // no refusal of its own: every page yields an item (possibly "no text").
            if (ReportFileReader.Decode("fuzz.html", bytes).Text is { } page)
            {
                _ = HtmlReportReader.Read("fuzz.html", page, published);
            }

            break;
        case "feed":
            if (ReportFileReader.Decode("fuzz.xml", bytes).Text is { } xml)
            {
                try
                {
                    _ = FeedReportReader.Read("fuzz.xml", xml, published);
                }
                catch (Exception e) when (e is XmlException or FormatException)
                {
                    // The feed reader's refusals: malformed XML, no root, a root that is neither RSS nor Atom.
                }
            }

            break;
        case "jsonl":
            // Bad lines come back as failed items, never as exceptions.
            if (ReportFileReader.Decode("fuzz.jsonl", bytes).Text is { } lines)
            {
                _ = JsonLinesReportReader.Read("fuzz.jsonl", lines, published);
            }

            break;
        case "dates":
            _ = dates.Value.Resolve(text.Value.Analyze(Encoding.UTF8.GetString(bytes)), published);
            break;
        case "quantities":
            var document = text.Value.Analyze(Encoding.UTF8.GetString(bytes));
            _ = quantities.Value.Recognize(document, dates.Value.Resolve(document, published).Select(d => d.Span).ToList());
            break;
    }
}
