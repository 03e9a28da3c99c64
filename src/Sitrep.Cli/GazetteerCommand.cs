namespace Sitrep.Cli;

using Sitrep.Knowledge;
using Sitrep.Places;

/// <summary>`sitrep gazetteer build|import|info`: compiles the gazetteer index and says what it holds.</summary>
internal static class GazetteerCommand
{
    public static int Run(string[] args)
    {
        string data = DataDirectory.Locate();
        string output = DataDirectory.CompiledGazetteer(data);
        var files = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                if (i + 1 >= args.Length)
                {
                    return Usage.Fail("--out needs a value");
                }

                output = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage.Fail($"unknown option '{args[i]}'");
            }
            else
            {
                files.Add(args[i]);
            }
        }

        try
        {
            var sources = GazetteerSources.FromRepository(Path.GetDirectoryName(Path.GetFullPath(data))!);
            switch (args.FirstOrDefault())
            {
                case "build":
                    var summary = GazetteerBuilder.Build(sources, output);
                    Console.Error.WriteLine($"gazetteer: wrote {summary.OutputPath} in {summary.Elapsed.TotalSeconds:F1} s");
                    PrintInfo(summary.Info);
                    return 0;
                case "import" when files.Count == 0:
                    return Usage.Fail("gazetteer import needs at least one GeoNames dump zip (allCountries.zip, MM.zip, alternateNamesV2.zip)");
                case "import":
                    return Import(sources, files, output);
                case "info":
                    PrintInfo(Gazetteer.Load(output).Info);
                    return 0;
                default:
                    return Usage.Fail("gazetteer needs 'build', 'import' or 'info'");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 2;
        }
    }

    private static int Import(GazetteerSources sources, List<string> files, string output)
    {
        var alternates = files.Where(f => Path.GetFileName(f).StartsWith("alternateNames", StringComparison.OrdinalIgnoreCase)).ToList();
        if (alternates.Count > 1)
        {
            return Usage.Fail("gazetteer import takes one alternate-names zip");
        }

        var dumps = new GeoNamesDumps(files.Except(alternates).ToList(), alternates.FirstOrDefault());
        var progress = new Progress<GeoNamesImportProgress>(p => Console.Error.Write(
            $"\rgazetteer: {Path.GetFileName(p.File)}: {p.Rows:N0} rows, {p.RowsPerSecond:N0} rows/s, "
            + $"ETA {(p.Remaining is { } r ? r.ToString(@"hh\:mm\:ss") : "?")}   "));
        var summary = GazetteerBuilder.Import(sources, dumps, output, progress);
        Console.Error.WriteLine();
        Console.Error.WriteLine($"gazetteer: wrote {summary.OutputPath} in {summary.Elapsed.TotalSeconds:F1} s");
        PrintInfo(summary.Info);
        return 0;
    }

    private static void PrintInfo(GazetteerInfo info)
    {
        Console.WriteLine($"built      {info.BuiltAt:yyyy-MM-dd HH:mm} UTC (format {info.FormatVersion}), {info.FileBytes / 1048576.0:F1} MB");
        Console.WriteLine($"entries    {info.Entries:N0} places, {info.NameKeys:N0} name keys, {info.VariantKeys:N0} spelling-variant keys");
        Console.WriteLine($"admin1     {info.Admin1Mapping.Codes:N0} GeoNames codes named: {info.Admin1Mapping.ByCityJoin:N0} by city join, "
                          + $"{info.Admin1Mapping.ByNearestState:N0} by nearest state");
        foreach (var source in info.Sources)
        {
            Console.WriteLine($"source     {source.Name,-22} {source.Rows,9:N0} rows  {source.File}");
        }
    }
}
