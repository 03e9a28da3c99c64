namespace Sitrep.Text;

/// <summary>
/// Makes wire copy uniform without moving any character: curly quotes become straight, dashes become '-',
/// exotic spaces become ' '. Keeping the length means offsets into the normalised text are offsets into the input.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string input)
    {
        return string.Create(input.Length, input, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                dest[i] = Map(src[i]);
            }
        });
    }

    private static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' => ' ',
        '\u0000' => ' ',
        _ => c,
    };
}
