namespace Sitrep.Web.ReadModel;

using System.Buffers;
using Sitrep.Storage;

/// <summary>
/// An immutable, in-memory snapshot of the store's merged events for the list, map and timeline queries. Events
/// are kept oldest first in flat arrays, with a one-degree grid for bounding boxes and each event's JSON and
/// GeoJSON already written, so a query is a scan over arrays and a copy of bytes: the map asks for thousands of
/// events per brush, and the store's own queries rebuild each event from several tables.
/// </summary>
internal sealed partial class EventIndex
{
    private readonly EventSummary[] _events;
    private readonly int[] _day;             // DayNumber, or int.MinValue for an undated event
    private readonly double[] _lat, _lon;    // NaN without a place
    private readonly string[] _country;      // upper case, "" without a place
    private readonly string[] _actorText;    // actor names, lower case, for substring search
    private readonly Dictionary<int, GridCell> _cells;
    // Every event's JSON and GeoJSON, end to end in one array each (with each event's start): two objects for the
    // garbage collector to trace instead of two hundred thousand, and neighbours in memory for neighbours in time.
    private readonly byte[] _json, _feature;
    private readonly int[] _jsonStart, _featureStart;

    public EventIndex(IReadOnlyList<EventSummary> events)
    {
        _events = [.. events.OrderBy(e => e.Date ?? DateOnly.MinValue).ThenBy(e => e.Id)];
        int n = _events.Length;
        (_day, _lat, _lon, _country, _actorText) = (new int[n], new double[n], new double[n], new string[n], new string[n]);
        var json = new ArrayBufferWriter<byte>(n * 512 + 1);
        var feature = new ArrayBufferWriter<byte>(n * 600 + 1);
        (_jsonStart, _featureStart) = (new int[n + 1], new int[n + 1]);
        var cells = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            var e = _events[i];
            _day[i] = e.Date?.DayNumber ?? int.MinValue;
            _lat[i] = e.Latitude ?? double.NaN;
            _lon[i] = e.Longitude ?? double.NaN;
            _country[i] = e.Country?.ToUpperInvariant() ?? "";
            _actorText[i] = $"{e.Actor1?.Name}\n{e.Actor2?.Name}\n{e.AssocActorsJson}".ToLowerInvariant();
            if (e.Latitude is { } lat && e.Longitude is { } lon)
            {
                int key = Cell(lat, lon);
                if (!cells.TryGetValue(key, out var list))
                {
                    cells[key] = list = [];
                }

                list.Add(i);
            }

            _jsonStart[i] = json.WrittenCount;
            json.Write(EventSummaryJson.Summary(e));
            _featureStart[i] = feature.WrittenCount;
            feature.Write(EventSummaryJson.Feature(e));
        }

