using System.Text;
using System.Text.Unicode;

namespace ResumeLens.Core.Extraction.Text;

/// <summary>Decides whether bytes are text and decodes them: BOM first, then strict UTF-8, then Windows-1252.</summary>
public static class TextDecoding
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding()
    {
        // Windows-1252 and the other legacy code pages live in the CodePages provider; registering is idempotent.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Windows-1252, the de-facto encoding of legacy Western text files.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>A code page by number, or null when .NET does not know it.</summary>
    public static Encoding? CodePage(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The encoding announced by a byte-order mark and the mark's length, if any.</summary>
    public static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8, 3);
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        if (data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, 2);
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    /// <summary>
    /// True when a sample looks like human-readable text: a BOM, or no NUL bytes and few control characters.
    /// UTF-16 without a BOM is recognised by its zero bytes alternating with ASCII.
    /// </summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> sample)
    {
        if (sample.IsEmpty) return false;
        if (DetectBom(sample).Encoding is not null) return true;
        if (Utf16WithoutBom(sample) is not null) return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) control++;
        }
        return control * 100 <= sample.Length;
    }

    /// <summary>Decodes a whole text file and names the encoding used.</summary>
    public static string Decode(ReadOnlySpan<byte> data, out Encoding encoding)
    {
        var (bomEncoding, bomLength) = DetectBom(data);
        if (bomEncoding is not null)
        {
            encoding = bomEncoding;
            return bomEncoding.GetString(data[bomLength..]);
        }
        if (Utf16WithoutBom(data.Length > 4096 ? data[..4096] : data) is { } utf16)
        {
            encoding = utf16;
            return utf16.GetString(data[..(data.Length & ~1)]);
        }
        if (Utf8.IsValid(data))
        {
            encoding = Utf8Strict;
            return Utf8Strict.GetString(data);
        }
        encoding = Windows1252;
        return encoding.GetString(data);
    }

    /// <summary>
    /// Repairs text that went through a byte dump on its way here: runs of <c>\xHH</c> escapes that spell valid
    /// multi-byte UTF-8 ("\xe2\x80\x93") become the characters they encode; invisible ones (zero-width space,
    /// byte-order mark) are dropped and a no-break space becomes a space. Anything else is left as written.
    /// </summary>
    public static string RepairEscapedUtf8(string text)
    {
        var first = text.IndexOf("\\x", StringComparison.Ordinal);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        Span<byte> bytes = stackalloc byte[64];
        var i = first;
        while (i < text.Length)
        {
            var n = 0;
            var j = i;
            while (n < bytes.Length && j + 3 < text.Length && text[j] == '\\' && text[j + 1] == 'x' && IsHex(text[j + 2]) && IsHex(text[j + 3]))
            {
                bytes[n++] = (byte)(HexValue(text[j + 2]) * 16 + HexValue(text[j + 3]));
                j += 4;
            }
            if (n >= 2 && HasHighByte(bytes[..n]) && Utf8.IsValid(bytes[..n]))
            {
                foreach (var c in Encoding.UTF8.GetString(bytes[..n]))
                {
                    if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
                    sb.Append(c == '\u00A0' ? ' ' : c);
                }
                i = j;
                continue;
            }
            var next = text.IndexOf("\\x", i + 1, StringComparison.Ordinal);
            if (next < 0) next = text.Length;
            sb.Append(text, i, next - i);
            i = next;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The same byte dumps write tabs and line breaks as <c>\t</c>, <c>\n</c>, <c>\r</c>. A run of them becomes the
    /// characters when it is longer than one or is not followed by a letter ("Intern\t", "EXPERT\t\tBASIC"), so a
    /// path such as "C:\tools" is kept.
    /// </summary>
    public static string RepairEscapedControls(string text)
    {
        var first = text.IndexOf('\\');
        if (first < 0) return text;
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] != '\\') continue;
            var j = i;
            while (j + 1 < text.Length && text[j] == '\\' && text[j + 1] is 't' or 'n' or 'r') j += 2;
            var count = (j - i) / 2;
            if (count == 0 || count == 1 && j < text.Length && char.IsLetter(text[j]))
            {
                i = Math.Max(i, j - 1);
                continue;
            }
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, i - copied);
            for (var k = i + 1; k < j; k += 2)
            {
                if (text[k] == 't') sb.Append('\t');
                else if (text[k] == 'n') sb.Append('\n');
            }
            copied = j;
            i = j - 1;
        }
        if (sb is null) return text;
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static bool HasHighByte(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80) return true;
        }
        return false;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Turns CRLF and lone CR into LF.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 4) return null;
        int evenZero = 0, oddZero = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZero++;
            if (sample[i + 1] == 0) oddZero++;
        }
        // Mostly-ASCII UTF-16: one byte of each pair is zero almost always, the other almost never.
        if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs) return Encoding.Unicode;
        if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs) return Encoding.BigEndianUnicode;
        return null;
    }
}
