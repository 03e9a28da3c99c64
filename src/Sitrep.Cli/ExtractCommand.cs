using System.Text.Json;

namespace Sitrep.Cli;

using Sitrep.Export;
using Sitrep.Ingest;
using Sitrep.Pipeline;

/// <summary>`sitrep extract`: reads each input, runs the pipeline, prints the result in the chosen format.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args)
    {
        var files = new List<string>();
        string format = "json";
        DateOnly? published = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!Arguments.TryDate("--published", args[++i], out var date, out int exit))
                    {
                        return exit;
                    }

                    published = date;
                    break;
                case "--format" or "-f" or "--published":
                    return Usage.Fail($"{args[i]} needs a value");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Usage.Fail($"unknown option '{option}'");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            return Usage.Fail("extract needs at least one FILE (or '-' for stdin)");
        }

        if (format is not ("json" or "jsonl" or "table"))
        {
            return Usage.Fail($"--format '{format}' is not one of json, jsonl, table");
        }

        return Arguments.TryLoadPipeline() is { } pipeline ? Extract(pipeline, files, format, published) : 2;
    }

    private static int Extract(SitrepPipeline pipeline, List<string> files, string format, DateOnly? published)
    {
        int failures = 0;
        using var stdout = Console.OpenStandardOutput();
        bool array = format == "json" && files.Count > 1;
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = format == "json", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (array)
        {
            json.WriteStartArray();
        }

        foreach (string file in files)
        {
            var read = file == "-"
                ? ReportFileReader.ReadStream("<stdin>", Console.OpenStandardInput(), published)
                : ReportFileReader.ReadFile(file, published);
            if (read.Report is null)
            {
                Console.Error.WriteLine($"sitrep: {read.Error}");
                failures++;
                continue;
            }

            var result = pipeline.Extract(read.Report);
            foreach (string warning in result.Warnings.Where(w => w.StartsWith("No publication date", StringComparison.Ordinal)))
            {
                Console.Error.WriteLine($"sitrep: warning: {file}: {warning}");
            }

            switch (format)
            {
                case "table":
                    TableWriter.Write(Console.Out, file, result);
                    break;
                case "jsonl":
                    ExtractionJson.Write(json, result, file);
                    json.Flush();
                    json.Reset();
                    stdout.WriteByte((byte)'\n');
                    break;
                default:
                    ExtractionJson.Write(json, result, files.Count > 1 ? file : null);
                    break;
            }
        }

        if (array)
        {
            json.WriteEndArray();
        }

        json.Flush();
        if (format == "json" && json.BytesCommitted > 0)
        {
            stdout.WriteByte((byte)'\n');
        }

        return failures == 0 ? 0 : 1;
    }
}
