namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>
/// The object layer of a PDF: cross-reference tables and streams, object streams, incremental
/// updates, recovery by scanning, lazy resolution with loop detection, decryption and stream decoding.
/// </summary>
internal sealed class PdfFile
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly ExtractionContext _context;
    private readonly Dictionary<int, XrefEntry> _xref = [];
    private readonly Dictionary<int, object?> _cache = [];
    private readonly HashSet<int> _resolving = [];
    private readonly Dictionary<int, (int[] Numbers, int[] Offsets, PdfLexer Lexer)> _objectStreams = [];
    private readonly OutputBudget _budget;
    private Dictionary<int, long>? _scanned;
    private PdfSecurity? _security;
    private PdfRef? _encryptRef;

    public PdfFile(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        _data = data;
        _context = context;
        _budget = new OutputBudget(context);
        Trailer = new PdfDictionary();
        Load();
    }

    public PdfDictionary Trailer { get; private set; }

    public List<string> Warnings { get; } = [];

    public int MaxDepth => _context.Limits.MaxNestingDepth;

    private PdfLexer NewLexer() => new(_data, _context.Limits.MaxNestingDepth);

    private void Load()
    {
        var span = _data.Span;
        var header = span[..Math.Min(1024, span.Length)].IndexOf("%PDF-"u8);
        if (header < 0)
            throw new DocumentReadException(DocumentErrorCode.UnsupportedFormat, "The file is not a PDF (no %PDF header).");
        var loaded = false;
        try
        {
            loaded = LoadXrefChain();
        }
        catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
        {
            loaded = false;
        }
        if (!loaded || !Trailer.ContainsKey("Root"))
        {
            Warnings.Add("The cross-reference table is damaged; objects were located by scanning the file.");
            Recover();
        }
        SetUpEncryption();
    }

    private bool LoadXrefChain()
    {
        var span = _data.Span;
        var tail = Math.Max(0, span.Length - 2048);
        var at = span[tail..].LastIndexOf("startxref"u8);
        if (at < 0) return false;
        var lexer = NewLexer();
        lexer.Position = tail + at + 9;
        var offset = lexer.ReadUnsigned();
        var visited = new HashSet<long>();
        var first = true;
        while (offset >= 0 && offset < span.Length)
        {
            _context.CheckBudget();
            if (!visited.Add(offset)) break;
            var section = ReadXrefSection(offset, out var ok);
            if (!ok) return false;
            if (first)
            {
                Trailer = section;
                first = false;
            }
            else
            {
                foreach (var kv in section)
                {
                    Trailer.TryAdd(kv.Key, kv.Value);
                }
            }
            // Hybrid files keep compressed objects in a stream named by /XRefStm.
            if (section.TryGetValue("XRefStm", out var xs) && xs is int xrefStm && visited.Add(xrefStm))
            {
                ReadXrefSection(xrefStm, out _);
            }
            offset = section.TryGetValue("Prev", out var prev) ? prev switch { int i => i, double d => (long)d, _ => -1 } : -1;
        }
        return !first;
    }

    /// <summary>Reads one xref table or xref stream; earlier entries (newer updates) win.</summary>
    private PdfDictionary ReadXrefSection(long offset, out bool ok)
    {
        ok = false;
        var lexer = NewLexer();
        lexer.Position = (int)offset;
        if (lexer.TryConsume("xref"u8))
        {
            while (true)
            {
                _context.CheckBudget();
                var save = lexer.Position;
                var start = lexer.ReadUnsigned();
                if (start < 0)
                {
                    lexer.Position = save;
                    break;
                }
                var count = lexer.ReadUnsigned();
                if (count < 0 || count > 10_000_000) return new PdfDictionary();
                for (var i = 0; i < count; i++)
                {
                    var off = lexer.ReadUnsigned();
                    var gen = lexer.ReadUnsigned();
                    var kind = lexer.ReadKeyword();
                    if (off < 0 || gen < 0) return new PdfDictionary();
                    var number = (int)(start + i);
                    if (kind == "n" && off > 0) _xref.TryAdd(number, new XrefEntry(off, (int)gen, 0, 0, true));
                    else _xref.TryAdd(number, new XrefEntry(0, (int)gen, 0, 0, false));
                }
            }
            if (!lexer.TryConsume("trailer"u8)) return new PdfDictionary();
            ok = true;
            return lexer.ReadObject(true) as PdfDictionary ?? new PdfDictionary();
        }
        lexer.Position = (int)offset;
        var number0 = lexer.ReadUnsigned();
        var gen0 = lexer.ReadUnsigned();
        if (number0 < 0 || gen0 < 0 || !lexer.TryConsume("obj"u8)) return new PdfDictionary();
        if (ParseIndirectBody(lexer, new PdfRef((int)number0, (int)gen0)) is not PdfStream stream || stream.Dictionary.GetName("Type") != "XRef")
            return new PdfDictionary();
        ReadXrefStream(stream);
        ok = true;
        return stream.Dictionary;
    }

    private void ReadXrefStream(PdfStream stream)
    {
        var dict = stream.Dictionary;
        var data = DecodeStream(stream);
        if (dict.GetValueOrDefault("W") is not PdfArray w || w.Count < 3) return;
        var w0 = (int)PdfLexer.ToDouble(w[0]);
        var w1 = (int)PdfLexer.ToDouble(w[1]);
        var w2 = (int)PdfLexer.ToDouble(w[2]);
        if (w0 < 0 || w1 < 0 || w2 < 0 || w0 > 8 || w1 > 8 || w2 > 8) return;
        var rowLength = w0 + w1 + w2;
        if (rowLength == 0) return;
        var size = dict.TryGetValue("Size", out var s) ? (int)PdfLexer.ToDouble(s) : 0;
        var index = dict.TryGetValue("Index", out var ix) && ix is PdfArray ia ? ia : [0, size];
        var pos = 0;
        for (var k = 0; k + 1 < index.Count; k += 2)
        {
            var start = (int)PdfLexer.ToDouble(index[k]);
            var count = (int)PdfLexer.ToDouble(index[k + 1]);
            for (var i = 0; i < count && pos + rowLength <= data.Length; i++, pos += rowLength)
            {
                var type = w0 == 0 ? 1 : Field(data, pos, w0);
                var f1 = Field(data, pos + w0, w1);
                var f2 = Field(data, pos + w0 + w1, w2);
                var number = start + i;
                switch (type)
                {
                    case 1:
                        _xref.TryAdd(number, new XrefEntry(f1, (int)f2, 0, 0, f1 > 0));
                        break;
                    case 2:
                        _xref.TryAdd(number, new XrefEntry(0, 0, (int)f1, (int)f2, true));
                        break;
                    default:
                        _xref.TryAdd(number, new XrefEntry(0, 0, 0, 0, false));
                        break;
                }
            }
        }
    }

    private static long Field(byte[] data, int pos, int width)
    {
        long v = 0;
        for (var i = 0; i < width; i++) v = (v << 8) | data[pos + i];
        return v;
    }

    /// <summary>Finds every "N G obj" in the file; the last occurrence of a number wins, as in an update.</summary>
    private Dictionary<int, long> Scan()
    {
        if (_scanned is not null) return _scanned;
        var found = new Dictionary<int, long>();
        var span = _data.Span;
        var pos = 0;
        while (true)
        {
            var rel = span[pos..].IndexOf("obj"u8);
            if (rel < 0) break;
            var at = pos + rel;
            pos = at + 3;
            if (at + 3 < span.Length && PdfLexer.IsRegular(span[at + 3])) continue;
            // Walk back over "N G " before the keyword.
            var p = at - 1;
            while (p >= 0 && PdfLexer.IsWhite(span[p])) p--;
            var genEnd = p;
            while (p >= 0 && span[p] >= '0' && span[p] <= '9') p--;
            if (p == genEnd || p < 0 || !PdfLexer.IsWhite(span[p])) continue;
            while (p >= 0 && PdfLexer.IsWhite(span[p])) p--;
            var numEnd = p;
            while (p >= 0 && span[p] >= '0' && span[p] <= '9') p--;
            if (p == numEnd) continue;
            if (p >= 0 && PdfLexer.IsRegular(span[p])) continue;
            long number = 0;
            for (var i = p + 1; i <= numEnd && number < int.MaxValue; i++) number = number * 10 + (span[i] - '0');
            if (number <= 0 || number >= int.MaxValue) continue;
            found[(int)number] = p + 1;
        }
        _scanned = found;
        return found;
    }

    private void Recover()
    {
        var found = Scan();
        _xref.Clear();
        foreach (var kv in found) _xref[kv.Key] = new XrefEntry(kv.Value, 0, 0, 0, true);
        _cache.Clear();
        var trailer = new PdfDictionary();
        var span = _data.Span;
        var pos = 0;
        while (true)
        {
            var rel = span[pos..].IndexOf("trailer"u8);
            if (rel < 0) break;
            var lexer = NewLexer();
            lexer.Position = pos + rel + 7;
            if (lexer.ReadObject(true) is PdfDictionary t)
            {
                foreach (var kv in t) trailer[kv.Key] = kv.Value;
            }
            pos += rel + 7;
        }
        // Objects inside object streams, and a catalog when no trailer survived.
        foreach (var number in found.Keys.ToArray())
        {
            _context.CheckBudget();
            object? obj;
            try
            {
                obj = Resolve(new PdfRef(number, 0));
            }
            catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.UnsupportedFormat)
            {
                continue;
            }
            var dict = obj is PdfStream st ? st.Dictionary : obj as PdfDictionary;
            if (dict is null) continue;
            var type = dict.GetName("Type");
            if (type == "ObjStm" && obj is PdfStream objStm)
            {
                try
                {
                    var (numbers, _, _) = OpenObjectStream(number, objStm);
                    for (var i = 0; i < numbers.Length; i++)
                    {
                        if (!found.ContainsKey(numbers[i])) _xref.TryAdd(numbers[i], new XrefEntry(0, 0, number, i, true));
                    }
                }
                catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
                {
                }
            }
            else if (type == "XRef")
            {
                foreach (var key in (string[])["Root", "Info", "Encrypt", "ID"])
                {
                    if (!trailer.ContainsKey(key) && dict.TryGetValue(key, out var v)) trailer[key] = v;
                }
            }
        }
        if (!trailer.ContainsKey("Root") || Resolve(trailer["Root"]) is not PdfDictionary)
        {
            foreach (var number in _xref.Keys.ToArray())
            {
                PdfDictionary? dict = null;
                try
                {
                    dict = Resolve(new PdfRef(number, 0)) as PdfDictionary;
                }
                catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
                {
                }
                if (dict?.GetName("Type") == "Catalog")
                {
                    trailer["Root"] = new PdfRef(number, 0);
                    break;
                }
            }
        }
        // Without a catalog the reader still looks for page objects, so no Root is not fatal here.
        Trailer = trailer;
    }

    private void SetUpEncryption()
    {
        if (!Trailer.TryGetValue("Encrypt", out var enc) || enc is null) return;
        if (enc is PdfRef r) _encryptRef = r;
        if (Resolve(enc) is not PdfDictionary encrypt) return;
        var id = Trailer.TryGetValue("ID", out var ids) && Resolve(ids) is PdfArray a && a.Count > 0 && Resolve(a[0]) is PdfString s ? s.Bytes : [];
        _security = PdfSecurity.Open(encrypt, id);
        // Objects parsed before the key was known hold encrypted strings: parse them again.
        _cache.Clear();
    }

    /// <summary>Every object number known from the cross-reference data or a scan, in ascending order.</summary>
    public List<int> AllObjectNumbers()
    {
        var numbers = new HashSet<int>(_xref.Keys);
        numbers.UnionWith(Scan().Keys);
        var list = new List<int>(numbers);
        list.Sort();
        return list;
    }

    public object? Resolve(object? value)
    {
        var hops = 0;
        while (value is PdfRef r)
        {
            if (++hops > 32)
                throw new DocumentReadException(DocumentErrorCode.ReferenceLoop, "The PDF contains a reference loop.");
            value = Load(r);
        }
        return value;
    }

    public PdfDictionary? ResolveDictionary(object? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    private object? Load(PdfRef r)
    {
        if (_cache.TryGetValue(r.Number, out var cached)) return cached;
        // Each object may need another (a stream's /Length) while it loads; bound that chain like any nesting.
        if (_resolving.Count > MaxDepth)
            throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The PDF chains too many objects through each other.");
        if (!_resolving.Add(r.Number))
            throw new DocumentReadException(DocumentErrorCode.ReferenceLoop, $"The PDF contains a reference loop at object {r.Number}.");
        try
        {
            var value = LoadUncached(r);
            _cache[r.Number] = value;
            return value;
        }
        finally
        {
            _resolving.Remove(r.Number);
        }
    }

    private object? LoadUncached(PdfRef r)
    {
        if (!_xref.TryGetValue(r.Number, out var entry) || !entry.InUse)
        {
            // Some files list objects wrongly as free or not at all; a scan may still find them.
            return Scan().TryGetValue(r.Number, out var off) ? LoadAt(off, r, allowScanFallback: false) : null;
        }
        if (entry.Compressed)
        {
            try
            {
                var (numbers, offsets, lexer) = ObjectStream(entry.StreamNumber);
                var index = entry.IndexInStream;
                if (index >= numbers.Length || numbers[index] != r.Number) index = Array.IndexOf(numbers, r.Number);
                if (index < 0) return null;
                lexer.Position = offsets[index];
                return lexer.ReadObject(true);
            }
            catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
            {
                // Viewers treat an unreadable object as null and render the rest.
                Warnings.Add(e.Message);
                return null;
            }
        }
        return LoadAt(entry.Offset, r, allowScanFallback: true);
    }

    private object? LoadAt(long offset, PdfRef r, bool allowScanFallback)
    {
        var lexer = NewLexer();
        if (offset >= 0 && offset < _data.Length)
        {
            lexer.Position = (int)offset;
            var number = lexer.ReadUnsigned();
            var gen = lexer.ReadUnsigned();
            if (number == r.Number && gen >= 0 && lexer.TryConsume("obj"u8))
                return ParseIndirectBody(lexer, new PdfRef(r.Number, (int)gen));
        }
        if (allowScanFallback && Scan().TryGetValue(r.Number, out var found) && found != offset)
        {
            Warnings.Add($"Object {r.Number} was not at its recorded offset; it was found by scanning.");
            return LoadAt(found, r, false);
        }
        Warnings.Add($"The PDF is damaged: object {r.Number} could not be read.");
        return null;
    }

    private object? ParseIndirectBody(PdfLexer lexer, PdfRef owner)
    {
        var value = lexer.ReadObject(true);
        if (value is PdfDictionary dict && lexer.TryConsume("stream"u8))
        {
            var span = _data.Span;
            var start = lexer.Position;
            if (start < span.Length && span[start] == '\r') start++;
            if (start < span.Length && span[start] == '\n') start++;
            var length = -1L;
            if (dict.TryGetValue("Length", out var lenObj))
            {
                var resolvedLength = lenObj is PdfRef lr ? Load(lr) : lenObj;
                length = resolvedLength switch { int i => i, double d => (long)d, _ => -1 };
            }
            var end = start + length;
            if (length < 0 || end > span.Length || !EndsStream(span, (int)end))
            {
                // Wrong or missing /Length: find the endstream keyword instead.
                var rel = span[start..].IndexOf("endstream"u8);
                end = rel < 0 ? span.Length : start + rel;
                while (end > start && (span[(int)end - 1] == '\n' || span[(int)end - 1] == '\r')) end--;
            }
            var stream = new PdfStream(dict, _data[start..(int)end], owner);
            Decrypt(dict, owner);
            return stream;
        }
        if (_security is not null && value is not null && !(owner == _encryptRef)) DecryptStrings(value, owner, 0);
        return value;
    }

    private static bool EndsStream(ReadOnlySpan<byte> span, int end)
    {
        var p = end;
        while (p < span.Length && PdfLexer.IsWhite(span[p])) p++;
        return span[p..].StartsWith("endstream"u8) || span[p..].StartsWith("endobj"u8);
    }

    private void Decrypt(PdfDictionary dict, PdfRef owner)
    {
        if (_security is not null && owner != _encryptRef) DecryptStrings(dict, owner, 0);
    }

    private void DecryptStrings(object value, PdfRef owner, int depth)
    {
        if (depth > MaxDepth) return;
        switch (value)
        {
            case PdfString s:
                s.Bytes = _security!.DecryptString(s.Bytes, owner);
                break;
            case PdfArray a:
                foreach (var item in a)
                {
                    if (item is not null) DecryptStrings(item, owner, depth + 1);
                }
                break;
            case PdfDictionary d:
                foreach (var item in d.Values)
                {
                    if (item is not null) DecryptStrings(item, owner, depth + 1);
                }
                break;
        }
    }

    private (int[] Numbers, int[] Offsets, PdfLexer Lexer) ObjectStream(int number)
    {
        if (_objectStreams.TryGetValue(number, out var cached)) return cached;
        if (Resolve(new PdfRef(number, 0)) is not PdfStream stream)
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The PDF is damaged: object stream {number} is missing.");
        return OpenObjectStream(number, stream);
    }

    private (int[] Numbers, int[] Offsets, PdfLexer Lexer) OpenObjectStream(int number, PdfStream stream)
    {
        if (_objectStreams.TryGetValue(number, out var cached)) return cached;
        var data = DecodeStream(stream);
        var n = stream.Dictionary.TryGetValue("N", out var nv) ? (int)PdfLexer.ToDouble(Resolve(nv)) : 0;
        var first = stream.Dictionary.TryGetValue("First", out var fv) ? (int)PdfLexer.ToDouble(Resolve(fv)) : 0;
        if (n < 0 || n > 1_000_000 || first < 0 || first > data.Length)
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The PDF is damaged: object stream {number} has a bad header.");
        var lexer = new PdfLexer(data, _context.Limits.MaxNestingDepth);
        var numbers = new List<int>(n);
        var offsets = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var num = lexer.ReadUnsigned();
            var off = lexer.ReadUnsigned();
            if (num < 0 || off < 0) break;
            numbers.Add((int)num);
            offsets.Add((int)Math.Min(first + off, data.Length));
        }
        var result = (numbers.ToArray(), offsets.ToArray(), lexer);
        _objectStreams[number] = result;
        return result;
    }

    /// <summary>Decrypts and runs every filter; stops at image codecs, returning the data still encoded.</summary>
    public byte[] DecodeStream(PdfStream stream, int wanted = int.MaxValue)
    {
        _context.CheckBudget();
        var dict = stream.Dictionary;
        var raw = stream.Raw.Span;
        // The raw bytes are copied only when they are the result; a filter reads them where they lie.
        var decrypted = _security is not null && dict.GetName("Type") != "XRef" && stream.Owner != default
            ? _security.DecryptStream(raw, stream.Owner)
            : null;
        var input = decrypted is null ? raw : decrypted;
        var filters = Resolve(dict.TryGetValue("Filter", out var f) ? f : dict.GetValueOrDefault("F"));
        var parms = Resolve(dict.TryGetValue("DecodeParms", out var p) ? p : dict.GetValueOrDefault("DP"));
        if (filters is PdfName single)
        {
            return Decodes(single.Value) ? Apply(single.Value, input, ResolveDictionary(parms), wanted) : decrypted ?? raw.ToArray();
        }
        byte[]? data = decrypted;
        if (filters is PdfArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (Resolve(list[i]) is not PdfName name) continue;
                var parm = parms is PdfArray pa && i < pa.Count ? ResolveDictionary(pa[i]) : ResolveDictionary(parms);
                if (PdfFilters.IsImageFilter(name.Value)) break;
                if (!Decodes(name.Value)) continue;
                data = Apply(name.Value, data is null ? raw : data, parm);
            }
        }
        return data ?? raw.ToArray();
    }

    private static bool Decodes(string filter) => !PdfFilters.IsImageFilter(filter) && filter != "Crypt";

    private byte[] Apply(string filter, ReadOnlySpan<byte> data, PdfDictionary? parms, int wanted = int.MaxValue)
    {
        _budget.Reset();
        return PdfFilters.Decode(filter, data, parms, _budget, wanted);
    }
}
