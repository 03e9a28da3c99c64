namespace Sitrep.Evaluation;

/// <summary>
/// A fixed split of evaluation items into a tuning part and a held-out part, by a stable hash of the item's id,
/// so the same items are held out on every machine and in every run.
/// </summary>
public static class HeldOut
{
    /// <summary>True for about one item in <paramref name="every"/> (FNV-1a of the id).</summary>
    public static bool Contains(string id, int every = 3)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash % (uint)every == 0;
    }
}
