namespace Sitrep.Web.Api;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Events;
using Sitrep.Web.ReadModel;

/// <summary>
/// Reads the events filters from a query string, or says which parameter is wrong and what it should look like:
/// an analyst's typo ("contry=MM", "from=06/01/2024") gets a 400 naming it rather than a silently wider answer.
/// </summary>
internal static class EventQueryParser
{
    private static readonly string[] FilterNames = ["bbox", "country", "admin1", "place", "from", "to", "type", "actor"];
    private static readonly string[] PagingNames = ["limit", "offset", "order", "format"];

    private static readonly HashSet<string> KnownTypes =
        new(AcledTaxonomy.SubEventTypes.Keys.Concat(AcledTaxonomy.SubEventTypes.Values), StringComparer.OrdinalIgnoreCase);

    /// <summary>The filters the events list, stats and actors share, for error messages and the OpenAPI description.</summary>
    public static IReadOnlyList<string> FilterParameters => FilterNames;

    /// <summary>The parameters the events list accepts, for error messages and the OpenAPI description.</summary>
    public static IReadOnlyList<string> ListParameters { get; } = [.. FilterNames, .. PagingNames];

    /// <summary>Parses the list parameters (filters, paging, order, format).</summary>
    public static (EventQuery? Query, string? Format, string? Error) ParseList(IQueryCollection query)
    {
        var (q, error) = Parse(query, ListParameters);
        if (q is null)
        {
            return (null, null, error);
        }

        string format = query["format"].ToString() is { Length: > 0 } f ? f.ToLowerInvariant() : "json";
        if (format is not ("json" or "geojson"))
        {
            return (null, null, $"format '{query["format"]}' is not one of json, geojson");
        }

        return (q, format, null);
    }

    /// <summary>Parses the filters only (the stats and actors endpoints page nothing).</summary>
    public static (EventQuery? Query, string? Error) ParseFilters(IQueryCollection query) => Parse(query, FilterNames);

    private static (EventQuery? Query, string? Error) Parse(IQueryCollection query, IReadOnlyList<string> allowed)
    {
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                return (null, $"unknown parameter '{key}'; this endpoint takes {string.Join(", ", allowed)}");
            }
        }

        var q = new EventQuery();
        if (Text(query, "bbox") is { } bbox)
        {
            if (ParseBox(bbox) is not { } box)
            {
                return (null, $"bbox '{bbox}' must be west,south,east,north in degrees (longitude -180..180, latitude -90..90, south <= north), e.g. bbox=92,9,102,29");
            }

            q = q with { Box = box };
        }

        foreach (string name in new[] { "from", "to" })
        {
            if (Text(query, name) is not { } text)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, $"{name} '{text}' is not a date in the form YYYY-MM-DD");
            }

            q = name == "from" ? q with { From = date } : q with { To = date };
        }

        if (q.From > q.To)
        {
            return (null, $"from {q.From:yyyy-MM-dd} is after to {q.To:yyyy-MM-dd}");
        }

        var types = query["type"].SelectMany(t => (t ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (string type in types)
        {
            if (!KnownTypes.Contains(type))
            {
                return (null, $"type '{type}' is neither an ACLED event type nor a sub-event type (e.g. Battles, Explosions/Remote violence, Air/drone strike)");
            }
        }

        q = q with
        {
            Country = Text(query, "country"),
            Admin1 = Text(query, "admin1"),
            Place = Text(query, "place"),
            Actor = Text(query, "actor"),
            Types = types.Count > 0 ? types : null,
        };

        if (Text(query, "limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) || limit < 1 || limit > EventQuery.MaxLimit)
            {
                return (null, $"limit '{limitText}' must be a whole number from 1 to {EventQuery.MaxLimit}");
            }

            q = q with { Limit = limit };
        }

        if (Text(query, "offset") is { } offsetText)
        {
            if (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
            {
                return (null, $"offset '{offsetText}' must be a whole number, 0 or more");
            }

            q = q with { Offset = offset };
        }

        if (Text(query, "order") is { } order)
        {
            EventOrder? parsed = order.ToLowerInvariant() switch
            {
                "newest" => EventOrder.NewestFirst,
                "oldest" => EventOrder.OldestFirst,
                _ => null,
            };
            if (parsed is null)
            {
                return (null, $"order '{order}' is not one of newest, oldest");
            }

            q = q with { Order = parsed.Value };
        }

        return (q, null);
    }

    private static BoundingBox? ParseBox(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        var values = new double[4];
        for (int i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return null;
            }
        }

        var box = new BoundingBox(values[0], values[1], values[2], values[3]);
        bool valid = box.West is >= -180 and <= 180 && box.East is >= -180 and <= 180
                     && box.South is >= -90 and <= 90 && box.North is >= -90 and <= 90 && box.South <= box.North;
        return valid ? box : null;
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } s ? s.Trim() : null;
}
