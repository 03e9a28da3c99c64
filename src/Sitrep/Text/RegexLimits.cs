namespace Sitrep.Text;

/// <summary>
/// The one match timeout every backtracking regex in Sitrep uses. It only has to stop pathological input: an
/// ordinary sentence matches in microseconds, but a loaded machine (CI, two cores, parallel builds) can stall a
/// first match for hundreds of milliseconds, and a tight timeout would then silently drop a real date.
/// </summary>
public static class RegexLimits
{
    public const int TimeoutMs = 2000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMs);
}
