namespace Sitrep.Cli;

using Sitrep.Actors;
using Sitrep.Knowledge;
using Sitrep.Text;

/// <summary>`sitrep actors check [DIR]` validates knowledge files; `sitrep actors find NAME` shows how a name resolves.</summary>
internal static class ActorsCommand
{
    public static int Run(string[] args)
    {
        string directory = Path.Combine(DataDirectory.Locate(), "actors");
        switch (args.FirstOrDefault())
        {
            case "check":
                return Check(args.Length > 1 ? args[1] : directory);
            case "find" when args.Length >= 2:
                string? country = null;
                DateOnly? on = null;
                var words = new List<string>();
                for (int i = 1; i < args.Length; i++)
                {
                    if (args[i] == "--country" && i + 1 < args.Length)
                    {
                        country = args[++i].ToUpperInvariant();
                    }
                    else if (args[i] == "--on" && i + 1 < args.Length)
                    {
                        if (!Arguments.TryDate("--on", args[++i], out var date, out int exit))
                        {
                            return exit;
                        }

                        on = date;
                    }
                    else
                    {
                        words.Add(args[i]);
                    }
                }

                return Find(directory, string.Join(' ', words), country, on);
            default:
                return Usage.Fail("actors needs 'check [DIR]' or 'find NAME [--country CC] [--on YYYY-MM-DD]'");
        }
    }

    private static int Check(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"sitrep: {directory}: no such folder");
            return 1;
        }

        var problems = ActorKnowledgeBase.Check(directory);
        foreach (string problem in problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(problems.Count == 0 ? $"{directory}: all actor files are valid" : $"{problems.Count} problem(s)");
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Find(string directory, string name, string? country, DateOnly? on)
    {
        var knowledge = ActorKnowledgeBase.LoadDirectory(directory);
        var document = new TextAnalyzer(new StrayCapitalLexicon([])).Analyze(name);
        var mentions = new ActorResolver(knowledge).Resolve(document, country, on).Actors;
        if (mentions.Count == 0)
        {
            Console.WriteLine($"'{name}': no actor (descriptions such as 'the junta' need --country and --on)");
            return 1;
        }

        foreach (var m in mentions)
        {
            string how = m.Match switch
            {
                ActorMatch.Name => "its name or an alias",
                ActorMatch.Acronym => "an acronym or a listed misspelling",
                ActorMatch.Description => $"a description, for country {country ?? "?"} on {on?.ToString("yyyy-MM-dd") ?? "any date"}",
                ActorMatch.Coreference => "a reference to the last compatible actor",
                _ => "nothing in the knowledge base: kept for review",
            };
            Console.WriteLine(m.Actor is { } a
                ? $"'{m.Text}' -> {a.Name} (inter {a.Inter}, {a.Country ?? "no country"}): matched as {how}"
                  + (a.Memberships.Count > 0 ? $"; member of {string.Join(", ", a.Memberships.Select(x => x.Group))}" : "")
                : $"'{m.Text}' -> unresolved: {m.Note ?? how}");
        }

        return 0;
    }
}
