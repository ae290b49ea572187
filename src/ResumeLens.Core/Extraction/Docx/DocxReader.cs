using System.Globalization;
using System.IO.Packaging;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ResumeLens.Core.Extraction.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeLens.Core.Extraction.Docx;

/// <summary>
/// Reads Word documents: body paragraphs, lists, tables, text boxes, headers and footers, hyperlink
/// targets and typography. Invisible text (vanished, white, tiny) goes to hidden spans, not the body.
/// </summary>
public static class DocxReader
{
    private const string FormatName = "DOCX";
    private const string InvalidTarget = "about:invalid";

    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        using (var zip = ZipPackageGuard.Open(data, FormatName))
        {
            ZipPackageGuard.Check(zip, context, FormatName);
        }
        context.CheckBudget();
        WordprocessingDocument doc;
        try
        {
            // A malformed hyperlink URI must not lose the whole resume: such targets are rewritten and then ignored.
            var settings = new OpenSettings
            {
                RelationshipErrorHandlerFactory = RelationshipErrorHandler.CreateRewriterFactory((_, _, _) => InvalidTarget),
                AutoSave = false,
            };
            var stream = new MemoryStream();
            stream.Write(data.Span);
            stream.Position = 0;
            doc = WordprocessingDocument.Open(stream, isEditable: true, settings);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException or UriFormatException)
        {
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The DOCX package cannot be opened: {ex.Message}", ex);
        }
        using (doc)
        {
            try
            {
                return new Walker(doc, context).Run();
            }
            catch (XmlException ex)
            {
                throw ZipPackageGuard.XmlFailure(ex, FormatName, "word/document.xml");
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or UriFormatException)
            {
                throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The DOCX package is damaged: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Character formatting after styles and direct formatting are applied.</summary>
    private readonly record struct CharFormat(double FontSize, bool Bold, bool Italic, bool Vanish, string? Color, string? Font);

    private sealed record StyleInfo(string? BasedOn, string? Name, OpenXmlElement? RunProperties, OpenXmlElement? ParagraphProperties);

    private sealed class Walker
    {
        private readonly WordprocessingDocument _doc;
        private readonly ExtractionContext _context;
        private readonly FlowDocumentBuilder _builder;
        private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];
        private readonly List<StringBuilder> _captures = [];
        private readonly List<FieldState> _fields = [];
        private readonly string? _defaultParagraphStyle;
        private readonly CharFormat _defaults;
        private OpenXmlPart _part;
        private List<W.TextBoxContent>? _deferredBoxes;
        private BlockKind? _kindOverride;
        private string? _pendingMarker;
        private Dictionary<(int NumId, int Level), W.Level>? _levels;

        public Walker(WordprocessingDocument doc, ExtractionContext context)
        {
            _doc = doc;
            _context = context;
            _builder = new FlowDocumentBuilder(context);
            var main = doc.MainDocumentPart ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The DOCX package has no main document part.");
            _part = main;
            var styles = main.StyleDefinitionsPart?.Styles;
            _defaults = new CharFormat(11, false, false, false, null, null);
            if (styles is not null)
            {
                var baseRun = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
                _defaults = Apply(_defaults, baseRun);
                foreach (var style in styles.Elements<W.Style>())
                {
                    var id = style.StyleId?.Value;
                    if (id is null) continue;
                    _styles.TryAdd(id, new StyleInfo(style.BasedOn?.Val?.Value, style.StyleName?.Val?.Value,
                        style.StyleRunProperties, style.StyleParagraphProperties));
                    if (style.Default?.Value == true && style.Type?.Value == W.StyleValues.Paragraph) _defaultParagraphStyle = id;
                }
            }
        }

        public ExtractedDocument Run()
        {
            var main = _doc.MainDocumentPart!;
            var body = main.Document?.Body ?? throw new DocumentReadException(DocumentErrorCode.Corrupt, "The DOCX document has no body.");

            var seenText = new HashSet<string>(StringComparer.Ordinal);
            var sections = body.Descendants<W.SectionProperties>().ToList();
            foreach (var part in HeaderFooterParts<W.HeaderReference, HeaderPart>(main, sections))
            {
                if (part.Header is { } header && seenText.Add(header.InnerText)) Part(part, header, BlockKind.Header);
            }

            _part = main;
            _kindOverride = null;
            Blocks(body, 0);
            _builder.EndBlock();

            foreach (var part in HeaderFooterParts<W.FooterReference, FooterPart>(main, sections))
            {
                if (part.Footer is { } footer && seenText.Add(footer.InnerText)) Part(part, footer, BlockKind.Footer);
            }

            double width = 0, height = 0;
            if (sections.LastOrDefault()?.GetFirstChild<W.PageSize>() is { } size)
            {
                width = (size.Width?.Value ?? 0) / 20.0;
                height = (size.Height?.Value ?? 0) / 20.0;
            }
            return _builder.Build(SourceFormat.Docx, Metadata(), width, height, main.ImageParts.Count());
        }

        private void Part(OpenXmlPart part, OpenXmlElement root, BlockKind kind)
        {
            _part = part;
            _kindOverride = kind;
            Blocks(root, 0);
            _builder.EndBlock();
            _kindOverride = null;
        }

        private static IEnumerable<TPart> HeaderFooterParts<TRef, TPart>(MainDocumentPart main, List<W.SectionProperties> sections)
            where TRef : W.HeaderFooterReferenceType
            where TPart : OpenXmlPart
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in sections)
            {
                foreach (var reference in section.Elements<TRef>())
                {
                    if (reference.Id?.Value is not { } id || !seen.Add(id)) continue;
                    OpenXmlPart? part;
                    try
                    {
                        part = main.GetPartById(id);
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        continue;
                    }
                    if (part is TPart typed) yield return typed;
                }
            }
        }

