using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

/// <summary>Per-category precision and recall of Sitrep's PLOVER coding on one part of the PLOVER gold records.</summary>
public sealed record PloverScore(
    string Part,
    int Sentences,
    IReadOnlyDictionary<string, (int TruePositive, int Predicted, int Gold)> Categories,
    IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion,
    int SourcesInRole,
    int SourcesGold,
    int TargetsInRole,
    int TargetsGold,
    int VerbalAsViolence);

/// <summary>
/// One tuning sentence Sitrep codes differently from the gold: wrong category, a gold actor not in its role, or a
/// REJECT, DEMAND or DISAPPROVE sentence that made an ACLED violence event.
/// </summary>
public sealed record PloverMiss(
    string Id, string Text, string GoldCategory, string Category, string GoldSource, string GoldTarget, string? Source, string? Target, bool SourceFound, bool TargetFound,
    bool VerbalAsViolence = false);

/// <summary>
/// Runs Sitrep on each PLOVER gold sentence (publication date = the record's date) and compares the PLOVER category
/// of its earliest action (its first event or its first PLOVER-only statement, whichever the text states first) with the gold category ("NONE" when Sitrep codes
/// neither). Actor roles: the gold source's text and Sitrep's PLOVER source must contain one another, likewise the
/// targets. One record in three is held out (hash of its id).
/// </summary>
public sealed class PloverEvaluation(SitrepPipeline pipeline)
{
    /// <summary>Verbal categories that must never become an ACLED violence event.</summary>
    private static readonly HashSet<string> Verbal = ["REJECT", "DEMAND", "DISAPPROVE"];

    /// <exception cref="InvalidDataException">The file is not a JSON array of PLOVER records; the message names it.</exception>
    public IReadOnlyList<PloverScore> Run(string path, Action<PloverMiss>? tuningMiss = null)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var records = json.RootElement.EnumerateArray().Where(r => r.GetProperty("event").GetString() != "DOCUMENT").ToList();
            var parts = new[] { ("tuning", false), ("held-out", true) }
                .Select(p => Score(p.Item1, records.Where(r => HeldOut.Contains(r.GetProperty("id").GetString()!) == p.Item2), p.Item2 ? null : tuningMiss))
                .ToList();
            parts.Add(Score("all", records, null));
            return parts;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Not JSON, not an array, or a record without its "id", "event" or "text".
            throw new InvalidDataException($"{path}: not a JSON array of PLOVER records with id, event and text ({e.Message})", e);
        }
    }

    private PloverScore Score(string part, IEnumerable<JsonElement> records, Action<PloverMiss>? onMiss)
    {
        var categories = new Dictionary<string, (int, int, int)>();
        var confusion = new Dictionary<(string, string), int>();
        int n = 0, sourcesIn = 0, sourcesGold = 0, targetsIn = 0, targetsGold = 0, verbalAsViolence = 0;
        foreach (var record in records)
        {
            n++;
            string gold = record.GetProperty("event").GetString()!;
            string text = record.GetProperty("text").GetString()!;
            var published = record.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var day)
                ? day
                : new DateOnly(2000, 1, 1);
            var result = pipeline.Extract(new Report(record.GetProperty("id").GetString()!, text, 0, null, published));
            // The sentence's coding is its earliest action: the first event or the first PLOVER-only statement.
            var e = result.Coding.Events.Count > 0 ? result.Coding.Events[0] : null;
            var statement = result.Coding.Statements.Count > 0 ? result.Coding.Statements[0] : null;
            int eventStart = e?.Evidence.FirstOrDefault(x => x.Field == "event_type")?.Span.Start ?? int.MaxValue;
            if (statement is not null && statement.Span.Start < eventStart)
            {
                e = null;
            }
            else
            {
                statement = null;
            }

            string predicted = e?.Plover?.Category ?? statement?.Plover.Category ?? "NONE";
            var (source, target) = e is not null ? (e.PloverSource, e.PloverTarget) : (statement?.Source, statement?.Target);

            Bump(categories, gold, gold: 1);
            Bump(categories, predicted, predicted: 1);
            if (gold == predicted)
            {
                Bump(categories, gold, truePositive: 1);
            }

            confusion[(gold, predicted)] = confusion.GetValueOrDefault((gold, predicted)) + 1;
            bool asViolence = Verbal.Contains(gold) && result.Coding.Events.Any(x => x.EventType is AcledTaxonomy.Battles or AcledTaxonomy.ExplosionsRemoteViolence or AcledTaxonomy.ViolenceAgainstCivilians);
            verbalAsViolence += asViolence ? 1 : 0;

            bool sourceFound = CountRole(record, "source", source, ref sourcesIn, ref sourcesGold);
            bool targetFound = CountRole(record, "target", target, ref targetsIn, ref targetsGold);
            if (onMiss is not null && (gold != predicted || !sourceFound || !targetFound || asViolence))
            {
                onMiss(new PloverMiss(record.GetProperty("id").GetString()!, text, gold, predicted, GoldActors(record, "source"), GoldActors(record, "target"), source?.Text, target?.Text, sourceFound, targetFound, asViolence));
            }
        }

        return new PloverScore(part, n, categories, confusion, sourcesIn, sourcesGold, targetsIn, targetsGold, verbalAsViolence);
    }

    private static void Bump(Dictionary<string, (int, int, int)> counts, string category, int truePositive = 0, int predicted = 0, int gold = 0)
    {
        var (tp, p, g) = counts.GetValueOrDefault(category);
        counts[category] = (tp + truePositive, p + predicted, g + gold);
    }

    /// <summary>Counts one gold actor role; false only when the gold names an actor there and Sitrep's coding does not match it.</summary>
    private static bool CountRole(JsonElement record, string goldRole, PloverParty? coded, ref int found, ref int total)
    {
        var texts = GoldActorTexts(record, goldRole).ToList();
        if (texts.Count == 0)
        {
            return true;
        }

        total++;
        if (coded is not null && texts.Any(t =>
                coded.Text.Contains(t, StringComparison.OrdinalIgnoreCase) || t.Contains(coded.Text, StringComparison.OrdinalIgnoreCase)))
        {
            found++;
            return true;
        }

        return false;
    }

    // Some gold actor texts keep a doubled space from the coders' markup ("Homeland Union  (Conservatives)") that the
    // sentence itself does not have; spaces are collapsed so the words are compared.
    private static IEnumerable<string> GoldActorTexts(JsonElement record, string goldRole) =>
        record.TryGetProperty(goldRole, out var actors) && actors.ValueKind == JsonValueKind.Array
            ? actors.EnumerateArray()
                .Select(a => a.TryGetProperty("actorText", out var t) ? string.Join(' ', (t.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) : "")
                .Where(t => t.Length > 0)
            : [];

    private static string GoldActors(JsonElement record, string goldRole) => string.Join(" / ", GoldActorTexts(record, goldRole));
}
