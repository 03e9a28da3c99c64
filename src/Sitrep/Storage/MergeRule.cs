namespace Sitrep.Storage;

using System.Globalization;
using Sitrep.Events;

/// <summary>
/// Decides whether an event coded from one report is the same event as one already stored from another:
/// same type family (the territorial sub-types count as one family), compatible actors (the same or missing),
/// places within 25 km or the same gazetteer place, and dates within the coding's precision
/// (±1 day when both are day-precise, ±7 otherwise).
/// </summary>
public static class MergeRule
{
    public const double MaxDistanceKm = 25;

    /// <summary>The family an event merges within: territorial sub-types together, otherwise the event type.</summary>
    public static string Family(CodedEvent e) =>
        AcledTaxonomy.TerritorialSubEventTypes.Contains(e.SubEventType) ? "territory" : e.EventType;

    /// <summary>The widest date window any pair can merge within, for narrowing candidates.</summary>
    public const int MaxDayWindow = 7;

    /// <summary>Why the two events are one, or null when they are not.</summary>
    public static string? Reason(CodedEvent stored, CodedEvent incoming)
    {
        if (Family(stored) != Family(incoming) || stored.Date is not { } d1 || incoming.Date is not { } d2
            || stored.Place is not { } p1 || incoming.Place is not { } p2)
        {
            return null;
        }

        int window = stored.TimePrecision == 1 && incoming.TimePrecision == 1 ? 1 : MaxDayWindow;
        int days = Math.Abs(d1.DayNumber - d2.DayNumber);
        if (days > window || !Compatible(stored.Actor1, incoming.Actor1) || !Compatible(stored.Actor2, incoming.Actor2))
        {
            return null;
        }

        string where;
        if (p1.GazetteerId is { } id1 && p1.GazetteerId == p2.GazetteerId)
        {
            where = $"same place {p1.Name} (id {id1})";
        }
        else
        {
            double km = p1.Point.DistanceKm(p2.Point);
            if (km > MaxDistanceKm)
            {
                return null;
            }

            where = string.Create(CultureInfo.InvariantCulture, $"{p2.Name} is {km:0.0} km from {p1.Name}");
        }

        return $"same family ({Family(stored)}); actors compatible; {where}; dates {days} day(s) apart within ±{window}";
    }

    private static bool Compatible(EventActor? a, EventActor? b) =>
        a is null || b is null || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}
