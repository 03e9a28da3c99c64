namespace Sitrep.Ingest;

using System.Globalization;
using System.Text.Json;

/// <summary>Reads JSON Lines: one report per line, {"id"?, "url"?, "published", "title"?, "text"}.</summary>
public static class JsonLinesReportReader
{
    public static IReadOnlyList<IngestItem> Read(string file, string content, DateOnly? published)
    {
        var items = new List<IngestItem>();
        string[] lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length > 0)
            {
                items.Add(ReadLine($"{file}:{i + 1}", line, published));
            }
        }

        return items;
    }

    private static IngestItem ReadLine(string name, string line, DateOnly? published)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return IngestItem.Failed(name, $"{name}: a line needs an object with a \"text\" string");
            }

            string? Str(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateOnly? date = published;
            if (Str("published") is { } p)
            {
                if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                {
                    return IngestItem.Failed(name, $"{name}: \"published\" '{p}' is not a date");
                }

                date = DateOnly.FromDateTime(when.UtcDateTime);
            }

            string id = Str("id") is { } given ? $"{name} ({given})" : name;
            return IngestItem.FromParts(id, Str("title"), text.GetString()!, date, Str("url"));
        }
        catch (JsonException e)
        {
            return IngestItem.Failed(name, $"{name}: not valid JSON ({e.Message.Split('.')[0]})");
        }
    }
}
