namespace Sitrep.Web.ReadModel;

using System.Buffers;

/// <summary>
/// Bounding-box queries on a grid of one-degree cells. Each cell lists its events' positions in index order
/// (oldest first), so a cell's events in a date range are a slice found by binary search; a cell wholly inside
/// the box adds its slice's length to the total without looking at its events; and a page is a k-way merge of
/// the slices, newest (or oldest) first, that stops once the page is full. The cost follows the cells the box
/// touches and the page size, not the number of events in the box.
/// </summary>
internal sealed partial class EventIndex
{
    /// <summary>One cell's slice of events in the date range, and what its events still need checking for.</summary>
    private readonly record struct CellRange(GridCell Cell, int Lo, int Hi, CellCheck Check);

    /// <summary>
    /// One cell's events, oldest first: positions in the index, with their days and coordinates copied beside
    /// them so the scans of a cell read memory in order instead of jumping about the index's arrays; and the same
    /// latitudes and longitudes each sorted, so a cell the box's edge cuts on one axis only is counted by two
    /// binary searches instead of a scan.
    /// </summary>
    private sealed record GridCell(int[] Positions, int[] Days, double[] Lats, double[] Lons, double[] SortedLats, double[] SortedLons)
    {
        public GridCell(int[] positions, int[] days, double[] lats, double[] lons)
            : this(positions, days, lats, lons, [.. lats.Order()], [.. lons.Order()])
        {
        }
    }

    private enum CellCheck
    {
        /// <summary>Inside the box, no other filter: every event in the slice matches.</summary>
        Nothing,
        /// <summary>On the box's edge, no other filter: only the coordinates need checking.</summary>
        BoxOnly,
        /// <summary>Cut by the box's north or south edge only, every event of the cell in the range: count by latitude.</summary>
        LatitudeOnly,
        /// <summary>Cut by the box's west or east edge only, every event of the cell in the range: count by longitude.</summary>
        LongitudeOnly,
        /// <summary>Other filters apply: every filter is checked.</summary>
        Everything,
    }

    private static int Cell(double lat, double lon) =>
        ((int)Math.Floor(Math.Clamp(lat, -90, 89.999)) + 90) * 360 + (int)Math.Floor(Math.Clamp(lon, -180, 179.999)) + 180;

    private static (int South, int West) CellCorner(int key) => (key / 360 - 90, key % 360 - 180);

    /// <summary>The occupied cells that overlap <paramref name="box"/>, and which of the box's edges cut each.</summary>
    private List<(GridCell Cell, Cut Cut)> CellsIn(BoundingBox box)
    {
        var found = new List<(GridCell, Cut)>();
        double width = box.WrapsAntimeridian ? 360 - box.West + box.East : box.East - box.West;
        double cellsInBox = (Math.Floor(box.North) - Math.Floor(box.South) + 1) * (Math.Floor(width) + 2);
        if (cellsInBox > _cells.Count)
        {
            // A box bigger than the occupied grid: test each occupied cell rather than each cell of the box.
            foreach (var (key, cell) in _cells)
            {
                var (south, west) = CellCorner(key);
                if (Overlaps(box, south, west))
                {
                    found.Add((cell, CutOf(box, south, west)));
                }
            }

            return found;
        }

        int first = (int)Math.Floor(Math.Max(box.South, -90)), last = (int)Math.Floor(Math.Min(box.North, 89.999));
        foreach (var (west, east) in LongitudeRanges(box))
        {
            for (int lat = first; lat <= last; lat++)
            {
                for (int lon = west; lon <= east; lon++)
                {
                    if (_cells.TryGetValue(Cell(lat, lon), out var cell))
                    {
                        found.Add((cell, CutOf(box, lat, lon)));
                    }
                }
            }
        }

        return found;
    }

    private static bool Overlaps(BoundingBox box, int south, int west) =>
        south <= box.North && south + 1 > box.South
        && (box.WrapsAntimeridian ? west + 1 > box.West || west <= box.East : west <= box.East && west + 1 > box.West);

