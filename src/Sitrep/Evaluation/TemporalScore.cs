namespace Sitrep.Evaluation;

/// <summary>
/// Counts from scoring a system's temporal expressions against TIMEX3 gold. Spans match when they overlap. A gold
/// DATE or TIME whose value is a calendar period is "valued"; it is recognised when a system span overlaps it, and
/// correct when an overlapping system value falls within that period at the gold's granularity.
/// </summary>
public sealed record TemporalScore(
    int Documents, int Sentences, int SystemSpans, int SystemSpansMatched, int GoldSpans, int GoldSpansFound,
    int GoldValued, int GoldValuedRecognised, int GoldValuedCorrect)
{
    /// <summary>An empty score, to add documents to.</summary>
    public static TemporalScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>System spans overlapping a gold span, over all system spans.</summary>
    public double SpanPrecision => Ratio(SystemSpansMatched, SystemSpans);

    /// <summary>Gold spans overlapped by a system span, over all gold spans.</summary>
    public double SpanRecall => Ratio(GoldSpansFound, GoldSpans);

    /// <summary>Harmonic mean of span precision and recall.</summary>
    public double SpanF1 => SpanPrecision + SpanRecall == 0 ? 0 : 2 * SpanPrecision * SpanRecall / (SpanPrecision + SpanRecall);

    /// <summary>Correct values over the valued gold expressions the system recognised.</summary>
    public double AccuracyOnRecognised => Ratio(GoldValuedCorrect, GoldValuedRecognised);

    /// <summary>Correct values over all valued gold expressions.</summary>
    public double AccuracyOnAll => Ratio(GoldValuedCorrect, GoldValued);

    /// <summary>The sum of two scores.</summary>
    public TemporalScore Add(TemporalScore o) => new(
        Documents + o.Documents, Sentences + o.Sentences, SystemSpans + o.SystemSpans, SystemSpansMatched + o.SystemSpansMatched,
        GoldSpans + o.GoldSpans, GoldSpansFound + o.GoldSpansFound, GoldValued + o.GoldValued,
        GoldValuedRecognised + o.GoldValuedRecognised, GoldValuedCorrect + o.GoldValuedCorrect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
