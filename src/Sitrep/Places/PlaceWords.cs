namespace Sitrep.Places;

/// <summary>The English words around names that tell a place from an organisation, a person or a common word.</summary>
internal static class PlaceWords
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>
    /// Heads of organisation and outlet names: a capitalised sequence containing one ("Arakan Army",
    /// "Popular News Journal", "Myanmar National Democratic Alliance Army") names an organisation, not a place.
    /// </summary>
    public static readonly HashSet<string> OrganisationHeads = Set(
        "army", "armies", "alliance", "front", "movement", "party", "council", "force", "forces", "organization",
        "organisation", "agency", "news", "journal", "times", "post", "herald", "tribune", "gazette", "daily", "weekly",
        "review", "monitor", "media", "radio", "television", "tv", "network", "press", "magazine", "committee", "commission",
        "congress", "league", "union", "association", "federation", "ministry", "department", "office", "bureau",
        "command", "brigade", "battalion", "regiment", "corps", "militia", "guard", "guards", "police", "navy",
        "airways", "airlines", "bank", "company", "corporation", "group", "institute", "university", "college", "school",
        "hospital", "foundation", "fund", "society", "club", "church", "mission", "programme", "program", "project",
        "government", "administration", "assembly", "parliament", "court", "tribunal", "coalition", "brotherhood",
        "revolutionary", "defence", "defense", "resistance", "junta", "observatory", "watch", "initiative", "centre",
        "center", "house");

    /// <summary>Titles and offices after a place's name in a longer sequence: "Myanmar President Thein Sein", "Calgary MLA".</summary>
    public static readonly HashSet<string> Titles = Set(
        "president", "prime", "premier", "minister", "foreign", "defence", "defense", "interior", "home", "finance",
        "secretary", "ambassador", "envoy", "chief", "general", "gen", "junta", "government", "military", "army",
        "state", "national", "opposition", "leader", "king", "queen", "crown", "vice", "deputy", "supreme", "special",
        "governor", "mayor", "mla", "mp", "senator", "councillor", "councilor");

    /// <summary>Kin before a single name make it a person: "her husband Alfred, aged 90" (Alfred, New York).</summary>
    public static readonly HashSet<string> Kin = Set(
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "uncle", "aunt", "nephew", "niece",
        "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower", "boyfriend", "girlfriend",
        "fiance", "fiancee", "stepson", "stepdaughter", "stepfather", "stepmother", "sons", "daughters", "brothers", "sisters");

    /// <summary>Lower-case nouns after a division's name that make it a division: "the northern Shan region".</summary>
    public static readonly HashSet<string> RegionNouns = Set(
        "region", "state", "province", "division", "zone", "area", "district", "township", "governorate", "oblast",
        "county", "prefecture", "territory", "department", "municipality");

    /// <summary>Adjectives that may open a division's mention: "the northern Shan region", "the autonomous Kokang region".</summary>
    public static readonly HashSet<string> RegionAdjectives = Set(
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower",
        "autonomous", "self-administered", "restive", "neighbouring", "neighboring", "coastal", "border");

    /// <summary>Capitalised directions that can open a division's name without being part of it: "Northern Shan State".</summary>
    public static readonly HashSet<string> Directions = Set(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "upper", "lower", "greater");

    /// <summary>Nouns after a demonym that make it a place: "Chinese territory", "Burmese soil".</summary>
    public static readonly HashSet<string> DemonymPlaceNouns = Set(
        "territory", "territories", "soil", "side", "airspace", "waters", "border", "borders", "frontier", "mainland",
        "land", "lands", "coast", "coastline", "province", "provinces", "city", "cities", "town", "towns", "village",
        "villages", "region", "regions", "capital", "enclave", "border-crossing");

    /// <summary>Nouns after a name that make it an ethnonym: "the Kokang minority", "the rival Kokang group".</summary>
    public static readonly HashSet<string> PeopleNouns = Set(
        "minority", "minorities", "people", "peoples", "ethnic", "group", "groups", "militia", "militias", "rebels",
        "insurgents", "fighters", "language", "nationality", "nationalities", "community", "communities", "clan", "tribe",
        "tribes", "leader", "leaders", "army", "troops");

    /// <summary>Verbs of statement that make a capital stand for its government: "Beijing protested".</summary>
    /// <summary>Verbs only a person or a government speaks with; a town named before one is a surname ("Dunn said").</summary>
    public static readonly HashSet<string> SpeechVerbs = Set("said", "says", "told", "added", "explained", "wrote", "asked", "recalled", "testified");

    public static readonly HashSet<string> StatementVerbs = Set(
        "said", "says", "say", "protested", "protests", "warned", "warns", "announced", "announces", "accused", "accuses",
        "denied", "denies", "condemned", "condemns", "urged", "urges", "called", "calls", "rejected", "rejects",
        "insisted", "insists", "claimed", "claims", "responded", "responds", "reacted", "reacts", "stated", "states",
        "demanded", "demands", "expressed", "expresses", "declared", "declares", "threatened", "threatens", "vowed",
        "vows", "blamed", "blames", "summoned", "summons", "retaliated", "imposed", "imposes", "sanctioned", "recognised",
        "recognized", "pledged", "pledges", "hit", "struck", "denounced", "denounces", "criticised", "criticized",
        "agreed", "agrees", "refused", "refuses", "confirmed", "confirms", "dismissed", "dismisses", "welcomed", "welcomes");

    /// <summary>Words that may sit between a capital and its statement verb: "Moscow has also warned".</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "has", "have", "had", "also", "again", "later", "then", "swiftly", "quickly", "repeatedly", "publicly",
        "officially", "strongly", "immediately", "formally", "will", "would", "may", "might", "could", "did", "does");

    /// <summary>
    /// Verbs of attack and capture whose object is usually a place ("captured Lashio", "raided Jenin") but may be an
    /// armed group ("struck Hamas"), so a name only some gazetteer entry's alternate name matches stays unresolved here.
    /// </summary>
    public static readonly HashSet<string> LocativeVerbs = Set(
        "captured", "seized", "entered", "shelled", "bombed", "attacked", "besieged", "surrounded", "raided", "stormed", "struck",
        "overran", "retook", "recaptured", "liberated", "encircled", "bombarded", "invaded", "pounded", "shelling", "bombing",
        "attacking");

    /// <summary>Prepositions of place and verbs of attack or capture before a name: "in Laoqing", "near Lashio", "captured Lashio".</summary>
    public static readonly HashSet<string> Locatives = Set([
        "in", "near", "at", "from", "to", "into", "outside", "around", "towards", "toward", "across", "through", "via", "off",
        "between", "inside", "within", "nearby", "reach", "reached", "took", "fell",
        ..LocativeVerbs]);

    /// <summary>Compass points that, with "of", place the name after them: "south of Cairns", "north-east of Lashio".</summary>
    public static readonly HashSet<string> Compass = Set(
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west");

    /// <summary>Nouns of attack after which "on" or "against" places the name as surely as "in": "air strikes on Rafah".</summary>
    public static readonly HashSet<string> AttackNouns = Set(
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "assault", "offensive", "raid", "raids",
        "bombardment", "bombing", "shelling", "advance", "push", "march", "drive", "incursion", "incursions", "fire");

    /// <summary>Nouns that, with "of", place the name after them as surely as "in" does: "the town of Baidoa".</summary>
    public static readonly HashSet<string> SettlementNouns = Set(
        "town", "towns", "city", "cities", "village", "villages", "capital", "port", "district", "province", "region",
        "township", "suburb", "suburbs", "outskirts", "municipality", "hamlet", "enclave", "governorate", "state");

    /// <summary>Months and weekdays: after "in" or "on" they are times, never the towns that share their names.</summary>
    public static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Lower-case particles inside place names: "Bay of Bengal", "Dayr al Balah", "Ma'arrat an Nu'man", "Rio de Janeiro", "Dar es Salaam", "Newcastle upon Tyne".</summary>
    public static readonly HashSet<string> NameParticles = Set(
        "of", "al", "el", "ad", "an", "ar", "ash", "az", "en", "ul", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
        "la", "le", "les", "van", "von", "der", "den", "bin", "ibn", "sur", "ez", "es", "upon");

    /// <summary>
    /// Common English words that are also the names of some town somewhere ("Of", "Sale", "Mobile", "Police", "Army",
    /// "Deal", "Many", "Video"), and sentence openers. A capitalised one alone is read as the word, not the town.
    /// </summary>
    public static readonly HashSet<string> CommonWords = Set(
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "and", "or", "but", "nor", "so",
        "yet", "if", "then", "than", "that", "this", "these", "those", "there", "here", "where", "when", "while", "which",
        "who", "whom", "whose", "what", "why", "how", "it", "its", "he", "she", "they", "them", "their", "his", "her",
        "we", "our", "you", "your", "i", "me", "my", "us", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "first", "second", "third", "last", "next", "new", "old", "many", "much", "more", "most", "some",
        "any", "all", "each", "every", "both", "few", "several", "other", "another", "such", "no", "not", "only", "also",
        "after", "before", "since", "until", "during", "about", "against", "among", "under", "over", "above", "below",
        "across", "along", "around", "behind", "beyond", "despite", "following", "according", "meanwhile", "however",
        "although", "though", "because", "today", "yesterday", "tomorrow", "tonight", "now", "still", "even", "just",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "maj", "col",
        "lt", "capt", "sgt", "president", "minister", "general", "colonel", "captain", "major", "commander", "spokesman",
        "spokeswoman", "chief", "leader", "prime", "foreign", "defence", "defense", "secretary", "senator", "governor",
        "mayor", "king", "queen", "prince", "police", "army", "military", "government", "state", "region", "province",
        "district", "city", "town", "village", "news", "video", "videos", "photo", "photos", "picture", "pictures",
        "deal", "sale", "mobile", "union", "republic", "national", "people", "civil", "ethnic", "armed", "war", "peace",
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "independence",
        "liberation", "democracy", "freedom", "victory", "hope", "unity", "progress", "justice", "liberty", "welcome",
        "home", "center", "centre", "island", "lake", "river", "mount", "bay", "beach", "port", "fort", "camp", "valley",
        "hill", "hills", "university", "airport", "station", "bridge", "road", "street", "square", "park", "market",
        "social", "media", "online", "internet", "year", "years", "day", "days", "week", "weeks", "month", "months",
        "time", "times", "world", "global", "international", "human", "rights", "health", "security", "council",
        "court", "office", "house", "palace", "church", "temple", "mosque", "school", "hospital", "prison", "border",
        "zone", "area", "front", "force", "forces", "party", "troops", "soldiers", "fighters", "rebels", "junta",
        "alliance", "coalition", "group", "groups", "agency", "press", "post", "times", "journal", "daily", "reuters",
        "christmas", "easter", "ramadan", "eid", "god", "allah", "buddha", "he's", "she's", "it's", "let", "please",
        "yes", "why", "well", "good", "best", "better", "big", "great", "little", "small", "large", "long", "high",
        "low", "early", "late", "far", "near", "full", "free", "open", "close", "clear", "cool", "hot", "cold", "fair",
        "fine", "grand", "royal", "golden", "silver", "green", "red", "blue", "black", "white", "brown", "grey", "gray",
        "orange", "rose", "star", "sun", "moon", "sunrise", "paradise", "harmony", "concord", "unity", "liberal",
        "federal", "united", "common", "public", "private", "official", "local", "general", "special", "self", "total");
}
