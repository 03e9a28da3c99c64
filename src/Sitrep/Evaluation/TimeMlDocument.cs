using System.Globalization;
using System.Text;
using System.Xml;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A TIMEX3 annotation of a TimeML document: its span in the plain text, its type and normalised value.</summary>
public sealed record TimexAnnotation(TextSpan Span, string Type, string Value);

/// <summary>
/// A TimeML document (TimeBank, TempEval-3): the plain text of its TEXT element with the tags stripped, the date of its
/// creation-time TIMEX3 (the publication date), and the TIMEX3 annotations of the text.
/// </summary>
public sealed record TimeMlDocument(string Name, DateOnly CreationDate, string Text, IReadOnlyList<TimexAnnotation> Timexes)
{
    /// <summary>Reads a .tml file; throws <see cref="InvalidDataException"/> naming the file when it is not usable TimeML.</summary>
    public static TimeMlDocument Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Parse(Path.GetFileName(path), stream);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path}: not well-formed TimeML ({e.Message})", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses TimeML from <paramref name="stream"/>; <paramref name="name"/> names the document.</summary>
    public static TimeMlDocument Parse(string name, Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        DateOnly? created = null;
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        bool inText = false;
        (int Start, string Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3":
                    if (reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        created ??= DatePart(reader.GetAttribute("value"));
                    }
                    else if (inText && !reader.IsEmptyElement)
                    {
                        open = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value") ?? "");
                    }

                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open is { } o:
                    if (text.Length > o.Start)
                    {
                        timexes.Add(new TimexAnnotation(new TextSpan(o.Start, text.Length), o.Type, o.Value));
                    }

                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        if (created is null)
        {
            throw new InvalidDataException("no TIMEX3 with functionInDocument=\"CREATION_TIME\" and a calendar date");
        }

        return new TimeMlDocument(name, created.Value, text.ToString(), timexes);
    }

    private static DateOnly? DatePart(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
