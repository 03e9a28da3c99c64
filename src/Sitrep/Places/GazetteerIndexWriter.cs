using System.Text;
using System.Text.Json;

namespace Sitrep.Places;

/// <summary>Writes built entries and their name keys in the layout of <see cref="GazetteerFormat"/>.</summary>
internal sealed class GazetteerIndexWriter
{
    private readonly IReadOnlyList<BuildEntry> _entries;
    private readonly List<string> _nameKeys = [];
    private readonly List<int> _nameStarts = [];
    private readonly List<int> _namePostings = [];
    private readonly List<string> _variantKeys = [];
    private readonly List<int> _variantStarts = [];
    private readonly List<int> _variantPostings = [];

    public GazetteerIndexWriter(IReadOnlyList<BuildEntry> entries)
    {
        _entries = entries;
        BuildNameKeys();
        BuildVariantKeys();
    }

    public int NameKeyCount => _nameKeys.Count;

    public int VariantKeyCount => _variantKeys.Count;

    /// <summary>Writes the index to <paramref name="path"/> through a temporary file, so a reader never sees half a file.</summary>
    public long Write(string path, GazetteerInfo info)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        string temporary = path + ".tmp";
        var offsets = new (int Offset, int Length)[GazetteerFormat.SectionCount];
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(new byte[GazetteerFormat.HeaderSize]);
            var strings = new StringTable();
            var entryBytes = EncodeEntries(strings);
            Section(w, offsets, GazetteerFormat.Section.Info, JsonSerializer.SerializeToUtf8Bytes(info, GazetteerInfoJson.Default.GazetteerInfo));
            var (stringOffsets, stringBlob) = strings.Encode();
            Section(w, offsets, GazetteerFormat.Section.StringOffsets, Ints(stringOffsets));
            Section(w, offsets, GazetteerFormat.Section.StringBlob, stringBlob);
            Section(w, offsets, GazetteerFormat.Section.Entries, entryBytes);
            WriteKeyTable(w, offsets, GazetteerFormat.Section.NameOffsets, _nameKeys, _nameStarts, _namePostings);
            WriteKeyTable(w, offsets, GazetteerFormat.Section.VariantOffsets, _variantKeys, _variantStarts, _variantPostings);
            w.Write(GazetteerFormat.EndMarker);
            long length = stream.Position;

            stream.Position = 0;
            w.Write(GazetteerFormat.Magic);
            w.Write(GazetteerFormat.Version);
            w.Write(GazetteerFormat.SectionCount);
            w.Write(length);
            foreach (var (offset, sectionLength) in offsets)
            {
                w.Write(offset);
                w.Write(sectionLength);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    private void BuildNameKeys()
    {
        var pairs = new List<(string Key, int Posting)>(_entries.Count * 4);
        for (int i = 0; i < _entries.Count; i++)
        {
            foreach (var (folded, how) in _entries[i].Names)
            {
                pairs.Add((folded, (i << 2) | (int)how));
            }
        }

        // Ordinal order of these keys equals UTF-8 byte order: folding leaves no surrogate pairs.
        pairs.Sort((a, b) => a.Key == b.Key ? a.Posting.CompareTo(b.Posting) : string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, posting) in pairs)
        {
            if (_nameKeys.Count == 0 || _nameKeys[^1] != key)
            {
                _nameKeys.Add(key);
                _nameStarts.Add(_namePostings.Count);
            }

            _namePostings.Add(posting);
        }

        _nameStarts.Add(_namePostings.Count);
    }

    private void BuildVariantKeys()
    {
        var pairs = new List<(string Key, int NameKey)>(_nameKeys.Count);
        for (int k = 0; k < _nameKeys.Count; k++)
        {
            bool onlyDemonyms = true;
            for (int p = _nameStarts[k]; p < _nameStarts[k + 1]; p++)
            {
                onlyDemonyms &= (_namePostings[p] & 3) == (int)IndexedName.Demonym;
            }

            string variant = onlyDemonyms ? "" : NameFolding.VariantKey(_nameKeys[k]);
            if (variant.Length > 0)
            {
                pairs.Add((variant, k));
            }
        }

        pairs.Sort((a, b) => a.Key == b.Key ? a.NameKey.CompareTo(b.NameKey) : string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, nameKey) in pairs)
        {
            if (_variantKeys.Count == 0 || _variantKeys[^1] != key)
            {
                _variantKeys.Add(key);
                _variantStarts.Add(_variantPostings.Count);
            }

            _variantPostings.Add(nameKey);
        }

