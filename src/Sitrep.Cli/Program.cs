using Sitrep.Cli;
using Sitrep.Knowledge;

// The `sitrep` command: parses arguments, runs a command, prints. Exit codes: 0 success, 1 some input failed,
// 2 bad usage or missing setup.
try
{
    return args.Length == 0 || args[0] is "-h" or "--help" or "help"
        ? Usage.Print(Console.Out, 0)
        : args[0] switch
        {
            "extract" => ExtractCommand.Run(args[1..]),
            "gazetteer" => GazetteerCommand.Run(args[1..]),
            "eval" => EvalCommand.Run(args[1..]),
            "actors" => ActorsCommand.Run(args[1..]),
            "bench" => TemporalEvalCommand.Bench(args[1..]),
            "ingest" => IngestCommand.Run(args[1..]),
            "events" => EventsCommand.Run(args[1..]),
            "export" => ExportCommand.Run(args[1..]),
            "control" => ControlCommand.Run(args[1..]),
            "serve" => ServeCommand.Run(args[1..]),
            "--version" => Usage.Version(),
            _ => Usage.Fail($"unknown command '{args[0]}'"),
        };
}
catch (DataDirectoryNotFoundException e)
{
    // Missing setup, not a bug: one line saying what to do rather than a stack trace, from whichever command asked.
    Console.Error.WriteLine($"sitrep: {e.Message}");
    return 2;
}
