namespace Sitrep.Text;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// One token of the normalised text. <see cref="Text"/> is the normalised form (straight quotes, ASCII dashes);
/// <see cref="Span"/> points into the original input, which has the same length as the normalised text.
/// </summary>
/// <param name="StrayCapital">
/// True for a capitalised common word in mid-sentence ("it A major city", "Armed groups"): an artefact of machine
/// translation, so later stages must not read it as the start of a proper name.
/// </param>
public sealed record Token(TextSpan Span, string Text, TokenKind Kind, bool StrayCapital)
{
    /// <summary>True when the token starts with an upper-case letter and is not a stray capital.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]) && !StrayCapital;

    /// <summary>The token in lower case, for lexicon look-ups.</summary>
    public string Lower => Text.ToLowerInvariant();
}
