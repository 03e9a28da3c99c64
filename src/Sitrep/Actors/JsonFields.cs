using System.Globalization;
using System.Text.Json;

namespace Sitrep.Actors;

/// <summary>Collects problems for one file and reads typed values with a clear message when they are wrong.</summary>
internal sealed class JsonFields(string file, List<string> problems)
{
    public void Problem(string location, string message) => problems.Add($"{file}: {location}: {message}");

    public void UnknownKeys(JsonElement element, HashSet<string> allowed, string location)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Problem(location, $"unknown field \"{property.Name}\" (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public string? RequiredString(JsonElement element, string key, string location)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(location, $"\"{key}\" is missing");
            return null;
        }

        return StringValue(value, key, location);
    }

    public string? OptionalString(JsonElement element, string key, string location) =>
        element.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? StringValue(value, key, location) : null;

    public List<string> Strings(JsonElement element, string key, string location)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in Array(value, key, location))
        {
            string? text = StringValue(item, key, location);
            if (text is not null)
            {
                result.Add(text);
            }
        }

        return result;
    }

    public List<JsonElement> Array(JsonElement value, string key, string location)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(location, $"\"{key}\" must be an array");
            return [];
        }

        return [.. value.EnumerateArray()];
    }

    public DateOnly? Date(JsonElement element, string key, string location)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(location, $"\"{key}\" must be a date \"yyyy-MM-dd\" or null, found {value.GetRawText()}");
        return null;
    }

    public bool CountryCode(string code, string location)
    {
        if (code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]))
        {
            return true;
        }

        Problem(location, $"country \"{code}\" must be an ISO 3166 alpha-2 code in capitals (\"MM\")");
        return false;
    }

    private string? StringValue(JsonElement value, string key, string location)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(location, $"\"{key}\" must be text, found {value.GetRawText()}");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            Problem(location, $"\"{key}\" has an empty value");
            return null;
        }

        return text;
    }
}
