using System.Diagnostics;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the Places stage against a geoparsing corpus: recognition precision, recall and F1 on spans (exact: same
/// start and end; overlap: the spans share a character), resolution within 161 km (100 miles, the field's usual
/// threshold) for the gold toponyms recognised by overlap, and exact GeoNames id where the gold gives one.
/// </summary>
public sealed class GeoparseEvaluation(TextAnalyzer analyzer, ToponymResolver resolver)
{
    /// <summary>The distance within which a resolution counts as correct, 161 km (100 miles).</summary>
    public const double ToleranceKm = 161;

    /// <summary>Scores the articles of <paramref name="half"/> (all of them when null).</summary>
    public GeoparseScores Score(string corpus, IReadOnlyList<GeoparseArticle> articles, CorpusHalf? half)
    {
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        var chosen = articles.Where(a => half is null || GeoparseCorpus.HalfOf(a.Id) == half).ToList();
        foreach (var article in chosen)
        {
            var mentions = Resolve(article);
            tally.Add(article, mentions);
        }

        clock.Stop();
        return tally.ToScores(corpus, half?.ToString() ?? "all", chosen.Count, clock.Elapsed);
    }

    // As the pipeline reads a report: a wire dateline ("LONDON, Ky. (WKYT) -") is the place of writing, resolved with
    // the state or country written after it.
    private IReadOnlyList<PlaceMention> Resolve(GeoparseArticle article) =>
        resolver.Resolve(analyzer.Analyze(article.Text), DatelineParser.Parse(article.Text, published: null));

    /// <summary>The gold toponyms the resolver placed wrongly or missed, for reading the errors (not for tuning rows).</summary>
    public IEnumerable<string> Errors(GeoparseArticle article)
    {
        var mentions = Resolve(article);
        foreach (var gold in article.Toponyms)
        {
            var found = mentions.FirstOrDefault(m => m.Span.Overlaps(gold.Span));
            if (found is null)
            {
                yield return $"MISS  {gold.Name} @{gold.Span.Start}";
            }
            else if (gold.Lat is { } lat && gold.Lon is { } lon && found.Place.Point.DistanceKm(new GeoPoint(lat, lon)) > ToleranceKm)
            {
                yield return $"FAR   {gold.Name} -> {found.Place.Name}, {found.Place.CountryCode} ({found.Place.Kind}, {found.Match}) "
                             + $"{found.Place.Point.DistanceKm(new GeoPoint(lat, lon)):F0} km; runner-up {(found.RunnerUp is { } r ? $"{r.Name}, {r.CountryCode}" : "none")}";
            }
        }

        foreach (var m in mentions.Where(m => !article.Toponyms.Any(g => g.Span.Overlaps(m.Span))))
        {
            yield return $"EXTRA {m.Text} -> {m.Place.Name}, {m.Place.CountryCode} ({m.Place.Kind}, {m.Match})";
        }
    }

    private sealed class Tally
    {
        private int _gold, _predicted, _exact, _goldOverlapped, _predictedOverlapping, _located, _within, _withId, _idExact;

        public void Add(GeoparseArticle article, IReadOnlyList<PlaceMention> mentions)
        {
            _gold += article.Toponyms.Count;
            _predicted += mentions.Count;
            _predictedOverlapping += mentions.Count(m => article.Toponyms.Any(g => g.Span.Overlaps(m.Span)));
            var exactSpans = mentions.Select(m => m.Span).ToHashSet();
            foreach (var gold in article.Toponyms)
            {
                if (exactSpans.Contains(gold.Span))
                {
                    _exact++;
                }

                // The mention sharing most characters with the gold span answers for it.
                var found = mentions.Where(m => m.Span.Overlaps(gold.Span))
                    .MaxBy(m => Math.Min(m.Span.End, gold.Span.End) - Math.Max(m.Span.Start, gold.Span.Start));
                if (found is null)
                {
                    continue;
                }

                _goldOverlapped++;
                if (gold.Lat is { } lat && gold.Lon is { } lon)
                {
                    _located++;
                    if (found.Place.Point.DistanceKm(new GeoPoint(lat, lon)) <= ToleranceKm)
                    {
                        _within++;
                    }
                }

                if (gold.GeoNamesId is { } id)
                {
                    _withId++;
                    if (found.Place.GeoNamesId == id)
                    {
                        _idExact++;
                    }
                }
            }
        }

        public GeoparseScores ToScores(string corpus, string half, int articles, TimeSpan elapsed) =>
            new(corpus, half, articles, _gold, _predicted,
                new SpanScores(Ratio(_exact, _predicted), Ratio(_exact, _gold)),
                new SpanScores(Ratio(_predictedOverlapping, _predicted), Ratio(_goldOverlapped, _gold)),
                _located, Ratio(_within, _located), _withId, _withId == 0 ? null : Ratio(_idExact, _withId),
                articles / Math.Max(elapsed.TotalSeconds, 1e-9));

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }
}

/// <summary>Precision and recall of recognised spans under one way of matching them to the gold.</summary>
public readonly record struct SpanScores(double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The figures of one corpus half.</summary>
/// <param name="Located">Gold toponyms recognised (by overlap) that have gold coordinates.</param>
/// <param name="Within161Km">Share of <paramref name="Located"/> resolved within 161 km of the gold point.</param>
/// <param name="WithGeoNamesId">Recognised gold toponyms that carry a GeoNames id.</param>
/// <param name="ExactId">Share of <paramref name="WithGeoNamesId"/> resolved to that very GeoNames id; null when none carry one.</param>
public sealed record GeoparseScores(
    string Corpus,
    string Half,
    int Articles,
    int Gold,
    int Predicted,
    SpanScores Exact,
    SpanScores Overlap,
    int Located,
    double Within161Km,
    int WithGeoNamesId,
    double? ExactId,
    double DocsPerSecond);
