using System.Text;

namespace Sitrep.Ingest;

/// <summary>The outcome of reading one input: a report, or a one-line reason it could not be read.</summary>
public sealed record ReadResult(Report? Report, string? Error)
{
    public static ReadResult Failed(string error) => new(null, error);
}

/// <summary>
/// Reads report files for the CLI, refusing what is not a report: a missing file, an empty file, binary data or
/// text that is not valid UTF-8. Each refusal names the file and the problem.
/// </summary>
public static class ReportFileReader
{
    /// <summary>Reports larger than this are refused rather than read into memory whole.</summary>
    public const long MaxReportBytes = 16 * 1024 * 1024;

    public static ReadResult ReadFile(string path, DateOnly? published)
    {
        if (!File.Exists(path))
        {
            return ReadResult.Failed($"{path}: no such file");
        }

        var info = new FileInfo(path);
        if (info.Length > MaxReportBytes)
        {
            return ReadResult.Failed($"{path}: {info.Length:N0} bytes is larger than the {MaxReportBytes:N0}-byte limit for one report");
        }

        return FromBytes(path, File.ReadAllBytes(path), published);
    }

    public static ReadResult ReadStream(string name, Stream stream, DateOnly? published)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(name, buffer.ToArray(), published);
    }

    public static ReadResult FromBytes(string name, byte[] bytes, DateOnly? published)
    {
        var (text, error) = Decode(name, bytes);
        return text is null ? ReadResult.Failed(error!) : new ReadResult(PlainTextReader.Read(name, text, published), null);
    }

    /// <summary>Decodes a file's bytes as UTF-8 text, or says why it is not text (empty, binary, not UTF-8, blank).</summary>
    public static (string? Text, string? Error) Decode(string name, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, $"{name}: the file is empty");
        }

        if (LooksBinary(bytes))
        {
            return (null, $"{name}: this is binary data, not a text report");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"{name}: not valid UTF-8 text (byte offset {e.Index})");
        }

        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text) ? (null, $"{name}: the file holds only white space") : (text, null);
    }

    // NUL bytes or a high share of control characters in the first 8 KB mean binary data.
    private static bool LooksBinary(byte[] bytes)
    {
        int n = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > n / 20;
    }
}
