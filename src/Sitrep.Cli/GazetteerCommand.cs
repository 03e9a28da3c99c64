namespace Sitrep.Cli;

using Sitrep.Knowledge;
using Sitrep.Places;

/// <summary>`sitrep gazetteer build|info`: compiles the gazetteer index and says what it holds.</summary>
internal static class GazetteerCommand
{
    public static int Run(string[] args)
    {
        string data = DataDirectory.Locate();
        string output = DataDirectory.CompiledGazetteer(data);
        if (args.Length >= 3 && args[1] == "--out")
        {
            output = args[2];
        }

        try
        {
            switch (args.FirstOrDefault())
            {
                case "build":
                    var sources = GazetteerSources.FromRepository(Path.GetDirectoryName(Path.GetFullPath(data))!);
                    var summary = GazetteerBuilder.Build(sources, output);
                    Console.Error.WriteLine($"gazetteer: wrote {summary.OutputPath} in {summary.Elapsed.TotalSeconds:F1} s");
                    PrintInfo(summary.Info);
                    return 0;
                case "info":
                    PrintInfo(Gazetteer.Load(output).Info);
                    return 0;
                default:
                    return Usage.Fail("gazetteer needs 'build' or 'info'");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 2;
        }
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
