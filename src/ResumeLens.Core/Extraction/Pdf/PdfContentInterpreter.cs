using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Runs a page's content streams and emits glyphs in top-left page space.</summary>
internal sealed class PdfContentInterpreter
{
    private const int MaxFormDepth = 12;

    private readonly PdfFile _file;
    private readonly ExtractionContext _context;
    private readonly Dictionary<object, PdfFont?> _fonts;
    private readonly GlyphBuffer _glyphs;
    private readonly Stack<GraphicsState> _stack = new();
    private readonly List<object?> _operands = new(16);
    private readonly HashSet<PdfStream> _activeForms = [];
    private readonly Stack<(int FirstGlyph, string? ActualText)> _markedContent = new();
    private GraphicsState _gs;
    private PdfMatrix _tm = PdfMatrix.Identity;
    private PdfMatrix _tlm = PdfMatrix.Identity;
    private int _operatorCount;

    // Filled rectangles in page space, in painting order, so a glyph knows the colour beneath it.
    private readonly List<(double Left, double Top, double Right, double Bottom, int Color)> _paints = [];
    private readonly List<(double Left, double Top, double Right, double Bottom)> _pendingRects = [];
    private bool _pathHasNonRect;
    private const int MaxPaints = 4096;

    /// <summary>Interprets one page into <paramref name="glyphs"/>, which the caller clears between pages.</summary>
    public PdfContentInterpreter(PdfFile file, ExtractionContext context, Dictionary<object, PdfFont?> fonts, PdfMatrix pageMatrix, GlyphBuffer glyphs)
    {
        _glyphs = glyphs;
        _file = file;
        _context = context;
        _fonts = fonts;
        _gs = new GraphicsState { Ctm = pageMatrix };
    }

    public GlyphBuffer Glyphs => _glyphs;

    public int ImageCount { get; private set; }

    public List<string> Warnings { get; } = [];

    private sealed class GraphicsState
    {
        public PdfMatrix Ctm = PdfMatrix.Identity;
        public PdfFont? Font;
        public double FontSize = 1;
        public double CharSpacing;
        public double WordSpacing;
        public double HorizontalScale = 1;
        public double Leading;
        public double Rise;
        public int RenderMode;
        public int FillColor;
        public int FillComponents = 1;
        public bool FillSeparation;

        public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
    }

