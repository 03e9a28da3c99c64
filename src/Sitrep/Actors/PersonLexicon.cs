namespace Sitrep.Actors;

/// <summary>
/// The English words person recognition leans on: titles, role nouns, speech verbs, and the words that mark a
/// capitalised run as an outlet, a place or a date rather than a person.
/// </summary>
internal static class PersonLexicon
{
    /// <summary>Titles that may stand directly before a name ("Maj. Gen.", "President", "U").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Gen", "General", "Maj", "Major", "Lt", "Lieut", "Lieutenant", "Col", "Colonel", "Brig", "Brigadier", "Capt", "Captain",
        "Cpt", "Sgt", "Sergeant", "Cpl", "Corporal", "Pvt", "Private", "Adm", "Admiral", "Cmdr", "Commander", "Marshal", "Field",
        "President", "Minister", "Premier", "Chairman", "Chairwoman", "Secretary", "Secretary-General", "Governor", "Mayor",
        "Dr", "Mr", "Mrs", "Ms", "Prof", "Sheikh", "Sheik", "Imam", "Pastor", "Rev", "King", "Queen", "Prince", "Ambassador",
        "U", "Daw", "Senior", "Vice", "Deputy", "Prime", "Foreign", "Defence", "Defense", "Interior", "Home", "Information",
        "Acting", "Former", "Chief",
    };

    /// <summary>Title words that only modify the title after them ("Senior General", "Prime Minister").</summary>
    public static readonly HashSet<string> TitleModifiers = new(StringComparer.Ordinal)
    {
        "Senior", "Vice", "Deputy", "Prime", "Foreign", "Defence", "Defense", "Interior", "Home", "Information", "Acting",
        "Former", "Chief", "Field", "Lt", "Lieut", "Brig", "Maj",
    };

    /// <summary>Nouns that give a person a role: "spokesman Zaw Min Tun", "Peng Deren, commander of the MNDAA".</summary>
    public static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "commander", "commander-in-chief", "chief", "leader", "head", "chairman",
        "chairwoman", "chairperson", "president", "vice-president", "minister", "secretary", "secretary-general", "director",
        "official", "officer", "general", "deputy", "representative", "envoy", "governor", "mayor", "administrator",
        "lawmaker", "senator", "member", "founder", "coordinator", "negotiator", "adviser", "advisor", "analyst",
        "researcher", "journalist", "reporter", "witness", "resident", "villager", "activist", "monk", "priest", "doctor",
        "colonel", "captain", "major", "lieutenant", "sergeant", "soldier", "fighter", "ambassador", "premier", "councillor",
        "counsellor", "chairman", "vice-chairman", "founder", "brigadier", "general-secretary", "abbot",
    };

    /// <summary>Verbs that, right after a name, show it is a person speaking.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "claimed", "claims", "announced", "announces", "stated", "states",
        "warned", "warns", "denied", "denies", "wrote", "writes", "confirmed", "confirms", "explained", "noted", "insisted",
        "declared", "accused", "urged", "vowed", "tweeted", "posted", "replied", "asked", "acknowledged", "admitted", "argued",
    };

    /// <summary>Words of outlet names ("Popular News Journal", "Shwei Phi Myai News Agency"): never part of a person's name.</summary>
    public static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Journal", "Agency", "Times", "Post", "Herald", "Radio", "Television", "TV", "Daily", "Press", "Tribune",
        "Gazette", "Media", "Network", "Channel", "Magazine", "Monitor", "Online", "Voice", "Express", "Chronicle",
        "Observer", "Telegraph", "Guardian", "Light", "Weekly", "Bulletin", "Broadcasting", "Service", "Wire", "Website",
        "Report", "Review", "Mail", "Star", "Sun", "Standard", "Reuters", "Xinhua", "Irrawaddy", "Mizzima", "Frontier",
    };

    /// <summary>Words of place names and other capitalised non-people.</summary>
    public static readonly HashSet<string> NonPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "State", "Region", "Province", "District", "Township", "County", "City", "Town", "Village", "Division", "Zone",
        "Republic", "Kingdom", "Island", "Islands", "River", "Lake", "Mountain", "Mountains", "Hills", "Valley", "Street",
        "Road", "Bridge", "Camp", "Border", "Sea", "Gulf", "Strait", "Airport", "Base", "Square", "Market", "Hospital",
        "University", "School", "Pagoda", "Monastery", "Mosque", "Church", "Temple", "Autonomous", "Self-Administered",
        "North", "Northern", "South", "Southern", "East", "Eastern", "West", "Western", "Central", "Upper", "Lower",
        "Government", "Ministry", "Committee", "Commission", "Office", "Court", "Parliament", "Assembly", "Union",
        "Nations", "United", "International", "National", "Federal", "Democratic", "People's", "Revolutionary",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "New", "Year", "Year's",
        "Christmas", "Ramadan", "Eid", "Operation", "God", "Allah", "Buddha", "Facebook", "Telegram", "Twitter", "X",
        "He", "She", "They", "We", "I", "You", "It", "His", "Her", "Their", "Its", "Our", "My", "Your",
        "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "In", "On", "At", "By", "For", "From",
        "With", "As", "After", "Before", "When", "While", "According", "Some", "Many", "Several", "Both", "Each", "If",
        "Since", "During", "Meanwhile", "However", "Also", "Then", "Pictures", "Video", "Videos", "Photos", "Witnesses",
        "Administration", "Department", "Education", "Basic", "High", "Power", "Guerrilla", "Guerrillas", "Ranger", "Rangers",
        "Urban", "Revolution", "Dictatorship", "Defense", "Defence", "Liberation", "Resistance", "Special", "Task",
        "Security", "Affairs", "Relief", "Welfare", "Development", "Health", "Public",
    };

    /// <summary>Lower-case particles inside names: "Abdel Fattah al-Burhan", "Osama bin Laden".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "de", "van", "von", "el", "da", "du", "abu" };

    /// <summary>Lower-case nouns that, right after a capitalised run, make it an organisation, not a person.</summary>
    public static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "groups", "army", "forces", "force", "militia", "party", "movement", "front", "alliance", "council",
        "government", "region", "state", "township", "news", "website", "agency",
    };
}
