namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>How a mention was tied to its actor.</summary>
public enum ActorMatch
{
    /// <summary>The canonical name or a listed alias ("Three Brotherhood alliance").</summary>
    Name,
    /// <summary>An acronym or a listed misspelling (MNDAA, MNLD).</summary>
    Acronym,
    /// <summary>A generic description resolved through the document's country and date ("the junta", "the army").</summary>
    Description,
    /// <summary>An anaphor resolved to the most recent compatible actor ("the coalition", "the group").</summary>
    Coreference,
    /// <summary>A nationality adjective before a force noun ("Israeli soldiers"): that country's forces.</summary>
    Nationality,
    /// <summary>An organisation-like name the knowledge base does not know; kept for review, never used as a confident actor.</summary>
    Unresolved,
}

/// <summary>An actor named or referred to in the text.</summary>
public sealed record ActorMention(TextSpan Span, string Text, Actor? Actor, ActorMatch Match, string? Note);

/// <summary>A named person ("Maj. Gen. Zaw Min Tun") with the role the text gives them, if any.</summary>
/// <param name="Affiliation">The actor the role ties the person to ("commander of the MNDAA"), when known.</param>
public sealed record PersonMention(TextSpan Span, string Name, string? Role, Actor? Affiliation);
