using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// Layout analysis of one PDF page: positioned glyphs become words, lines and blocks in reading order
/// (columns and sidebars one at a time, tables row by row), and text a reader would not see is set apart.
/// Cells of one line (table cells, a date aligned right of a title) are joined with
/// <see cref="LayoutOptions.CellSeparator"/>, two spaces by default.
/// </summary>
public static class PageLayout
{
    /// <summary>Lays out one page; hidden glyphs go to <see cref="LayoutResult.HiddenText"/>, never into the page text.</summary>
    public static LayoutResult Analyze(PageGlyphs page, LayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= LayoutOptions.Default;
        // One array for the whole analysis: glyphs are large structs, read by reference from here on.
        var glyphs = AsArray(page.Glyphs, out var rented);
        try
        {
            return Analyze(page, glyphs, page.Glyphs.Count, options);
        }
        finally
        {
            // References to glyph strings must not outlive the call inside the shared pool.
            if (rented) ArrayPool<Glyph>.Shared.Return(glyphs, clearArray: true);
        }
    }

    private static LayoutResult Analyze(PageGlyphs page, Glyph[] glyphs, int count, LayoutOptions options)
    {
        var upright = new int[count];
        var uprightCount = 0;
        var rotated = new List<int>();
        var reasons = new HiddenTextReason?[count];
        var hiddenCount = 0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var g = ref glyphs[i];
            if (g.Text is null || g.Text.Length == 0) continue;
            var reason = GlyphVisibility.Classify(g, page.Width, page.Height);
            if (reason is not null)
            {
                reasons[i] = reason;
                hiddenCount++;
            }
            else if (g.Upright) upright[uprightCount++] = i;
            else rotated.Add(i);
        }

        // A scanned page with an OCR layer draws its recognised text invisibly over the image: that is the text.
        if (uprightCount == 0 && rotated.Count == 0 && page.ImageCount > 0 && options.ReadInvisibleTextOfScannedPages)
        {
            for (var i = 0; i < count; i++)
            {
                if (reasons[i] != HiddenTextReason.InvisibleRenderMode || glyphs[i].RenderMode != 3) continue;
                var asVisible = glyphs[i] with { RenderMode = 0 };
                if (GlyphVisibility.Classify(asVisible, page.Width, page.Height) is not null) continue;
                reasons[i] = null;
                hiddenCount--;
                if (glyphs[i].Upright) upright[uprightCount++] = i;
                else rotated.Add(i);
            }
        }

        var blocks = new List<TextBlock>();
        if (uprightCount > 0)
        {
            var builder = new WordBuilder(glyphs, options);
            builder.Build(upright, uprightCount);
            var cells = builder.Cells.ToArray();
            var (bodySize, bodyBold) = BodyFont(builder.Words);
            var order = new ReadingOrder(cells, builder.Words, builder.RowCount, bodySize, options);
            order.Arrange();
            blocks.AddRange(new BlockBuilder(options, bodySize, bodyBold, page.Height).Build(order.Lines, builder.Words, cells));
        }
        if (rotated.Count > 0) AddRotatedText(glyphs, rotated, blocks);