    public void Run(byte[] content, PdfDictionary? resources, int depth)
    {
        var lexer = new PdfLexer(content, _file.MaxDepth);
        _operands.Clear();
        while (true)
        {
            var before = lexer.Position;
            var token = lexer.ReadObject(false);
            if (lexer.Position == before || (token is null && lexer.Position >= lexer.Length)) break;
            if (token is not PdfKeyword op)
            {
                if (_operands.Count < 64) _operands.Add(token);
                continue;
            }
            if ((++_operatorCount & 1023) == 0) _context.CheckBudget();
            try
            {
                Execute(op.Value, lexer, resources, depth);
            }
            catch (Exception e) when (e is InvalidCastException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
            {
                // A malformed operator is skipped, as viewers do; the rest of the page still renders.
            }
            _operands.Clear();
        }
    }

    private double Num(int i) => i < _operands.Count ? PdfLexer.ToDouble(_operands[i]) : 0;

    private void Execute(string op, PdfLexer lexer, PdfDictionary? resources, int depth)
    {
        switch (op)
        {
            case "q":
                if (_stack.Count < 256) _stack.Push(_gs.Clone());
                break;
            case "Q":
                if (_stack.Count > 0) _gs = _stack.Pop();
                break;
            case "cm":
                if (_operands.Count >= 6) _gs.Ctm = new PdfMatrix(Num(0), Num(1), Num(2), Num(3), Num(4), Num(5)).Then(_gs.Ctm);
                break;
            case "BT":
                _tm = PdfMatrix.Identity;
                _tlm = PdfMatrix.Identity;
                break;
            case "ET":
                break;
            case "Tf":
                if (_operands.Count >= 2)
                {
                    _gs.Font = _operands[0] is PdfName fontName ? LoadFont(resources, fontName.Value) : null;
                    _gs.FontSize = Num(1);
                }
                break;
            case "Tc":
                _gs.CharSpacing = Num(0);
                break;
            case "Tw":
                _gs.WordSpacing = Num(0);
                break;
            case "Tz":
                _gs.HorizontalScale = Num(0) / 100;
                break;
            case "TL":
                _gs.Leading = Num(0);
                break;
            case "Ts":
                _gs.Rise = Num(0);
                break;
            case "Tr":
                _gs.RenderMode = (int)Num(0);
                break;
            case "Td":
                _tlm = PdfMatrix.Translation(Num(0), Num(1)).Then(_tlm);
                _tm = _tlm;
                break;
            case "TD":
                _gs.Leading = -Num(1);
                _tlm = PdfMatrix.Translation(Num(0), Num(1)).Then(_tlm);
                _tm = _tlm;
                break;
            case "Tm":
                if (_operands.Count >= 6)
                {
                    _tlm = new PdfMatrix(Num(0), Num(1), Num(2), Num(3), Num(4), Num(5));
                    _tm = _tlm;
                }
                break;
            case "T*":
                NextLine();
                break;
            case "Tj":
                if (_operands.Count > 0 && _operands[^1] is PdfString s) Show(s.Bytes);
                break;
            case "'":
                NextLine();
                if (_operands.Count > 0 && _operands[^1] is PdfString s1) Show(s1.Bytes);
                break;
            case "\"":
                if (_operands.Count >= 3)
                {
                    _gs.WordSpacing = Num(0);
                    _gs.CharSpacing = Num(1);
                }
                NextLine();
                if (_operands.Count > 0 && _operands[^1] is PdfString s2) Show(s2.Bytes);
                break;
            case "TJ":
                if (_operands.Count > 0 && _operands[^1] is PdfArray items)
                {
                    foreach (var item in items)
                    {
                        if (item is PdfString part) Show(part.Bytes);
                        else if (item is int or double) Adjust(PdfLexer.ToDouble(item));
                    }
                }
                break;
            case "g":
                SetFill(1, false);
                break;
            case "rg":
                SetFill(3, false);
                break;
            case "k":
                SetFill(4, false);
                break;
            case "sc":
            case "scn":
                SetFill(_operands.Count, true);
                break;
            case "cs":
                SetColorSpace(resources);
                break;
            case "Do":
                if (_operands.Count > 0 && _operands[0] is PdfName xname) DoXObject(resources, xname.Value, depth);
                break;
            case "BI":
                SkipInlineImage(lexer);
                ImageCount++;
                break;
            case "BMC":
                if (_markedContent.Count < 256) _markedContent.Push((_glyphs.Count, null));
                break;
            case "BDC":
                if (_markedContent.Count < 256) _markedContent.Push((_glyphs.Count, ActualText(resources)));
                break;
            case "EMC":
                if (_markedContent.Count > 0) EndMarkedContent(_markedContent.Pop());
                break;
            case "gs":
                if (_operands.Count > 0 && _operands[0] is PdfName gsName) ApplyExtGState(resources, gsName.Value);
                break;
            case "re":
                if (_operands.Count >= 4) AddRect(Num(0), Num(1), Num(2), Num(3));
                break;
            case "m":
            case "l":
            case "c":
            case "v":
            case "y":
                _pathHasNonRect = true;
                break;
            case "f":
            case "F":
            case "f*":
            case "B":
            case "B*":
            case "b":
            case "b*":
                PaintPendingRects();
                break;
            case "n":
            case "S":
            case "s":
                _pendingRects.Clear();
                _pathHasNonRect = false;
                break;
        }
    }

    private void AddRect(double x, double y, double w, double h)
    {
        var ctm = _gs.Ctm;
        var (x0, y0) = ctm.Apply(x, y);
        var (x1, y1) = ctm.Apply(x + w, y + h);
        if (!double.IsFinite(x0) || !double.IsFinite(y0) || !double.IsFinite(x1) || !double.IsFinite(y1)) return;
        if (_pendingRects.Count < 256)
            _pendingRects.Add((Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1)));
    }

    private void PaintPendingRects()
    {
        // Only axis-aligned rectangles are tracked: they are how sidebars and banners are drawn.
        if (!_pathHasNonRect && _paints.Count < MaxPaints)
        {
            foreach (var r in _pendingRects) _paints.Add((r.Left, r.Top, r.Right, r.Bottom, _gs.FillColor));
        }
        _pendingRects.Clear();
        _pathHasNonRect = false;
    }

    /// <summary>The colour of the last filled rectangle under a point, white paper when none is.</summary>
    private int BackgroundAt(double x, double y)
    {
        for (var i = _paints.Count - 1; i >= 0; i--)
        {
            var p = _paints[i];
            if (x >= p.Left && x <= p.Right && y >= p.Top && y <= p.Bottom) return p.Color;
        }
        return 0xFFFFFF;
    }

    private string? ActualText(PdfDictionary? resources)
    {
        if (_operands.Count < 2) return null;
        var properties = _operands[1] switch
        {
            PdfDictionary inline => inline,
            PdfName name => _file.ResolveDictionary(_file.ResolveDictionary(resources?.GetValueOrDefault("Properties"))?.GetValueOrDefault(name.Value)),
            _ => null,
        };
        return _file.Resolve(properties?.GetValueOrDefault("ActualText")) is PdfString text ? PdfDocumentReader.DecodeTextString(text.Bytes) : null;
    }