    /// <summary>Which of a box's edges pass through a cell that overlaps it.</summary>
    [Flags]
    private enum Cut
    {
        None = 0,
        Latitude = 1,
        Longitude = 2,
    }

    private static Cut CutOf(BoundingBox box, int south, int west)
    {
        bool latitudeInside = south >= box.South && south + 1 <= box.North;
        bool longitudeInside = box.WrapsAntimeridian ? west >= box.West || west + 1 <= box.East : west >= box.West && west + 1 <= box.East;
        return (latitudeInside ? Cut.None : Cut.Latitude) | (longitudeInside ? Cut.None : Cut.Longitude);
    }

    private static IEnumerable<(int West, int East)> LongitudeRanges(BoundingBox box)
    {
        int west = (int)Math.Floor(Math.Max(box.West, -180)), east = (int)Math.Floor(Math.Min(box.East, 179.999));
        if (!box.WrapsAntimeridian)
        {
            yield return (west, east);
            yield break;
        }

        yield return (west, 179);
        yield return (-180, east);
    }

    /// <summary>Each cell's slice of events in the query's date range; whether its events need checking one by one.</summary>
    private List<CellRange> CellRanges(EventQuery q, List<(GridCell Cell, Cut Cut)> cells)
    {
        // Past the box and the dates, only these filters look at single events.
        bool onlyBoxAndDates = q.Country is null && q.Admin1 is null && q.Place is null && q.Types is null && q.Actor is null;
        int from = FirstDay(q), to = q.To?.DayNumber ?? int.MaxValue;
        var ranges = new List<CellRange>(cells.Count);
        foreach (var (cell, cut) in cells)
        {
            int lo = FirstOnOrAfter(cell.Days, from), hi = to == int.MaxValue ? cell.Days.Length : FirstOnOrAfter(cell.Days, to + 1);
            if (lo < hi)
            {
                // The sorted coordinates cover the whole cell, so they count only a slice that is the whole cell.
                bool wholeCell = lo == 0 && hi == cell.Days.Length;
                var check = !onlyBoxAndDates ? CellCheck.Everything : cut switch
                {
                    Cut.None => CellCheck.Nothing,
                    Cut.Latitude when wholeCell => CellCheck.LatitudeOnly,
                    // Across the antimeridian the longitudes in the box are not one interval: scan those cells.
                    Cut.Longitude when wholeCell && !q.Box!.Value.WrapsAntimeridian => CellCheck.LongitudeOnly,
                    _ => CellCheck.BoxOnly,
                };
                ranges.Add(new CellRange(cell, lo, hi, check));
            }
        }

        return ranges;
    }

    private static int FirstOnOrAfter(int[] days, int day)
    {
        int lo = 0, hi = days.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day)
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

    private EventPage QueryCells(EventQuery q, List<(GridCell Cell, Cut Cut)> cells)
    {
        var matcher = new Matcher(this, q);
        var box = q.Box!.Value;
        var ranges = CellRanges(q, cells);
        int total = 0;
        foreach (var r in ranges)
        {
            total += r.Check switch
            {
                CellCheck.Nothing => r.Hi - r.Lo,
                CellCheck.BoxOnly => CountInBox(box, r),
                CellCheck.LatitudeOnly => CountBetween(r.Cell.SortedLats, box.South, box.North),
                CellCheck.LongitudeOnly => CountBetween(r.Cell.SortedLons, box.West, box.East),
                _ => CountMatching(matcher, r),
            };
        }

        var page = new List<int>(Math.Min(q.Limit, 256));
        int skipped = 0;
        MergeCells(ranges, q.Order, (i, range) =>
        {
            bool matches = range.Check switch
            {
                CellCheck.Nothing => true,
                CellCheck.BoxOnly or CellCheck.LatitudeOnly or CellCheck.LongitudeOnly => box.Contains(_lat[i], _lon[i]),
                _ => matcher.Matches(i),
            };
            if (!matches)
            {
                return true;
            }

            if (skipped < q.Offset)
            {
                skipped++;
                return true;
            }

            page.Add(i);
            return page.Count < q.Limit;
        });
        return new EventPage(total, page);
    }

