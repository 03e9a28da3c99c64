namespace Sitrep.Actors;

/// <summary>Thrown when actor knowledge files break the schema; every problem names its file and entry.</summary>
public sealed class ActorKnowledgeException : Exception
{
    public ActorKnowledgeException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : $"{problems.Count} problems in the actor knowledge files:\n" + string.Join('\n', problems))
    {
        Problems = problems;
    }

    public ActorKnowledgeException()
        : this(["The actor knowledge files are invalid."])
    {
    }

    public ActorKnowledgeException(string message)
        : this([message])
    {
    }

    public ActorKnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>One line per problem: "myanmar.json: actors[3] "Arakan Army": inter must be 1-8, found 9".</summary>
    public IReadOnlyList<string> Problems { get; }
}
