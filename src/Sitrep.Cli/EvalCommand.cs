namespace Sitrep.Cli;

/// <summary>`sitrep eval SET FILE`: scores Sitrep against annotated data from outside the project and prints a table.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args) => args.FirstOrDefault() switch
    {
        // Each evaluation set adds its case here and keeps its code in its own file.
        "acled" => AcledEvalCommand.Run(args[1..]),
        "plover" => PloverEvalCommand.Run(args[1..]),
        "geoparse" => EvalGeoparseCommand.Run(args[1..]),
        "temporal" => TemporalEvalCommand.Eval(args[1..]),
        _ => Usage.Fail("eval needs a set: one of the evaluations listed by 'sitrep --help'"),
    };
}
