namespace Sitrep.Cli.Tests;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

/// <summary>
/// `sitrep ingest` killed without warning (SIGKILL) at random points of a 10,000-report run, five times, and run
/// again to the end, leaves exactly the store an uninterrupted run leaves: every row of every table.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private const int Reports = 10_000, Files = 20, Kills = 5, RunLeftAtKill = 2_500;
    private readonly string _folder = Write();
    private readonly string _reference = TempDb("reference");
    private readonly string _killed = TempDb("killed");

    [Fact]
    public void Killing_ingest_five_times_and_rerunning_gives_the_same_store_as_one_run()
    {
        Assert.Equal(0, CliRunner.Sitrep(null, "ingest", _folder, "--db", _reference).ExitCode);

        int seed = Environment.TickCount;
        var random = new Random(seed);
        // Five random points of the run, as counts of stored reports; each kill lands a random moment after its
        // point is reached, mostly in the middle of coding and storing the next batch. The last point leaves
        // RunLeftAtKill reports to store, more than a fast machine stores in the longest extra delay (0.4 s at
        // 2,000-3,000 reports/s), so the run is still going when the kill comes.
        var targets = Enumerable.Range(0, Kills).Select(_ => (long)random.Next(100, Reports - RunLeftAtKill)).Order().ToList();
        var storedAtKills = new List<long>();
        foreach (long target in targets)
        {
            var extra = TimeSpan.FromMilliseconds(random.Next(0, 400));
            Assert.True(StartAndKill(target, extra), $"the ingest finished before reaching {target} reports plus {extra.TotalMilliseconds} ms (seed {seed})");
            storedAtKills.Add(ReportCount(_killed));
        }

        Assert.True(storedAtKills.All(s => s < Reports), $"reports stored at each kill: {string.Join(", ", storedAtKills)} (seed {seed})");
        Assert.Equal(0, CliRunner.Sitrep(null, "ingest", _folder, "--db", _killed).ExitCode);

        string expected = Dump(_reference), actual = Dump(_killed);
        Assert.True(expected == actual,
            $"stores differ after kills at {string.Join(", ", storedAtKills)} reports (seed {seed}): {FirstDifference(expected, actual)}");
        Assert.Equal(Reports, ReportCount(_killed));
    }

    // Starts `sitrep ingest`, waits until the store holds the target count, then kills it (SIGKILL) after the extra
    // delay; true when it was still running then.
    private bool StartAndKill(long target, TimeSpan extra)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), "ingest", _folder, "--db", _killed })
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(50)) && ReportCount(_killed) < target)
        {
        }

        if (process.WaitForExit(extra))
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    /// <summary>Every row of every table, ordered, one line each: two stores are the same when their dumps are.</summary>
    private static string Dump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        var dump = new StringBuilder();
        foreach (var (table, order) in new[]
                 {
                     ("reports", "id"), ("events", "id"), ("event_sources", "event_id, name, kind, by_name"),
                     ("merges", "id"), ("control_changes", "id"),
                 })
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                dump.Append(table);
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append('\t').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                dump.Append('\n');
            }
        }

        return dump.ToString();
    }

    private static long ReportCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'reports'";
        if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        cmd.CommandText = "SELECT COUNT(*) FROM reports";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}: expected '{a[i]}', got '{b[i]}'";
            }
        }

        return $"{a.Length} lines expected, {b.Length} found";
    }

    private static readonly string[] Towns =
        ["Lashio", "Loikaw", "Falam", "Monywa", "Pakokku", "Dawei", "Taunggyi", "Mogok", "Paletwa", "Myitkyina", "Bhamo", "Sittwe", "Kunlong"];

    /// <summary>
    /// 10,000 short invented JSON-lines reports in 20 files: strikes, clashes, protests and changes of control in
    /// thirteen towns over a year, each incident told several times, so events merge and control timelines grow.
    /// </summary>
    private static string Write()
    {
        string root = Path.Combine(Path.GetTempPath(), $"sitrep-kill-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var start = new DateOnly(2024, 1, 2);
        var sb = new StringBuilder();
        for (int i = 0; i < Reports; i++)
        {
            int incident = i / 4;
            string town = Towns[incident % Towns.Length];
            var day = start.AddDays(incident * 5 % 360);
            string weekday = day.DayOfWeek.ToString();
            string text = (incident % 4) switch
            {
                0 => $"Myanmar military air strikes on {town} killed {2 + i % 7} civilians on {weekday}, residents said.",
                1 => $"Fighting broke out between the Myanmar military and the Kachin Independence Army in {town} on {weekday}, witness {i} said.",
                2 => $"Hundreds of people protested peacefully in {town} on {weekday} against conscription, organiser {i} said.",
                _ => $"The Myanmar National Democratic Alliance Army seized control of {town} from the Myanmar military on {weekday}, source {i} said.",
            };
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"r{i}\",\"published\":\"{day.AddDays(1):yyyy-MM-dd}\",\"text\":\"{text} (report {i})\"}}\n");
            if ((i + 1) % (Reports / Files) == 0)
            {
                File.WriteAllText(Path.Combine(root, $"wire-{i / (Reports / Files):00}.jsonl"), sb.ToString());
                sb.Clear();
            }
        }

        return root;
    }

    private static string TempDb(string name) => Path.Combine(Path.GetTempPath(), $"sitrep-kill-{name}-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        foreach (string db in new[] { _reference, _killed })
        {
            foreach (string suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(db + suffix);
            }
        }
    }
}
