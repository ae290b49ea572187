using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ResumeLens.Core.Extraction.Docx;
using ResumeLens.Core.Extraction.Text;

namespace ResumeLens.Core.Extraction.Odt;

/// <summary>
/// Reads OpenDocument text (LibreOffice, Google Docs export): headings, paragraphs, lists, tables,
/// text frames, headers and footers from the master page, and metadata from meta.xml.
/// </summary>
public static class OdtReader
{
    private const string FormatName = "ODT";

    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        using var zip = ZipPackageGuard.Open(data, FormatName);
        ZipPackageGuard.Check(zip, context, FormatName);
        var content = Load(zip, "content.xml") ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The ODT package has no content.xml.");
        var styles = Load(zip, "styles.xml");
        var meta = Load(zip, "meta.xml");

        var builder = new FlowDocumentBuilder(context);
        var walker = new Walker(builder, context);
        walker.AddStyles(styles?.Root?.Element(Office + "styles"));
        walker.AddStyles(styles?.Root?.Element(Office + "automatic-styles"));
        walker.AddStyles(content.Root?.Element(Office + "automatic-styles"));

        var masterPages = styles?.Root?.Element(Office + "master-styles")?.Elements(Style + "master-page").ToList() ?? [];
        foreach (var header in masterPages.Select(m => m.Element(Style + "header")).OfType<XElement>().Take(1)) walker.Part(header, BlockKind.Header);

        var body = content.Root?.Element(Office + "body")?.Element(Office + "text")
            ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The ODT content has no text body (it may be a spreadsheet or presentation).");
        walker.Blocks(body, 0, null);
        builder.EndBlock();

        foreach (var footer in masterPages.Select(m => m.Element(Style + "footer")).OfType<XElement>().Take(1)) walker.Part(footer, BlockKind.Footer);

