using BenchmarkDotNet.Running;
using Sitrep.Bench;

// `Sitrep.Bench micro [BenchmarkDotNet args]` runs the per-stage micro-benchmarks;
// `Sitrep.Bench e2e [--mb N] [--peer-budget S]` runs the end-to-end bench and prints figures against the targets;
// `Sitrep.Bench places CORPUS...` times the place stage alone on geoparsing corpora;
// `Sitrep.Bench serve` loads the HTTP API with wrk on a store of 100,000 events.
return args.FirstOrDefault() switch
{
    "micro" => RunMicro(args[1..]),
    "e2e" => EndToEnd.Run(args[1..]),
    "stages" => StageTimes.Run(args[1..]),
    "places" => PlacesBench.Run(args[1..]),
    "serve" => ServeLoad.Run(args[1..]),
    "ingest" => IngestBench.Run(args[1..]),
    _ => Help(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}

static int Help()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Sitrep.Bench -- micro [--filter PATTERN]
               dotnet run -c Release --project bench/Sitrep.Bench -- e2e [--mb N] [--peer-budget SECONDS] [--no-peers] [--no-cold-start]
               dotnet run -c Release --project bench/Sitrep.Bench -- stages FILE...
               dotnet run -c Release --project bench/Sitrep.Bench -- places [--rounds N] [--no-peers] CORPUS...
               dotnet run -c Release --project bench/Sitrep.Bench -- serve [--events N] [--seconds S] [--connections C]
               dotnet run -c Release --project bench/Sitrep.Bench -- ingest [--reports N] [--workers N] [--db LOCATION]
        """);
    return 2;
}
