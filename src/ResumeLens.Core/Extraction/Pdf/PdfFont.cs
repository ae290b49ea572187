namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>A font as the interpreter needs it: code splitting, code → Unicode, advance widths and style.</summary>
internal sealed class PdfFont
{
    private readonly string[]? _simpleText;
    private readonly double[]? _simpleWidths;
    private readonly PdfCMap? _toUnicode;
    private readonly PdfCMap? _encodingCMap;
    private readonly bool _composite;
    private readonly int _defaultCodeLength;
    private readonly Dictionary<int, double>? _cidWidths;
    private readonly double _defaultWidth;
    private readonly Dictionary<int, string>? _compositeText;

    private PdfFont(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public bool Bold { get; private set; }

    public bool Italic { get; private set; }

    /// <summary>Glyph-space to text-space factor (0.001 for all but Type 3 fonts).</summary>
    public double GlyphScale { get; private init; } = 0.001;

    /// <summary>Vertical size factor relative to a 1000-unit em; Type 3 fonts may differ.</summary>
    public double SizeScale { get; private init; } = 1;

    private PdfFont(string name, string[] simpleText, double[] simpleWidths, PdfCMap? toUnicode)
        : this(name)
    {
        _simpleText = simpleText;
        _simpleWidths = simpleWidths;
        _toUnicode = toUnicode;
    }

    private PdfFont(string name, PdfCMap? encoding, int defaultCodeLength, Dictionary<int, double> widths, double defaultWidth, PdfCMap? toUnicode)
        : this(name)
    {
        _composite = true;
        _encodingCMap = encoding;
        _defaultCodeLength = defaultCodeLength;
        _cidWidths = widths;
        _defaultWidth = defaultWidth;
        _toUnicode = toUnicode;
        _compositeText = [];
    }

    /// <summary>Reads the next code from a string; returns its byte length, its text ("" when unknown) and its width in glyph units.</summary>
    public int Next(ReadOnlySpan<byte> bytes, out string text, out double width, out bool singleByteSpace)
    {
        if (!_composite)
        {
            int code = bytes[0];
            text = _simpleText![code];
            width = _simpleWidths![code];
            singleByteSpace = code == 32;
            return 1;
        }
        var length = _encodingCMap is not null ? _encodingCMap.CodeLength(bytes, _defaultCodeLength) : _defaultCodeLength;
        length = Math.Min(length, bytes.Length);
        var value = 0;
        for (var i = 0; i < length; i++) value = (value << 8) | bytes[i];
        singleByteSpace = length == 1 && value == 32;
        var cid = _encodingCMap is not null ? _encodingCMap.Cid(value) : value;
        width = _cidWidths!.TryGetValue(cid, out var w) ? w : _defaultWidth;
        if (!_compositeText!.TryGetValue(value, out var cached))
        {
            cached = PdfEncodings.ExpandLigatures(_toUnicode?.Lookup(value) ?? "");
            _compositeText[value] = cached;
        }
        text = cached;
        return length;
    }

    public static PdfFont Create(PdfFile file, PdfDictionary dict)
    {
        var subtype = dict.GetName("Subtype") ?? "Type1";
        var baseFont = dict.GetName("BaseFont") ?? dict.GetName("Name") ?? subtype;
        var plus = baseFont.IndexOf('+');
        var name = plus == 6 ? baseFont[(plus + 1)..] : baseFont;
        PdfCMap? toUnicode = null;
        if (file.Resolve(dict.GetValueOrDefault("ToUnicode")) is PdfStream tu)
        {
            try
            {
                toUnicode = PdfCMap.Parse(file.DecodeStream(tu), file.MaxDepth);
            }
            catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.UnsupportedFormat)
            {
                toUnicode = null;
            }
        }
        PdfFont font;
        PdfDictionary? descriptor;
        if (subtype == "Type0")
        {
            var descendant = file.Resolve(dict.GetValueOrDefault("DescendantFonts")) is PdfArray da && da.Count > 0 ? file.ResolveDictionary(da[0]) : null;
            descriptor = descendant is null ? null : file.ResolveDictionary(descendant.GetValueOrDefault("FontDescriptor"));
            var encodingObject = file.Resolve(dict.GetValueOrDefault("Encoding"));
            PdfCMap? encoding = null;
            if (encodingObject is PdfStream es)
            {
                encoding = PdfCMap.Parse(file.DecodeStream(es), file.MaxDepth);
                if (!encoding.HasCodespaces) encoding = null;
            }
            var widths = new Dictionary<int, double>();
            var defaultWidth = 1000.0;
            if (descendant is not null)
            {
                if (descendant.TryGetValue("DW", out var dw)) defaultWidth = PdfLexer.ToDouble(file.Resolve(dw));
                if (file.Resolve(descendant.GetValueOrDefault("W")) is PdfArray w) ReadCidWidths(file, w, widths);
            }
            foreach (var key in widths.Keys.ToArray()) widths[key] *= 0.001;
            font = new PdfFont(name, encoding, 2, widths, defaultWidth * 0.001, toUnicode);
        }
        else
        {
            descriptor = file.ResolveDictionary(dict.GetValueOrDefault("FontDescriptor"));
            var glyphScale = 0.001;
            var sizeScale = 1.0;
            if (subtype == "Type3" && file.Resolve(dict.GetValueOrDefault("FontMatrix")) is PdfArray fm && fm.Count >= 4)
            {
                glyphScale = PdfLexer.ToDouble(file.Resolve(fm[0]));
                sizeScale = Math.Abs(PdfLexer.ToDouble(file.Resolve(fm[3]))) * 1000;
                if (sizeScale <= 0 || double.IsNaN(sizeScale)) sizeScale = 1;
            }
            var text = SimpleEncoding(file, dict, descriptor, subtype, name);
            var widths = SimpleWidths(file, dict, descriptor, name, text, glyphScale);
            if (toUnicode is not null && toUnicode.HasUnicode)
            {
                for (var code = 0; code < 256; code++)
                {
                    var mapped = toUnicode.Lookup(code);
                    if (mapped is not null) text[code] = mapped;
                }
            }
            for (var code = 0; code < 256; code++) text[code] = PdfEncodings.ExpandLigatures(text[code]);
            font = new PdfFont(name, text, widths, toUnicode) { GlyphScale = glyphScale, SizeScale = sizeScale };
        }
        font.SetStyle(file, name, descriptor);
        return font;
    }

