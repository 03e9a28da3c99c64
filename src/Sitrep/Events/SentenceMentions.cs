namespace Sitrep.Events;

using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>
/// The mentions of one kind grouped by the sentence that contains them, built once per document. The Events stage
/// asks for a sentence's mentions several times per sentence; filtering the document's whole list each time made
/// coding quadratic in the length of the document.
/// </summary>
internal sealed class SentenceMentions<T>
{
    private static readonly T[] None = [];

    private readonly List<T>?[] _bySentence;

    public SentenceMentions(Document document, IReadOnlyList<T> mentions, Func<T, TextSpan> spanOf)
    {
        var sentences = document.Sentences;
        _bySentence = new List<T>?[sentences.Count];
        foreach (var mention in mentions)
        {
            var span = spanOf(mention);

            // Sentences are in text order and do not overlap: the one starting last at or before the mention is the
            // only one that can hold it, but for an empty mention at its start, which the sentence before also holds.
            int last = LastStartingAtOrBefore(sentences, span.Start);
            for (int i = last; i >= 0 && i >= last - 1; i--)
            {
                if (sentences[i].Span.Contains(span))
                {
                    (_bySentence[i] ??= []).Add(mention);
                }
            }
        }
    }

    /// <summary>The mentions that lie inside <paramref name="sentence"/>, in the order of the document's list.</summary>
    public IReadOnlyList<T> In(Sentence sentence) => _bySentence[sentence.Index] ?? (IReadOnlyList<T>)None;

    private static int LastStartingAtOrBefore(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}

/// <summary>Every kind of mention of one report, by sentence (<see cref="SentenceMentions{T}"/>).</summary>
internal sealed class MentionsBySentence(EventInput input)
{
    public SentenceMentions<PlaceMention> Places { get; } = new(input.Document, input.Places, p => p.Span);

    public SentenceMentions<ActorMention> Actors { get; } = new(input.Document, input.Actors, a => a.Span);

    public SentenceMentions<PersonMention> People { get; } = new(input.Document, input.People, p => p.Span);

    public SentenceMentions<DateMention> Dates { get; } = new(input.Document, input.Dates, d => d.Span);

    public SentenceMentions<QuantityMention> Quantities { get; } = new(input.Document, input.Quantities, q => q.Span);
}