    /// <summary>Replaces the glyphs of a span carrying /ActualText by one glyph with that text over their extent.</summary>
    private void EndMarkedContent((int FirstGlyph, string? ActualText) span)
    {
        if (span.ActualText is null || span.FirstGlyph >= _glyphs.Count) return;
        var items = _glyphs.Items;
        var first = items[span.FirstGlyph];
        double left = first.Left, right = first.Right;
        for (var i = span.FirstGlyph + 1; i < _glyphs.Count; i++)
        {
            left = Math.Min(left, items[i].Left);
            right = Math.Max(right, items[i].Right);
        }
        _glyphs.Truncate(span.FirstGlyph);
        var text = PdfEncodings.ExpandLigatures(span.ActualText);
        if (text.Length > 0) _glyphs.Add(first with { Text = text, Left = left, Right = right });
    }

    private void NextLine()
    {
        _tlm = PdfMatrix.Translation(0, -_gs.Leading).Then(_tlm);
        _tm = _tlm;
    }

    private void Adjust(double amount)
    {
        var tx = -amount * 0.001 * _gs.FontSize * _gs.HorizontalScale;
        _tm = PdfMatrix.Translation(tx, 0).Then(_tm);
    }

    private void Show(byte[] bytes)
    {
        var font = _gs.Font;
        if (font is null || bytes.Length == 0) return;
        var gs = _gs;
        var fontSize = gs.FontSize;
        var scale = gs.HorizontalScale;
        var span = bytes.AsSpan();
        var sizeMatrix = new PdfMatrix(fontSize * scale, 0, 0, fontSize, 0, gs.Rise);
        var textToPage = _tm.Then(gs.Ctm);
        var effectiveSize = Math.Abs(fontSize) * Math.Sqrt(textToPage.C * textToPage.C + textToPage.D * textToPage.D) * font.SizeScale;
        var upright = Math.Abs(textToPage.B) <= 1e-3 * Math.Abs(textToPage.A) && textToPage.A > 0 && textToPage.D < 0;
        var pos = 0;
        while (pos < span.Length)
        {
            var length = font.Next(span[pos..], out var text, out var width, out var isSpace);
            if (length <= 0) break;
            pos += length;
            var trm = sizeMatrix.Then(_tm).Then(gs.Ctm);
            var (x0, y0) = trm.Apply(0, 0);
            var advance = width * fontSize + gs.CharSpacing + (isSpace ? gs.WordSpacing : 0);
            if (text.Length > 0)
            {
                var (x1, _) = trm.Apply(width, 0);
                double left = x0, right = x1;
                if (!upright && right < left) (left, right) = (right, left);
                var background = _paints.Count == 0 ? 0xFFFFFF : BackgroundAt((left + right) * 0.5, y0 - effectiveSize * 0.3);
                _glyphs.Add(new Glyph(text, left, y0, right, effectiveSize, font.Name, font.Bold, font.Italic, gs.FillColor, gs.RenderMode, upright, background));
            }
            _tm = PdfMatrix.Translation(advance * scale, 0).Then(_tm);
        }
    }

    private void SetFill(int components, bool general)
    {
        var n = Math.Min(components, _operands.Count);
        if (general)
        {
            // Pattern names or spot tints: keep components from the colour space, ignore names.
            if (n > 0 && _operands[n - 1] is PdfName) n--;
            if (_gs.FillSeparation && n == 1)
            {
                var tint = Math.Clamp(Num(0), 0, 1);
                _gs.FillColor = Gray(1 - tint);
                return;
            }
        }
        else
        {
            _gs.FillSeparation = false;
            _gs.FillComponents = components;
        }
        _gs.FillColor = n switch
        {
            1 => Gray(Num(0)),
            3 => Rgb(Num(0), Num(1), Num(2)),
            4 => Rgb((1 - Num(0)) * (1 - Num(3)), (1 - Num(1)) * (1 - Num(3)), (1 - Num(2)) * (1 - Num(3))),
            _ => _gs.FillColor,
        };
    }

    private static int Gray(double g) => Rgb(g, g, g);

    private static int Rgb(double r, double g, double b)
    {
        static int Channel(double v) => (int)Math.Round(Math.Clamp(double.IsNaN(v) ? 0 : v, 0, 1) * 255);
        return (Channel(r) << 16) | (Channel(g) << 8) | Channel(b);
    }

    private void SetColorSpace(PdfDictionary? resources)
    {
        if (_operands.Count == 0 || _operands[0] is not PdfName name) return;
        _gs.FillSeparation = false;
        var space = name.Value;
        object? resolved = null;
        if (space is not ("DeviceGray" or "DeviceRGB" or "DeviceCMYK" or "Pattern") &&
            _file.ResolveDictionary(resources?.GetValueOrDefault("ColorSpace")) is { } spaces)
        {
            resolved = _file.Resolve(spaces.GetValueOrDefault(space));
        }
        if (resolved is PdfName rn) space = rn.Value;
        else if (resolved is PdfArray ra && ra.Count > 0 && _file.Resolve(ra[0]) is PdfName family)
        {
            space = family.Value;
            if (space is "Separation" or "DeviceN") _gs.FillSeparation = true;
        }
        // Every space starts black (tint 1 for separations also means full ink).
        _gs.FillColor = 0;
    }

