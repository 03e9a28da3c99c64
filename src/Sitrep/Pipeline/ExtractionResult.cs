namespace Sitrep.Pipeline;

using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>Everything Sitrep found in one report: the mentions of each stage and the coded events.</summary>
public sealed record ExtractionResult(
    Report Report,
    Document Document,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    EventCoding Coding,
    IReadOnlyList<string> Warnings);
