namespace Sitrep.Ingest;

/// <summary>
/// One report as read from its source: the full text, where the body starts (after a dateline), the dateline if
/// any, and the publication date from the dateline or from the caller.
/// </summary>
public sealed record Report(string Source, string Text, int BodyStart, Dateline? Dateline, DateOnly? Published);
