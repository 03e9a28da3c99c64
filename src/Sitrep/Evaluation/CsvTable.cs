using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// A CSV file read whole (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), with rows
/// addressed by header name. Evaluation files are small enough to read at once.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The value of <paramref name="column"/> in <paramref name="row"/>; an unknown column names the file's header.</summary>
    public string Get(string[] row, string column) =>
        _columns.TryGetValue(column, out int i)
            ? (i < row.Length ? row[i] : "")
            : throw new InvalidDataException($"no column '{column}' (columns: {string.Join(", ", Header)})");

    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path}: no header row");
        }

        return new CsvTable(records[0], records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
    }

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