        (_jsonStart[n], _featureStart[n]) = (json.WrittenCount, feature.WrittenCount);
        (_json, _feature) = (json.WrittenSpan.ToArray(), feature.WrittenSpan.ToArray());
        _cells = cells.ToDictionary(c => c.Key, c => new GridCell(
            [.. c.Value], [.. c.Value.Select(i => _day[i])], [.. c.Value.Select(i => _lat[i])], [.. c.Value.Select(i => _lon[i])]));
        Countries = _country.Where(c => c.Length > 0).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
    }

    public int Count => _events.Length;

    /// <summary>The countries events happened in, most events first.</summary>
    public IReadOnlyList<(string Code, int Events)> Countries { get; }

    public EventSummary this[int position] => _events[position];

    public ReadOnlySpan<byte> Json(int position) => _json.AsSpan(_jsonStart[position].._jsonStart[position + 1]);

    public ReadOnlySpan<byte> Feature(int position) => _feature.AsSpan(_featureStart[position].._featureStart[position + 1]);

    /// <summary>Finds one page of events matching <paramref name="q"/>, counting every match.</summary>
    public EventPage Query(EventQuery q)
    {
        if (q.Box is { } box)
        {
            return QueryCells(q, CellsIn(box));
        }

        var page = new List<int>(Math.Min(q.Limit, 256));
        int total = 0;
        new Matcher(this, q).ForEach(q.Order, i =>
        {
            if (total >= q.Offset && page.Count < q.Limit)
            {
                page.Add(i);
            }

            total++;
        });
        return new EventPage(total, page);
    }

    /// <summary>Events and fatalities per day and type for every event matching <paramref name="q"/> (paging ignored).</summary>
    public IReadOnlyList<DayCounts> CountByDay(EventQuery q)
    {
        var days = new SortedDictionary<int, (Dictionary<string, int> ByType, int Fatalities)>();
        ForEachMatch(q, EventOrder.OldestFirst, i =>
        {
            if (_day[i] == int.MinValue)
            {
                return;
            }

            if (!days.TryGetValue(_day[i], out var day))
            {
                days[_day[i]] = day = (new Dictionary<string, int>(), 0);
            }

            day.ByType[_events[i].EventType] = day.ByType.GetValueOrDefault(_events[i].EventType) + 1;
            days[_day[i]] = (day.ByType, day.Fatalities + _events[i].Fatalities);
        });
        return days.Select(d => new DayCounts(DateOnly.FromDayNumber(d.Key), d.Value.ByType, d.Value.Fatalities)).ToList();
    }

    /// <summary>Every position matching <paramref name="q"/> in the given order (paging ignored).</summary>
    public void ForEachMatch(EventQuery q, EventOrder order, Action<int> visit)
    {
        if (q.Box is { } box)
        {
            var matcher = new Matcher(this, q);
            MergeCells(CellRanges(q, CellsIn(box)), order, i =>
            {
                if (matcher.Matches(i))
                {
                    visit(i);
                }

                return true;
            });
            return;
        }

        new Matcher(this, q).ForEach(order, visit);
    }

    // Undated events sort first (day int.MinValue); any date filter leaves them out.
    private static int FirstDay(EventQuery q) => q.From?.DayNumber ?? (q.To is null ? int.MinValue : int.MinValue + 1);

    /// <summary>One query's filters, checked against the index's arrays.</summary>
    private readonly struct Matcher
    {
        private readonly EventIndex _ix;
        private readonly EventQuery _q;
        private readonly int _from, _to;
        private readonly HashSet<string>? _types;
        private readonly string? _actor;

        public Matcher(EventIndex ix, EventQuery q)
        {
            _ix = ix;
            _q = q;
            _from = FirstDay(q);
            _to = q.To?.DayNumber ?? int.MaxValue;
            _types = q.Types is { Count: > 0 } t ? new HashSet<string>(t, StringComparer.OrdinalIgnoreCase) : null;
            _actor = string.IsNullOrWhiteSpace(q.Actor) ? null : q.Actor.Trim().ToLowerInvariant();
        }

        public void ForEach(EventOrder order, Action<int> visit)
        {
            // Events are sorted by day: the date range is a slice of the arrays.
            int lo = LowerBound(_from), hi = _to == int.MaxValue ? _ix._day.Length : LowerBound(_to + 1);

            for (int k = lo; k < hi; k++)
            {
                int i = order == EventOrder.OldestFirst ? k : hi - 1 - (k - lo);
                if (Matches(i))
                {
                    visit(i);
                }
            }
        }

        private int LowerBound(int day)
        {
            int lo = 0, hi = _ix._day.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_ix._day[mid] < day)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        public bool Matches(int i)
        {
            var e = _ix._events[i];
            if (_ix._day[i] < _from || _ix._day[i] > _to)
            {
                return false;
            }

            if (_q.Box is { } box && (double.IsNaN(_ix._lat[i]) || !box.Contains(_ix._lat[i], _ix._lon[i])))
            {
                return false;
            }

            if (_q.Country is { } country && !string.Equals(_ix._country[i], country, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_q.Admin1 is { } admin1 && !string.Equals(e.Admin1, admin1, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_q.Place is { } place && !string.Equals(e.PlaceName, place, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_types is not null && !_types.Contains(e.EventType) && !_types.Contains(e.SubEventType))
            {
                return false;
            }

            return _actor is null || _ix._actorText[i].Contains(_actor, StringComparison.Ordinal);
        }
    }
}