        private DocumentMetadata Metadata()
        {
            var p = _doc.PackageProperties;
            static DateTimeOffset? Utc(DateTime? d) => d is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
            return new DocumentMetadata(Blank(p.Title), Blank(p.Creator), Utc(p.Created), Utc(p.Modified));
        }

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        private void Blocks(OpenXmlElement parent, int depth)
        {
            if (depth > _context.Limits.MaxNestingDepth)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The DOCX document nests tables or content controls too deeply.");
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case W.Paragraph p:
                        Paragraph(p, depth);
                        break;
                    case W.Table t:
                        Table(t, depth + 1);
                        break;
                    case AlternateContent ac:
                        if (Choose(ac) is { } chosen) Blocks(chosen, depth + 1);
                        break;
                    case W.SectionProperties or W.ParagraphProperties or W.TableProperties or W.SdtProperties or W.SdtEndCharProperties:
                        break;
                    case W.DeletedRun or W.MoveFromRun:
                        break;
                    default:
                        Blocks(child, depth + 1);
                        break;
                }
            }
        }

        private void Table(W.Table table, int depth)
        {
            foreach (var row in Within<W.TableRow>(table, 0))
            {
                _builder.BeginRow();
                foreach (var cell in Within<W.TableCell>(row, 0))
                {
                    _builder.BeginCell();
                    Blocks(cell, depth + 1);
                    _builder.EndCell();
                }
                _builder.EndRow();
            }
        }

        /// <summary>Children of type T, looking through content-control and custom-XML wrappers but not into nested tables.</summary>
        private static IEnumerable<T> Within<T>(OpenXmlElement parent, int depth) where T : OpenXmlElement
        {
            foreach (var child in parent.ChildElements)
            {
                if (child is T match) yield return match;
                else if (depth < 8 && child is not (W.Table or W.Paragraph or W.TableProperties or W.TableGrid or W.TableRowProperties or W.TableCellProperties))
                {
                    foreach (var nested in Within<T>(child, depth + 1)) yield return nested;
                }
            }
        }

        private void Paragraph(W.Paragraph p, int depth)
        {
            var pPr = p.ParagraphProperties;
            var styleId = pPr?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
            var kind = BlockKind.Paragraph;
            if (IsHeading(styleId, pPr)) kind = BlockKind.Heading;
            _pendingMarker = null;
            if (kind != BlockKind.Heading && ListMarker(styleId, pPr) is { } marker)
            {
                kind = BlockKind.ListItem;
                _pendingMarker = marker;
            }
            if (_kindOverride is { } forced && (kind == BlockKind.Paragraph || forced != BlockKind.TextBox)) kind = forced;
            _builder.StartBlock(kind);
            var baseFormat = ParagraphFormat(styleId);
            var boxes = _deferredBoxes;
            _deferredBoxes = null;
            Inlines(p, baseFormat, depth + 1);
            _builder.EndBlock();
            _pendingMarker = null;

            var found = _deferredBoxes;
            _deferredBoxes = boxes;
            if (found is null) return;
            // Text boxes are anchored in a paragraph but read as their own blocks after it.
            var saved = _kindOverride;
            _kindOverride = BlockKind.TextBox;
            foreach (var box in found) Blocks(box, depth + 1);
            _builder.EndBlock();
            _kindOverride = saved;
        }

        private void Inlines(OpenXmlElement parent, CharFormat paragraphFormat, int depth)
        {
            if (depth > _context.Limits.MaxNestingDepth * 2)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The DOCX document nests inline content too deeply.");
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case W.Run r:
                        Run(r, paragraphFormat, depth);
                        break;
                    case W.Hyperlink h:
                        {
                            var shown = new StringBuilder();
                            _captures.Add(shown);
                            Inlines(h, paragraphFormat, depth + 1);
                            _captures.Remove(shown);
                            if (h.Id?.Value is { } id && LinkTarget(id) is { } url) AppendTarget(shown.ToString(), url, paragraphFormat);
                            break;
                        }
                    case W.SimpleField f:
                        {
                            var shown = new StringBuilder();
                            _captures.Add(shown);
                            Inlines(f, paragraphFormat, depth + 1);
                            _captures.Remove(shown);
                            if (HyperlinkInstruction(f.Instruction?.Value) is { } url) AppendTarget(shown.ToString(), url, paragraphFormat);
                            break;
                        }
                    case AlternateContent ac:
                        if (Choose(ac) is { } chosen) Inlines(chosen, paragraphFormat, depth + 1);
                        break;
                    case W.DeletedRun or W.MoveFromRun or W.ParagraphProperties:
                        break;
                    default:
                        Inlines(child, paragraphFormat, depth + 1);
                        break;
                }
            }
        }

        private void Run(W.Run run, CharFormat paragraphFormat, int depth)
        {
            var format = paragraphFormat;
            var rPr = run.RunProperties;
            if (rPr?.RunStyle?.Val?.Value is { } charStyle) format = ApplyStyleChain(format, charStyle);
            format = Apply(format, rPr);
            var hidden = HiddenReason(format);
            var style = new RunStyle(format.FontSize, format.Bold, format.Italic, ParseColor(format.Color), format.Font);

            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case W.FieldChar fc:
                        Field(fc, paragraphFormat);
                        break;
                    case W.FieldCode code:
                        if (_fields.Count > 0 && !_fields[^1].Separated) _fields[^1].Instruction.Append(code.Text);
                        break;
                    case W.Text t:
                        Emit(t.Text, style, hidden);
                        break;
                    case W.TabChar or W.PositionalTab:
                        if (hidden is null) _builder.Tab();
                        break;
                    case W.Break br:
                        if (hidden is null) _builder.LineBreak();
                        break;
                    case W.CarriageReturn:
                        if (hidden is null) _builder.LineBreak();
                        break;
                    case W.NoBreakHyphen:
                        Emit("-", style, hidden);
                        break;
                    case W.SymbolChar sym:
                        Emit(Symbol(sym), style, hidden);
                        break;
                    case AlternateContent ac:
                        if (Choose(ac) is { } chosen) CollectTextBoxes(chosen, depth + 1);
                        break;
                    case W.Drawing or W.Picture or W.EmbeddedObject:
                        CollectTextBoxes(child, depth + 1);
                        break;
                }
            }
        }

        private void Emit(string? text, in RunStyle style, HiddenTextReason? hidden)
        {
            if (string.IsNullOrEmpty(text)) return;
            if (hidden is { } reason)
            {
                _builder.Hidden(text, reason);
                return;
            }
            if (_pendingMarker is not null && !string.IsNullOrWhiteSpace(text))
            {
                _builder.Text(_pendingMarker, style);
                _pendingMarker = null;
            }
            _builder.Text(text, style);
            foreach (var capture in _captures) capture.Append(text);
            foreach (var field in _fields)
            {
                if (field.Separated) field.Shown.Append(text);
            }
        }

        private void Field(W.FieldChar fc, CharFormat format)
        {
            var type = fc.FieldCharType?.Value;
            if (type == W.FieldCharValues.Begin)
            {
                if (_fields.Count < 32) _fields.Add(new FieldState());
            }
            else if (type == W.FieldCharValues.Separate)
            {
                if (_fields.Count > 0) _fields[^1].Separated = true;
            }
            else if (type == W.FieldCharValues.End && _fields.Count > 0)
            {
                var field = _fields[^1];
                _fields.RemoveAt(_fields.Count - 1);
                if (HyperlinkInstruction(field.Instruction.ToString()) is { } url) AppendTarget(field.Shown.ToString(), url, format);
            }
        }

        private void AppendTarget(string shown, string url, CharFormat format)
        {
            if (shown.Trim().Length == 0 || MarkdownReader.SameTarget(shown, url)) return;
            var style = new RunStyle(format.FontSize, format.Bold, format.Italic, null, format.Font);
            _builder.Text(" (" + url + ")", style);
        }

        /// <summary>The URL of a HYPERLINK field instruction such as <c>HYPERLINK "https://x" \o "tip"</c>.</summary>
        private static string? HyperlinkInstruction(string? instruction)
        {
            if (instruction is null) return null;
            var s = instruction.AsSpan().Trim();
            if (!s.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase)) return null;
            s = s[9..].Trim();
            if (s.StartsWith("\\l")) return null; // a bookmark inside the document
            if (s.StartsWith('"'))
            {
                var end = s[1..].IndexOf('"');
                return end > 0 ? s.Slice(1, end).ToString() : null;
            }
            var space = s.IndexOf(' ');
            return (space > 0 ? s[..space] : s).ToString() is { Length: > 0 } url ? url : null;
        }

        private string? LinkTarget(string id)
        {
            foreach (var rel in _part.HyperlinkRelationships)
            {
                if (rel.Id == id) return rel.Uri.OriginalString == InvalidTarget ? null : rel.Uri.OriginalString;
            }
            return null;
        }

        private void CollectTextBoxes(OpenXmlElement element, int depth)
        {
            if (depth > ZipPackageGuard.MaxXmlDepth) return;
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case W.TextBoxContent box:
                        (_deferredBoxes ??= []).Add(box);
                        break;
                    case AlternateContent ac:
                        // Choice and Fallback hold the same text box twice (DrawingML and VML); read one.
                        if (Choose(ac) is { } chosen) CollectTextBoxes(chosen, depth + 1);
                        break;
                    default:
                        CollectTextBoxes(child, depth + 1);
                        break;
                }
            }
        }

        private static OpenXmlElement? Choose(AlternateContent ac) =>
            (OpenXmlElement?)ac.GetFirstChild<AlternateContentChoice>() ?? ac.GetFirstChild<AlternateContentFallback>();

        private static string Symbol(W.SymbolChar sym)
        {
            var hex = sym.Char?.Value;
            if (hex is null || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)) return "";
            // Symbol and Wingdings glyphs live in the private-use area; in resumes they are almost always bullets.
            if (code >= 0xF000) return "•";
            return code is > 0 and < 0x110000 && !(code is >= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "";
        }

        private bool IsHeading(string? styleId, W.ParagraphProperties? pPr)
        {
            if (pPr?.OutlineLevel?.Val?.Value is { } direct) return direct < 9;
            for (var (id, hops) = (styleId, 0); id is not null && hops < 16 && _styles.TryGetValue(id, out var style); id = style.BasedOn, hops++)
            {
                if (IsHeadingName(id) || IsHeadingName(style.Name)) return true;
                if (style.ParagraphProperties?.GetFirstChild<W.OutlineLevel>()?.Val?.Value is { } level) return level < 9;
            }
            return styleId is not null && IsHeadingName(styleId);
        }

        private static bool IsHeadingName(string? name)
        {
            if (name is null) return false;
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("Subtitle", StringComparison.OrdinalIgnoreCase)) return true;
            var s = name.AsSpan();
            if (!s.StartsWith("heading", StringComparison.OrdinalIgnoreCase)) return false;
            s = s[7..].TrimStart();
            return s.Length == 1 && char.IsAsciiDigit(s[0]);
        }

        private string? ListMarker(string? styleId, W.ParagraphProperties? pPr)
        {
            var numPr = pPr?.NumberingProperties;
            for (var (id, hops) = (styleId, 0); numPr is null && id is not null && hops < 16 && _styles.TryGetValue(id, out var style); id = style.BasedOn, hops++)
            {
                numPr = style.ParagraphProperties?.GetFirstChild<W.NumberingProperties>();
            }
            var numId = numPr?.NumberingId?.Val?.Value;
            if (numId is null or 0) return null;
            var level = numPr!.NumberingLevelReference?.Val?.Value ?? 0;
            var definition = LevelDefinition(numId.Value, level);
            var format = definition?.NumberingFormat?.Val?.Value;
            if (format is null || format == W.NumberFormatValues.Bullet || format == W.NumberFormatValues.None) return "• ";

            // Numbered list: count per list and level; a shallower item restarts deeper levels.
            var key = (numId.Value, level);
            var start = definition?.StartNumberingValue?.Val?.Value ?? 1;
            var n = _counters.TryGetValue(key, out var current) ? current + 1 : start;
            _counters[key] = n;
            for (var deeper = level + 1; deeper < 9; deeper++) _counters.Remove((numId.Value, deeper));
            if (format == W.NumberFormatValues.LowerLetter) return (n is >= 1 and <= 26 ? ((char)('a' + n - 1)).ToString() : n.ToString(CultureInfo.InvariantCulture)) + ". ";
            if (format == W.NumberFormatValues.UpperLetter) return (n is >= 1 and <= 26 ? ((char)('A' + n - 1)).ToString() : n.ToString(CultureInfo.InvariantCulture)) + ". ";
            return n.ToString(CultureInfo.InvariantCulture) + ". ";
        }

        private W.Level? LevelDefinition(int numId, int level)
        {
            if (_levels is null)
            {
                // Built once per document: list paragraphs look their level up by (numId, level).
                _levels = [];
                var numbering = _doc.MainDocumentPart?.NumberingDefinitionsPart?.Numbering;
                if (numbering is not null)
                {
                    var abstracts = new Dictionary<int, W.AbstractNum>();
                    foreach (var a in numbering.Elements<W.AbstractNum>())
                    {
                        if (a.AbstractNumberId?.Value is { } aid) abstracts.TryAdd(aid, a);
                    }
                    foreach (var instance in numbering.Elements<W.NumberingInstance>())
                    {
                        if (instance.NumberID?.Value is not { } nid || instance.AbstractNumId?.Val?.Value is not { } aid
                            || !abstracts.TryGetValue(aid, out var abstractNum)) continue;
                        foreach (var l in abstractNum.Elements<W.Level>())
                        {
                            if (l.LevelIndex?.Value is { } index) _levels.TryAdd((nid, index), l);
                        }
                    }
                }
            }
            return _levels.GetValueOrDefault((numId, level));
        }

        private CharFormat ParagraphFormat(string? styleId) =>
            styleId is null ? _defaults : ApplyStyleChain(_defaults, styleId);

        private CharFormat ApplyStyleChain(CharFormat format, string styleId)
        {
            // Apply base styles first so the most specific style wins.
            var chain = new List<StyleInfo>();
            for (var (id, hops) = (styleId, 0); id is not null && hops < 16 && _styles.TryGetValue(id, out var style); id = style.BasedOn, hops++)
            {
                chain.Add(style);
            }
            for (var i = chain.Count - 1; i >= 0; i--) format = Apply(format, chain[i].RunProperties);
            return format;
        }

        private static CharFormat Apply(CharFormat f, OpenXmlElement? props)
        {
            if (props is null) return f;
            if (props.GetFirstChild<W.Bold>() is { } b) f = f with { Bold = b.Val is null || b.Val.Value };
            if (props.GetFirstChild<W.Italic>() is { } i) f = f with { Italic = i.Val is null || i.Val.Value };
            if (props.GetFirstChild<W.Vanish>() is { } v) f = f with { Vanish = v.Val is null || v.Val.Value };
            if (props.GetFirstChild<W.FontSize>()?.Val?.Value is { } size
                && double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var halfPoints))
                f = f with { FontSize = halfPoints / 2 };
            if (props.GetFirstChild<W.Color>()?.Val?.Value is { } color) f = f with { Color = color };
            if (props.GetFirstChild<W.RunFonts>()?.Ascii?.Value is { } font) f = f with { Font = font };
            return f;
        }

        private static HiddenTextReason? HiddenReason(CharFormat f)
        {
            if (f.Vanish) return HiddenTextReason.Vanished;
            if (ParseColor(f.Color) == 0xFFFFFF) return HiddenTextReason.BackgroundColor;
            if (f.FontSize is > 0 and < 2) return HiddenTextReason.TinyFont;
            return null;
        }

        private static int? ParseColor(string? hex) =>
            hex is { Length: 6 } && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb) ? rgb : null;

        private sealed class FieldState
        {
            public StringBuilder Instruction { get; } = new();
            public StringBuilder Shown { get; } = new();
            public bool Separated { get; set; }
        }
    }
}
