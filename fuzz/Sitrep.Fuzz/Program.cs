using System.Text;
using SharpFuzz;
using Sitrep.Dates;
using Sitrep.Ingest;
using Sitrep.Knowledge;
using Sitrep.Quantities;
using Sitrep.Text;

// SharpFuzz harnesses (libFuzzer mode) for the parsers that read raw text: the dateline, temporal expressions and
// numbers. Any exception other than a refusal is a finding. See fuzz/README.md for instrumenting and running.
string target = args.FirstOrDefault() ?? "dateline";
var published = new DateOnly(2024, 3, 1);
var text = new TextAnalyzer(StrayCapitalLexicon.Load(Path.Combine(DataDirectory.Locate(), "lexicons", "stray-capitals.txt")));
var dates = new TemporalResolver();
var quantities = new QuantityRecognizer();

if (args.Length > 1 && args[1] == "--replay")
{
    // Replays saved inputs (seeds, or a crash file from libFuzzer) without the fuzzer, to reproduce a finding.
    foreach (string file in args[2..])
    {
        Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok {file}");
    }

    return;
}

Fuzzer.LibFuzzer.Run(bytes => Run(bytes));

void Run(ReadOnlySpan<byte> bytes)
{
    string input = Encoding.UTF8.GetString(bytes);
    switch (target)
    {
        case "dateline":
            _ = DatelineParser.Parse(input, published);
            _ = ReportFileReader.FromBytes("fuzz", bytes.ToArray(), published);
            break;
        case "dates":
            _ = dates.Resolve(text.Analyze(input), published);
            break;
        case "quantities":
            var document = text.Analyze(input);
            _ = quantities.Recognize(document, dates.Resolve(document, published).Select(d => d.Span).ToList());
            break;
        default:
            throw new ArgumentException($"unknown target '{target}': dateline, dates or quantities");
    }
}
