using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Finds candidate toponyms: capitalised token sequences (joined by particles such as "of" and "al"), trimmed of
/// sentence-initial common words, skipped whole when they name an organisation or an outlet, and looked up whole,
/// without a leading direction or trailing division noun, in part (countries and divisions only), and finally as a
/// spelling variant.
/// </summary>
internal sealed class ToponymRecognizer(Gazetteer gazetteer)
{
    public List<ToponymSpan> Find(Document document)
    {
        var lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in document.Sentences.SelectMany(s => s.Tokens))
        {
            if (token.Kind == TokenKind.Word && char.IsLower(token.Text[0]))
            {
                lowerCaseWords.Add(token.Text);
            }
        }

        var spans = new List<ToponymSpan>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            FindInSentence(sentence, lowerCaseWords, surnames, spans);
        }

        return spans;
    }

    private void FindInSentence(Sentence sentence, HashSet<string> lowerCaseWords, HashSet<string> surnames, List<ToponymSpan> spans)
    {
        var tokens = sentence.Tokens;
        int firstWord = FirstWordIndex(tokens);
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameToken(tokens[i]) || IsCurrencyCode(tokens, i))
            {
                i++;
                continue;
            }

            if (TryDivisionAbbreviation(sentence, firstWord, i, spans))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < tokens.Count)
            {
                // "met Trump in New York Saturday": a weekday or month after a name is a date, not more of the name.
                if (IsNameToken(tokens[end]) && !PlaceWords.CalendarWords.Contains(tokens[end].Text))
                {
                    end++;
                    continue;
                }

                int k = end;
                while (k < tokens.Count && (IsParticle(tokens[k]) || (k > end && tokens[k].Text == "the" && tokens[k - 1].Text == "of")))
                {
                    k++;
                }

                if (k > end && k < tokens.Count && IsNameToken(tokens[k]))
                {
                    end = k + 1;
                    continue;
                }

                break;
            }

            if (end - i == 1 && i > 0 && PlaceWords.Kin.Contains(tokens[i - 1].Lower))
            {
                i = end; // "her husband Alfred": a person
                continue;
            }

            // "central Mali's Mopti region", "Sudan's North Darfur state", "Ukraine's Kharkiv": a country owning a
            // division (told by its noun) or a place of its own is a place of its own, and so is what it owns.
            if (end - i > 1 && tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) && CountryOf(Bare(tokens[i].Text)) is { } owner
                && ((end < tokens.Count && PlaceWords.RegionNouns.Contains(Bare(tokens[end].Text)))
                    || gazetteer.FindByName(Join(tokens, i + 1, end)).Any(c => c.Match == NameMatch.Exact && c.Entry.CountryCode == owner)))
            {
                ProcessRun(new Run(sentence, i, i + 1, firstWord, lowerCaseWords, surnames), spans);
                i++;
            }

            var run = new Run(sentence, i, end, firstWord, lowerCaseWords, surnames);
            int found = spans.Count;
            ProcessRun(run, spans);
            if (spans.Count == found && IndexOfOf(tokens, i, end) is int of and > 0)
            {
                // "Arch Walsh of Mississauga" is no place as a whole: a person of a town. The words before "of" name
                // who or what is of the place ("Arch Walsh", "Gulf", "University"), never a place of their own.
                NoteSurname(run with { End = of }, spans, spans.Count);
                ProcessRun(run with { Start = of + 1 }, spans);
            }
            else
            {
                NoteSurname(run, spans, found);
            }

            i = end;
        }
    }

    // The country a name names outright, if it names one.
    private string? CountryOf(string name) =>
        gazetteer.FindByName(name).FirstOrDefault(c => c.Match == NameMatch.Exact && c.Entry.Kind == PlaceKind.Country)?.Entry.CountryCode;

    // "Columbia, Ky.", "Kamloops, B.C.": a dotted state or province abbreviation right after a comma is that division.
    // One of initials ("in northern B.C.", "the N.Y. governor") needs no comma: only "N.B." (nota bene) and an era
    // after a year ("500 B.C.") are something else. An undotted one that is nothing else ("NSW") stands anywhere.
    private bool TryDivisionAbbreviation(Sentence sentence, int firstWord, int i, List<ToponymSpan> spans)
    {
        var tokens = sentence.Tokens;
        bool dotted = i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Span.Start == tokens[i].Span.End;
        if (dotted && DivisionAbbreviations.TryGet(tokens[i].Text, out var division))
        {
            bool afterTown = i >= 2 && tokens[i - 1].Text == "," && tokens[i - 2].IsCapitalized;
            bool initials = tokens[i].Text.Contains('.', StringComparison.Ordinal) && tokens[i].Text != "N.B"
                            && (i == 0 || tokens[i - 1].Kind != TokenKind.Number);
            if (!afterTown && !initials)
            {
                return false;
            }
        }
        else if (DivisionAbbreviations.TryGetUndotted(tokens[i].Text, out division))
        {
            dotted = false;
        }
        else
        {
            return false;
        }

        var candidates = gazetteer.FindByName(division.Division)
            .Where(c => c.Entry.Kind == PlaceKind.Admin1 && c.Entry.CountryCode == division.Country && c.Match == NameMatch.Exact)
            .ToList();
        var run = new Run(sentence, i, i + 1, firstWord, [], []);
        if (!Emit(run, spans, i, i + 1, division.Division, candidates, ToponymContext.None))
        {
            return false;
        }

        if (dotted)
        {
            spans[^1] = spans[^1] with { Span = new TextSpan(tokens[i].Span.Start, tokens[i + 1].Span.End) }; // the dot is the abbreviation's
        }

        return true;
    }

    private void ProcessRun(Run run, List<ToponymSpan> spans)
    {
        var tokens = run.Sentence.Tokens;
        int start = run.Start;
        while (start < run.End && start == run.FirstWord && IsCommon(tokens[start].Text, run.LowerCaseWords)
               && !StartsPlaceName(tokens, start, run.End))
        {
            start++;
        }

        if (start >= run.End)
        {
            return;
        }

        // "Pamela Anderson arrived ... Anderson held a press conference": the surname of a person the report has
        // named in full is that person, unless a preposition of place says otherwise ("in Anderson").
        if (run.End - start == 1 && run.Surnames.Contains(Bare(tokens[start].Text)) && !IsLocative(tokens, start))
        {
            return;
        }

        // "West Bank": a region, division or country the gazetteer names as it stands is a place even with an
        // organisation's head word in it; "World Bank" and "Arakan Army" are no such names.
        if (HasOrganisationHead(tokens, start, run.End)
            && !gazetteer.FindByName(Join(tokens, start, run.End)).Any(c => c.Match == NameMatch.Exact && c.Entry.Kind != PlaceKind.Town))
        {
            // "Canada's Broadcasting Corporation": the organisation is not a place, its possessive country is.
            if (run.End - start >= 2 && tokens[start].Text.EndsWith("'s", StringComparison.Ordinal))
            {
                string owner = Bare(tokens[start].Text);
                var countries = gazetteer.FindByName(owner).Where(c => c.Entry.Kind == PlaceKind.Country && c.Match != NameMatch.Demonym).ToList();
                Emit(run, spans, start, start + 1, owner, countries, ToponymContext.Partial);
            }

            return;
        }

        // "published by The Kokang": a capitalised "The" in mid-sentence opens a title, not a place.
        bool titled = start > 0 && start - 1 != run.FirstWord && tokens[start - 1].Text == "The";
        string name = Join(tokens, start, run.End);
        if (titled)
        {
            var withArticle = gazetteer.FindByName("the " + name);
            if (withArticle.Count > 0)
            {
                Emit(run, spans, start - 1, run.End, "the " + name, withArticle, ToponymContext.None);
            }

            return;
        }

        if (run.End - start == 1 && IsAcronym(tokens[start].Text))
        {
            // "U.S.", "U.K.": the dots are the abbreviation's, the country answers to "US", "UK".
            var countries = gazetteer.FindByName(name.Replace(".", "", StringComparison.Ordinal))
                .Where(c => c.Entry.Kind == PlaceKind.Country).ToList();
            Emit(run, spans, start, run.End, name, countries, ToponymContext.Acronym);
            return;
        }

        if (TryWithRegionNoun(run, spans, start, name)
            || TryLookUp(run, spans, start, run.End, name, start, run.End, ToponymContext.None, withVariants: run.End - start == 1)
            || (run.End - start >= 2 && PlaceWords.Directions.Contains(tokens[start].Lower)
                && TryLookUp(run, spans, start + 1, run.End, Join(tokens, start + 1, run.End), start, run.End, ToponymContext.None,
                    keep: c => c.Entry.Kind != PlaceKind.Town || IsCity(c.Entry)))
            || (run.End - start >= 2 && PlaceWords.RegionNouns.Contains(Bare(tokens[run.End - 1].Lower))
                && TryLookUp(run, spans, start, run.End - 1, Join(tokens, start, run.End - 1), start, run.End, ToponymContext.RegionNoun))
            || TryParts(run, spans, start)
            || TryCompassSuffix(run, spans, start))
        {
            return;
        }

        // A spelling variant: "Laoqing", or "Hpapun Township" for GeoNames' Papun (the noun is left out of the lookup).
        bool withNoun = run.End - start >= 2 && PlaceWords.RegionNouns.Contains(Bare(tokens[run.End - 1].Lower));
        int nameEnd = withNoun ? run.End - 1 : run.End;
        string variantName = withNoun ? Join(tokens, start, nameEnd) : name;
        bool variantWorthy = (nameEnd - start == 1 || IsLocative(tokens, start)) && IsVariantWorthy(variantName, run);
        if (variantWorthy)
        {
            Emit(run, spans, start, run.End, variantName, gazetteer.FindByVariant(variantName),
                withNoun ? ToponymContext.RegionNoun : ToponymContext.None);
        }
    }

    // "Shan-North state", "Bago-West", "Yangon-East District": the half of a division that Myanmar's administrative
    // lists (and ACLED's notes) write with a hyphenated compass word. The division itself is the place.
    private bool TryCompassSuffix(Run run, List<ToponymSpan> spans, int start)
    {
        string word = run.Sentence.Tokens[start].Text;
        int dash = word.LastIndexOf('-');
        if (run.End - start != 1 || dash <= 0 || !PlaceWords.Directions.Contains(word[(dash + 1)..].ToLowerInvariant()))
        {
            return false;
        }

        return TryLookUp(run, spans, start, run.End, word[..dash], start, run.End, ToponymContext.RegionNoun);
    }

    // "Kokang region", "the northern Shan region": a division noun after the name, and adjectives before it.
    private bool TryWithRegionNoun(Run run, List<ToponymSpan> spans, int start, string name)
    {
        var tokens = run.Sentence.Tokens;
        if (run.End >= tokens.Count || !PlaceWords.RegionNouns.Contains(Bare(tokens[run.End].Text)))
        {
            return false;
        }

        int spanStart = start;
        while (spanStart > 0 && PlaceWords.RegionAdjectives.Contains(tokens[spanStart - 1].Text))
        {
            spanStart--;
        }

        string noun = Bare(tokens[run.End].Text);
        var candidates = gazetteer.FindByName(name + " " + noun);
        if (candidates.Count == 0 && IsVariantWorthy(name, run))
        {
            // "Pyinoolwin district" for Pyin Oo Lwin District: a division is spelt as variously as a town.
            candidates = [.. gazetteer.FindByVariant(name + " " + noun).Where(c => c.Entry.Kind != PlaceKind.Town)];
        }

        if (candidates.Count > 0)
        {
            return Emit(run, spans, spanStart, run.End + 1, name + " " + noun, candidates, ToponymContext.RegionNoun);
        }

        // "Chinese territory" names China; the noun stays out of the span, which is the demonym alone.
        return PlaceWords.DemonymPlaceNouns.Contains(noun) && gazetteer.FindByName(name).Any(c => c.Match == NameMatch.Demonym)
            ? TryLookUp(run, spans, start, run.End, name, start, run.End, ToponymContext.DemonymPlaceNoun)
            : TryLookUp(run, spans, start, run.End, name, spanStart, run.End + 1, ToponymContext.RegionNoun);
    }

    // withVariants: a single word is also looked up as a spelling variant, so a foreign town that merely shares the
    // spelling ("Laokai", an alternate name of Lao Cai) competes with the local place it stands for (Laukkai).
    // keep: which candidates a form of the name may have. After a compass word ("northern Shan", "West Beirut") only
    // divisions, countries and cities: "South Pacific" is not Pacific, Missouri, nor "West Prince" a town called Prince.
    private bool TryLookUp(Run run, List<ToponymSpan> spans, int nameStart, int nameEnd, string name, int spanStart, int spanEnd,
        ToponymContext context, bool withVariants = false, Func<NameCandidate, bool>? keep = null)
    {
        var candidates = gazetteer.FindByName(name);
        if (keep is not null)
        {
            candidates = candidates.Where(keep).ToList();
        }

        if (candidates.Count == 0)
        {
            return false;
        }

        // "Farmers blockaded highways into La Paz": a word opening the sentence that only small towns have as an
        // alternate name (Milan, Michigan, once "Farmers") is a common noun the sentence starts with.
        if (nameEnd - nameStart == 1 && nameStart == run.FirstWord
            && candidates.All(c => c.Match == NameMatch.AlternateName && c.Entry.Kind == PlaceKind.Town && !IsCity(c.Entry)))
        {
            return false;
        }

        // A demonym ("Russian", "Syrian") is an adjective of its country, never a misspelt town (Racine, Siren); the
        // exact name of a city ("Auckland") is not a misspelt town either (Oakland, Illinois), nor any name of a
        // country, a first-order division or a named region ("Kasai": Kazan; "Sinai", two edits from Shanghai's key).
        // Nor is the exact name of a town of a thousand people a misspelt bigger one: "Damasak" is Damasak, not Damascus.
        if (withVariants && IsVariantWorthy(name, run)
            && !candidates.Any(c => c.Match == NameMatch.Demonym || (c.Match == NameMatch.Exact && IsCity(c.Entry))
                                    || (c.Match == NameMatch.Exact && c.Entry.Kind == PlaceKind.Town && !c.Entry.IsHamlet)
                                    || (c.Match is NameMatch.Exact or NameMatch.AlternateName && c.Entry.IsWideArea)))
        {
            candidates = [.. candidates, .. gazetteer.FindByVariant(name)];
        }

        if (nameEnd - nameStart == 1 && IsCommon(name, run.LowerCaseWords))
        {
            context |= ToponymContext.CommonWord;
        }

        return Emit(run, spans, spanStart, spanEnd, name, candidates, context);
    }

    // A town of 100,000 or more: a city a writer names by its own spelling, and one that stands for itself after a
    // compass word or before a possessive or a title.
    private static bool IsCity(GazetteerEntry entry) => entry.Kind == PlaceKind.Town && entry.Population >= 100_000;

    // Worth a spelling-variant look-up: five letters or more, and not a word the text also uses in lower case.
    private static bool IsVariantWorthy(string name, Run run) => name.Count(char.IsLetter) >= 5 && !IsCommon(name, run.LowerCaseWords);

    // "Myanmar President Thein Sein": a country or division inside a longer sequence that is not itself a place.
    private bool TryParts(Run run, List<ToponymSpan> spans, int start)
    {
        var tokens = run.Sentence.Tokens;
        bool found = false;
        for (int length = run.End - start - 1; length >= 1; length--)
        {
            for (int k = start; k + length <= run.End; k++)
            {
                if (spans.Count > 0 && spans[^1].Sentence == run.Sentence.Index && spans[^1].Span.End > tokens[k].Span.Start)
                {
                    continue;
                }

                if (length == 1 && (IsCommon(tokens[k].Text, run.LowerCaseWords) || IsAcronym(tokens[k].Text)))
                {
                    continue;
                }

                // Only a possessive ("Ukraine's General Staff"), a title after it ("Myanmar President ...") or "of"
                // before it makes a country inside a longer name a place; "Jordan Henderson" and "Paris Hilton" are people.
                bool possessive = tokens[k + length - 1].Text.EndsWith("'s", StringComparison.Ordinal);
                bool titled = k + length < run.End && PlaceWords.Titles.Contains(tokens[k + length].Lower);
                bool ofPlace = k > start && tokens[k - 1].Text == "of"; // "King Abdullah of Jordan"
                if (!possessive && !titled && !ofPlace)
                {
                    continue;
                }

                // A city too before a possessive or a title: "Toronto's Pearson International Airport", "Calgary MLA
                // Sandra Jansen". After "of" it is left to the split at "of" ("Arch Walsh of Mississauga": a person of a town).
                string part = Join(tokens, k, k + length);
                bool cities = possessive || titled;
                var candidates = gazetteer.FindByName(part)
                    .Where(c => (c.Entry.Kind is PlaceKind.Country or PlaceKind.Admin1 && c.Match != NameMatch.Demonym)
                                || (cities && c.Match == NameMatch.Exact && IsCity(c.Entry))).ToList();
                if (candidates.Count > 0)
                {
                    found |= Emit(run, spans, k, k + length, part, candidates, ToponymContext.Partial);
                }
            }
        }

        return found;
    }

    private static bool Emit(Run run, List<ToponymSpan> spans, int start, int end, string name, IReadOnlyList<NameCandidate> candidates, ToponymContext context)
    {
        if (candidates.Count == 0)
        {
            return false;
        }

        var tokens = run.Sentence.Tokens;
        context |= Following(tokens, end);
        if (IsLocative(tokens, start) || ContinuesLocativeList(spans, run.Sentence.Index, tokens, start))
        {
            context |= ToponymContext.Locative;
        }

        if (start > 0 && PlaceWords.LocativeVerbs.Contains(tokens[start - 1].Text))
        {
            context |= ToponymContext.VerbObject;
        }

        if (start == run.FirstWord)
        {
            context |= ToponymContext.SentenceInitial;
        }

        // "the state of Victoria", "the province of Ontario": a division noun before the name, as after it.
        if (start >= 2 && tokens[start - 1].Lower == "of" && PlaceWords.RegionNouns.Contains(tokens[start - 2].Lower))
        {
            context |= ToponymContext.RegionNoun;
        }

        if ((start > 0 && tokens[start - 1].StrayCapital) || (end < tokens.Count && tokens[end].StrayCapital))
        {
            context |= ToponymContext.InLongerName;
        }

        var last = tokens[end - 1];
        int spanEnd = last.Span.End - (last.Text.EndsWith("'s", StringComparison.Ordinal) ? 2 : last.Text.EndsWith('\'') ? 1 : 0);
        if (last.Text.Contains('.', StringComparison.Ordinal) && end < tokens.Count && tokens[end].Text == "." && tokens[end].Span.Start == last.Span.End)
        {
            spanEnd = tokens[end].Span.End; // "U.S.": the tokenizer leaves the abbreviation's last dot to the sentence
        }
        spans.Add(new ToponymSpan(new TextSpan(tokens[start].Span.Start, spanEnd), name, candidates, context, run.Sentence.Index));
        return true;
    }

    private static ToponymContext Following(IReadOnlyList<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Kind != TokenKind.Word)
        {
            return ToponymContext.None;
        }

        string next = tokens[end].Lower;
        var context = ToponymContext.None;
        if (PlaceWords.DemonymPlaceNouns.Contains(next))
        {
            context |= ToponymContext.DemonymPlaceNoun;
        }

        if (PlaceWords.PeopleNouns.Contains(next) && char.IsLower(tokens[end].Text[0]))
        {
            context |= ToponymContext.PeopleNoun;
        }

        if (PlaceWords.SpeechVerbs.Contains(next))
        {
            context |= ToponymContext.SpeechVerb;
        }

        int verb = end;
        while (verb < tokens.Count - 1 && PlaceWords.Auxiliaries.Contains(tokens[verb].Lower))
        {
            verb++;
        }

        if (tokens[verb].Kind == TokenKind.Word && PlaceWords.StatementVerbs.Contains(tokens[verb].Lower))
        {
            context |= ToponymContext.StatementVerb;
        }

        return context;
    }

    private static bool IsLocative(IReadOnlyList<Token> tokens, int start)
    {
        int before = start - 1;
        while (before >= 0 && tokens[before].Kind == TokenKind.Word && PlaceWords.RegionAdjectives.Contains(tokens[before].Text))
        {
            before--;
        }

        if (before >= 0 && tokens[before].Lower is "the" or "both" or "either")
        {
            before--;
        }

        if (before >= 1 && tokens[before].Text == "of" && PlaceWords.SettlementNouns.Contains(tokens[before - 1].Text))
        {
            return true; // "the town of Baidoa", "on the outskirts of Goma"
        }

        if (before >= 1 && tokens[before].Text == "of" && tokens[before - 1].Lower is "control" or "capture" or "seizure" or "fall" or "siege")
        {
            return true; // "took control of Damasak", "the fall of Kidal": what changes hands is a place
        }

        if (before >= 1 && tokens[before].Text == "of" && PlaceWords.Compass.Contains(tokens[before - 1].Text))
        {
            return true; // "a house south of Cairns", "20 km north-east of Lashio"
        }

        if (before >= 1 && tokens[before].Lower is "on" or "against" && PlaceWords.AttackNouns.Contains(tokens[before - 1].Text))
        {
            return true; // "air strikes on Rafah", "the offensive against Avdiivka"
        }

        return before >= 0 && tokens[before].Kind == TokenKind.Word && char.IsLower(tokens[before].Text[0])
               && PlaceWords.Locatives.Contains(tokens[before].Text);
    }

    // "in Cairo and Doha", "to Lashio, Muse or Kutkai": a list after a preposition of place shares it, even when the
    // gazetteer lacks the first name ("in both Darfur and Malakal").
    private static bool ContinuesLocativeList(List<ToponymSpan> spans, int sentence, IReadOnlyList<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text is not ("and" or "or" or ","))
        {
            return false;
        }

        if (spans.Count > 0 && spans[^1] is var previous && previous.Sentence == sentence && previous.Context.HasFlag(ToponymContext.Locative)
            && previous.Span.End >= tokens[start - 2].Span.End - 2)
        {
            return true;
        }

        int first = start - 2;
        while (first > 0 && tokens[first - 1].IsCapitalized)
        {
            first--;
        }

        return tokens[start - 2].IsCapitalized && IsLocative(tokens, first);
    }

    private static bool HasOrganisationHead(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            foreach (string part in Bare(tokens[k].Lower).Split('-'))
            {
                if (PlaceWords.OrganisationHeads.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNameToken(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (token.IsCapitalized)
        {
            return true;
        }

        // "al-Balah", "el-Fasher": a lower-case particle joined to a capitalised name.
        int dash = token.Text.IndexOf('-');
        return dash > 0 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1])
               && PlaceWords.NameParticles.Contains(token.Text[..dash]);
    }

    // A capitalised particle that is also a common word ("Ma'arrat An Nu'man", as ACLED writes it) is a stray capital,
    // not a name of its own, and joins its neighbours as its lower-case form does.
    private static bool IsParticle(Token token) =>
        token.Kind == TokenKind.Word && (char.IsLower(token.Text[0]) || token.StrayCapital) && PlaceWords.NameParticles.Contains(token.Lower);

    // "New South Wales is the second", "New York has 40": a common word opening a sentence is kept when it begins a
    // place name of two words or more that the gazetteer has as it stands.
    private bool StartsPlaceName(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int k = end; k >= start + 2; k--)
        {
            if (gazetteer.FindByName(Join(tokens, start, k)).Any(c => c.Match is NameMatch.Exact or NameMatch.AlternateName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCommon(string word, HashSet<string> lowerCaseWords)
    {
        // "Pictures" opening a sentence is common if the text also says "picture" or "pictures" in lower case.
        string lower = Bare(word.ToLowerInvariant());
        return PlaceWords.CommonWords.Contains(lower) || lowerCaseWords.Contains(lower) || lowerCaseWords.Contains(lower + "s")
               || (lower.Length > 3 && lower.EndsWith('s') && (lowerCaseWords.Contains(lower[..^1]) || PlaceWords.CommonWords.Contains(lower[..^1])));
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.Length <= 6 && word.All(c => char.IsUpper(c) || c == '.');

    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.EndsWith('\'') ? word[..^1] : word;

    private static string Join(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = new string[end - start];
        for (int k = start; k < end; k++)
        {
            words[k - start] = k == end - 1 ? Bare(tokens[k].Text) : tokens[k].Text;
        }

        return string.Join(' ', words);
    }

    private static int FirstWordIndex(IReadOnlyList<Token> tokens)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    // "Arch Walsh of Mississauga": a given name and a surname that is also a town (Walsh, Colorado) are a person, so
    // the surname alone is not that town either, here or later in the text.
    private static void NoteSurname(Run run, List<ToponymSpan> spans, int found)
    {
        if (IsFullName(run) && (spans.Count == found || IsSurnameAlone(run, spans, found)))
        {
            spans.RemoveRange(found, spans.Count - found);
            run.Surnames.Add(Bare(run.Sentence.Tokens[run.End - 1].Text));
        }
    }

    // "US$1,800", "HK$50": a country's letters written onto a dollar sign name its currency, not the country.
    private static bool IsCurrencyCode(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Text == "$" && tokens[i + 1].Span.Start == tokens[i].Span.End;

    // The first "of" inside a run of names, or -1.
    private static int IndexOfOf(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text == "of")
            {
                return k;
            }
        }

        return -1;
    }

    // Whether the run's only place is its last word alone, with no preposition of place before the run.
    private static bool IsSurnameAlone(Run run, List<ToponymSpan> spans, int found)
    {
        var last = run.Sentence.Tokens[run.End - 1];
        return spans.Count == found + 1 && spans[found].Span == last.Span
               && (spans[found].Context & (ToponymContext.Locative | ToponymContext.RegionNoun)) == 0;
    }

    // Two or three capitalised words that are no place, the ones before the last neither a title, a direction nor a
    // common word: a person's given names and surname ("Pamela Anderson", "Justine Margaret Murphy").
    private static bool IsFullName(Run run)
    {
        var tokens = run.Sentence.Tokens;
        int length = run.End - run.Start;
        if (length is not (2 or 3))
        {
            return false;
        }

        var last = tokens[run.End - 1];
        for (int k = run.Start; k < run.End - 1; k++)
        {
            var given = tokens[k];
            if (!IsNameToken(given) || !given.Text.All(char.IsLetter) || IsAcronym(given.Text) || PlaceWords.Titles.Contains(given.Lower)
                || PlaceWords.Directions.Contains(given.Lower) || PlaceWords.RegionAdjectives.Contains(given.Text) || IsCommon(given.Text, run.LowerCaseWords))
            {
                return false;
            }
        }

        return IsNameToken(last) && last.Text.Length > 2 && !IsAcronym(last.Text) && !PlaceWords.RegionNouns.Contains(Bare(last.Lower));
    }

    private sealed record Run(Sentence Sentence, int Start, int End, int FirstWord, HashSet<string> LowerCaseWords, HashSet<string> Surnames);
}
