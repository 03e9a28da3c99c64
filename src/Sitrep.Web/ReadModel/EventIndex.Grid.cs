namespace Sitrep.Web.ReadModel;

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
    /// them so the scans of a cell read memory in order instead of jumping about the index's arrays.
    /// </summary>
    private sealed record GridCell(int[] Positions, int[] Days, double[] Lats, double[] Lons);

    private enum CellCheck
    {
        /// <summary>Inside the box, no other filter: every event in the slice matches.</summary>
        Nothing,
        /// <summary>On the box's edge, no other filter: only the coordinates need checking.</summary>
        BoxOnly,
        /// <summary>Other filters apply: every filter is checked.</summary>
        Everything,
    }

    private static int Cell(double lat, double lon) =>
        ((int)Math.Floor(Math.Clamp(lat, -90, 89.999)) + 90) * 360 + (int)Math.Floor(Math.Clamp(lon, -180, 179.999)) + 180;

    private static (int South, int West) CellCorner(int key) => (key / 360 - 90, key % 360 - 180);

    /// <summary>The occupied cells that overlap <paramref name="box"/>, and whether each lies wholly inside it.</summary>
    private List<(GridCell Cell, bool Inside)> CellsIn(BoundingBox box)
    {
        var found = new List<(GridCell, bool)>();
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
                    found.Add((cell, Inside(box, south, west)));
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
                        found.Add((cell, Inside(box, lat, lon)));
                    }
                }
            }
        }

        return found;
    }

    private static bool Overlaps(BoundingBox box, int south, int west) =>
        south <= box.North && south + 1 > box.South
        && (box.WrapsAntimeridian ? west + 1 > box.West || west <= box.East : west <= box.East && west + 1 > box.West);

    private static bool Inside(BoundingBox box, int south, int west) =>
        south >= box.South && south + 1 <= box.North
        && (box.WrapsAntimeridian ? west >= box.West || west + 1 <= box.East : west >= box.West && west + 1 <= box.East);

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
    private List<CellRange> CellRanges(EventQuery q, List<(GridCell Cell, bool Inside)> cells)
    {
        // Past the box and the dates, only these filters look at single events.
        bool onlyBoxAndDates = q.Country is null && q.Admin1 is null && q.Place is null && q.Types is null && q.Actor is null;
        int from = FirstDay(q), to = q.To?.DayNumber ?? int.MaxValue;
        var ranges = new List<CellRange>(cells.Count);
        foreach (var (cell, inside) in cells)
        {
            int lo = FirstOnOrAfter(cell.Days, from), hi = to == int.MaxValue ? cell.Days.Length : FirstOnOrAfter(cell.Days, to + 1);
            if (lo < hi)
            {
                var check = !onlyBoxAndDates ? CellCheck.Everything : inside ? CellCheck.Nothing : CellCheck.BoxOnly;
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

    private EventPage QueryCells(EventQuery q, List<(GridCell Cell, bool Inside)> cells)
    {
        var matcher = new Matcher(this, q);
        var box = q.Box!.Value;
        var ranges = CellRanges(q, cells);
        int total = 0;
        foreach (var r in ranges)
        {
            switch (r.Check)
            {
                case CellCheck.Nothing:
                    total += r.Hi - r.Lo;
                    break;
                case CellCheck.BoxOnly:
                    // The hot case on a map: a tight loop over the coordinate arrays alone.
                    for (int k = r.Lo; k < r.Hi; k++)
                    {
                        if (box.Contains(r.Cell.Lats[k], r.Cell.Lons[k]))
                        {
                            total++;
                        }
                    }

                    break;
                default:
                    for (int k = r.Lo; k < r.Hi; k++)
                    {
                        if (matcher.Matches(r.Cell.Positions[k]))
                        {
                            total++;
                        }
                    }

                    break;
            }
        }

        var page = new List<int>(Math.Min(q.Limit, 256));
        int skipped = 0;
        MergeCells(ranges, q.Order, (i, range) =>
        {
            bool matches = range.Check switch
            {
                CellCheck.Nothing => true,
                CellCheck.BoxOnly => box.Contains(_lat[i], _lon[i]),
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

    private static void MergeCells(List<CellRange> ranges, EventOrder order, Func<int, bool> visit) =>
        MergeCells(ranges, order, (i, _) => visit(i));

    // A k-way merge of the cells' slices by position: a heap holds each slice's next event.
    private static void MergeCells(List<CellRange> ranges, EventOrder order, Func<int, CellRange, bool> visit)
    {
        bool newest = order == EventOrder.NewestFirst;
        var cursor = new int[ranges.Count];
        var heap = new PriorityQueue<int, int>(ranges.Count);
        for (int r = 0; r < ranges.Count; r++)
        {
            cursor[r] = newest ? ranges[r].Hi - 1 : ranges[r].Lo;
            int position = ranges[r].Cell.Positions[cursor[r]];
            heap.Enqueue(r, newest ? -position : position);
        }

        while (heap.TryDequeue(out int r, out _))
        {
            var range = ranges[r];
            int position = range.Cell.Positions[cursor[r]];
            cursor[r] += newest ? -1 : 1;
            if (newest ? cursor[r] >= range.Lo : cursor[r] < range.Hi)
            {
                int next = range.Cell.Positions[cursor[r]];
                heap.Enqueue(r, newest ? -next : next);
            }

            if (!visit(position, range))
            {
                return;
            }
        }
    }
}
