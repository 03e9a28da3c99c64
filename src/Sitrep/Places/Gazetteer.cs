using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using S = Sitrep.Places.GazetteerFormat.Section;

namespace Sitrep.Places;

/// <summary>A gazetteer entry found under a name, and how the name matched it.</summary>
/// <param name="MatchedKey">The folded name the entry is indexed under (for a variant, the spelling it resembles).</param>
/// <param name="Distance">Edit distance between the phonetic forms of the query and the matched key (0 for exact names).</param>
/// <param name="IsNationalCapital">True when the entry is its country's seat of government.</param>
public sealed record NameCandidate(GazetteerEntry Entry, NameMatch Match, string MatchedKey, int Distance, bool IsNationalCapital);

/// <summary>
/// The compiled gazetteer, loaded from the index that <see cref="GazetteerBuilder"/> writes. The file is mapped into
/// memory and searched in place (sorted UTF-8 keys, binary search), so loading reads only the pages a lookup touches
/// and makes no per-name strings. Immutable once loaded and safe to share across threads.
/// </summary>
public sealed class Gazetteer
{
    private readonly MappedIndexFile _data;
    private readonly (int Offset, int Length)[] _sections;
    private readonly Dictionary<string, int> _countries;
    private readonly Lazy<GazetteerInfo> _info;

    // Entries decoded so far, by index. Lookups decode the same few thousand places over and over (every "London"
    // posting, every variant probe) and each decoding makes four strings. An entry is immutable, so two threads
    // racing to fill a slot only make equal copies, and the array is never larger than the index.
    private readonly GazetteerEntry?[] _entries;

    // Each name key's text and phonetic form, filled on first probe for the same reason: a variant probe compares
    // the query with every name under its variant key, and the common keys come up in every document.
    private readonly NameKeyForms?[] _nameKeyForms;

