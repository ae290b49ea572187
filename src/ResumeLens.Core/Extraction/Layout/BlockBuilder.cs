using System.Text;

namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// Turns lines in reading order into blocks: paragraphs split at larger vertical gaps, font or weight changes
/// and bullets; list items that keep their wrapped lines; table rows; headings. Rejoins hyphenated words.
/// </summary>
internal sealed class BlockBuilder
{
    private readonly LayoutOptions _options;
    private readonly double _bodySize;
    private readonly bool _bodyBold;
    private readonly double _pageHeight;

    public BlockBuilder(LayoutOptions options, double bodySize, bool bodyBold, double pageHeight)
    {
        _pageHeight = pageHeight;
        _options = options;
        _bodySize = bodySize;
        _bodyBold = bodyBold;
    }

    /// <summary>A line under construction: its words and which of them start a new cell.</summary>
    private sealed class LineDraft
    {
        public readonly List<LayoutWord> Words = [];
        public readonly List<bool> StartsCell = [];
        public int Column;
        public int CellCount;
        public double Left = double.MaxValue;
        public double Top = double.MaxValue;
        public double Right = double.MinValue;
        public double Bottom = double.MinValue;
        public double FontSize;
        public bool Bold;
        public bool StartsItem;
        public bool CapsLabel;

        public void Measure()
        {
            Left = Top = double.MaxValue;
            Right = Bottom = double.MinValue;
            FontSize = 0;
            var bold = true;
            var letters = false;
            int letterCount = 0, upperCount = 0;
            var first = Words.Count > 0 ? Words[0].Text : "";
            var marker = TextNormalizer.IsBulletSymbol(first) || TextNormalizer.IsListNumber(first);
            StartsItem = marker || TextNormalizer.StartsWithBulletGlyph(first);
            for (var i = 0; i < Words.Count; i++)
            {
                var w = Words[i];
                Left = Math.Min(Left, w.Left);
                Right = Math.Max(Right, w.Right);
                // Bullets are often set in another font or size; the text after them decides the line's size.
                if (i == 0 && marker && Words.Count > 1) continue;
                foreach (var ch in w.Text)
                {
                    if (!char.IsLetter(ch)) continue;
                    letterCount++;
                    if (char.IsUpper(ch)) upperCount++;
                }
                Top = Math.Min(Top, w.Top);
                Bottom = Math.Max(Bottom, w.Bottom);
                FontSize = Math.Max(FontSize, w.FontSize);
                if (HasLetter(w.Text))
                {
                    letters = true;
                    bold &= w.Bold;
                }
            }
            Bold = letters && bold;
            // A short all-capitals line ("EDUCATION", "WORK EXPERIENCE") labels what follows it.
            CapsLabel = letterCount >= 4 && upperCount == letterCount && Words.Count <= 5 && Words[^1].Text[^1] is not ('.' or ',');
        }
    }

    public List<TextBlock> Build(List<OrderedLine> ordered, List<LayoutWord> words, LayoutCell[] cells)
    {
        var lines = new List<LineDraft>(ordered.Count);
        foreach (var ol in ordered)
        {
            var draft = new LineDraft { Column = ol.Column, CellCount = ol.Cells.Count };
            for (var c = 0; c < ol.Cells.Count; c++)
            {
                ref readonly var cell = ref cells[ol.Cells[c]];
                for (var w = 0; w < cell.WordCount; w++)
                {
                    draft.Words.Add(words[cell.WordStart + w]);
                    draft.StartsCell.Add(c > 0 && w == 0);
                }
            }
            draft.Measure();
            if (draft.Words.Count > 0) lines.Add(draft);
        }

        var typicalGap = TypicalLineGap(lines);
        var groups = new List<List<LineDraft>>();
        List<LineDraft>? group = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (group is null || StartsNewBlock(group, lines[i], typicalGap))
            {
                group = [];
                groups.Add(group);
            }
            group.Add(lines[i]);
        }

        if (_options.JoinHyphenatedWords)
        {
            foreach (var g in groups) JoinHyphenated(g);
        }