        var hidden = hiddenCount > 0 ? CollectHidden(page.Number, glyphs, reasons, hiddenCount, options) : [];
        var hasTextLayer = blocks.Count > 0 || page.ImageCount == 0;
        var documentPage = new DocumentPage(page.Number, page.Width, page.Height, blocks, hasTextLayer, page.ImageCount);
        return new LayoutResult(documentPage, hidden);
    }

    /// <summary>
    /// The glyphs as an array to read by reference. A page's glyphs fill a large-object-heap array, so a copy is
    /// rented from the shared pool (and <paramref name="rented"/> set) rather than allocated per page.
    /// </summary>
    private static Glyph[] AsArray(IReadOnlyList<Glyph> glyphs, out bool rented)
    {
        rented = false;
        if (glyphs is Glyph[] array) return array;
        if (glyphs is ArraySegment<Glyph> { Offset: 0, Array: { } segmentArray }) return segmentArray;
        var copy = ArrayPool<Glyph>.Shared.Rent(glyphs.Count);
        rented = true;
        if (glyphs is List<Glyph> list) CollectionsMarshal.AsSpan(list).CopyTo(copy);
        else
        {
            for (var i = 0; i < glyphs.Count; i++) copy[i] = glyphs[i];
        }
        return copy;
    }

    /// <summary>The font size carrying most characters, and whether most characters are bold.</summary>
    private static (double Size, bool Bold) BodyFont(List<LayoutWord> words)
    {
        // Sizes are bucketed to half points; a histogram keeps this linear.
        var histogram = new Dictionary<int, int>();
        long bold = 0, total = 0;
        foreach (var w in words)
        {
            var bucket = (int)Math.Round(w.FontSize * 2);
            histogram[bucket] = histogram.GetValueOrDefault(bucket) + w.Text.Length;
            total += w.Text.Length;
            if (w.Bold) bold += w.Text.Length;
        }
        var best = 0;
        var bestCount = -1;
        foreach (var (bucket, chars) in histogram)
        {
            if (chars > bestCount || (chars == bestCount && bucket < best))
            {
                best = bucket;
                bestCount = chars;
            }
        }
        return (best > 0 ? best / 2.0 : 10, bold * 2 > total);
    }

    /// <summary>Hidden glyphs, grouped by reason and laid out like visible text: one span per row of words.</summary>
    private static List<HiddenTextSpan> CollectHidden(int pageNumber, Glyph[] glyphs, HiddenTextReason?[] reasons, int hiddenCount, LayoutOptions options)
    {
        var spans = new List<HiddenTextSpan>();
        var indices = new int[hiddenCount];
        var sb = new StringBuilder();
        foreach (var reason in HiddenReasons)
        {
            var n = 0;
            for (var i = 0; i < reasons.Length; i++)
            {
                if (reasons[i] == reason) indices[n++] = i;
            }
            if (n == 0) continue;

            var builder = new WordBuilder(glyphs, options);
            builder.Build(indices, n);
            var row = -1;
            foreach (var cell in builder.Cells)
            {
                if (cell.Row != row && sb.Length > 0)
                {
                    spans.Add(new HiddenTextSpan(pageNumber, sb.ToString(), reason));
                    sb.Clear();
                }
                row = cell.Row;
                for (var w = 0; w < cell.WordCount; w++)
                {
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(builder.Words[cell.WordStart + w].Text);
                }
            }
            if (sb.Length > 0) spans.Add(new HiddenTextSpan(pageNumber, sb.ToString(), reason));
            sb.Clear();
        }
        return spans;
    }

    private static readonly HiddenTextReason[] HiddenReasons =
    [
        HiddenTextReason.InvisibleRenderMode,
        HiddenTextReason.BackgroundColor,
        HiddenTextReason.TinyFont,
        HiddenTextReason.OffPage,
    ];

    /// <summary>
    /// Rotated text (vertical side labels, stamps) is read in drawing order as separate text boxes after the
    /// page body; a jump larger than a few font sizes between glyphs starts a new line.
    /// </summary>
    private static void AddRotatedText(Glyph[] glyphs, List<int> rotated, List<TextBlock> blocks)
    {
        var words = new List<TextWord>();
        var lineText = new StringBuilder();
        var word = new StringBuilder();
        Box wordBox = Box.Empty, lineBox = Box.Empty;
        var lines = new List<TextLine>();
        Glyph? previous = null;
        Glyph wordFirst = default;

        void FinishWord()
        {
            if (word.Length == 0) return;
            if (lineText.Length > 0) lineText.Append(' ');
            lineText.Append(word);
            words.Add(new TextWord(word.ToString(), wordBox, Math.Abs(wordFirst.FontSize), wordFirst.Bold, wordFirst.Italic, wordFirst.ColorRgb, wordFirst.FontName));
            lineBox = words.Count == 1 ? wordBox : lineBox.Union(wordBox);
            word.Clear();
        }

        void FinishLine()
        {
            FinishWord();
            if (words.Count > 0) lines.Add(new TextLine(lineText.ToString(), [.. words], lineBox));
            words.Clear();
            lineText.Clear();
        }

        foreach (var index in rotated)
        {
            var g = glyphs[index];
            var size = WordBuilder.SizeOf(g);
            if (previous is { } p && Math.Abs(g.Left - p.Right) + Math.Abs(g.Baseline - p.Baseline) > 3 * size) FinishLine();
            previous = g;
            if (TextNormalizer.IsBlank(g.Text))
            {
                FinishWord();
                continue;
            }
            var box = new Box(Math.Min(g.Left, g.Right), g.Baseline - size * WordBuilder.Ascent, Math.Max(g.Left, g.Right), g.Baseline + size * WordBuilder.Descent);
            if (word.Length == 0)
            {
                wordFirst = g;
                wordBox = box;
            }
            else
            {
                wordBox = wordBox.Union(box);
            }
            TextNormalizer.Append(word, g.Text);
        }
        FinishLine();

        foreach (var line in lines)
        {
            blocks.Add(new TextBlock([line], BlockKind.TextBox, line.Bounds));
        }
    }
}