    private void SetStyle(PdfFile file, string name, PdfDictionary? descriptor)
    {
        var lower = name.ToLowerInvariant();
        Bold = lower.Contains("bold", StringComparison.Ordinal) || lower.Contains("black", StringComparison.Ordinal) ||
               lower.Contains("semibold", StringComparison.Ordinal) || lower.Contains("heavy", StringComparison.Ordinal) ||
               lower.Contains("demi", StringComparison.Ordinal) || lower.EndsWith(",bd", StringComparison.Ordinal) ||
               lower.Contains("cmbx", StringComparison.Ordinal);
        Italic = lower.Contains("italic", StringComparison.Ordinal) || lower.Contains("oblique", StringComparison.Ordinal) ||
                 lower.Contains("cmti", StringComparison.Ordinal) || lower.Contains("cmsl", StringComparison.Ordinal);
        if (descriptor is null) return;
        var flags = (int)PdfLexer.ToDouble(file.Resolve(descriptor.GetValueOrDefault("Flags")));
        if ((flags & (1 << 18)) != 0) Bold = true;
        if ((flags & (1 << 6)) != 0) Italic = true;
        if (PdfLexer.ToDouble(file.Resolve(descriptor.GetValueOrDefault("FontWeight"))) >= 600) Bold = true;
        if (PdfLexer.ToDouble(file.Resolve(descriptor.GetValueOrDefault("ItalicAngle"))) < -4) Italic = true;
    }

    private static void ReadCidWidths(PdfFile file, PdfArray w, Dictionary<int, double> widths)
    {
        var i = 0;
        while (i + 1 < w.Count)
        {
            var first = (int)PdfLexer.ToDouble(file.Resolve(w[i]));
            var next = file.Resolve(w[i + 1]);
            if (next is PdfArray list)
            {
                for (var k = 0; k < list.Count && k < 65536; k++) widths[first + k] = PdfLexer.ToDouble(file.Resolve(list[k]));
                i += 2;
            }
            else
            {
                if (i + 2 >= w.Count) break;
                var last = (int)PdfLexer.ToDouble(next);
                var width = PdfLexer.ToDouble(file.Resolve(w[i + 2]));
                for (var c = first; c <= last && c - first < 65536; c++) widths[c] = width;
                i += 3;
            }
        }
    }

