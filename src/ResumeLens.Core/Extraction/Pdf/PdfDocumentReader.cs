using System.Globalization;
using System.Text;
using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Glyphs of every page plus document metadata and non-fatal warnings.</summary>
public sealed record PdfContent(IReadOnlyList<PageGlyphs> Pages, DocumentMetadata Metadata, IReadOnlyList<string> Warnings);

/// <summary>Reads a PDF file: parses its structure and interprets every page into positioned glyphs.</summary>
public static class PdfDocumentReader
{
    /// <summary>Parses the file and interprets every page; returns glyphs per page plus metadata.</summary>
    public static PdfContent Read(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        var pages = new List<PageGlyphs>();
        var (metadata, warnings) = ReadPages(data, context, page => pages.Add(page with { Glyphs = ((ArraySegment<Glyph>)page.Glyphs).ToArray() }));
        return new PdfContent(pages, metadata, warnings);
    }

    /// <summary>
    /// Parses the file and hands each page to <paramref name="onPage"/> in order. The page's glyphs live in a buffer
    /// reused for the next page: they are valid only during the call.
    /// </summary>
    internal static (DocumentMetadata Metadata, List<string> Warnings) ReadPages(ReadOnlyMemory<byte> data, ExtractionContext context, Action<PageGlyphs> onPage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (data.Length == 0) throw new DocumentReadException(DocumentErrorCode.Empty, "The PDF file is empty.");
        if (data.Length > context.Limits.MaxBytes)
            throw new DocumentReadException(DocumentErrorCode.TooLarge, $"The PDF is larger than {context.Limits.MaxBytes / (1024 * 1024)} MB.");
        try
        {
            return ReadCore(data, context, onPage);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(DocumentErrorCode.Corrupt, "The PDF is damaged and could not be read.", e);
        }
    }

    private static (DocumentMetadata Metadata, List<string> Warnings) ReadCore(ReadOnlyMemory<byte> data, ExtractionContext context, Action<PageGlyphs> onPage)
    {
        var file = new PdfFile(data, context);
        List<PageNode> pages;
        var warnings = new List<string>();
        try
        {
            var catalog = file.ResolveDictionary(file.Trailer.GetValueOrDefault("Root"))
                ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The PDF is damaged: it has no document catalog.");
            pages = CollectPages(file, catalog, context);
        }
        catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
        {
            // A damaged or truncated page tree: take the page objects that survive, in file order.
            pages = ScanForPages(file, context);
            if (pages.Count == 0) throw;
            warnings.Add("The page tree is damaged; pages were found by scanning the file.");
        }
        var fonts = new Dictionary<object, PdfFont?>();
        using var glyphs = new GlyphBuffer();
        for (var i = 0; i < pages.Count; i++)
        {
            context.CheckBudget();
            glyphs.Clear();
            onPage(ReadPage(file, pages[i], i + 1, fonts, context, warnings, glyphs));
        }
        warnings.InsertRange(0, file.Warnings);
        return (ReadMetadata(file), warnings);
    }

    private sealed record PageNode(PdfDictionary Page, PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate);

    private static List<PageNode> CollectPages(PdfFile file, PdfDictionary catalog, ExtractionContext context)
    {
        var pages = new List<PageNode>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var root = file.ResolveDictionary(catalog.GetValueOrDefault("Pages"))
            ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The PDF is damaged: it has no page tree.");
        Walk(root, null, null, null, 0, 0);
        return pages;

        void Walk(PdfDictionary node, PdfDictionary? resources, PdfArray? mediaBox, PdfArray? cropBox, int rotate, int depth)
        {
            if (depth > context.Limits.MaxNestingDepth)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The PDF page tree is nested too deeply.");
            // Only the path from the root counts as a loop; a shared page object is merely repeated.
            if (visited.Contains(node))
                throw new DocumentReadException(DocumentErrorCode.ReferenceLoop, "The PDF page tree refers back to itself.");
            resources = file.ResolveDictionary(node.GetValueOrDefault("Resources")) ?? resources;
            mediaBox = file.Resolve(node.GetValueOrDefault("MediaBox")) as PdfArray ?? mediaBox;
            cropBox = file.Resolve(node.GetValueOrDefault("CropBox")) as PdfArray ?? cropBox;
            if (node.TryGetValue("Rotate", out var r)) rotate = (int)PdfLexer.ToDouble(file.Resolve(r));
            var kids = file.Resolve(node.GetValueOrDefault("Kids")) as PdfArray;
            var type = node.GetName("Type");
            if (kids is null || type == "Page")
            {
                if (type is "Page" or null || kids is null)
                {
                    if (pages.Count >= context.Limits.MaxPages)
                        throw new DocumentReadException(DocumentErrorCode.TooManyPages, $"The PDF has more than {context.Limits.MaxPages} pages.");
                    pages.Add(new PageNode(node, resources, mediaBox, cropBox, rotate));
                }
                return;
            }
            visited.Add(node);
            foreach (var kid in kids)
            {
                context.CheckBudget();
                if (file.ResolveDictionary(kid) is { } child) Walk(child, resources, mediaBox, cropBox, rotate, depth + 1);
            }
            visited.Remove(node);
        }
    }

