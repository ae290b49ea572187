using System.Buffers.Binary;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>
/// Reads the Unicode 'cmap' subtable (formats 4 and 12) of an embedded TrueType font and inverts it,
/// so glyph ids can be turned into text when a font has no /ToUnicode.
/// </summary>
internal static class TrueTypeCmap
{
    /// <summary>Glyph id → Unicode text; empty when the program has no usable Unicode cmap or is damaged.</summary>
    public static Dictionary<int, string> GlyphToUnicode(byte[] font)
    {
        var result = new Dictionary<int, string>();
        try
        {
            Read(font, result);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
        {
            // A damaged font program only costs this fallback, never the document.
        }
        return result;
    }

    private static void Read(ReadOnlySpan<byte> font, Dictionary<int, string> result)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var cmapOffset = -1;
        for (var i = 0; i < tables && i < 256; i++)
        {
            var entry = font.Slice(12 + i * 16, 16);
            if (entry[..4].SequenceEqual("cmap"u8))
            {
                cmapOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
                break;
            }
        }
        if (cmapOffset < 0) return;
        var cmap = font[cmapOffset..];
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < count && i < 64; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            // Prefer full Unicode (3,10 / format 12), then BMP (3,1 or 0,x).
            var score = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, _, 12) => 3,
                (3, 1, 4) or (0, _, 4) => 2,
                _ => 0,
            };
            if (score > bestScore)
            {
                bestScore = score;
                best = offset;
            }
        }
        if (best < 0) return;
        var table = cmap[best..];
        if (BinaryPrimitives.ReadUInt16BigEndian(table) == 4) ReadFormat4(table, result);
        else ReadFormat12(table, result);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, Dictionary<int, string> result)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(t[6..]) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + s * 2)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(t[(rangeOffsets + s * 2)..]);
            if (start > end || end == 0xFFFF && start == 0xFFFF) continue;
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(t[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0 && c is < 0xD800 or > 0xDFFF) result.TryAdd(glyph, ((char)c).ToString());
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> t, Dictionary<int, string> result)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (var g = 0; g < groups && g < 100_000; g++)
        {
            var group = t.Slice(16 + g * 12, 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF && c - start < 65536; c++, glyph++)
            {
                if (c is >= 0xD800 and <= 0xDFFF) continue;
                result.TryAdd((int)glyph, char.ConvertFromUtf32((int)c));
            }
        }
    }
}
