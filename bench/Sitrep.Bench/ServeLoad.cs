namespace Sitrep.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Web;
using Sitrep.Web.ReadModel;

/// <summary>
/// `serve [--events N] [--seconds S] [--connections C]`: the events endpoint with a bounding-box filter under a
/// loopback load from wrk (Debian's wrk package), on a store of N events (100,000 by default), beside nginx
/// serving one such answer as a static file (when nginx is installed): the ceiling of HTTP on this machine.
/// Prints throughput and latency percentiles, and the p99 against the 50 ms target.
/// </summary>
internal static partial class ServeLoad
{
    private const double TargetP99Ms = 50;

    public static int Run(string[] args)
    {
        int events = Option(args, "--events", 100_000), seconds = Option(args, "--seconds", 30), connections = Option(args, "--connections", 200);
        if (!OnPath("wrk"))
        {
            Console.Error.WriteLine("serve bench: wrk is not installed; install Debian's wrk package (apt-get install wrk)");
            return 2;
        }

        string db = Path.Combine(Path.GetTempPath(), $"sitrep-bench-serve-{events}.db");
        Console.WriteLine($"store: {SyntheticStore.Build(db, events)}");
        Console.WriteLine(ServeQueryCost.Measure(db, [.. Boxes().Select(b => b.Box)]));

        var clock = Stopwatch.StartNew();
        const string url = "http://127.0.0.1:5181";
        using var app = SitrepServer.Build(new ServerOptions(db, url, null, () => throw new InvalidOperationException("the bench does not extract")));
        app.StartAsync().GetAwaiter().GetResult();
        Console.WriteLine($"server: started with the index built in {clock.Elapsed.TotalSeconds:F2} s");

        string script = WriteBoxScript();
        string sample;
        using (var http = new HttpClient())
        {
            // A box of typical size: the nginx peer serves these bytes, so both answers weigh the same.
            sample = http.GetStringAsync($"{url}/api/events?bbox=95,20,100,25").GetAwaiter().GetResult();
            Console.WriteLine($"one answer (a 5-degree box in Shan, default page of 100): {Encoding.UTF8.GetByteCount(sample):N0} bytes");
        }

        Console.WriteLine($"load: wrk, 2 threads, {connections} connections, {seconds} s, a bounding box from {Boxes().Count} areas and sizes per request");
        var sitrep = Wrk($"{url}/api/events", script, connections, seconds);
        Print("sitrep /api/events?bbox=...", sitrep);
        app.StopAsync().GetAwaiter().GetResult();

        if (NginxPeer(sample, script, connections, seconds) is { } nginx)
        {
            Print("nginx, the same bytes, same script", nginx);
            Console.WriteLine($"ratio: sitrep serves {sitrep.RequestsPerSecond / nginx.RequestsPerSecond:P0} of nginx's requests/s; p99 {sitrep.P99Ms / nginx.P99Ms:F1}x nginx's");
        }

        bool met = sitrep.P99Ms <= TargetP99Ms && sitrep.Errors == 0;
        Console.WriteLine($"target: p99 <= {TargetP99Ms} ms with no errors: {(met ? "met" : "NOT met")} (p99 {sitrep.P99Ms:F1} ms, {sitrep.Errors} errors)");
        return 0;
    }

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    /// <summary>The load's boxes: one around each area at three sizes, with the query string wrk sends for each.</summary>
    private static List<(BoundingBox Box, string Query)> Boxes()
    {
        var boxes = new List<(BoundingBox, string)>();
        foreach (var (_, _, lat, lon, spread) in SyntheticStore.Areas)
        {
            foreach (double size in new[] { 0.5, 1.0, 2.0 })
            {
                double half = spread * size;
                var box = new BoundingBox(Math.Round(lon - half, 2), Math.Round(lat - half, 2), Math.Round(lon + half, 2), Math.Round(lat + half, 2));
                boxes.Add((box, string.Create(CultureInfo.InvariantCulture, $"/api/events?bbox={box.West:F2},{box.South:F2},{box.East:F2},{box.North:F2}")));
            }
        }

        return boxes;
    }

    // wrk's Lua hook: each request asks for one of the boxes in turn.
    private static string WriteBoxScript()
    {
        string paths = string.Join(", ", Boxes().Select(b => $"\"{b.Query}\""));
        string path = Path.Combine(Path.GetTempPath(), "sitrep-bench-boxes.lua");
        File.WriteAllText(path, $$"""
            local paths = { {{paths}} }
            local requests = {}
            local i = 0
            -- Formatting a request costs wrk CPU the server would otherwise get: do it once per path.
            init = function(args)
              for k, path in ipairs(paths) do requests[k] = wrk.format("GET", path) end
            end
            request = function()
              i = i + 1
              return requests[(i % #requests) + 1]
            end
            """);
        return path;
    }

    private static WrkResult? NginxPeer(string answer, string script, int connections, int seconds)
    {
        string? nginx = NginxPaths.FirstOrDefault(File.Exists);
        if (nginx is null)
        {
            Console.WriteLine("peer: nginx is not installed (apt-get install nginx): no side-by-side ceiling this run");
            return null;
        }

        string root = Directory.CreateTempSubdirectory("sitrep-bench-nginx").FullName;
        // nginx workers run as nobody: the folder must be readable by others.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        // Served at the API's path, so wrk runs the very same script; nginx ignores the query string.
        Directory.CreateDirectory(Path.Combine(root, "api"));
        File.WriteAllText(Path.Combine(root, "api", "events"), answer);

        File.WriteAllText(Path.Combine(root, "nginx.conf"), $$"""
            worker_processes 2;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log;
            events { worker_connections 1024; }
            http {
              access_log off;
              keepalive_requests 100000;
              server { listen 127.0.0.1:5182; root {{root}}; default_type application/json; }
            }
            """);
        using var server = Process.Start(new ProcessStartInfo(nginx, ["-c", Path.Combine(root, "nginx.conf"), "-g", "daemon off;"]) { RedirectStandardError = true })!;
        Thread.Sleep(500);
        try
        {
            return Wrk("http://127.0.0.1:5182/api/events", script, connections, seconds);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, long Errors, string TransferPerSecond);

    private static WrkResult Wrk(string url, string script, int connections, int seconds)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "5s", "-s", script };
        arguments.Add(url);
        using var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })!;
        string output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        double Percentile(string p) => Milliseconds(Regex.Match(output, $@"^\s*{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value);
        long errors = 0;
        foreach (Match m in ErrorCounts().Matches(output))
        {
            errors += long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var non2xx = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
        if (non2xx.Success)
        {
            errors += long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new WrkResult(
            double.Parse(Regex.Match(output, @"Requests/sec:\s+(\S+)").Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile("50"), Percentile("90"), Percentile("99"), errors, Regex.Match(output, @"Transfer/sec:\s+(\S+)").Groups[1].Value);
    }

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex ErrorCounts();

    private static double Milliseconds(string value)
    {
        var m = Regex.Match(value, @"^([\d.]+)(us|ms|s|m)$");
        double n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => n / 1000, "ms" => n, "s" => n * 1000, _ => n * 60_000 };
    }

    private static void Print(string name, WrkResult r) =>
        Console.WriteLine($"{name,-40} {r.RequestsPerSecond,10:N0} req/s   p50 {r.P50Ms,6:F1} ms   p90 {r.P90Ms,6:F1} ms   p99 {r.P99Ms,6:F1} ms   {r.TransferPerSecond}/s   errors {r.Errors}");

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
