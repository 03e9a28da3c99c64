using System.Text.RegularExpressions;

namespace Sitrep.Events;

using Sitrep.Actors;
using Sitrep.Places;
using Sitrep.Text;

/// <summary>
/// Finds the attribution of a sentence: the reporting verb, who speaks (a person, an actor, an outlet, or a
/// pronoun continuing the previous speaker), the outlet relaying it and any statement it was made in.
/// </summary>
public static partial class AttributionFinder
{
    // Source-generated backtracking regexes with a timeout (the conventions allow either this or NonBacktracking):
    // the generator emits no code for NonBacktracking, whose run-time construction costs a cold start ~0.1 s.
    private const int MatchTimeoutMs = RegexLimits.TimeoutMs;

    [GeneratedRegex(@"\b(said|says|told|added|claimed|announced|stated|reported|confirmed|denied|denies|rejected|accused|admitted|alleged|insisted|warned|according to)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b(told|published by|reported by|quoted by|according to|in an interview with|speaking to)\s+((?:The\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,5})", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex OutletAfterVerb();

    [GeneratedRegex(@"\bin an? ((?:[\w']+ ){0,3}(?:statement|communique|post|video message|message|speech|press release|announcement))\b(?: posted on social media| posted on (?:facebook|telegram|twitter|x))?", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex StatementPhrase();

    [GeneratedRegex(@"\b(blame[sd]?|blaming|accused|accuses|denied|denies|false flag)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Disputing();

    private static readonly HashSet<string> OutletNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Agency", "Journal", "Times", "Post", "Radio", "TV", "Television", "Media", "Daily", "Tribune", "Gazette",
        "Herald", "Voice", "Press", "Network", "Channel", "Service", "Online", "Mirror", "Review", "Observer", "Irrawaddy",
    };

    /// <summary>Finds the attribution of <paramref name="sentence"/>, or null when it reports nobody's words.</summary>
    public static Attribution? Find(
        Document document,
        Sentence sentence,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PersonMention> people,
        Attribution? previous,
        IReadOnlyList<PlaceMention>? places = null)
    {
        string text = document.SliceNormalized(sentence.Span);
        foreach (Match verb in ReportingVerb().Matches(text))
        {
            int verbStart = sentence.Span.Start + verb.Index;
            int verbEnd = verbStart + verb.Length;
            var speaker = FindSpeaker(document, sentence, actors, people, previous, verbStart)
                          ?? CountrySpeaking(places, verbStart)
                          ?? BodyBefore(document, sentence, verbStart)
                          ?? (verb.Value == "according to" ? ActorAfter(document, actors, verbEnd) : null);
            if (speaker is null)
            {
                continue;
            }

            var (name, kind, speakerSpan, inheritedOutlet) = speaker.Value;
            var (outlet, outletSpan) = FindOutlet(document, sentence, text, verb.Index, actors);
            if (outlet is null && inheritedOutlet is not null)
            {
                outlet = inheritedOutlet;
            }

            var statement = StatementPhrase().Match(text, verb.Index);
            TextSpan? statementSpan = statement.Success
                ? new TextSpan(sentence.Span.Start + statement.Index + 3, sentence.Span.Start + statement.Index + statement.Length)
                : null;
            var (region, complement) = Regions(document, sentence, speakerSpan, verbStart, verbEnd);
            if (kind == SourceKind.Outlet)
            {
                outlet ??= name;
                outletSpan ??= speakerSpan;
            }

            return new Attribution(name, kind, speakerSpan, verb.Value, outlet, outletSpan,
                statementSpan is { } ss ? document.Slice(ss) : null, statementSpan, region, complement)
            {
                IsDisputing = Disputing().IsMatch(document.SliceNormalized(complement).ToLowerInvariant())
                              || verb.Value is "denied" or "denies" or "accused",
            };
        }

        return null;
    }

    private static (string Name, SourceKind Kind, TextSpan? Span, string? InheritedOutlet)? FindSpeaker(
        Document document, Sentence sentence, IReadOnlyList<ActorMention> actors, IReadOnlyList<PersonMention> people,
        Attribution? previous, int verbStart)
    {
        var person = people.Where(p => p.Span.End <= verbStart && verbStart - p.Span.End <= 40)
            .OrderByDescending(p => p.Span.End).FirstOrDefault();
        if (person is not null)
        {
            return (person.Name, SourceKind.Person, person.Span, null);
        }

        var actor = actors.Where(a => a.Actor is not null && a.Span.End <= verbStart
                                      && ((verbStart - a.Span.End <= 12 && !ListedBefore(document, a.Span.End, verbStart))
                                          || CoSpeakers().IsMatch(document.Normalized.AsSpan(a.Span.End, verbStart - a.Span.End))))
            .OrderByDescending(a => a.Span.End).FirstOrDefault();
        if (actor is not null)
        {
            return (actor.Actor!.Name, SourceKind.Organisation, actor.Span, null);
        }

        var first = sentence.Tokens[0];
        if (previous is not null && first.Lower is "he" or "she" or "it" or "they" && first.Span.End <= verbStart
            && verbStart - first.Span.End <= 12)
        {
            return (previous.Speaker, previous.SpeakerKind, first.Span, previous.Outlet);
        }

        var outlet = OutletBefore(document, sentence, verbStart, actors);
        return outlet is { } o ? (document.Slice(o), SourceKind.Outlet, o, null) : null;
    }

    // "killing three policemen, officials said": an actor a comma and another word part from the verb is what the
    // claim tells of; the word after the comma speaks. ("The army, officials said, ..." leaves the army unheard too.)
    private static bool ListedBefore(Document document, int actorEnd, int verbStart)
    {
        var between = document.Normalized.AsSpan(actorEnd, verbStart - actorEnd);
        int comma = between.IndexOf(',');
        return comma >= 0 && between[(comma + 1)..].Trim().Length > 0;
    }

    // "the U.N. humanitarian office OCHA said", "Human Rights Watch said": a body the knowledge base does not list
    // (an agency, a monitor, a ministry) speaking right before the verb, named by an acronym or a body noun.
    private static (string Name, SourceKind Kind, TextSpan? Span, string? InheritedOutlet)? BodyBefore(
        Document document, Sentence sentence, int verbStart)
    {
        var tokens = sentence.Tokens;
        int last = -1;
        for (int i = 0; i < tokens.Count && tokens[i].Span.End <= verbStart; i++)
        {
            last = i;
        }

        if (last < 0 || verbStart - tokens[last].Span.End > 2)
        {
            return null;
        }

        string word = tokens[last].Text;
        bool acronym = word.Length is >= 3 and <= 8 && word.All(char.IsAsciiLetterUpper);
        int first = last;
        if (GovernmentHeads.Contains(word))
        {
            // "The Kurdistan regional government said", "the Kherson military administration said": a government named
            // by its place, whose name must not place the event it tells of.
            while (first > 0 && GovernmentModifiers.Contains(tokens[first - 1].Text))
            {
                first--;
            }

            if (first == 0 || !tokens[first - 1].IsCapitalized || OrganisationFinder.IsFunctionWord(tokens[first - 1].Text))
            {
                return null;
            }
        }
        else if (!acronym && !BodyNouns.Contains(word))
        {
            return null;
        }

        while (first > 0 && (tokens[first - 1].IsCapitalized || tokens[first - 1].Text.All(c => char.IsAsciiLetterUpper(c) || c == '.'))
               && tokens[first - 1].Kind == TokenKind.Word)
        {
            first--;
        }

        while (first < last && OrganisationFinder.IsFunctionWord(tokens[first].Text))
        {
            first++; // "The Health Ministry said"
        }

        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        return (document.Slice(span), SourceKind.Organisation, span, null);
    }

    private static readonly HashSet<string> GovernmentHeads = new(StringComparer.Ordinal) { "government", "administration", "authorities" };

    private static readonly HashSet<string> GovernmentModifiers = new(StringComparer.Ordinal)
    {
        "regional", "provincial", "state", "local", "municipal", "district", "city", "county", "autonomous", "federal",
        "interim", "transitional", "military", "civil", "civilian",
    };

    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "Office", "Ministry", "Agency", "Watch", "Committee", "Commission", "Organization", "Organisation", "International",
        "Cross", "Crescent", "Programme", "Program", "Mission", "Fund", "Institute", "Observatory", "Monitor", "Frontieres", "Frontières",
    };

    // "according to Indonesian police", "according to the Kachin Independence Army": the speaker follows the verb.
    private static (string Name, SourceKind Kind, TextSpan? Span, string? InheritedOutlet)? ActorAfter(
        Document document, IReadOnlyList<ActorMention> actors, int verbEnd)
    {
        var actor = actors.Where(a => a.Actor is not null && a.Span.Start >= verbEnd
                                      && LeadIn().IsMatch(document.Normalized.AsSpan(verbEnd, a.Span.Start - verbEnd)))
            .OrderBy(a => a.Span.Start).FirstOrDefault();
        return actor is null ? null : (actor.Actor!.Name, SourceKind.Organisation, actor.Span, null);
    }

    // What may stand between "according to" and the actor speaking: an article and a word or two ("the local", "Indonesian").
    [GeneratedRegex(@"^\s*(the\s+)?([\w.'-]+\s+){0,2}$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex LeadIn();

    // "police and U.N. officials said", "the army and witnesses said": others speaking with the actor. A comma alone
    // joins no speakers: in "killing seven soldiers, two security sources told AFP" the soldiers are the dead.
    [GeneratedRegex(@"^\s*(and|,\s*and)\s+([\w.'-]+\s+){0,3}(officials|sources|witnesses|residents|officers|spokesmen|authorities|medics|doctors|diplomats|aid workers|monitors|activists)\s*$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex CoSpeakers();

    // "Kyiv said", "Ukraine accused": a country, or its capital speaking for it, right before the verb is its government.
    private static (string Name, SourceKind Kind, TextSpan? Span, string? InheritedOutlet)? CountrySpeaking(
        IReadOnlyList<PlaceMention>? places, int verbStart)
    {
        var country = places?.LastOrDefault(p => !p.IsDateline && p.Place.Kind == PlaceKind.Country && p.Span.End <= verbStart
                                                 && verbStart - p.Span.End <= 12);
        return country is null ? null : ($"Government of {country.Place.Name}", SourceKind.Organisation, country.Span, null);
    }

    // "..., Shwei Phi Myai News Agency, an online news website reporting from Shan State, reported."
    private static TextSpan? OutletBefore(Document document, Sentence sentence, int verbStart, IReadOnlyList<ActorMention> actors)
    {
        var tokens = sentence.Tokens;
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Span.End > verbStart || !OutletNouns.Contains(t.Text) || !char.IsUpper(t.Text[0]))
            {
                continue;
            }

            int start = i;
            while (start > 0 && (tokens[start - 1].IsCapitalized || tokens[start - 1].Text == "The"))
            {
                start--;
            }

            var span = new TextSpan(tokens[start].Span.Start, t.Span.End);
            if (start < i && !actors.Any(a => a.Actor is not null && a.Span.Overlaps(span)))
            {
                return span;
            }
        }

        return null;
    }

    private static (string?, TextSpan?) FindOutlet(Document document, Sentence sentence, string text, int verbIndex, IReadOnlyList<ActorMention> actors)
    {
        var m = OutletAfterVerb().Match(document.SliceNormalized(sentence.Span), Math.Max(0, verbIndex));
        if (!m.Success)
        {
            return (null, null);
        }

        var group = m.Groups[2];
        var span = new TextSpan(sentence.Span.Start + group.Index, sentence.Span.Start + group.Index + group.Length);
        bool isActor = actors.Any(a => a.Actor is not null && a.Span.Overlaps(span));
        return isActor ? (null, null) : (document.Slice(span), span);
    }

    // The longest phrase fronted before a leading speaker ("In the east,", "Late on Monday,"), in characters.
    private const int FrontedPhraseChars = 25;

    // The reporting region is the attribution itself; the complement is what is reported.
    private static (TextSpan Region, TextSpan Complement) Regions(Document document, Sentence sentence, TextSpan? speakerSpan, int verbStart, int verbEnd)
    {
        var s = sentence.Span;
        int speakerStart = speakerSpan?.Start ?? verbStart;
        string text = document.Normalized;

        // Trailing attribution: "<claim>, Peng Deren, commander of the MNDAA, said ..." or "<claim>, a spokesman for
        // the group said on Monday.": a comma shortly before the speaker and nothing but a short tail after the verb.
        // "In the east, Russia's Defense Ministry claimed its troops had captured ...": after a short fronted phrase
        // rather than a claim, a speaker whose verb a long clause follows leads its claim.
        int comma = text.LastIndexOf(',', Math.Max(s.Start, speakerStart - 1), Math.Max(0, speakerStart - s.Start));
        bool shortTail = s.End - verbEnd < 40 && text.IndexOf(',', verbEnd, s.End - verbEnd) < 0;
        bool tailBreaksOff = text.IndexOf(',', verbEnd, Math.Min(40, s.End - verbEnd)) >= 0;
        bool claimBefore = (comma - s.Start > FrontedPhraseChars && !OnlyFrontedPhrases(text, s.Start, comma)) || shortTail || tailBreaksOff;
        if (comma > s.Start + 10 && ((speakerStart - comma <= 3 && claimBefore) || (speakerStart - comma <= 40 && shortTail)))
        {
            return (new TextSpan(comma, s.End), new TextSpan(s.Start, comma));
        }

        // "<speaker> <verb> ... that <claim>"
        // "said it carried out an air strike near Jilib that killed ...": a clause that opens on its subject right
        // after the verb is the claim already, and a later "that" is a relative pronoun inside it.
        int that = IndexOfWord(text, "that", verbEnd, s.End);
        if (that >= 0 && that - verbEnd < 160 && !OpensOnSubject(text, verbEnd, that))
        {
            return (new TextSpan(Math.Min(speakerStart, verbStart), that + 4), new TextSpan(that + 4, s.End));
        }

        return (new TextSpan(Math.Min(speakerStart, verbStart), verbEnd), new TextSpan(verbEnd, s.End));
    }

    private static bool OpensOnSubject(string text, int verbEnd, int that)
    {
        var between = text.AsSpan(verbEnd, that - verbEnd).TrimStart();
        int space = between.IndexOf(' ');
        return space > 0 && ClaimSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between[..space]);
    }

    private static readonly HashSet<string> ClaimSubjects = new(StringComparer.Ordinal)
    {
        "it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "there",
    };

    // "On 21 August 2017, on the third day of its offensive, the Lebanese army said its troops had recaptured ...": a
    // run of phrases each opened by a preposition or time word sets the scene; it is no claim, however long.
    private static bool OnlyFrontedPhrases(string text, int start, int end) =>
        text[start..end].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(segment => FrontingWords.Contains(segment.Split(' ', 2)[0]));

    private static readonly HashSet<string> FrontingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "after", "before", "since", "amid", "following", "late", "early", "earlier", "later",
        "overnight", "meanwhile", "separately", "elsewhere",
    };

    private static int IndexOfWord(string text, string word, int from, int to)
    {
        for (int i = text.IndexOf(word, from, StringComparison.Ordinal); i >= 0 && i + word.Length <= to;
             i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            bool endOk = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (startOk && endOk)
            {
                return i;
            }
        }

        return -1;
    }
}