    private Gazetteer(MappedIndexFile data, (int, int)[] sections, string path)
    {
        _data = data;
        _sections = sections;
        // Build information is read on first use: deserialising it costs more than the rest of the load.
        _info = new Lazy<GazetteerInfo>(() => ReadInfo(path), LazyThreadSafetyMode.ExecutionAndPublication);
        Count = Section(S.Entries).Length / GazetteerFormat.EntrySize;
        _entries = new GazetteerEntry?[Count];
        _nameKeyForms = new NameKeyForms?[Ints(S.NameOffsets).Length - 1];
        _countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            if (Record(i)[GazetteerFormat.EntryKind] == (byte)PlaceKind.Country)
            {
                _countries.TryAdd(CountryCodeAt(i), i);
            }
        }
    }

    /// <summary>Sources, counts and build date of the loaded index.</summary>
    public GazetteerInfo Info => _info.Value;

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>Loads a compiled index.</summary>
    /// <exception cref="GazetteerUnavailableException">The file is missing or corrupt; the message names it and says how to rebuild.</exception>
    public static Gazetteer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw GazetteerUnavailableException.Missing(path);
        }

        MappedIndexFile data;
        try
        {
            data = MappedIndexFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GazetteerUnavailableException($"Gazetteer index '{path}' could not be read: {e.Message}", e);
        }

        var gazetteer = new Gazetteer(data, ReadHeader(data, path), path);
        gazetteer.Validate(path);
        return gazetteer;
    }

    private GazetteerInfo ReadInfo(string path)
    {
        try
        {
            var info = JsonSerializer.Deserialize(Section(S.Info), GazetteerInfoJson.Default.GazetteerInfo)
                       ?? throw GazetteerUnavailableException.Corrupt(path, "no build information");
            return info with { FileBytes = _data.Length };
        }
        catch (JsonException e)
        {
            throw GazetteerUnavailableException.Corrupt(path, "unreadable build information: " + e.Message);
        }
    }

    /// <summary>The entry at a position of the index (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public GazetteerEntry EntryAt(int index) => _entries[index] ??= DecodeEntry(index);

    private GazetteerEntry DecodeEntry(int index)
    {
        var r = Record(index);
        int admin1 = Int(r, GazetteerFormat.EntryAdmin1);
        return new GazetteerEntry(
            Int(r, GazetteerFormat.EntryId),
            StringAt(Int(r, GazetteerFormat.EntryName)),
            CountryCodeAt(index),
            admin1 < 0 ? null : StringAt(admin1),
            new GeoPoint(Math.Round(Float(r, GazetteerFormat.EntryLat), 5), Math.Round(Float(r, GazetteerFormat.EntryLon), 5)),
            (PlaceKind)r[GazetteerFormat.EntryKind],
            StringAt(Int(r, GazetteerFormat.EntryFeature)),
            Int(r, GazetteerFormat.EntryPopulation),
            StringAt(Int(r, GazetteerFormat.EntrySource)));
    }

    /// <summary>Entries whose folded name equals the folded <paramref name="name"/> (exact, alternate and demonym names).</summary>
    public IReadOnlyList<NameCandidate> FindByName(string name)
    {
        string folded = NameFolding.Fold(name);
        int key = FindKey(folded, S.NameOffsets, S.NameBlob);
        var result = new List<NameCandidate>();
        if (key >= 0)
        {
            AddPostings(result, key, folded, null, 0);
        }

        return result;
    }

    /// <summary>
    /// Entries with a name that is a spelling variant of <paramref name="name"/>: same variant key, and phonetic forms
    /// within <see cref="NameFolding.VariantDistanceLimit"/> edits. Names equal to the query are left to <see cref="FindByName"/>.
    /// </summary>
    public IReadOnlyList<NameCandidate> FindByVariant(string name)
    {
        string folded = NameFolding.Fold(name);
        string variant = NameFolding.VariantKey(folded);
        var result = new List<NameCandidate>();
        int key = variant.Length == 0 ? -1 : FindKey(variant, S.VariantOffsets, S.VariantBlob);
        if (key < 0)
        {
            return result;
        }

        string phonetic = NameFolding.PhoneticForm(folded);
        int limit = NameFolding.VariantDistanceLimit(phonetic.Length);
        var starts = Ints(S.VariantStarts);
        var postings = Ints(S.VariantPostings);
        for (int p = starts[key]; p < starts[key + 1]; p++)
        {
            int nameKey = postings[p];
            var forms = _nameKeyForms[nameKey] ??= NameKeyForms.Of(KeyAt(nameKey, S.NameOffsets, S.NameBlob));
            if (forms.Name == folded)
            {
                continue;
            }

            int distance = NameFolding.EditDistance(phonetic, forms.Phonetic, limit);
            if (distance <= limit)
            {
                AddPostings(result, nameKey, forms.Name, NameMatch.SpellingVariant, distance);
            }
        }

        return result;
    }

    /// <summary>The country entry for an ISO 3166 alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string countryCode) =>
        _countries.TryGetValue(countryCode, out int index) ? EntryAt(index) : null;

    /// <summary>The capital of a country (its seat of government), or null when the index does not know it.</summary>
    public GazetteerEntry? CapitalOf(string countryCode)
    {
        if (!_countries.TryGetValue(countryCode, out int index))
        {
            return null;
        }

        int capital = Int(Record(index), GazetteerFormat.EntryCapital);
        return capital >= 0 && capital < Count ? EntryAt(capital) : null;
    }

    private void AddPostings(List<NameCandidate> result, int key, string matched, NameMatch? match, int distance)
    {
        var starts = Ints(S.NameStarts);
        var postings = Ints(S.NamePostings);
        for (int p = starts[key]; p < starts[key + 1]; p++)
        {
            int posting = postings[p];
            int index = posting >> 2;
            var how = (IndexedName)(posting & 3);
            if (match is not null && how == IndexedName.Demonym)
            {
                continue; // "Chinese" spelled oddly is not worth guessing at
            }

            var resolvedMatch = match ?? how switch
            {
                IndexedName.Exact => NameMatch.Exact,
                IndexedName.Alternate => NameMatch.AlternateName,
                _ => NameMatch.Demonym,
            };
            bool capital = (Record(index)[GazetteerFormat.EntryFlags] & GazetteerFormat.FlagNationalCapital) != 0;
            result.Add(new NameCandidate(EntryAt(index), resolvedMatch, matched, distance, capital));
        }
    }

    private int FindKey(string key, S offsetsSection, S blobSection)
    {
        int max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : new byte[max];
        var utf8 = buffer[..Encoding.UTF8.GetBytes(key, buffer)];
        var offsets = Ints(offsetsSection);
        var blob = Section(blobSection);
        int lo = 0, hi = offsets.Length - 2;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = blob[offsets[mid]..offsets[mid + 1]].SequenceCompareTo(utf8);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }

        return -1;
    }

    private string KeyAt(int key, S offsetsSection, S blobSection)
    {
        var offsets = Ints(offsetsSection);
        return Encoding.UTF8.GetString(Section(blobSection)[offsets[key]..offsets[key + 1]]);
    }

    private string StringAt(int id)
    {
        var offsets = Ints(S.StringOffsets);
        return Encoding.UTF8.GetString(Section(S.StringBlob)[offsets[id]..offsets[id + 1]]);
    }

    private string CountryCodeAt(int index)
    {
        var r = Record(index);
        if (r[GazetteerFormat.EntryCountry] == (byte)' ')
        {
            return ""; // a continent or ocean belongs to no country
        }

        return string.Create(2, (r[GazetteerFormat.EntryCountry], r[GazetteerFormat.EntryCountry + 1]),
            static (span, cc) => { span[0] = (char)cc.Item1; span[1] = (char)cc.Item2; });
    }

    private ReadOnlySpan<byte> Record(int index) => Section(S.Entries).Slice(index * GazetteerFormat.EntrySize, GazetteerFormat.EntrySize);

    private ReadOnlySpan<byte> Section(S section) => _data.Slice(_sections[(int)section].Offset, _sections[(int)section].Length);

    private ReadOnlySpan<int> Ints(S section) => MemoryMarshal.Cast<byte, int>(Section(section));

    private static int Int(ReadOnlySpan<byte> record, int offset) => BinaryPrimitives.ReadInt32LittleEndian(record[offset..]);

    private static float Float(ReadOnlySpan<byte> record, int offset) => BinaryPrimitives.ReadSingleLittleEndian(record[offset..]);

    private static (int Offset, int Length)[] ReadHeader(MappedIndexFile file, string path)
    {
        int tail = GazetteerFormat.EndMarker.Length;
        if (file.Length < GazetteerFormat.HeaderSize + tail || !file.Slice(0, 8).SequenceEqual(GazetteerFormat.Magic))
        {
            throw GazetteerUnavailableException.Corrupt(path, "not a Sitrep gazetteer index");
        }

        if (file.Length > int.MaxValue)
        {
            throw GazetteerUnavailableException.Corrupt(path, "larger than 2 GB");
        }

        var data = file.Slice(0, (int)file.Length);
        int version = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        int sectionCount = BinaryPrimitives.ReadInt32LittleEndian(data[12..]);
        long length = BinaryPrimitives.ReadInt64LittleEndian(data[16..]);
        if (version != GazetteerFormat.Version || sectionCount != GazetteerFormat.SectionCount)
        {
            throw GazetteerUnavailableException.Corrupt(path, $"format version {version}, expected {GazetteerFormat.Version}");
        }

        if (length != data.Length || !data[^tail..].SequenceEqual(GazetteerFormat.EndMarker))
        {
            throw GazetteerUnavailableException.Corrupt(path, $"{data.Length} bytes where the header says {length}: truncated");
        }

        var sections = new (int Offset, int Length)[sectionCount];
        for (int i = 0; i < sectionCount; i++)
        {
            int offset = BinaryPrimitives.ReadInt32LittleEndian(data[(24 + i * 8)..]);
            int sectionLength = BinaryPrimitives.ReadInt32LittleEndian(data[(28 + i * 8)..]);
            if (offset < GazetteerFormat.HeaderSize || sectionLength < 0 || (long)offset + sectionLength > data.Length - tail)
            {
                throw GazetteerUnavailableException.Corrupt(path, $"section {(S)i} lies outside the file");
            }

            sections[i] = (offset, sectionLength);
        }

        return sections;
    }

    // Cheap structural checks so a damaged file fails at load with a message, not later with an index error.
    private void Validate(string path)
    {
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                throw GazetteerUnavailableException.Corrupt(path, problem);
            }
        }

        Check(Section(S.Entries).Length % GazetteerFormat.EntrySize == 0, "entry table is not a whole number of entries");
        foreach (var (offsets, starts, postings, blob, what) in new[]
                 {
                     (S.NameOffsets, S.NameStarts, S.NamePostings, S.NameBlob, "name keys"),
                     (S.VariantOffsets, S.VariantStarts, S.VariantPostings, S.VariantBlob, "variant keys"),
                 })
        {
            var o = Ints(offsets);
            var s = Ints(starts);
            Check(o.Length == s.Length && o.Length >= 1, what + ": table sizes differ");
            Check(o[^1] == Section(blob).Length && s[^1] == Ints(postings).Length, what + ": tables do not reach their ends");
        }

        var stringOffsets = Ints(S.StringOffsets);
        Check(stringOffsets.Length >= 1 && stringOffsets[^1] == Section(S.StringBlob).Length, "string table does not reach its end");
    }
}

/// <summary>A name key of the index with its phonetic form (<see cref="NameFolding.PhoneticForm"/>).</summary>
internal sealed record NameKeyForms(string Name, string Phonetic)
{
    public static NameKeyForms Of(string name) => new(name, NameFolding.PhoneticForm(name));
}
