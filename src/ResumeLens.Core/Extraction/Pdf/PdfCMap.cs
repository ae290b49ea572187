using System.Text;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>A parsed CMap: codespace ranges (code lengths), code → Unicode (bf) and code → CID (cid) mappings.</summary>
internal sealed class PdfCMap
{
    private readonly List<(int Length, byte[] Low, byte[] High)> _codespaces = [];
    private readonly Dictionary<int, string> _unicode = [];
    private readonly List<(int Low, int High, string Start)> _unicodeRanges = [];
    private readonly Dictionary<int, int> _cids = [];
    private readonly List<(int Low, int High, int Cid)> _cidRanges = [];

    public bool HasCodespaces => _codespaces.Count > 0;

    public bool HasUnicode => _unicode.Count > 0 || _unicodeRanges.Count > 0;

    public static PdfCMap Parse(byte[] data, int maxDepth)
    {
        var cmap = new PdfCMap();
        var lexer = new PdfLexer(data, maxDepth);
        var operands = new List<object?>();
        while (lexer.Position < lexer.Length)
        {
            var before = lexer.Position;
            var token = lexer.ReadObject(false);
            if (lexer.Position == before) break;
            if (token is not PdfKeyword keyword)
            {
                operands.Add(token);
                if (operands.Count > 4096) operands.RemoveRange(0, 2048);
                continue;
            }
            switch (keyword.Value)
            {
                case "endcodespacerange":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is PdfString lo && operands[i + 1] is PdfString hi && lo.Bytes.Length == hi.Bytes.Length && lo.Bytes.Length is > 0 and <= 4)
                            cmap._codespaces.Add((lo.Bytes.Length, lo.Bytes, hi.Bytes));
                    }
                    break;
                case "endbfchar":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is not PdfString src) continue;
                        var text = operands[i + 1] switch
                        {
                            PdfString s => Utf16(s.Bytes),
                            PdfName n => PdfEncodings.GlyphToUnicode(n.Value),
                            _ => null,
                        };
                        if (text is not null) cmap._unicode[Code(src.Bytes)] = text;
                    }
                    break;
                case "endbfrange":
                    for (var i = 0; i + 2 < operands.Count; i += 3)
                    {
                        if (operands[i] is not PdfString lo || operands[i + 1] is not PdfString hi) continue;
                        int low = Code(lo.Bytes), high = Code(hi.Bytes);
                        if (high < low || high - low > 65535) continue;
                        if (operands[i + 2] is PdfString start)
                        {
                            cmap._unicodeRanges.Add((low, high, Utf16(start.Bytes)));
                        }
                        else if (operands[i + 2] is PdfArray list)
                        {
                            for (var k = 0; k < list.Count && low + k <= high; k++)
                            {
                                if (list[k] is PdfString s) cmap._unicode[low + k] = Utf16(s.Bytes);
                            }
                        }
                    }
                    break;
                case "endcidchar":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is PdfString src && operands[i + 1] is int cid) cmap._cids[Code(src.Bytes)] = cid;
                    }
                    break;
                case "endcidrange":
                    for (var i = 0; i + 2 < operands.Count; i += 3)
                    {
                        if (operands[i] is PdfString lo && operands[i + 1] is PdfString hi && operands[i + 2] is int cid)
                            cmap._cidRanges.Add((Code(lo.Bytes), Code(hi.Bytes), cid));
                    }
                    break;
            }
            operands.Clear();
        }
        return cmap;
    }

    private static int Code(byte[] bytes)
    {
        var v = 0;
        for (var i = 0; i < bytes.Length && i < 4; i++) v = (v << 8) | bytes[i];
        return v;
    }

    private static string Utf16(byte[] bytes)
    {
        if (bytes.Length == 1) return ((char)bytes[0]).ToString();
        return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }

    /// <summary>Number of bytes of the next code, decided by the codespace ranges.</summary>
    public int CodeLength(ReadOnlySpan<byte> bytes, int fallback)
    {
        if (_codespaces.Count == 0) return fallback;
        for (var length = 1; length <= 4 && length <= bytes.Length; length++)
        {
            foreach (var (len, low, high) in _codespaces)
            {
                if (len != length) continue;
                var match = true;
                for (var i = 0; i < len; i++)
                {
                    if (bytes[i] < low[i] || bytes[i] > high[i])
                    {
                        match = false;
                        break;
                    }
                }
                if (match) return len;
            }
        }
        var shortest = 4;
        foreach (var (len, _, _) in _codespaces) shortest = Math.Min(shortest, len);
        return shortest;
    }

    public string? Lookup(int code)
    {
        if (_unicode.TryGetValue(code, out var text)) return text;
        foreach (var (low, high, start) in _unicodeRanges)
        {
            if (code < low || code > high) continue;
            var offset = code - low;
            if (start.Length == 0) return null;
            // The last UTF-16 unit is incremented across the range.
            var chars = start.ToCharArray();
            chars[^1] = (char)(chars[^1] + offset);
            return new string(chars);
        }
        return null;
    }

    public int Cid(int code)
    {
        if (_cids.TryGetValue(code, out var cid)) return cid;
        foreach (var (low, high, start) in _cidRanges)
        {
            if (code >= low && code <= high) return start + code - low;
        }
        return _cids.Count == 0 && _cidRanges.Count == 0 ? code : 0;
    }
}
