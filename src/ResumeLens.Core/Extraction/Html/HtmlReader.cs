using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ResumeLens.Core.Extraction.Text;

namespace ResumeLens.Core.Extraction.Html;

/// <summary>
/// Reads HTML as a reader sees it: visible text only, in block structure (headings, paragraphs, list
/// items, table rows). Text hidden by attribute or inline style goes to hidden spans.
/// </summary>
public static class HtmlReader
{
    /// <summary>Deeper than any real page; beyond it the markup only serves to exhaust the stack.</summary>
    private const int MaxDepth = 512;

    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context) =>
        ReadString(Decode(data.Span), context);

    /// <summary>Visible text blocks of an HTML string, in reading order (used for job-posting pages too).</summary>
    public static IReadOnlyList<TextBlock> VisibleBlocks(string html, ExtractionLimits? limits = null, CancellationToken ct = default)
    {
        var doc = ReadString(html, new ExtractionContext(limits ?? ExtractionLimits.Default, ct));
        return doc.Pages[0].Blocks;
    }

    internal static ExtractedDocument ReadString(string html, ExtractionContext context)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IDocument document;
        // Hostile markup (deep nesting) can make tree building slow; the parser only stops when cancelled.
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken))
        {
            timer.CancelAfter(context.Limits.TimeBudget);
            try
            {
                document = parser.ParseDocumentAsync(html, timer.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
            {
                throw new DocumentReadException(DocumentErrorCode.Timeout,
                    string.Create(CultureInfo.InvariantCulture, $"Reading the document took longer than the {context.Limits.TimeBudget.TotalSeconds:0.#} s budget."));
            }
        }
        context.CheckBudget();
        var builder = new FlowDocumentBuilder(context);
        var walker = new Walker(builder, context);
        if (document.Body is { } body) walker.Walk(body, 0, null, RunStyle.Plain);
        var author = document.QuerySelector("meta[name='author' i]")?.GetAttribute("content");
        var metadata = new DocumentMetadata(Blank(document.Title), Blank(author));
        var images = document.Images.Length;
        return builder.Build(SourceFormat.Html, metadata, imageCount: images);
    }

    /// <summary>Decodes HTML bytes: BOM, then a declared meta charset, then UTF-8 if valid, else Windows-1252.</summary>
    internal static string Decode(ReadOnlySpan<byte> data)
    {
        if (TextDecoding.DetectBom(data).Encoding is not null) return TextDecoding.Decode(data, out _);
        var head = Encoding.Latin1.GetString(data.Length > 2048 ? data[..2048] : data);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var rest = head.AsSpan(at + 7).TrimStart().TrimStart('=').TrimStart().TrimStart("\"'");
            var end = 0;
            while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '-' or '_' or ':')) end++;
            var name = rest[..end].ToString();
            if (name.Length > 0 && !name.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    _ = TextDecoding.Windows1252; // makes sure legacy code pages are registered
                    return Encoding.GetEncoding(name).GetString(data);
                }
                catch (ArgumentException)
                {
                    // Unknown charset label: fall through to detection.
                }
            }
        }
        return TextDecoding.Decode(data, out _);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed class Walker(FlowDocumentBuilder builder, ExtractionContext context)
    {
        private readonly List<StringBuilder> _captures = [];
        private int _preDepth;
        private string? _pendingMarker;
        private int _nodes;

        public void Walk(INode node, int depth, HiddenTextReason? hidden, RunStyle style)
        {
            if (depth > MaxDepth)
                throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, $"The HTML nests elements more than {MaxDepth} levels deep.");
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if ((++_nodes & 1023) == 0) context.CheckBudget();
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Text(text.Data, hidden, style);
                        break;
                    case IElement element:
                        Element(element, depth + 1, hidden, style);
                        break;
                }
            }
        }

        private void Text(string data, HiddenTextReason? hidden, in RunStyle style)
        {
            if (hidden is { } reason)
            {
                builder.Hidden(data, reason);
                return;
            }
            // Outside <pre>, a newline in the source is just whitespace.
            var text = _preDepth > 0 ? data : data.Replace('\n', ' ');
            if (_pendingMarker is not null && !string.IsNullOrWhiteSpace(text))
            {
                // The bullet is written only once the item has text, so empty items leave no stray marker.
                builder.Text(_pendingMarker, style);
                _pendingMarker = null;
            }
            builder.Text(text, style);
            foreach (var c in _captures) c.Append(text);
        }

        private void Element(IElement e, int depth, HiddenTextReason? hidden, RunStyle style)
        {
            var tag = e.LocalName;
            switch (tag)
            {
                case "script" or "style" or "noscript" or "template" or "head" or "svg" or "math" or "iframe" or "object" or "embed"
                    or "canvas" or "select" or "input" or "textarea" or "button" or "audio" or "video" or "map":
                    return;
            }
            if (hidden is null && HiddenBy(e) is { } reason)
            {
                // Each hidden element is its own span, so separate hidden blocks do not run together.
                builder.EndHiddenSpan();
                Walk(e, depth, reason, style);
                builder.EndHiddenSpan();
                return;
            }
            style = tag switch
            {
                "b" or "strong" or "th" => style with { Bold = true },
                "i" or "em" or "cite" => style with { Italic = true },
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => style with { Bold = true },
                _ => style,
            };
            if (hidden is not null)
            {
                Walk(e, depth, hidden, style);
                return;
            }

            switch (tag)
            {
                case "br":
                    builder.LineBreak();
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(e, depth, BlockKind.Heading, style);
                    return;
                case "li" or "dt" or "dd":
                    Start(BlockKind.ListItem);
                    if (tag == "li") _pendingMarker = "• ";
                    Walk(e, depth, null, style);
                    End();
                    return;
                case "tr":
                    _pendingMarker = null;
                    builder.BeginRow();
                    Walk(e, depth, null, style);
                    builder.EndRow();
                    return;
                case "td" or "th":
                    _pendingMarker = null;
                    builder.BeginCell();
                    Walk(e, depth, null, style);
                    _pendingMarker = null;
                    builder.EndCell();
                    return;
                case "pre":
                    _preDepth++;
                    Block(e, depth, BlockKind.Paragraph, style);
                    _preDepth--;
                    return;
                case "a":
                    Link(e, depth, style);
                    return;
                case "img":
                    return;
            }
            if (IsBlock(tag)) Block(e, depth, BlockKind.Paragraph, style);
            else Walk(e, depth, null, style);
        }

        private void Block(IElement e, int depth, BlockKind kind, in RunStyle style)
        {
            Start(kind);
            Walk(e, depth, null, style);
            End();
        }

        private void Start(BlockKind kind)
        {
            _pendingMarker = null;
            builder.StartBlock(kind);
        }

        private void End()
        {
            _pendingMarker = null;
            builder.EndBlock();
        }

        private void Link(IElement e, int depth, in RunStyle style)
        {
            var shown = new StringBuilder();
            _captures.Add(shown);
            Walk(e, depth, null, style);
            _captures.Remove(shown);
            var href = e.GetAttribute("href")?.Trim();
            if (href is null || !IsInformative(href)) return;
            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                var q = href.IndexOf('?', StringComparison.Ordinal);
                href = href[(href.IndexOf(':', StringComparison.Ordinal) + 1)..(q > 0 ? q : href.Length)];
            }
            var text = shown.ToString().Trim();
            if (text.Length == 0) builder.Text(" " + href + " ", style);
            else if (!MarkdownReader.SameTarget(text, href) && !text.Contains(href, StringComparison.OrdinalIgnoreCase)) builder.Text(" (" + href + ")", style);
        }

        /// <summary>
        /// Mail and phone links, and short absolute web links (profiles, portfolios) say something; relative,
        /// script and tracking links (long query strings) are navigation noise.
        /// </summary>
        private static bool IsInformative(string href)
        {
            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) return true;
            var web = href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            return web && href.Length <= 120 && !href.Contains('?', StringComparison.Ordinal);
        }

        private static bool IsBlock(string tag) => tag is "p" or "div" or "section" or "article" or "header" or "footer" or "main"
            or "aside" or "nav" or "ul" or "ol" or "dl" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote"
            or "figure" or "figcaption" or "form" or "fieldset" or "address" or "hr" or "body" or "center" or "details" or "summary"
            or "legend" or "hgroup";

        /// <summary>Why an element's content would not be seen: hidden attribute or inline style.</summary>
        private static HiddenTextReason? HiddenBy(IElement e)
        {
            if (e.HasAttribute("hidden")) return HiddenTextReason.Vanished;
            var css = e.GetAttribute("style");
            if (string.IsNullOrEmpty(css)) return null;
            foreach (var range in css.AsSpan().Split(';'))
            {
                var declaration = css.AsSpan(range);
                var colon = declaration.IndexOf(':');
                if (colon <= 0) continue;
                var name = declaration[..colon].Trim();
                var value = declaration[(colon + 1)..].Trim();
                if (value.EndsWith("!important", StringComparison.OrdinalIgnoreCase)) value = value[..^10].TrimEnd();
                if ((name.Equals("display", StringComparison.OrdinalIgnoreCase) && value.Equals("none", StringComparison.OrdinalIgnoreCase))
                    || (name.Equals("visibility", StringComparison.OrdinalIgnoreCase) && value.Equals("hidden", StringComparison.OrdinalIgnoreCase)))
                    return HiddenTextReason.Vanished;
                if (name.Equals("color", StringComparison.OrdinalIgnoreCase)
                    && (value.Equals("#fff", StringComparison.OrdinalIgnoreCase) || value.Equals("#ffffff", StringComparison.OrdinalIgnoreCase)
                        || value.Equals("white", StringComparison.OrdinalIgnoreCase)
                        || value.ToString().Replace(" ", "", StringComparison.Ordinal).Equals("rgb(255,255,255)", StringComparison.OrdinalIgnoreCase)))
                    return HiddenTextReason.BackgroundColor;
                if (name.Equals("font-size", StringComparison.OrdinalIgnoreCase) && TinySize(value)) return HiddenTextReason.TinyFont;
                if ((name.Equals("left", StringComparison.OrdinalIgnoreCase) || name.Equals("text-indent", StringComparison.OrdinalIgnoreCase)
                     || name.Equals("top", StringComparison.OrdinalIgnoreCase)) && value.StartsWith("-") && Number(value) <= -1000)
                    return HiddenTextReason.OffPage;
            }
            return null;
        }

        private static bool TinySize(ReadOnlySpan<char> value)
        {
            var n = Number(value);
            return n >= 0 && n < 2 && (value.EndsWith("px", StringComparison.OrdinalIgnoreCase) || value.EndsWith("pt", StringComparison.OrdinalIgnoreCase) || value is "0");
        }

        private static double Number(ReadOnlySpan<char> value)
        {
            var end = 0;
            while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '.' or '-' or '+')) end++;
            return double.TryParse(value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
        }
    }
}
