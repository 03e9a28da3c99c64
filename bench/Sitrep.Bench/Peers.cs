namespace Sitrep.Bench;

using System.Diagnostics;
using System.Text.Json;

internal sealed record PeerTool(string Name, int Articles, long Bytes, double Seconds);

internal sealed record PeerResult(IReadOnlyList<PeerTool> Tools);

/// <summary>
/// Times the npm peers (chrono-node, compromise; bench/peers) over the same corpus through bench/peers/run-peers.js.
/// Each peer stops after its time budget once it has done at least one full pass over the base articles.
/// </summary>
internal static class Peers
{
    public static PeerResult? Run(List<Article> baseArticles, int rounds, double budgetSeconds)
    {
        string folder = Path.Combine(Corpus.RepoRoot, "bench", "peers");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Console.WriteLine("peers      skipped: run `npm ci --prefix bench/peers` first");
            return null;
        }

        string input = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Environment.ProcessId}.jsonl");
        try
        {
            using (var writer = new StreamWriter(input))
            {
                foreach (var a in baseArticles)
                {
                    writer.WriteLine(JsonSerializer.Serialize(new { text = a.Text, published = a.Published?.ToString("yyyy-MM-dd") }));
                }
            }

            var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { Path.Combine(folder, "run-peers.js"), input, rounds.ToString(), budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                psi.ArgumentList.Add(arg);
            }

            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"peers      failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
                return null;
            }

            var tools = new List<PeerTool>();
            using var json = JsonDocument.Parse(stdout.Result);
            foreach (var t in json.RootElement.EnumerateArray())
            {
                tools.Add(new PeerTool(t.GetProperty("name").GetString()!, t.GetProperty("articles").GetInt32(),
                    t.GetProperty("bytes").GetInt64(), t.GetProperty("seconds").GetDouble()));
            }

            return new PeerResult(tools);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or JsonException)
        {
            Console.WriteLine($"peers      failed: {e.Message}");
            return null;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
