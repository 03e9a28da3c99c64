namespace Sitrep.Events;

using Sitrep.Actors;
using Sitrep.Dates;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Text;

/// <summary>Everything the earlier stages found in one report, which the Events stage codes into events.</summary>
/// <param name="CountryName">Country name for an ISO code, for generic actors such as "Civilians (China)".</param>
public sealed record EventInput(
    Document Document,
    DateOnly? Published,
    string? Agency,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    string? CountryFocus,
    Func<string, string?> CountryName)
{
    /// <summary>The actor knowledge base, for who strikes unnamed where (<see cref="ActorKnowledgeBase.UnnamedStriker"/>); null in tests that code without it.</summary>
    public ActorKnowledgeBase? Knowledge { get; init; }

    /// <summary>The ISO code of the country a demonym names ("French" → FR), for foreign civilians; null in tests that code without it.</summary>
    public Func<string, string?>? CountryOfDemonym { get; init; }
}