    // The hot case on a map: a cell on the box's edge, where only the coordinates need checking. The bounds are
    // read once and the test has no branches, so the loop runs over the two coordinate arrays at memory speed.
    private static int CountInBox(BoundingBox box, CellRange r)
    {
        var (lats, lons) = (r.Cell.Lats, r.Cell.Lons);
        double south = box.South, north = box.North, west = box.West, east = box.East;
        int count = 0;
        if (box.WrapsAntimeridian)
        {
            for (int k = r.Lo; k < r.Hi; k++)
            {
                count += (lats[k] >= south & lats[k] <= north & (lons[k] >= west | lons[k] <= east)) ? 1 : 0;
            }
        }
        else
        {
            for (int k = r.Lo; k < r.Hi; k++)
            {
                count += (lats[k] >= south & lats[k] <= north & lons[k] >= west & lons[k] <= east) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>How many of <paramref name="sorted"/> lie in [<paramref name="low"/>, <paramref name="high"/>], as the box's test counts them.</summary>
    private static int CountBetween(double[] sorted, double low, double high) =>
        FirstAtLeast(sorted, high, inclusive: false) - FirstAtLeast(sorted, low, inclusive: true);

    /// <summary>The index of the first value at least <paramref name="value"/> (inclusive) or above it (not inclusive).</summary>
    private static int FirstAtLeast(double[] sorted, double value, bool inclusive)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (inclusive ? sorted[mid] < value : sorted[mid] <= value)
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

    private static int CountMatching(Matcher matcher, CellRange r)
    {
        int count = 0;
        for (int k = r.Lo; k < r.Hi; k++)
        {
            count += matcher.Matches(r.Cell.Positions[k]) ? 1 : 0;
        }

        return count;
    }

    private static void MergeCells(List<CellRange> ranges, EventOrder order, Func<int, bool> visit) =>
        MergeCells(ranges, order, (i, _) => visit(i));

    /// <summary>
    /// A k-way merge of the cells' slices by position. A binary heap holds each slice's next event as one number,
    /// the sort key in the high half and the slice in the low half, so comparing two entries is comparing two
    /// longs; taking an event and putting its slice's next one in is a single sift down from the root.
    /// </summary>
    private static void MergeCells(List<CellRange> ranges, EventOrder order, Func<int, CellRange, bool> visit)
    {
        bool newest = order == EventOrder.NewestFirst;
        int count = ranges.Count;
        long[] rented = ArrayPool<long>.Shared.Rent(Math.Max(count, 1));
        int[] cursors = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        var heap = rented.AsSpan(0, count);
        try
        {
            for (int r = 0; r < count; r++)
            {
                cursors[r] = newest ? ranges[r].Hi - 1 : ranges[r].Lo;
                heap[r] = Entry(ranges[r].Cell.Positions[cursors[r]], r, newest);
            }

            for (int i = count / 2 - 1; i >= 0; i--)
            {
                SiftDown(heap, i);
            }

            while (!heap.IsEmpty)
            {
                int r = (int)(heap[0] & 0xFFFF_FFFF);
                var range = ranges[r];
                int position = range.Cell.Positions[cursors[r]];
                cursors[r] += newest ? -1 : 1;
                if (newest ? cursors[r] >= range.Lo : cursors[r] < range.Hi)
                {
                    heap[0] = Entry(range.Cell.Positions[cursors[r]], r, newest);
                }
                else
                {
                    heap[0] = heap[^1];
                    heap = heap[..^1];
                }

                SiftDown(heap, 0);
                if (!visit(position, range))
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
            ArrayPool<int>.Shared.Return(cursors);
        }
    }

    // Smallest first: newest-first merges key on the position's complement, so the largest position comes out first.
    private static long Entry(int position, int range, bool newest) =>
        ((long)(newest ? int.MaxValue - position : position) << 32) | (uint)range;

    private static void SiftDown(Span<long> heap, int i)
    {
        long entry = heap.IsEmpty ? 0 : heap[i];
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= entry)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        if (!heap.IsEmpty)
        {
            heap[i] = entry;
        }
    }
}
