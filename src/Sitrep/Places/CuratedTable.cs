namespace Sitrep.Places;

/// <summary>
/// The curated tab-separated files of data/gazetteer/ (the supplement, the named regions): '#' comment lines and blank
/// lines skipped, a header row that must name the columns, then one row per line, each with its line number so a
/// problem can be reported by file and line.
/// </summary>
internal static class CuratedTable
{
    /// <summary>The data rows of <paramref name="path"/> with their 1-based line numbers.</summary>
    /// <exception cref="InvalidDataException">The header is not <paramref name="columns"/>, or a row has another number of columns.</exception>
    public static IEnumerable<(int LineNumber, string[] Fields)> Rows(string path, IReadOnlyList<string> columns)
    {
        int lineNumber = 0;
        bool header = true;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (header)
            {
                if (!fields.Select(c => c.Trim().ToLowerInvariant()).SequenceEqual(columns))
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: the header must be: {string.Join(" | ", columns)}");
                }

                header = false;
                continue;
            }

            if (fields.Length != columns.Count)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {columns.Count} tab-separated columns, found {fields.Length}");
            }

            yield return (lineNumber, fields);
        }
    }
}
