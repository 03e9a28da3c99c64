using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>
/// Runs chrono-node (bench/peers/chrono-eval.mjs, installed by `npm ci` in bench/peers) over the same documents, and
/// reads back its mentions, for Sitrep to score with the same measure, and its speed.
/// </summary>
internal static class ChronoPeer
{
    public sealed record Output(string Version, IReadOnlyDictionary<string, IReadOnlyList<TemporalGuess>> Mentions, TemporalSpeed.Rate Speed);

    public static Output? Run(IReadOnlyList<TimeBankEntry> entries, double seconds, out string? error)
    {
        string peers = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataDirectory.Locate()))!, "bench", "peers");
        string script = Path.Combine(peers, "chrono-eval.mjs");
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "chrono-node")))
        {
            error = $"not installed; run 'npm ci' in {peers}";
            return null;
        }

        string input = Path.GetTempFileName();
        try
        {
            using (var stream = File.Create(input))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteNumber("seconds", seconds);
                json.WriteNumber("warmUpSeconds", TemporalSpeed.WarmUpSeconds);
                json.WriteStartArray("docs");
                foreach (var e in entries)
                {
                    json.WriteStartObject();
                    json.WriteString("name", e.Gold.Name);
                    json.WriteString("dct", e.Gold.CreationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteString("text", e.Gold.Text);
                    json.WriteNumber("sentences", e.Analyzed.Sentences.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = peers };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(input);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error = $"node exited with {process.ExitCode}: {stderr.Result.Trim()}";
                return null;
            }

            error = null;
            return Read(stdout, entries);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = $"cannot run node ({e.Message})";
            return null;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static Output Read(string stdout, IReadOnlyList<TimeBankEntry> entries)
    {
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var mentions = new Dictionary<string, IReadOnlyList<TemporalGuess>>(StringComparer.Ordinal);
        int i = 0;
        foreach (var perDoc in root.GetProperty("mentions").EnumerateArray())
        {
            mentions[entries[i++].Gold.Name] = perDoc.EnumerateArray()
                .Select(m => new TemporalGuess(new TextSpan(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()),
                    Day(m.GetProperty("from").GetString()), Day(m.GetProperty("to").GetString())))
                .ToList();
        }

        var speed = new TemporalSpeed.Rate(root.GetProperty("docsPerSecond").GetDouble(), root.GetProperty("sentencesPerSecond").GetDouble(),
            root.GetProperty("wallSentencesPerSecond").GetDouble());
        return new Output(root.GetProperty("version").GetString() ?? "?", mentions, speed);
    }

    private static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
