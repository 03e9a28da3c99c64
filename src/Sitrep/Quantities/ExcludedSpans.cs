namespace Sitrep.Quantities;

using Sitrep.Text;

/// <summary>
/// Spans a number must not fall in (date expressions), sorted once so that each token is checked by binary search
/// rather than against every span of the document (which made a report of many dates quadratic).
/// </summary>
internal sealed class ExcludedSpans
{
    private readonly TextSpan[] _byStart;
    private readonly int[] _maxEndSoFar;

    public ExcludedSpans(IReadOnlyList<TextSpan> spans)
    {
        _byStart = spans.OrderBy(s => s.Start).ToArray();
        _maxEndSoFar = new int[_byStart.Length];
        int max = int.MinValue;
        for (int i = 0; i < _byStart.Length; i++)
        {
            max = Math.Max(max, _byStart[i].End);
            _maxEndSoFar[i] = max;
        }
    }

    /// <summary>True when some excluded span overlaps <paramref name="span"/>.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The spans starting before span.End are a prefix; one of them overlaps when the furthest end among them passes span.Start.
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_byStart[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && _maxEndSoFar[lo - 1] > span.Start;
    }
}