    private void ApplyExtGState(PdfDictionary? resources, string name)
    {
        if (_file.ResolveDictionary(resources?.GetValueOrDefault("ExtGState")) is not { } states) return;
        if (_file.ResolveDictionary(states.GetValueOrDefault(name)) is not { } state) return;
        if (_file.Resolve(state.GetValueOrDefault("Font")) is PdfArray fontEntry && fontEntry.Count >= 2 && _file.ResolveDictionary(fontEntry[0]) is { } fontDict)
        {
            _gs.Font = LoadFont(fontEntry[0] is PdfRef r ? r : fontDict, fontDict);
            _gs.FontSize = PdfLexer.ToDouble(_file.Resolve(fontEntry[1]));
        }
    }

    private PdfFont? LoadFont(PdfDictionary? resources, string name)
    {
        if (_file.ResolveDictionary(resources?.GetValueOrDefault("Font")) is not { } fonts) return null;
        var entry = fonts.GetValueOrDefault(name);
        if (_file.ResolveDictionary(entry) is not { } dict) return null;
        return LoadFont(entry is PdfRef r ? r : dict, dict);
    }

    private PdfFont? LoadFont(object key, PdfDictionary dict)
    {
        if (_fonts.TryGetValue(key, out var cached)) return cached;
        PdfFont? font;
        try
        {
            font = PdfFont.Create(_file, dict);
        }
        catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.UnsupportedFormat)
        {
            Warnings.Add("A font could not be read: " + e.Message);
            font = null;
        }
        _fonts[key] = font;
        return font;
    }

    private void DoXObject(PdfDictionary? resources, string name, int depth)
    {
        if (_file.ResolveDictionary(resources?.GetValueOrDefault("XObject")) is not { } xobjects) return;
        var value = _file.Resolve(xobjects.GetValueOrDefault(name));
        if (value is not PdfStream stream) return;
        var subtype = stream.Dictionary.GetName("Subtype");
        if (subtype == "Image")
        {
            ImageCount++;
            return;
        }
        if (subtype != "Form" || depth >= MaxFormDepth || !_activeForms.Add(stream)) return;
        try
        {
            var saved = _gs.Clone();
            var savedTm = _tm;
            var savedTlm = _tlm;
            if (_file.Resolve(stream.Dictionary.GetValueOrDefault("Matrix")) is PdfArray m && m.Count >= 6)
            {
                var matrix = new PdfMatrix(PdfLexer.ToDouble(m[0]), PdfLexer.ToDouble(m[1]), PdfLexer.ToDouble(m[2]),
                    PdfLexer.ToDouble(m[3]), PdfLexer.ToDouble(m[4]), PdfLexer.ToDouble(m[5]));
                _gs.Ctm = matrix.Then(_gs.Ctm);
            }
            var formResources = _file.ResolveDictionary(stream.Dictionary.GetValueOrDefault("Resources")) ?? resources;
            var stackDepth = _stack.Count;
            try
            {
                Run(_file.DecodeStream(stream), formResources, depth + 1);
            }
            catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.UnsupportedFormat)
            {
                // One unreadable form loses its own text, not the rest of the page.
                Warnings.Add("A form on the page could not be read: " + e.Message);
            }
            while (_stack.Count > stackDepth) _stack.Pop();
            _gs = saved;
            _tm = savedTm;
            _tlm = savedTlm;
        }
        finally
        {
            _activeForms.Remove(stream);
        }
    }

    private void SkipInlineImage(PdfLexer lexer)
    {
        // Skip the image dictionary up to ID, then the binary data up to an EI surrounded by white space.
        for (var i = 0; i < 1024; i++)
        {
            var before = lexer.Position;
            var token = lexer.ReadObject(false);
            if (lexer.Position == before) return;
            if (token is PdfKeyword { Value: "ID" }) break;
        }
        var data = lexer.Data;
        var p = lexer.Position + 1;
        while (p + 1 < data.Length)
        {
            var rel = data[p..].IndexOf("EI"u8);
            if (rel < 0)
            {
                p = data.Length;
                break;
            }
            p += rel;
            var beforeOk = PdfLexer.IsWhite(data[p - 1]);
            var afterOk = p + 2 >= data.Length || PdfLexer.IsWhite(data[p + 2]);
            if (beforeOk && afterOk)
            {
                p += 2;
                break;
            }
            p += 2;
        }
        lexer.Position = Math.Min(p, data.Length);
    }
}
