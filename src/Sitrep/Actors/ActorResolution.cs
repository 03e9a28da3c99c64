namespace Sitrep.Actors;

/// <summary>The Actors stage's output for one document: actor and person mentions, each in text order.</summary>
public sealed record ActorResolution(IReadOnlyList<ActorMention> Actors, IReadOnlyList<PersonMention> People);
