namespace Sitrep.Text;

/// <summary>
/// A report's body after the Text stage: the original text, a normalised copy of the same length
/// (so every offset is valid in both), and its sentences.
/// </summary>
public sealed class Document
{
    public Document(string original, string normalized, IReadOnlyList<Sentence> sentences)
    {
        if (original.Length != normalized.Length)
        {
            throw new ArgumentException("The normalised text must keep the original's length so offsets stay valid.", nameof(normalized));
        }

        Original = original;
        Normalized = normalized;
        Sentences = sentences;
    }

    /// <summary>The text exactly as given; evidence spans point here.</summary>
    public string Original { get; }

    /// <summary>The text with curly quotes and dashes made plain, character for character.</summary>
    public string Normalized { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The original text covered by a span.</summary>
    public string Slice(TextSpan span) => Original.Substring(span.Start, span.Length);

    /// <summary>The normalised text covered by a span.</summary>
    public string SliceNormalized(TextSpan span) => Normalized.Substring(span.Start, span.Length);

    /// <summary>The lower-cased word that starts after <paramref name="offset"/>, skipping spaces ("" at punctuation or the end).</summary>
    public string WordAfter(int offset)
    {
        int start = offset;
        while (start < Normalized.Length && Normalized[start] == ' ')
        {
            start++;
        }

        int end = start;
        while (end < Normalized.Length && char.IsLetter(Normalized[end]))
        {
            end++;
        }

        return Normalized[start..end].ToLowerInvariant();
    }

    /// <summary>The sentence that contains a character offset, or null when it falls between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Span.Start) hi = mid - 1;
            else if (offset >= s.Span.End) lo = mid + 1;
            else return s;
        }

        return null;
    }
}
