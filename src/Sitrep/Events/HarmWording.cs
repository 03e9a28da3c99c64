namespace Sitrep.Events;

/// <summary>Wording shared by the patterns that read who was harmed, so that a new word reaches all of them.</summary>
internal static class HarmWording
{
    /// <summary>"was reportedly killed", "were critically injured": what may stand between "was/were" and the harm word.</summary>
    public const string Adverb = "(?:reportedly |allegedly |also |critically |seriously |severely |slightly )?";
}
