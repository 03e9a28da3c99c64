namespace Sitrep.Text;

/// <summary>The Text stage: normalises a report body, splits it into sentences and tokenises them.</summary>
public sealed class TextAnalyzer(StrayCapitalLexicon strayCapitals)
{
    /// <summary>
    /// Analyses <paramref name="text"/>. <paramref name="bodyStart"/> skips a dateline already consumed by ingest,
    /// while offsets stay relative to the whole input.
    /// </summary>
    public Document Analyze(string text, int bodyStart = 0)
    {
        string normalized = TextNormalizer.Normalize(text);
        var sentences = new List<Sentence>();
        foreach (var (span, paragraph) in SentenceSplitter.Split(normalized, bodyStart))
        {
            var tokens = Tokenizer.Tokenize(normalized, span, strayCapitals);
            sentences.Add(new Sentence(sentences.Count, paragraph, span, tokens));
        }

        return new Document(text, normalized, sentences);
    }
}
