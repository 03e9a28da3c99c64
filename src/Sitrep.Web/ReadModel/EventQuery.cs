namespace Sitrep.Web.ReadModel;

/// <summary>A longitude/latitude box, west-south-east-north as GeoJSON's bbox orders it.</summary>
internal readonly record struct BoundingBox(double West, double South, double East, double North)
{
    /// <summary>True when the box crosses the antimeridian (west greater than east), as a box over Fiji does.</summary>
    public bool WrapsAntimeridian => West > East;

    public bool Contains(double lat, double lon) =>
        lat >= South && lat <= North && (WrapsAntimeridian ? lon >= West || lon <= East : lon >= West && lon <= East);
}

/// <summary>Which order a page of events comes in.</summary>
internal enum EventOrder
{
    NewestFirst,
    OldestFirst,
}

/// <summary>
/// The filters the events endpoint and the page share, already checked: every null or empty member means "any".
/// </summary>
internal sealed record EventQuery(
    BoundingBox? Box = null,
    string? Country = null,
    string? Admin1 = null,
    string? Place = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Types = null,
    string? Actor = null,
    int Offset = 0,
    int Limit = EventQuery.DefaultLimit,
    EventOrder Order = EventOrder.NewestFirst)
{
    public const int DefaultLimit = 100;

    /// <summary>The largest page a client may ask for: the map page asks for this many markers at once.</summary>
    public const int MaxLimit = 10_000;
}

/// <summary>One page of matching events (positions in the index) and how many match in all.</summary>
internal sealed record EventPage(int Total, IReadOnlyList<int> Positions);

/// <summary>Events and fatalities per day and event type, for the timeline.</summary>
internal sealed record DayCounts(DateOnly Date, IReadOnlyDictionary<string, int> ByType, int Fatalities);