        var blocks = new List<TextBlock>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Count == 0) continue;
            var kind = Classify(groups, i);
            blocks.Add(ToBlock(g, kind));
        }
        return blocks;
    }

    /// <summary>Median gap between consecutive lines of running text, as a fraction of the font size.</summary>
    private static double TypicalLineGap(List<LineDraft> lines)
    {
        var ratios = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var a = lines[i - 1];
            var b = lines[i];
            if (a.Column != b.Column) continue;
            var size = Math.Max(1, Math.Min(a.FontSize, b.FontSize));
            var ratio = (b.Top - a.Bottom) / size;
            if (ratio >= -0.2 && ratio <= 1.2) ratios.Add(ratio);
        }
        if (ratios.Count == 0) return 0.3;
        ratios.Sort();
        return ratios[ratios.Count / 2];
    }

    private static bool StartsNewBlock(List<LineDraft> block, LineDraft line, double typicalGap)
    {
        var prev = block[^1];
        var first = block[0];
        if (line.Column != prev.Column) return true;
        if (line.StartsItem) return true;
        if (line.CellCount > 1 || prev.CellCount > 1) return true;
        var size = Math.Max(1, Math.Min(prev.FontSize, line.FontSize));
        var gap = line.Top - prev.Bottom;
        if (gap < -0.5 * size) return true;
        if (gap > (Math.Max(typicalGap, 0) + 0.45) * size) return true;
        if (line.Left > prev.Right || line.Right < prev.Left) return true;
        if (Math.Abs(line.FontSize - prev.FontSize) > 0.15 * Math.Max(line.FontSize, prev.FontSize)) return true;
        if (line.Bold != prev.Bold) return true;
        if (block.Count == 1 && prev.CapsLabel && !line.CapsLabel) return true;
        // A wrapped list item continues at or right of its bullet; a line further left starts something new.
        if (first.StartsItem && line.Left < first.Left - 0.5 * size) return true;
        return false;
    }

    private static void JoinHyphenated(List<LineDraft> block)
    {
        for (var i = 0; i + 1 < block.Count; i++)
        {
            var line = block[i];
            var next = block[i + 1];
            if (line.Words.Count == 0 || next.Words.Count == 0 || next.StartsItem) continue;
            var tail = line.Words[^1];
            var head = next.Words[0];
            var joined = HyphenJoin.Join(tail.Text, tail.SoftHyphenEnd, head.Text);
            if (joined is null) continue;
            tail.Text = joined;
            next.Words.RemoveAt(0);
            next.StartsCell.RemoveAt(0);
            if (next.StartsCell.Count > 0) next.StartsCell[0] = false;
            if (next.Words.Count == 0)
            {
                block.RemoveAt(i + 1);
                i--;
                continue;
            }
            next.Measure();
        }
    }

    private BlockKind Classify(List<List<LineDraft>> groups, int index)
    {
        var block = groups[index];
        var first = block[0];
        // A lone page number in the top or bottom margin is running matter, not content.
        if (block.Count == 1 && _pageHeight > 0 && IsPageNumber(first.Words))
        {
            if (first.Bottom <= 0.1 * _pageHeight) return BlockKind.Header;
            if (first.Top >= 0.9 * _pageHeight) return BlockKind.Footer;
        }
        if (first.StartsItem) return BlockKind.ListItem;
        if (block.Count == 1 && IsTableRow(groups, index)) return BlockKind.TableRow;
        return IsHeading(block) ? BlockKind.Heading : BlockKind.Paragraph;
    }

    /// <summary>
    /// A line of three or more cells, or a run of at least three consecutive two-cell lines in one column:
    /// two-cell pairs alone are usually a title with its date.
    /// </summary>
    private static bool IsTableRow(List<List<LineDraft>> groups, int index)
    {
        var line = groups[index][0];
        if (line.CellCount >= 3) return true;
        if (line.CellCount < 2) return false;
        var run = 1;
        for (var i = index - 1; i >= 0 && IsMultiCellSingle(groups[i], line.Column); i--) run++;
        for (var i = index + 1; i < groups.Count && IsMultiCellSingle(groups[i], line.Column); i++) run++;
        return run >= 3;
    }

    private static bool IsMultiCellSingle(List<LineDraft> block, int column) =>
        block.Count == 1 && block[0].CellCount >= 2 && block[0].Column == column;

    private bool IsHeading(List<LineDraft> block)
    {
        if (block.Count > 2) return false;
        var chars = 0;
        var words = 0;
        var letters = 0;
        var upper = 0;
        foreach (var line in block)
        {
            if (line.CellCount > 1) return false;
            foreach (var w in line.Words)
            {
                words++;
                chars += w.Text.Length + 1;
                foreach (var c in w.Text)
                {
                    if (!char.IsLetter(c)) continue;
                    letters++;
                    if (char.IsUpper(c)) upper++;
                }
            }
        }
        if (letters == 0 || words > 8 || chars > 60) return false;
        var lastWord = block[^1].Words[^1].Text;
        var end = lastWord[^1];
        if (end is '.' or ',' or ';') return false;

        var size = block[0].FontSize;
        if (size >= 1.15 * _bodySize) return true;
        if (block[0].Bold && !_bodyBold && size >= 0.9 * _bodySize) return true;
        return upper == letters && letters >= 4 && size >= 0.9 * _bodySize;
    }

    private TextBlock ToBlock(List<LineDraft> lines, BlockKind kind)
    {
        var textLines = new List<TextLine>(lines.Count);
        var sb = new StringBuilder();
        var bounds = Box.Empty;
        var hasBounds = false;
        foreach (var draft in lines)
        {
            sb.Clear();
            var words = new TextWord[draft.Words.Count];
            var lineBox = Box.Empty;
            for (var i = 0; i < draft.Words.Count; i++)
            {
                var w = draft.Words[i];
                if (i > 0) sb.Append(draft.StartsCell[i] ? _options.CellSeparator : " ");
                sb.Append(w.Text);
                words[i] = w.ToTextWord();
                lineBox = i == 0 ? words[i].Bounds : lineBox.Union(words[i].Bounds);
            }
            textLines.Add(new TextLine(sb.ToString(), words, lineBox));
            bounds = hasBounds ? bounds.Union(lineBox) : lineBox;
            hasBounds = true;
        }
        return new TextBlock(textLines, kind, bounds, lines[0].Column);
    }

    /// <summary>"3", "3/4", "- 3 -", "Page 3", "Page 3 of 4", "p. 3".</summary>
    private static bool IsPageNumber(List<LayoutWord> words)
    {
        if (words.Count > 4) return false;
        var numbers = 0;
        foreach (var w in words)
        {
            foreach (var part in w.Text.Split('/', '|'))
            {
                if (part.Length == 0 || part is "-" or "\u2013" or "\u2014") continue;
                if (part.Length <= 3 && IsDigits(part)) numbers++;
                else if (!part.Equals("page", StringComparison.OrdinalIgnoreCase) && !part.Equals("of", StringComparison.OrdinalIgnoreCase)
                    && !part.Equals("p.", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }
        return numbers is 1 or 2;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }
}
