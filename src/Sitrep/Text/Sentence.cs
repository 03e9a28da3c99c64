namespace Sitrep.Text;

/// <summary>A sentence of a document, with its tokens and the paragraph it belongs to.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Token> Tokens);
