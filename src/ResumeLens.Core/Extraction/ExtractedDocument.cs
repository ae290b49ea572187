using System.Text;

namespace ResumeLens.Core.Extraction;

/// <summary>The formats ResumeLens reads, decided from content rather than file name.</summary>
public enum SourceFormat
{
    Unknown,
    Pdf,
    Docx,
    Odt,
    Rtf,
    Html,
    Text,
    Markdown,
}

/// <summary>An axis-aligned box in page space: origin top-left, y growing downward, units of points.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public static readonly Box Empty = new(0, 0, 0, 0);

    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}

/// <summary>A word with its position and typography, where the format knows them.</summary>
public sealed record TextWord(string Text, Box Bounds, double FontSize, bool Bold, bool Italic, int? ColorRgb = null, string? FontName = null);

/// <summary>One line of text in reading order.</summary>
public sealed record TextLine(string Text, IReadOnlyList<TextWord> Words, Box Bounds)
{
    /// <summary>Largest font size on the line, 0 when unknown.</summary>
    public double FontSize
    {
        get
        {
            double max = 0;
            foreach (var w in Words)
            {
                if (w.FontSize > max) max = w.FontSize;
            }
            return max;
        }
    }

    /// <summary>True when every word with letters is bold.</summary>
    public bool IsBold
    {
        get
        {
            if (Words.Count == 0) return false;
            foreach (var w in Words)
            {
                if (!w.Bold) return false;
            }
            return true;
        }
    }

    public static TextLine FromText(string text, double fontSize = 0, bool bold = false, bool italic = false) =>
        new(text, text.Length == 0 ? [] : [new TextWord(text, Box.Empty, fontSize, bold, italic)], Box.Empty);
}

/// <summary>What a block is in the document's structure.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
    Header,
    Footer,
    TextBox,
}

/// <summary>A group of lines that belong together: a paragraph, heading, list item or table row.</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines, BlockKind Kind, Box Bounds, int Column = 0);

/// <summary>One page (or, for flowing formats, the whole body as a single page).</summary>
public sealed record DocumentPage(int Number, double Width, double Height, IReadOnlyList<TextBlock> Blocks, bool HasTextLayer = true, int ImageCount = 0);

/// <summary>Document properties as stored in the file.</summary>
public sealed record DocumentMetadata(string? Title = null, string? Author = null, DateTimeOffset? Created = null, DateTimeOffset? Modified = null)
{
    public static readonly DocumentMetadata None = new();
}

/// <summary>Why a span of text is considered invisible to a human reader.</summary>
public enum HiddenTextReason
{
    BackgroundColor,
    InvisibleRenderMode,
    TinyFont,
    OffPage,
    Vanished,
}

/// <summary>Text that is in the file but would not be seen on the rendered page.</summary>
public sealed record HiddenTextSpan(int Page, string Text, HiddenTextReason Reason);

/// <summary>The result of reading one document: pages of laid-out text plus what could not be read.</summary>
public sealed record ExtractedDocument(
    SourceFormat Format,
    IReadOnlyList<DocumentPage> Pages,
    DocumentMetadata Metadata,
    IReadOnlyList<HiddenTextSpan> HiddenText,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Page numbers that have no text layer but show images: probably scanned.</summary>
    public IReadOnlyList<int> ScannedPages
    {
        get
        {
            var pages = new List<int>();
            foreach (var p in Pages)
            {
                if (!p.HasTextLayer) pages.Add(p.Number);
            }
            return pages;
        }
    }

    /// <summary>All visible text in reading order: one line per line, a blank line between blocks.</summary>
    public string ToPlainText()
    {
        var sb = new StringBuilder();
        foreach (var page in Pages)
        {
            foreach (var block in page.Blocks)
            {
                if (block.Lines.Count == 0) continue;
                if (sb.Length > 0) sb.Append('\n');
                foreach (var line in block.Lines)
                {
                    sb.Append(line.Text).Append('\n');
                }
            }
        }
        return sb.ToString();
    }
}