    private static string[] SimpleEncoding(PdfFile file, PdfDictionary dict, PdfDictionary? descriptor, string subtype, string name)
    {
        var encoding = file.Resolve(dict.GetValueOrDefault("Encoding"));
        var flags = descriptor is null ? 0 : (int)PdfLexer.ToDouble(file.Resolve(descriptor.GetValueOrDefault("Flags")));
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        string[]? baseTable = null;
        PdfArray? differences = null;
        if (encoding is PdfName en) baseTable = PdfEncodings.ByName(en.Value);
        else if (encoding is PdfDictionary ed)
        {
            baseTable = PdfEncodings.ByName(ed.GetName("BaseEncoding"));
            differences = file.Resolve(ed.GetValueOrDefault("Differences")) as PdfArray;
        }
        if (baseTable is null && subtype is "Type1" or "MMType1" && descriptor is not null &&
            file.Resolve(descriptor.GetValueOrDefault("FontFile")) is PdfStream program)
        {
            // An embedded Type 1 program carries its own encoding ("dup 65 /A put"); it is the base encoding.
            baseTable = BuiltInType1Encoding(file.DecodeStream(program));
        }
        if (baseTable is null)
        {
            var isSymbolFont = name.StartsWith("Symbol", StringComparison.Ordinal) || name.StartsWith("ZapfDingbats", StringComparison.Ordinal);
            baseTable = subtype == "TrueType" || symbolic || isSymbolFont ? PdfEncodings.WinAnsi : PdfEncodings.Standard;
        }
        var table = (string[])baseTable.Clone();
        if (differences is not null)
        {
            var code = 0;
            foreach (var item in differences)
            {
                var value = file.Resolve(item);
                if (value is int c)
                {
                    code = c;
                }
                else if (value is PdfName glyph)
                {
                    if (code is >= 0 and < 256) table[code] = PdfEncodings.GlyphToUnicode(glyph.Value) ?? "";
                    code++;
                }
            }
        }
        for (var i = 0; i < 256; i++)
        {
            if (table[i] == "\0") table[i] = "";
        }
        return table;
    }

    /// <summary>Reads "dup CODE /name put" entries from the clear-text part of a Type 1 font program.</summary>
    private static string[]? BuiltInType1Encoding(byte[] program)
    {
        var span = program.AsSpan();
        var start = span.IndexOf("/Encoding"u8);
        if (start < 0) return null;
        var end = span[start..].IndexOf("eexec"u8);
        var region = end < 0 ? span[start..] : span.Slice(start, end);
        if (region.IndexOf("StandardEncoding"u8) is >= 0 and < 40) return PdfEncodings.Standard;
        string[]? table = null;
        var pos = 0;
        while (true)
        {
            var rel = region[pos..].IndexOf("dup "u8);
            if (rel < 0) break;
            var p = pos + rel + 4;
            pos = p;
            var code = 0;
            var digits = 0;
            while (p < region.Length && region[p] >= '0' && region[p] <= '9' && digits < 4)
            {
                code = code * 10 + (region[p] - '0');
                p++;
                digits++;
            }
            if (digits == 0 || code > 255) continue;
            while (p < region.Length && region[p] == ' ') p++;
            if (p >= region.Length || region[p] != '/') continue;
            var nameStart = ++p;
            while (p < region.Length && PdfLexer.IsRegular(region[p])) p++;
            var glyph = PdfLexer.Ascii(region[nameStart..p]);
            table ??= Enumerable.Repeat("", 256).ToArray();
            table[code] = PdfEncodings.GlyphToUnicode(glyph) ?? "";
            pos = p;
        }
        return table;
    }

    private static double[] SimpleWidths(PdfFile file, PdfDictionary dict, PdfDictionary? descriptor, string name, string[] text, double glyphScale)
    {
        var widths = new double[256];
        var missing = descriptor is null ? 0 : PdfLexer.ToDouble(file.Resolve(descriptor.GetValueOrDefault("MissingWidth")));
        var hasWidths = false;
        if (file.Resolve(dict.GetValueOrDefault("Widths")) is PdfArray w)
        {
            hasWidths = w.Count > 0;
            var first = (int)PdfLexer.ToDouble(file.Resolve(dict.GetValueOrDefault("FirstChar")));
            for (var code = 0; code < 256; code++)
            {
                var index = code - first;
                widths[code] = (index >= 0 && index < w.Count ? PdfLexer.ToDouble(file.Resolve(w[index])) : missing) * glyphScale;
            }
        }
        if (hasWidths) return widths;
        for (var code = 0; code < 256; code++)
        {
            var c = text[code].Length > 0 ? text[code][0] : (char)code;
            var standard = StandardFontMetrics.Width(name, c);
            widths[code] = (standard ?? (missing > 0 ? missing : 500)) * 0.001;
        }
        return widths;
    }
}
