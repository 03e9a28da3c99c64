namespace Sitrep.Actors;

using Sitrep.Text;

/// <summary>The country a nationality adjective names ("Israeli" → IL, Israel), or null for any other word.</summary>
public delegate NationalityOf? NationalityLookup(string word);

/// <summary>A country as a nationality adjective names it: ISO alpha-2 code and the country's name.</summary>
public sealed record NationalityOf(string Code, string Country);

/// <summary>
/// "Israeli soldiers", "Turkish riot police", "Afghan rebels", "Russian warplanes": a nationality adjective before a
/// force noun names that country's forces as ACLED does (Military Forces of X, Police Forces of X, Government of X,
/// Unidentified Armed Group (X), Protesters (X)). The knowledge base's actor for that country and date is used when
/// it has one; otherwise the generic name is made up from the country's name. Civilians by nationality ("Chinese
/// citizens") are not actors.
/// </summary>
internal sealed class NationalForces(ActorKnowledgeBase knowledge, NationalityLookup lookup)
{
    private enum Force
    {
        Military,
        Police,
        Government,
        Armed,
        Protesters,
    }

    // Nouns naming people of a force; the mention spans adjective and noun ("Israeli soldiers").
    private static readonly Dictionary<string, Force> People = new(StringComparer.OrdinalIgnoreCase)
    {
        ["army"] = Force.Military, ["troops"] = Force.Military, ["soldiers"] = Force.Military, ["forces"] = Force.Military,
        ["military"] = Force.Military, ["paratroopers"] = Force.Military, ["marines"] = Force.Military, ["commandos"] = Force.Military,
        ["navy"] = Force.Military, ["servicemen"] = Force.Military,
        ["police"] = Force.Police, ["policemen"] = Force.Police, ["gendarmes"] = Force.Police, ["gendarmerie"] = Force.Police,
        ["government"] = Force.Government, ["authorities"] = Force.Government, ["officials"] = Force.Government,
        ["rebels"] = Force.Armed, ["guerrillas"] = Force.Armed, ["guerillas"] = Force.Armed, ["insurgents"] = Force.Armed,
        ["militants"] = Force.Armed, ["militiamen"] = Force.Armed, ["gunmen"] = Force.Armed,
        ["protesters"] = Force.Protesters, ["demonstrators"] = Force.Protesters,
    };

    // Weapons and vehicles a state's forces operate; the mention is the adjective alone ("Russian" drone strike),
    // so the weapon stays the event's trigger.
    private static readonly HashSet<string> Weapons = new(StringComparer.OrdinalIgnoreCase)
    {
        "warplanes", "warplane", "jets", "aircraft", "planes", "helicopters", "gunships", "tanks", "artillery", "drone", "drones",
        "warships", "gunboats", "missile", "missiles", "air", "airstrike", "airstrikes", "shelling",
    };

    // Words that may stand between the adjective and the noun: "Liberian riot police", "Turkish security forces".
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "riot", "border", "security", "government", "special", "armed", "federal", "army", "regular", "elite", "interim", "military",
        "occupation", "invasion", "naval", "ground", "defense", "defence", "paramilitary", "state", "central",
    };

    /// <summary>The national-force mentions of one sentence that no known phrase already covers.</summary>
    public List<Candidate> Find(IReadOnlyList<Token> tokens, int sentence, IReadOnlyList<Candidate> known, DateOnly? published)
    {
        var found = new List<Candidate>();
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsCapitalized || known.Any(c => c.StartToken <= i && i < c.EndToken) || lookup(tokens[i].Text) is not { } nation)
            {
                continue;
            }

            int j = i + 1;
            if (j < tokens.Count - 1 && Modifiers.Contains(tokens[j].Text) && !known.Any(c => c.StartToken <= j && j < c.EndToken)
                && (People.ContainsKey(tokens[j + 1].Text) || Weapons.Contains(tokens[j + 1].Text)))
            {
                j++;
            }

            Force force;
            int end;
            if (People.TryGetValue(tokens[j].Text, out force))
            {
                end = j + 1;
            }
            else if (Weapons.Contains(tokens[j].Text))
            {
                (force, end) = (Force.Military, i + 1);
            }
            else
            {
                continue;
            }

            if (known.Any(c => c.StartToken < end && i < c.EndToken) || ActorFor(nation, force, published) is not { } actor)
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            found.Add(new Candidate(sentence, i, end, span, actor, ActorMatch.Nationality, null, AnaphorClass.None, [], null));
            i = end - 1;
        }

        return found;
    }

    private Actor? ActorFor(NationalityOf nation, Force force, DateOnly? published)
    {
        string name = force switch
        {
            Force.Military => $"Military Forces of {nation.Country}",
            Force.Police => $"Police Forces of {nation.Country}",
            Force.Government => $"Government of {nation.Country}",
            Force.Armed => $"Unidentified Armed Group ({nation.Country})",
            _ => $"Protesters ({nation.Country})",
        };

        // The knowledge base's own actor keeps ACLED's period in its name: "Military Forces of Israel (2022-)".
        var curated = knowledge.Actors
            .Where(a => string.Equals(a.Country, nation.Code, StringComparison.OrdinalIgnoreCase) && a.IsActiveOn(published)
                        && a.Memberships.Count == 0 && KnownPrefix(a.Name, force))
            .OrderBy(a => a.ActiveTo is null ? 0 : 1)
            .FirstOrDefault();
        if (curated is not null)
        {
            return curated;
        }

        var (inter, kind) = force switch
        {
            Force.Armed => (3, ActorKind.Other),
            Force.Protesters => (6, ActorKind.Protesters),
            Force.Government => (1, ActorKind.Government),
            _ => (1, ActorKind.StateForces),
        };
        return new Actor(name, inter, nation.Code, kind, [], [], null, null);
    }

    private static bool KnownPrefix(string name, Force force) => force switch
    {
        Force.Military => name.StartsWith("Military Forces of ", StringComparison.Ordinal),
        Force.Police => name.StartsWith("Police Forces of ", StringComparison.Ordinal),
        Force.Government => name.StartsWith("Government of ", StringComparison.Ordinal),
        Force.Armed => name.StartsWith("Unidentified Armed Group (", StringComparison.Ordinal),
        _ => name.StartsWith("Protesters (", StringComparison.Ordinal),
    };
}
