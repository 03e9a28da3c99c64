namespace Sitrep.Storage;

using Sitrep.Events;

/// <summary>A report as kept in the store.</summary>
public sealed record StoredReport(long Id, string ContentHash, string Source, string? Url, string? Title, DateOnly? Published);

/// <summary>
/// One event as the store answers for it: the first report's coding, with the sources, evidence and reports of
/// every event merged into it and the most conservative (lowest stated) fatality figure.
/// </summary>
/// <param name="MergedEventIds">The ids of the per-report events merged into this one (undo with split).</param>
public sealed record StoredEvent(long Id, CodedEvent Event, IReadOnlyList<StoredReport> Reports, IReadOnlyList<long> MergedEventIds)
{
    /// <summary>ACLED's event_id_cnty style identifier: country code and store id.</summary>
    public string EventIdCnty => $"{Event.Place?.Country ?? "XX"}{Id}";
}

/// <summary>What <see cref="EventStore"/> did with one report.</summary>
public sealed record StoreOutcome(long ReportId, bool Duplicate, int NewEvents, int MergedEvents);

/// <summary>A merge undone by a split: the event restored as its own, and the event it had been merged into.</summary>
public sealed record SplitOutcome(long RestoredEventId, long FormerGroupId);

/// <summary>Filters for event queries; null means no filter.</summary>
public sealed record EventFilter(
    string? Country = null, string? Place = null, DateOnly? From = null, DateOnly? To = null, string? EventType = null, string? Actor = null);
