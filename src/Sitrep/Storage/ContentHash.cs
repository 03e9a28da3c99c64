namespace Sitrep.Storage;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The identity of a report's text: SHA-256 of the text with runs of white space collapsed and the ends trimmed, so
/// re-wrapped or re-saved copies of one report count as one. Characters are hashed as they are, not normalised to NFC:
/// the command runs with invariant globalization, where string.Normalize changes nothing, and a report must have the
/// same identity in every host that opens the store.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