    private static List<PageNode> ScanForPages(PdfFile file, ExtractionContext context)
    {
        var pages = new List<PageNode>();
        foreach (var number in file.AllObjectNumbers())
        {
            context.CheckBudget();
            PdfDictionary? dict;
            try
            {
                dict = file.Resolve(new PdfRef(number, 0)) as PdfDictionary;
            }
            catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.ReferenceLoop)
            {
                continue;
            }
            if (dict?.GetName("Type") != "Page") continue;
            if (pages.Count >= context.Limits.MaxPages)
                throw new DocumentReadException(DocumentErrorCode.TooManyPages, $"The PDF has more than {context.Limits.MaxPages} pages.");
            PdfDictionary? parent = null;
            try
            {
                parent = file.ResolveDictionary(dict.GetValueOrDefault("Parent"));
            }
            catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
            {
            }
            object? Inherited(string key) => dict.GetValueOrDefault(key) ?? parent?.GetValueOrDefault(key);
            pages.Add(new PageNode(dict, file.ResolveDictionary(Inherited("Resources")), file.Resolve(Inherited("MediaBox")) as PdfArray,
                file.Resolve(Inherited("CropBox")) as PdfArray, (int)PdfLexer.ToDouble(file.Resolve(Inherited("Rotate")))));
        }
        return pages;
    }

    private static PageGlyphs ReadPage(PdfFile file, PageNode page, int number, Dictionary<object, PdfFont?> fonts, ExtractionContext context,
        List<string> warnings, GlyphBuffer glyphs)
    {
        var box = Rect(file, page.CropBox) ?? Rect(file, page.MediaBox) ?? (0, 0, 612, 792);
        if (Rect(file, page.MediaBox) is { } media && page.CropBox is not null)
        {
            // A crop box reaching outside the media box is clipped to it.
            box = (Math.Max(box.X0, media.X0), Math.Max(box.Y0, media.Y0), Math.Min(box.X1, media.X1), Math.Min(box.Y1, media.Y1));
            if (box.X1 <= box.X0 || box.Y1 <= box.Y0) box = media;
        }
        var rotate = ((page.Rotate % 360) + 360) % 360;
        var (x0, y0, x1, y1) = box;
        var width = x1 - x0;
        var height = y1 - y0;
        var matrix = rotate switch
        {
            90 => new PdfMatrix(0, 1, 1, 0, -y0, -x0),
            180 => new PdfMatrix(-1, 0, 0, 1, x1, -y0),
            270 => new PdfMatrix(0, -1, -1, 0, y1, x1),
            _ => new PdfMatrix(1, 0, 0, -1, -x0, y1),
        };
        if (rotate is 90 or 270) (width, height) = (height, width);
        var interpreter = new PdfContentInterpreter(file, context, fonts, matrix, glyphs);
        try
        {
            var contents = file.Resolve(page.Page.GetValueOrDefault("Contents"));
            if (contents is PdfStream single)
            {
                interpreter.Run(file.DecodeStream(single), page.Resources, 0);
            }
            else if (contents is PdfArray parts)
            {
                // Parts of one page are one content stream split at token boundaries.
                var decoded = new List<byte[]>(parts.Count);
                var total = 0L;
                foreach (var part in parts)
                {
                    if (file.Resolve(part) is not PdfStream s) continue;
                    var bytes = file.DecodeStream(s);
                    decoded.Add(bytes);
                    total += bytes.Length + 1;
                }
                if (total > Array.MaxLength)
                    throw new DocumentReadException(DocumentErrorCode.DecompressionLimit, $"Page {number}'s content is too large to read.");
                var joined = new byte[total];
                var at = 0;
                foreach (var bytes in decoded)
                {
                    bytes.CopyTo(joined, at);
                    at += bytes.Length;
                    joined[at++] = (byte)'\n';
                }
                interpreter.Run(joined, page.Resources, 0);
            }
        }
        catch (DocumentReadException e) when (e.Code is DocumentErrorCode.Corrupt or DocumentErrorCode.UnsupportedFormat)
        {
            warnings.Add($"Page {number}: {e.Message}");
        }
        warnings.AddRange(interpreter.Warnings);
        return new PageGlyphs(number, width, height, new ArraySegment<Glyph>(glyphs.Items, 0, glyphs.Count), interpreter.ImageCount);
    }

    private static (double X0, double Y0, double X1, double Y1)? Rect(PdfFile file, PdfArray? array)
    {
        if (array is null || array.Count < 4) return null;
        var a = PdfLexer.ToDouble(file.Resolve(array[0]));
        var b = PdfLexer.ToDouble(file.Resolve(array[1]));
        var c = PdfLexer.ToDouble(file.Resolve(array[2]));
        var d = PdfLexer.ToDouble(file.Resolve(array[3]));
        var rect = (Math.Min(a, c), Math.Min(b, d), Math.Max(a, c), Math.Max(b, d));
        return rect.Item3 - rect.Item1 < 1 || rect.Item4 - rect.Item2 < 1 ? null : rect;
    }

    private static DocumentMetadata ReadMetadata(PdfFile file)
    {
        PdfDictionary? info;
        try
        {
            info = file.ResolveDictionary(file.Trailer.GetValueOrDefault("Info"));
        }
        catch (DocumentReadException e) when (e.Code == DocumentErrorCode.Corrupt)
        {
            return DocumentMetadata.None;
        }
        if (info is null) return DocumentMetadata.None;
        string? Text(string key) => file.Resolve(info.GetValueOrDefault(key)) is PdfString s ? NullIfBlank(DecodeTextString(s.Bytes)) : null;
        return new DocumentMetadata(Text("Title"), Text("Author"), ParseDate(Text("CreationDate")), ParseDate(Text("ModDate")));
    }

    private static string? NullIfBlank(string s)
    {
        var trimmed = s.Trim('\0', ' ', '\t', '\r', '\n');
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Decodes a PDF text string: UTF-16BE or UTF-8 with a byte-order mark, otherwise PDFDocEncoding.</summary>
    internal static string DecodeTextString(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, (bytes.Length - 2) & ~1);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, (bytes.Length - 2) & ~1);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes) sb.Append(PdfEncodings.PdfDoc[b]);
        return sb.ToString();
    }

    /// <summary>Parses "D:YYYYMMDDHHmmSSOHH'mm'" with any trailing part omitted.</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal)) s = s[2..];
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits < 4) return null;
        int Part(int start, int length, int fallback) =>
            start + length <= digits && int.TryParse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var year = Part(0, 4, 1);
        var month = Math.Clamp(Part(4, 2, 1), 1, 12);
        var day = Math.Clamp(Part(6, 2, 1), 1, DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month));
        var hour = Math.Clamp(Part(8, 2, 0), 0, 23);
        var minute = Math.Clamp(Part(10, 2, 0), 0, 59);
        var second = Math.Clamp(Part(12, 2, 0), 0, 59);
        var offset = TimeSpan.Zero;
        var rest = s[digits..];
        if (rest.Length > 0 && (rest[0] == '+' || rest[0] == '-'))
        {
            var sign = rest[0] == '-' ? -1 : 1;
            var tz = rest[1..].Replace("'", "", StringComparison.Ordinal);
            var oh = tz.Length >= 2 && int.TryParse(tz.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : 0;
            var om = tz.Length >= 4 && int.TryParse(tz.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
            if (oh <= 14 && om < 60) offset = TimeSpan.FromMinutes(sign * (oh * 60 + om));
        }
        if (year < 1 || year > 9999) return null;
        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }
}
