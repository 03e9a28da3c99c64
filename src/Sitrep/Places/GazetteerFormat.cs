namespace Sitrep.Places;

/// <summary>
/// Layout of the compiled index (little-endian; docs/gazetteer.md has the prose version). A header of section
/// offsets is followed by: build information as JSON; a string table; fixed-size entry records; the exact-name keys
/// (sorted UTF-8, with postings of entry index × 4 + how the name is indexed); the spelling-variant keys (sorted
/// UTF-8, with postings of exact-key ids); and an end marker.
/// </summary>
internal static class GazetteerFormat
{
    public const int Version = 1;
    public static ReadOnlySpan<byte> Magic => "SITREPGZ"u8;
    public static ReadOnlySpan<byte> EndMarker => "GZ-END\0\0"u8;

    public const int SectionCount = 12;
    public const int HeaderSize = 8 + 4 + 4 + 8 + SectionCount * 8;

    /// <summary>Bytes per entry: id, name, country, kind, flags, admin1, lat, lon, feature code, population, source, capital.</summary>
    public const int EntrySize = 40;

    public const byte FlagNationalCapital = 1;

    public enum Section
    {
        Info,
        StringOffsets,
        StringBlob,
        Entries,
        NameOffsets,
        NameStarts,
        NamePostings,
        NameBlob,
        VariantOffsets,
        VariantStarts,
        VariantPostings,
        VariantBlob,
    }

    // Entry record field offsets.
    public const int EntryId = 0;
    public const int EntryName = 4;
    public const int EntryCountry = 8;
    public const int EntryKind = 10;
    public const int EntryFlags = 11;
    public const int EntryAdmin1 = 12;
    public const int EntryLat = 16;
    public const int EntryLon = 20;
    public const int EntryFeature = 24;
    public const int EntryPopulation = 28;
    public const int EntrySource = 32;
    public const int EntryCapital = 36;
}
