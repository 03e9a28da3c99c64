namespace Sitrep.Text;

/// <summary>
/// Common English words that machine translation sometimes capitalises mid-sentence ("it A major city",
/// "as well as Armed groups"). Loaded from a word list so analysts can extend it.
/// </summary>
public sealed class StrayCapitalLexicon
{
    private readonly HashSet<string> _words;

    public StrayCapitalLexicon(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => w.Trim()).Where(w => w.Length > 0 && w[0] != '#'),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when a capitalised word in mid-sentence is a common word rather than a name.</summary>
    public bool IsStray(string word) => _words.Contains(word);

    public static StrayCapitalLexicon Load(string path) => new(File.ReadLines(path));
}
