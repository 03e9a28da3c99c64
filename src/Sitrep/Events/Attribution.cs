namespace Sitrep.Events;

using Sitrep.Text;

/// <summary>
/// Who a sentence's content is attributed to: "Zaw Min Tun told Popular News Journal ... that ...".
/// <see cref="ReportingRegion"/> covers the attribution itself (speaker, verb, outlet, the date of speaking);
/// the rest of the sentence is what is claimed.
/// </summary>
public sealed record Attribution(
    string Speaker,
    SourceKind SpeakerKind,
    TextSpan? SpeakerSpan,
    string Verb,
    string? Outlet,
    TextSpan? OutletSpan,
    string? Statement,
    TextSpan? StatementSpan,
    TextSpan ReportingRegion,
    TextSpan Complement)
{
    /// <summary>True when the speaker disputes someone else's account ("tried to blame", "denied").</summary>
    public bool IsDisputing { get; init; }
}