        _variantStarts.Add(_variantPostings.Count);
    }

    private byte[] EncodeEntries(StringTable strings)
    {
        var bytes = new byte[_entries.Count * GazetteerFormat.EntrySize];
        for (int i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            var record = bytes.AsSpan(i * GazetteerFormat.EntrySize, GazetteerFormat.EntrySize);
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryId..], e.Id);
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryName..], strings.Add(e.Name));
            record[GazetteerFormat.EntryCountry] = (byte)(e.CountryCode.Length > 0 ? e.CountryCode[0] : ' ');
            record[GazetteerFormat.EntryCountry + 1] = (byte)(e.CountryCode.Length > 1 ? e.CountryCode[1] : ' ');
            record[GazetteerFormat.EntryKind] = (byte)e.Kind;
            record[GazetteerFormat.EntryFlags] = e.IsNationalCapital ? GazetteerFormat.FlagNationalCapital : (byte)0;
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryAdmin1..], e.Admin1 is null ? -1 : strings.Add(e.Admin1));
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryLat..], (float)e.Lat);
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryLon..], (float)e.Lon);
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryFeature..], strings.Add(e.FeatureCode));
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryPopulation..], (int)Math.Clamp(e.Population, 0, int.MaxValue));
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntrySource..], strings.Add(e.Source));
            BitConverter.TryWriteBytes(record[GazetteerFormat.EntryCapital..], e.Capital);
        }

        return bytes;
    }

    private static void WriteKeyTable(BinaryWriter w, (int, int)[] offsets, GazetteerFormat.Section first,
        List<string> keys, List<int> starts, List<int> postings)
    {
        var keyOffsets = new int[keys.Count + 1];
        using var blob = new MemoryStream();
        for (int k = 0; k < keys.Count; k++)
        {
            keyOffsets[k] = (int)blob.Length;
            byte[] utf8 = Encoding.UTF8.GetBytes(keys[k]);
            blob.Write(utf8);
        }

        keyOffsets[keys.Count] = (int)blob.Length;
        Section(w, offsets, first, Ints(keyOffsets));
        Section(w, offsets, first + 1, Ints(starts));
        Section(w, offsets, first + 2, Ints(postings));
        Section(w, offsets, first + 3, blob.ToArray());
    }

    private static void Section(BinaryWriter w, (int Offset, int Length)[] offsets, GazetteerFormat.Section section, byte[] bytes)
    {
        while (w.BaseStream.Position % 8 != 0)
        {
            w.Write((byte)0);
        }

        offsets[(int)section] = (checked((int)w.BaseStream.Position), bytes.Length);
        w.Write(bytes);
    }

    private static byte[] Ints(IReadOnlyList<int> values)
    {
        var bytes = new byte[values.Count * 4];
        for (int i = 0; i < values.Count; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    /// <summary>Deduplicated UTF-8 strings addressed by number.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int Add(string value)
        {
            if (!_ids.TryGetValue(value, out int id))
            {
                id = _strings.Count;
                _ids[value] = id;
                _strings.Add(value);
            }

            return id;
        }

        public (int[] Offsets, byte[] Blob) Encode()
        {
            var offsets = new int[_strings.Count + 1];
            using var blob = new MemoryStream();
            for (int i = 0; i < _strings.Count; i++)
            {
                offsets[i] = (int)blob.Length;
                blob.Write(Encoding.UTF8.GetBytes(_strings[i]));
            }

            offsets[_strings.Count] = (int)blob.Length;
            return (offsets, blob.ToArray());
        }
    }
}
