namespace Sitrep.Places;

/// <summary>How a name key points at an entry in the compiled index.</summary>
internal enum IndexedName : byte
{
    Exact = 0,
    Alternate = 1,
    Demonym = 2,
}

/// <summary>A gazetteer entry while the index is being built: its fields and every name it answers to.</summary>
internal sealed class BuildEntry
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string CountryCode { get; init; }
    public string? Admin1 { get; set; }
    public required double Lat { get; set; }
    public required double Lon { get; set; }
    public required PlaceKind Kind { get; init; }
    public required string FeatureCode { get; init; }
    public long Population { get; init; }
    public required string Source { get; init; }

    /// <summary>For a country, the index of its capital's entry; otherwise -1.</summary>
    public int Capital { get; set; } = -1;

    /// <summary>True for a country's seat of government.</summary>
    public bool IsNationalCapital { get; set; }

    /// <summary>GeoNames admin1 code of a GeoNames row, resolved to <see cref="Admin1"/> at the end of the build.</summary>
    public string? GeoNamesAdmin1Code { get; init; }

    /// <summary>GeoNames admin2 code of a GeoNames row (a county, a district), for placing second-order divisions.</summary>
    public string? GeoNamesAdmin2Code { get; init; }

    /// <summary>A country's capital names as world-countries spells them.</summary>
    public IReadOnlyList<string> CapitalNames { get; init; } = [];

    public List<(string Folded, IndexedName How)> Names { get; } = [];

    public void AddName(string? name, IndexedName how)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        string folded = NameFolding.Fold(name);
        if (folded.Length < 2)
        {
            return;
        }

        int existing = Names.FindIndex(n => n.Folded == folded);
        if (existing < 0)
        {
            Names.Add((folded, how));
        }
        else if (how < Names[existing].How)
        {
            Names[existing] = (folded, how);
        }
    }
}
