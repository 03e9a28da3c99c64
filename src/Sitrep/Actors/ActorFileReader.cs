using System.Text.Json;

namespace Sitrep.Actors;

/// <summary>
/// Reads one actor knowledge file (format in docs/actors.md) and reports every schema problem with the file name
/// and the entry it concerns, instead of stopping at the first one.
/// </summary>
internal static class ActorFileReader
{
    private static readonly Dictionary<string, ActorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["state_forces"] = ActorKind.StateForces,
        ["rebel_group"] = ActorKind.RebelGroup,
        ["rebel_alliance"] = ActorKind.RebelAlliance,
        ["political_militia"] = ActorKind.PoliticalMilitia,
        ["identity_militia"] = ActorKind.IdentityMilitia,
        ["protesters"] = ActorKind.Protesters,
        ["rioters"] = ActorKind.Rioters,
        ["civilians"] = ActorKind.Civilians,
        ["external_forces"] = ActorKind.ExternalForces,
        ["government"] = ActorKind.Government,
        ["other"] = ActorKind.Other,
    };

    private static readonly HashSet<string> FileKeys = ["name", "countries", "actors", "people", "note"];
    private static readonly HashSet<string> CountryKeys = ["code", "names", "demonyms"];
    private static readonly HashSet<string> PersonKeys = ["name", "aliases", "affiliation", "country", "note"];
    private static readonly HashSet<string> MembershipKeys = ["group", "from", "to"];
    private static readonly HashSet<string> ActorKeys =
    [
        "name", "inter", "kind", "country", "operates_in", "active_from", "active_to", "aliases", "acronyms",
        "misspellings", "descriptions", "coreference", "members_of", "acled_names", "local_units", "strikes_when_unnamed", "note",
    ];
    private static readonly HashSet<string> UnnamedStrikeKeys = ["in", "weapons", "from", "to", "why"];
    private static readonly Dictionary<string, StrikeWeapon> Weapons = new(StringComparer.Ordinal)
    {
        ["aircraft"] = StrikeWeapon.Aircraft,
        ["drones"] = StrikeWeapon.Drones,
        ["missiles"] = StrikeWeapon.Missiles,
    };
    private static readonly HashSet<string> LocalUnitKeys = ["name", "unnamed"];

    /// <summary>Parses <paramref name="json"/> read from <paramref name="path"/>; problems are appended to <paramref name="problems"/>.</summary>
    public static ActorFile? Read(string path, string json, List<string> problems)
    {
        string file = Path.GetFileName(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add($"{file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file}: the top level must be an object with \"name\", \"countries\" and \"actors\"");
                return null;
            }

            var context = new JsonFields(file, problems);
            context.UnknownKeys(root, FileKeys, "top level");
            string title = context.RequiredString(root, "name", "top level") ?? Path.GetFileNameWithoutExtension(path);
            var countries = ReadCountries(root, context);
            string? defaultCountry = countries.Count == 1 ? countries[0].Code : null;

            var actors = new List<ActorEntry>();
            if (!root.TryGetProperty("actors", out var actorArray) || actorArray.ValueKind != JsonValueKind.Array)
            {
                context.Problem("top level", "\"actors\" must be an array");
            }
            else
            {
                int index = 0;
                foreach (var element in actorArray.EnumerateArray())
                {
                    var entry = ReadActor(element, $"actors[{index}]", defaultCountry, context);
                    if (entry is not null)
                    {
                        actors.Add(entry);
                    }

                    index++;
                }
            }

            var people = new List<PersonEntry>();
            if (root.TryGetProperty("people", out var peopleArray))
            {
                int index = 0;
                foreach (var element in context.Array(peopleArray, "people", "top level"))
                {
                    string location = $"people[{index++}]";
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        context.Problem(location, "must be an object");
                        continue;
                    }

                    context.UnknownKeys(element, PersonKeys, location);
                    string? name = context.RequiredString(element, "name", location);
                    if (name is null)
                    {
                        continue;
                    }

                    location = $"{location} \"{name}\"";
                    string? country = context.OptionalString(element, "country", location) ?? defaultCountry;
                    people.Add(new PersonEntry(location, name, context.Strings(element, "aliases", location),
                        context.OptionalString(element, "affiliation", location), country));
                }
            }

            return new ActorFile(path, title, countries, actors, people);
        }
    }

    private static List<CountryNames> ReadCountries(JsonElement root, JsonFields context)
    {
        var countries = new List<CountryNames>();
        if (!root.TryGetProperty("countries", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            context.Problem("top level", "\"countries\" must be a non-empty array of { \"code\", \"names\", \"demonyms\" }");
            return countries;
        }

        int index = 0;
        foreach (var element in array.EnumerateArray())
        {
            string location = $"countries[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                context.Problem(location, "must be an object");
                continue;
            }

            context.UnknownKeys(element, CountryKeys, location);
            string? code = context.RequiredString(element, "code", location);
            if (code is null || !context.CountryCode(code, location))
            {
                continue;
            }

            countries.Add(new CountryNames(code, context.Strings(element, "names", location), context.Strings(element, "demonyms", location)));
        }

        return countries;
    }

    private static ActorEntry? ReadActor(JsonElement element, string location, string? defaultCountry, JsonFields context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problem(location, "must be an object");
            return null;
        }

        string? name = context.RequiredString(element, "name", location);
        if (name is null)
        {
            return null;
        }

        location = $"{location} \"{name}\"";
        context.UnknownKeys(element, ActorKeys, location);
        int? inter = ReadInter(element, location, context);
        ActorKind? kind = ReadKind(element, location, context);
        if (inter is { } i && kind is { } k && !InterFitsKind(i, k))
        {
            context.Problem(location, $"inter {i} does not fit kind \"{KindName(k)}\" (expected {ExpectedInter(k)})");
        }

        string? country = context.OptionalString(element, "country", location) ?? defaultCountry;
        if (country is null)
        {
            context.Problem(location, "\"country\" is required when the file declares more than one country");
        }
        else
        {
            context.CountryCode(country, location);
        }

        var operatesIn = context.Strings(element, "operates_in", location);
        foreach (string code in operatesIn)
        {
            context.CountryCode(code, location);
        }

        DateOnly? from = context.Date(element, "active_from", location);
        DateOnly? to = context.Date(element, "active_to", location);
        if (from is { } f && to is { } t && t < f)
        {
            context.Problem(location, $"active_to {t:yyyy-MM-dd} is before active_from {f:yyyy-MM-dd}");
        }

        var memberships = ReadMemberships(element, location, context);
        var (unitPattern, unnamedUnit) = ReadLocalUnits(element, location, context);
        var unnamedStrikes = ReadUnnamedStrikes(element, location, country, context);
        if (inter is null || kind is null || country is null)
        {
            return null;
        }

        var scope = new List<string> { country };
        scope.AddRange(operatesIn.Where(c => !string.Equals(c, country, StringComparison.OrdinalIgnoreCase)));
        var actor = new Actor(name, inter.Value, country, kind.Value, context.Strings(element, "aliases", location), memberships, from, to)
        {
            Acronyms = context.Strings(element, "acronyms", location),
            Misspellings = context.Strings(element, "misspellings", location),
            Descriptions = context.Strings(element, "descriptions", location),
            Coreference = context.Strings(element, "coreference", location),
            AcledNames = context.Strings(element, "acled_names", location),
            Scope = scope,
            Note = context.OptionalString(element, "note", location),
            LocalUnitPattern = unitPattern,
            UnnamedLocalUnit = unnamedUnit,
            StrikesWhenUnnamed = unnamedStrikes,
        };
        return new ActorEntry(location, actor, memberships);
    }

    private static (string? Pattern, string? Unnamed) ReadLocalUnits(JsonElement element, string location, JsonFields context)
    {
        if (!element.TryGetProperty("local_units", out var units) || units.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        string where = $"{location} local_units";
        if (units.ValueKind != JsonValueKind.Object)
        {
            context.Problem(where, "must be an object { \"name\": \"... {place}\", \"unnamed\": \"...\" }");
            return (null, null);
        }

        context.UnknownKeys(units, LocalUnitKeys, where);
        string? pattern = context.RequiredString(units, "name", where);
        if (pattern is not null && !pattern.Contains("{place}", StringComparison.Ordinal))
        {
            context.Problem(where, $"\"name\" must contain {{place}}, found \"{pattern}\"");
            pattern = null;
        }

        return (pattern, context.OptionalString(units, "unnamed", where));
    }

    // "strikes_when_unnamed": [{ "in": "UA", "weapons": ["missiles", "drones"], "from": "2022-02-24", "why": "..." }].
    // The reason is required: an analyst reviewing the file must see why an unnamed strike is this actor's.
    private static List<UnnamedStrikes> ReadUnnamedStrikes(JsonElement element, string location, string? actorCountry, JsonFields context)
    {
        var strikes = new List<UnnamedStrikes>();
        foreach (var (item, where) in ObjectsOf(element, "strikes_when_unnamed", UnnamedStrikeKeys, location, context))
        {
            string? country = context.OptionalString(item, "in", where) ?? actorCountry;
            if (country is not null && !context.CountryCode(country, where))
            {
                country = null;
            }

            var weapons = new List<StrikeWeapon>();
            foreach (string weapon in context.Strings(item, "weapons", where))
            {
                if (Weapons.TryGetValue(weapon, out var known))
                {
                    weapons.Add(known);
                }
                else
                {
                    context.Problem(where, $"unknown weapon \"{weapon}\" (one of {string.Join(", ", Weapons.Keys)})");
                }
            }

            if (weapons.Count == 0)
            {
                context.Problem(where, "\"weapons\" must name at least one of aircraft, drones, missiles");
            }

            context.RequiredString(item, "why", where);
            var (from, to) = ReadPeriod(item, where, context);

            if (country is not null && weapons.Count > 0)
            {
                strikes.Add(new UnnamedStrikes(country.ToUpperInvariant(), weapons, from, to));
            }
        }

        return strikes;
    }

    /// <summary>
    /// The objects of the optional array <paramref name="key"/>, each with its location for problems ("actors[3] \"X\"
    /// members_of[0]"); an item that is no object is reported and skipped, unknown keys are reported.
    /// </summary>
    private static IEnumerable<(JsonElement Item, string Where)> ObjectsOf(JsonElement element, string key, HashSet<string> keys, string location,
        JsonFields context)
    {
        if (!element.TryGetProperty(key, out var array))
        {
            yield break;
        }

        int index = 0;
        foreach (var item in context.Array(array, key, location))
        {
            string where = $"{location} {key}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                context.Problem(where, $"must be an object {{ {string.Join(", ", keys.Select(k => $"\"{k}\""))} }}");
                continue;
            }

            context.UnknownKeys(item, keys, where);
            yield return (item, where);
        }
    }

    // "from" and "to" of a membership or a period of strikes; a period may not end before it starts.
    private static (DateOnly? From, DateOnly? To) ReadPeriod(JsonElement item, string where, JsonFields context)
    {
        DateOnly? from = context.Date(item, "from", where);
        DateOnly? to = context.Date(item, "to", where);
        if (from is { } f && to is { } t && t < f)
        {
            context.Problem(where, $"\"to\" {t:yyyy-MM-dd} is before \"from\" {f:yyyy-MM-dd}");
        }

        return (from, to);
    }

    private static int? ReadInter(JsonElement element, string location, JsonFields context)
    {
        if (!element.TryGetProperty("inter", out var value))
        {
            context.Problem(location, "\"inter\" is missing (ACLED inter code 1-8)");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int inter) || inter is < 1 or > 8)
        {
            context.Problem(location, $"inter must be an ACLED inter code 1-8, found {value.GetRawText()}");
            return null;
        }

        return inter;
    }

    private static ActorKind? ReadKind(JsonElement element, string location, JsonFields context)
    {
        string? text = context.RequiredString(element, "kind", location);
        if (text is null)
        {
            return null;
        }

        if (Kinds.TryGetValue(text, out var kind))
        {
            return kind;
        }

        context.Problem(location, $"unknown kind \"{text}\" (one of {string.Join(", ", Kinds.Keys)})");
        return null;
    }

    private static List<Membership> ReadMemberships(JsonElement element, string location, JsonFields context)
    {
        var memberships = new List<Membership>();
        foreach (var (item, where) in ObjectsOf(element, "members_of", MembershipKeys, location, context))
        {
            string? group = context.RequiredString(item, "group", where);
            var (from, to) = ReadPeriod(item, where, context);

            if (group is not null)
            {
                memberships.Add(new Membership(group, from, to));
            }
        }

        return memberships;
    }

    // ACLED's inter codes by kind; "other" fits any code.
    private static bool InterFitsKind(int inter, ActorKind kind) => kind == ActorKind.Other || ExpectedInter(kind) == inter;

    private static int ExpectedInter(ActorKind kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.Government => 1,
        ActorKind.RebelGroup or ActorKind.RebelAlliance => 2,
        ActorKind.PoliticalMilitia => 3,
        ActorKind.IdentityMilitia => 4,
        ActorKind.Rioters => 5,
        ActorKind.Protesters => 6,
        ActorKind.Civilians => 7,
        ActorKind.ExternalForces => 8,
        _ => 0,
    };

    internal static string KindName(ActorKind kind) => Kinds.First(p => p.Value == kind).Key;
}