        var images = content.Descendants(Draw + "image").Count();
        return builder.Build(SourceFormat.Odt, Metadata(meta), imageCount: images);
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null) return null;
        try
        {
            // Sizes, depth and DTDs were already checked by the guard; this read only parses.
            using var reader = XmlReader.Create(entry.Open(), ZipPackageGuard.SafeXmlSettings());
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw ZipPackageGuard.XmlFailure(ex, FormatName, name);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The ODT part '{name}' cannot be decompressed: {ex.Message}", ex);
        }
    }

    private static DocumentMetadata Metadata(XDocument? meta)
    {
        var m = meta?.Root?.Element(Office + "meta");
        if (m is null) return DocumentMetadata.None;
        static string? Value(XElement? e) => string.IsNullOrWhiteSpace(e?.Value) ? null : e!.Value.Trim();
        static DateTimeOffset? Date(XElement? e) =>
            DateTimeOffset.TryParse(e?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        return new DocumentMetadata(
            Value(m.Element(Dc + "title")),
            Value(m.Element(Meta + "initial-creator")) ?? Value(m.Element(Dc + "creator")),
            Date(m.Element(Meta + "creation-date")),
            Date(m.Element(Dc + "date")));
    }

    private sealed record TextStyle(string? Parent, bool? Bold, bool? Italic, double? Size, bool? Hidden, bool? White);

    private sealed class Walker(FlowDocumentBuilder builder, ExtractionContext context)
    {
        private readonly Dictionary<string, TextStyle> _styles = new(StringComparer.Ordinal);
        private readonly List<StringBuilder> _captures = [];
        private List<XElement>? _deferredFrames;
        private BlockKind? _kindOverride;
        private string? _pendingMarker;

        public void AddStyles(XElement? container)
        {
            if (container is null) return;
            foreach (var s in container.Elements(Style + "style"))
            {
                var name = (string?)s.Attribute(Style + "name");
                if (name is null) continue;
                var props = s.Element(Style + "text-properties");
                var weight = (string?)props?.Attribute(Fo + "font-weight");
                var fontStyle = (string?)props?.Attribute(Fo + "font-style");
                var size = (string?)props?.Attribute(Fo + "font-size");
                var display = (string?)props?.Attribute(TextNs + "display");
                var color = (string?)props?.Attribute(Fo + "color");
                _styles[name] = new TextStyle(
                    (string?)s.Attribute(Style + "parent-style-name"),
                    weight is null ? null : weight is "bold" or "600" or "700" or "800" or "900",
                    fontStyle is null ? null : fontStyle is "italic" or "oblique",
                    size is not null && size.EndsWith("pt", StringComparison.Ordinal)
                        && double.TryParse(size.AsSpan(0, size.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var pt) ? pt : null,
                    display is null ? null : display == "none",
                    color is null ? null : color.Equals("#ffffff", StringComparison.OrdinalIgnoreCase));
            }
        }

        public void Part(XElement root, BlockKind kind)
        {
            _kindOverride = kind;
            Blocks(root, 0, null);
            builder.EndBlock();
            _kindOverride = null;
        }

        public void Blocks(XElement parent, int depth, string? listMarker)
        {
            if (depth > context.Limits.MaxNestingDepth)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The ODT document nests lists, tables or frames too deeply.");
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var firstInItem = listMarker is not null;
            foreach (var e in parent.Elements())
            {
                var ns = e.Name.Namespace;
                var name = e.Name.LocalName;
                if (ns == TextNs && name == "h")
                {
                    Paragraph(e, BlockKind.Heading, null, depth);
                }
                else if (ns == TextNs && name == "p")
                {
                    Paragraph(e, firstInItem ? BlockKind.ListItem : BlockKind.Paragraph, firstInItem ? listMarker : null, depth);
                    firstInItem = false;
                }
                else if (ns == TextNs && name == "list")
                {
                    foreach (var item in e.Elements())
                    {
                        if (item.Name == TextNs + "list-item") Blocks(item, depth + 1, "• ");
                        else if (item.Name == TextNs + "list-header") Blocks(item, depth + 1, null);
                    }
                }
                else if (ns == Table && name == "table")
                {
                    TableRows(e, depth + 1);
                }
                else if (ns == Draw && name is "frame" or "custom-shape" or "a" or "g")
                {
                    Frame(e, depth + 1);
                }
                else if ((ns == TextNs && name is "sequence-decls" or "tracked-changes" or "variable-decls" or "user-field-decls" or "note")
                         || (ns == Office && name is "forms" or "annotation" or "annotation-end")
                         || (ns == Table && name is "table-columns" or "table-column" or "table-header-columns"))
                {
                    // Declarations, review markup and notes are not part of the visible body text.
                }
                else
                {
                    Blocks(e, depth + 1, null);
                }
            }
        }

        private void TableRows(XElement table, int depth)
        {
            foreach (var e in table.Elements())
            {
                if (e.Name == Table + "table-row")
                {
                    builder.BeginRow();
                    foreach (var cell in e.Elements(Table + "table-cell"))
                    {
                        builder.BeginCell();
                        Blocks(cell, depth + 1, null);
                        builder.EndCell();
                    }
                    builder.EndRow();
                }
                else if (e.Name.Namespace == Table && e.Name.LocalName is "table-header-rows" or "table-rows" or "table-row-group")
                {
                    if (depth > context.Limits.MaxNestingDepth)
                        throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The ODT document nests table row groups too deeply.");
                    TableRows(e, depth + 1);
                }
            }
        }

        private void Paragraph(XElement p, BlockKind kind, string? marker, int depth)
        {
            if (_kindOverride is { } forced && (kind == BlockKind.Paragraph || forced != BlockKind.TextBox)) kind = forced;
            builder.StartBlock(kind);
            _pendingMarker = marker;
            var saved = _deferredFrames;
            _deferredFrames = null;
            Inline(p, StyleFor((string?)p.Attribute(TextNs + "style-name"), RunStyle.Plain, out var hidden), hidden, depth + 1);
            builder.EndBlock();
            _pendingMarker = null;
            var frames = _deferredFrames;
            _deferredFrames = saved;
            if (frames is null) return;
            // Frames anchored in a paragraph are read as their own blocks after it.
            foreach (var frame in frames) Frame(frame, depth + 1);
        }

        private void Frame(XElement frame, int depth)
        {
            var saved = _kindOverride;
            _kindOverride = BlockKind.TextBox;
            foreach (var box in frame.Descendants(Draw + "text-box")) Blocks(box, depth + 1, null);
            foreach (var shape in frame.DescendantsAndSelf(Draw + "custom-shape")) Blocks(shape, depth + 1, null);
            builder.EndBlock();
            _kindOverride = saved;
        }

        private void Inline(XElement parent, RunStyle style, HiddenTextReason? hidden, int depth)
        {
            if (depth > ZipPackageGuard.MaxXmlDepth)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The ODT document nests inline markup too deeply.");
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var node in parent.Nodes())
            {
                if (node is XText t)
                {
                    Emit(t.Value, style, hidden);
                    continue;
                }
                if (node is not XElement e) continue;
                var ns = e.Name.Namespace;
                var name = e.Name.LocalName;
                if (ns == TextNs)
                {
                    switch (name)
                    {
                        case "s":
                            Emit(" ", style, hidden);
                            continue;
                        case "tab":
                            if (hidden is null) builder.Tab();
                            continue;
                        case "line-break":
                            if (hidden is null) builder.LineBreak();
                            continue;
                        case "span":
                            {
                                var spanStyle = StyleFor((string?)e.Attribute(TextNs + "style-name"), style, out var spanHidden);
                                Inline(e, spanStyle, hidden ?? spanHidden, depth + 1);
                                continue;
                            }
                        case "a":
                            Link(e, style, hidden, depth + 1);
                            continue;
                        case "note" or "bookmark" or "bookmark-start" or "bookmark-end" or "soft-page-break" or "change" or "change-start" or "change-end":
                            continue;
                    }
                }
                else if (ns == Draw && name is "frame" or "custom-shape" or "a" or "g")
                {
                    (_deferredFrames ??= []).Add(e);
                    continue;
                }
                else if (ns == Office && name is "annotation" or "annotation-end")
                {
                    continue;
                }
                Inline(e, style, hidden, depth + 1);
            }
        }

        private void Link(XElement a, RunStyle style, HiddenTextReason? hidden, int depth)
        {
            var shown = new StringBuilder();
            _captures.Add(shown);
            Inline(a, style, hidden, depth);
            _captures.Remove(shown);
            var href = (string?)a.Attribute(XLink + "href");
            if (hidden is not null || href is null || href.StartsWith('#')) return;
            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) href = href[7..];
            var text = shown.ToString().Trim();
            if (text.Length > 0 && !MarkdownReader.SameTarget(text, href)) builder.Text(" (" + href + ")", style);
        }

        private void Emit(string text, in RunStyle style, HiddenTextReason? hidden)
        {
            if (hidden is { } reason)
            {
                builder.Hidden(text, reason);
                return;
            }
            if (_pendingMarker is not null && !string.IsNullOrWhiteSpace(text))
            {
                builder.Text(_pendingMarker, style);
                _pendingMarker = null;
            }
            builder.Text(text, style);
            foreach (var c in _captures) c.Append(text);
        }

        private RunStyle StyleFor(string? name, RunStyle inherited, out HiddenTextReason? hidden)
        {
            hidden = null;
            bool? bold = null, italic = null, vanish = null, white = null;
            double? size = null;
            for (var hops = 0; name is not null && hops < 16 && _styles.TryGetValue(name, out var s); hops++, name = s.Parent)
            {
                bold ??= s.Bold;
                italic ??= s.Italic;
                size ??= s.Size;
                vanish ??= s.Hidden;
                white ??= s.White;
            }
            if (vanish == true) hidden = HiddenTextReason.Vanished;
            else if (white == true) hidden = HiddenTextReason.BackgroundColor;
            else if (size is > 0 and < 2) hidden = HiddenTextReason.TinyFont;
            return new RunStyle(size ?? inherited.FontSize, bold ?? inherited.Bold, italic ?? inherited.Italic, inherited.ColorRgb, inherited.FontName);
        }
    }
}
