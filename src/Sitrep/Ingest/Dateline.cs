namespace Sitrep.Ingest;

using Sitrep.Text;

/// <summary>
/// The opening line of wire copy: where the report was written, when, and by which agency.
/// The place is the place of writing, never an event location.
/// </summary>
/// <param name="Region">The state, province or country written after the place ("Ky." in "LONDON, Ky. (WKYT) -"), or null.</param>
public sealed record Dateline(TextSpan Span, string? Place, TextSpan? PlaceSpan, DateOnly? Date, string? Agency, string? Region = null);
