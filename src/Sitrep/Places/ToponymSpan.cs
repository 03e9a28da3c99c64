using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>What the words around a candidate toponym say about it.</summary>
[Flags]
internal enum ToponymContext
{
    None = 0,
    /// <summary>Followed or ended by a division noun: "Shan State", "the northern Shan region".</summary>
    RegionNoun = 1,
    /// <summary>Followed by a noun that makes a demonym a place: "Chinese territory".</summary>
    DemonymPlaceNoun = 2,
    /// <summary>Followed by a noun that makes the name an ethnonym: "the Kokang minority".</summary>
    PeopleNoun = 4,
    /// <summary>The subject of a verb of statement: "Beijing protested".</summary>
    StatementVerb = 8,
    /// <summary>After a preposition or verb of place: "in Laoqing", "captured Lashio".</summary>
    Locative = 16,
    /// <summary>A single word that is also a common English word ("Deal", "Mobile").</summary>
    CommonWord = 32,
    /// <summary>A country or division named inside a longer capitalised sequence.</summary>
    Partial = 64,
    /// <summary>An all-capitals abbreviation; only a country may answer to it ("US", "UAE").</summary>
    Acronym = 128,
    /// <summary>The first word of a sentence, capitalised whether or not it is a name.</summary>
    SentenceInitial = 256,
    /// <summary>Directly followed by a verb of speech ("Dunn said"): a speaker, so a person unless a capital speaks.</summary>
    SpeechVerb = 512,
    /// <summary>
    /// Placed by the country or division after it ("Athens, Greece", "London, Ontario"), or named so elsewhere in
    /// the document: its candidates are already the places inside that container.
    /// </summary>
    Contained = 1024,
    /// <summary>The object of a verb of attack or capture ("raided Jenin", but also "struck Hamas"): locative, less surely.</summary>
    VerbObject = 2048,
    /// <summary>
    /// Next to a capitalised common word ("in Let Pan To", a village): one word of a longer name the gazetteer lacks.
    /// </summary>
    InLongerName = 4096,
}

/// <summary>A stretch of text that may name a place, with the gazetteer entries its name matches.</summary>
internal sealed record ToponymSpan(TextSpan Span, string Name, IReadOnlyList<NameCandidate> Candidates, ToponymContext Context, int Sentence);
