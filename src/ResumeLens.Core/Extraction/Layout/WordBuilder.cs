using System.Text;

namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// Groups upright glyphs into rows (shared baseline, superscripts included), rows into words by horizontal gaps,
/// and words into cells split at wide gaps. Content-stream order is ignored: everything is sorted by position.
/// </summary>
internal sealed class WordBuilder
{
    // Glyph boxes run from cap height to descender, relative to the font size.
    public const double Ascent = 0.7;
    public const double Descent = 0.2;

    // Core box used to decide whether two glyphs share a row: x-height band above the baseline.
    private const double CoreHeight = 0.6;

    private readonly Glyph[] _glyphs;
    private readonly LayoutOptions _options;
    private readonly StringBuilder _text = new();
    private readonly List<int> _wordGlyphs = [];
    private readonly List<LayoutWord> _rowWords = [];

    public WordBuilder(Glyph[] glyphs, LayoutOptions options)
    {
        _glyphs = glyphs;
        _options = options;
    }

    public List<LayoutWord> Words { get; } = [];

    public List<LayoutCell> Cells { get; } = [];

    /// <summary>Number of rows found; cells carry their row index, rows are numbered top to bottom.</summary>
    public int RowCount { get; private set; }

    public void Build(int[] glyphIndices, int count)
    {
        if (count == 0) return;
        var keys = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = glyphIndices[i];
            keys[i] = _glyphs[order[i]].Baseline;
        }
        Array.Sort(keys, order);

        var rows = GroupRows(order);
        // Rows are opened in baseline order, but a superscript may open a row that a larger glyph later anchors.
        var rowKeys = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++) rowKeys[i] = rows[i].Baseline;
        var rowArray = rows.ToArray();
        Array.Sort(rowKeys, rowArray);

        foreach (var row in rowArray)
        {
            BuildRow(row.Glyphs, RowCount);
            RowCount++;
        }
    }

    private List<RowGroup> GroupRows(int[] order)
    {
        var rows = new List<RowGroup>();
        var open = new List<RowGroup>();
        RowGroup? last = null;
        double maxSize = 0;
        foreach (var index in order)
        {
            ref readonly var g = ref _glyphs[index];
            var size = SizeOf(g);
            if (size > maxSize) maxSize = size;
            // Glyphs of one row usually share the exact baseline and arrive together after sorting.
            if (last is not null && last.Baseline == g.Baseline && last.Size == size)
            {
                last.Glyphs.Add(index);
                continue;
            }
            // Rows far above cannot receive this glyph or any later one.
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Baseline < g.Baseline - 2 * maxSize) open.RemoveAt(i);
            }

            RowGroup? best = null;
            var bestDistance = double.MaxValue;
            foreach (var row in open)
            {
                if (!SharesRow(g.Baseline, size, row.Baseline, row.Size)) continue;
                var distance = Math.Abs(g.Baseline - row.Baseline);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = row;
                }
            }
            if (best is null)
            {
                best = new RowGroup { Baseline = g.Baseline, Size = size };
                rows.Add(best);
                open.Add(best);
            }
            else if (size > best.Size * 1.05)
            {
                // The largest font anchors the row, so a superscript does not drag it upward.
                best.Baseline = g.Baseline;
                best.Size = size;
            }
            best.Glyphs.Add(index);
            last = best;
        }
        return rows;
    }

    private static double LeftOf(in Glyph g) => Math.Min(g.Left, g.Right);

    private bool TieBefore(int a, int b)
    {
        var ra = Math.Max(_glyphs[a].Left, _glyphs[a].Right);
        var rb = Math.Max(_glyphs[b].Left, _glyphs[b].Right);
        return ra < rb || (ra == rb && a < b);
    }

    /// <summary>
    /// Same-size glyphs share a row when their x-height bands overlap by half. A clearly smaller glyph
    /// (superscript, subscript, footnote mark) joins when its band lies mostly within the larger glyph's full box.
    /// </summary>
    private static bool SharesRow(double baselineA, double sizeA, double baselineB, double sizeB)
    {
        if (sizeA < sizeB)
        {
            (baselineA, baselineB) = (baselineB, baselineA);
            (sizeA, sizeB) = (sizeB, sizeA);
        }
        // A is now the larger glyph.
        var smallTop = baselineB - CoreHeight * sizeB;
        double overlap;
        if (sizeB < 0.85 * sizeA)
            overlap = Math.Min(baselineB, baselineA + Descent * sizeA) - Math.Max(smallTop, baselineA - Ascent * sizeA);
        else
            overlap = Math.Min(baselineB, baselineA) - Math.Max(smallTop, baselineA - CoreHeight * sizeA);
        return overlap >= 0.5 * CoreHeight * sizeB;
    }

    private void BuildRow(List<int> glyphs, int row)
    {
        var count = glyphs.Count;
        var order = glyphs.ToArray();
        var keys = new double[count];
        for (var i = 0; i < count; i++) keys[i] = LeftOf(_glyphs[order[i]]);
        Array.Sort(keys, order);
        // At equal left edges the narrower glyph goes first (a zero-width space before the next word), then
        // drawing order; such ties are rare, so a local insertion pass is enough.
        for (var i = 1; i < count; i++)
        {
            var j = i;
            while (j > 0 && keys[j - 1] == keys[j] && TieBefore(order[j], order[j - 1]))
            {
                (order[j - 1], order[j]) = (order[j], order[j - 1]);
                j--;
            }
        }

        var word = new WordState { Glyphs = _wordGlyphs };
        _wordGlyphs.Clear();
        LayoutCell cell = default;
        var cellOpen = false;
        var breakPending = false;
        var lastKept = -1;

        for (var i = 0; i < count; i++)
        {
            ref readonly var g = ref _glyphs[order[i]];
            var size = SizeOf(g);
            var left = Math.Min(g.Left, g.Right);
            var right = Math.Max(g.Left, g.Right);
            if (g.Text.Length == 0) continue;
            if (TextNormalizer.IsBlank(g.Text))
            {
                breakPending = true;
                continue;
            }
            if (lastKept >= 0 && IsDuplicate(_glyphs[lastKept], g))
            {
                // Fake bold: the same text drawn again a fraction of a point away.
                word.FakeBold = true;
                continue;
            }
            lastKept = order[i];

            if (word.Count > 0)
            {
                var gap = left - word.Right;
                var reference = Math.Max(size, word.LastSize);
                if (breakPending || gap > _options.WordGapRatio * reference)
                {
                    var finished = FinishWord(ref word);
                    if (finished is not null) _rowWords.Add(finished);
                }
            }
            breakPending = false;
            word.Add(g, order[i], left, right, size);
        }

        var last = FinishWord(ref word);
        if (last is not null) _rowWords.Add(last);
        var stretched = StretchedGap();
        foreach (var w in _rowWords) PlaceWord(ref cell, ref cellOpen, w, row, stretched);
        _rowWords.Clear();
        if (cellOpen) CloseCell(ref cell);
    }

    /// <summary>Adds a finished word to the open cell, or closes that cell first when the gap before the word is wide.</summary>
    /// <summary>
    /// The widest gap that is still an ordinary word space on this row. Justified text stretches every space of
    /// a line alike, so on a row of four or more words, gaps up to half again the narrowest gap (and at most
    /// 2.5 font sizes) stay inside one cell; a wide gap among narrow ones still separates cells.
    /// </summary>
    private double StretchedGap()
    {
        var n = _rowWords.Count - 1;
        if (n < 3) return 0;
        var narrowest = double.MaxValue;
        for (var i = 0; i < n; i++) narrowest = Math.Min(narrowest, _rowWords[i + 1].Left - _rowWords[i].Right);
        return Math.Min(1.5 * narrowest, 2.5 * _rowWords[0].FontSize);
    }

    private void PlaceWord(ref LayoutCell cell, ref bool cellOpen, LayoutWord w, int row, double stretched)
    {
        // Dot leaders ("Engineer ........ 2020") only draw the eye across a gap: they separate cells.
        if (IsLeader(w.Text))
        {
            if (cellOpen) CloseCell(ref cell);
            cellOpen = false;
            return;
        }
        if (cellOpen)
        {
            var gap = w.Left - cell.Right;
            var marker = cell.WordCount == 1 && IsLeadingMarker(Words[cell.WordStart].Text);
            if (gap > _options.CellGapRatio * Math.Max(w.FontSize, cell.FontSize) && gap > stretched && !marker)
            {
                CloseCell(ref cell);
                cellOpen = false;
            }
        }
        AddToCell(ref cell, ref cellOpen, w, row);
    }

    private void CloseCell(ref LayoutCell cell)
    {
        CollapseLetterSpacing(ref cell);
        Cells.Add(cell);
    }

    /// <summary>
    /// Letter-spaced text ("E X P E R I E N C E") puts a word gap between every letter. A run of three or more
    /// one-letter words with narrow gaps is merged back, breaking only where a gap is clearly wider than the
    /// letter spacing. The cell's words are the last ones in <see cref="Words"/>, so the tail is rewritten.
    /// </summary>
    private void CollapseLetterSpacing(ref LayoutCell cell)
    {
        var end = cell.WordStart + cell.WordCount;
        var write = cell.WordStart;
        var i = cell.WordStart;
        while (i < end)
        {
            var runEnd = i;
            while (runEnd < end && IsSpacedLetter(runEnd, i)) runEnd++;
            if (runEnd - i < 3)
            {
                Words[write++] = Words[i++];
                continue;
            }

            // Letter spacing is the typical gap inside the run; a word space adds to it.
            var gaps = new double[runEnd - i - 1];
            for (var k = i + 1; k < runEnd; k++) gaps[k - i - 1] = Words[k].Left - Words[k - 1].Right;
            var sorted = (double[])gaps.Clone();
            Array.Sort(sorted);
            var spacing = Math.Max(sorted[sorted.Length / 2], 0);
            var wordStart = i;
            for (var k = i + 1; k <= runEnd; k++)
            {
                if (k < runEnd && gaps[k - i - 1] <= spacing * 1.6 + 0.05 * Words[k].FontSize) continue;
                Words[write++] = Merge(wordStart, k);
                wordStart = k;
            }
            i = runEnd;
        }
        Words.RemoveRange(write, end - write);
        cell.WordCount = write - cell.WordStart;
    }

    /// <summary>A one-letter word that continues a run started at <paramref name="runStart"/> with a narrow gap.</summary>
    private bool IsSpacedLetter(int index, int runStart)
    {
        var w = Words[index];
        if (w.Text.Length != 1 || !char.IsLetterOrDigit(w.Text[0])) return false;
        if (index == runStart) return true;
        var gap = w.Left - Words[index - 1].Right;
        return gap < 0.6 * w.FontSize;
    }

    private LayoutWord Merge(int start, int end)
    {
        if (end - start == 1) return Words[start];
        _text.Clear();
        var first = Words[start];
        var bold = 0;
        double top = first.Top, bottom = first.Bottom, size = first.FontSize, baseline = first.Baseline;
        for (var k = start; k < end; k++)
        {
            var w = Words[k];
            _text.Append(w.Text);
            if (w.Bold) bold++;
            top = Math.Min(top, w.Top);
            bottom = Math.Max(bottom, w.Bottom);
            if (w.FontSize > size)
            {
                size = w.FontSize;
                baseline = w.Baseline;
            }
        }
        return new LayoutWord
        {
            Text = _text.ToString(),
            Left = first.Left,
            Right = Words[end - 1].Right,
            Top = top,
            Bottom = bottom,
            Baseline = baseline,
            FontSize = size,
            Bold = bold * 2 > end - start,
            Italic = first.Italic,
            ColorRgb = first.ColorRgb,
            FontName = first.FontName,
        };
    }

    private static bool IsLeader(string text)
    {
        if (text.Length < 4) return false;
        foreach (var c in text)
        {
            if (c is not ('.' or '_' or '\u00B7')) return false;
        }
        return true;
    }

    // A bullet or list number stays with the text it introduces, however wide the indent after it.
    private static bool IsLeadingMarker(string text) => TextNormalizer.IsBulletSymbol(text) || TextNormalizer.IsListNumber(text);

    private void AddToCell(ref LayoutCell cell, ref bool cellOpen, LayoutWord w, int row)
    {
        Words.Add(w);
        if (!cellOpen)
        {
            cell = new LayoutCell
            {
                WordStart = Words.Count - 1,
                WordCount = 1,
                Row = row,
                Left = w.Left,
                Top = w.Top,
                Right = w.Right,
                Bottom = w.Bottom,
                Baseline = w.Baseline,
                FontSize = w.FontSize,
            };
            cellOpen = true;
            return;
        }
        cell.WordCount++;
        if (w.Left < cell.Left) cell.Left = w.Left;
        if (w.Right > cell.Right) cell.Right = w.Right;
        if (w.Top < cell.Top) cell.Top = w.Top;
        if (w.Bottom > cell.Bottom) cell.Bottom = w.Bottom;
        if (w.FontSize > cell.FontSize)
        {
            cell.FontSize = w.FontSize;
            cell.Baseline = w.Baseline;
        }
    }

    private static bool IsDuplicate(in Glyph kept, in Glyph g)
    {
        if (!string.Equals(kept.Text, g.Text, StringComparison.Ordinal)) return false;
        var size = SizeOf(g);
        var width = Math.Abs(kept.Right - kept.Left);
        var dx = Math.Abs(Math.Min(g.Left, g.Right) - Math.Min(kept.Left, kept.Right));
        return dx < Math.Min(0.2 * size, 0.5 * width) && Math.Abs(g.Baseline - kept.Baseline) < 0.2 * size;
    }

    private LayoutWord? FinishWord(ref WordState word)
    {
        if (word.Count == 0) return null;
        _text.Clear();
        var softHyphen = false;
        foreach (var index in word.Glyphs)
        {
            ref readonly var g = ref _glyphs[index];
            var t = g.Text;
            softHyphen = t.Length > 0 && t[^1] == '\u00AD';
            // A soft hyphen drawn with a width is a hyphen the reader sees (TeX fonts map their hyphen to U+00AD);
            // one without width, or inside a longer sequence, is only a break opportunity.
            if (t.Length == 1 && softHyphen && Math.Abs(g.Right - g.Left) > 0.1 * SizeOf(g)) _text.Append('-');
            else TextNormalizer.Append(_text, t);
        }
        ref readonly var first = ref _glyphs[word.Glyphs[0]];
        var result = _text.Length == 0
            ? null
            : new LayoutWord
            {
                Text = _text.ToString(),
                Left = word.Left,
                Right = word.Right,
                Top = word.Baseline - Ascent * word.Size,
                Bottom = word.Baseline + Descent * word.Size,
                Baseline = word.Baseline,
                FontSize = Math.Round(word.Size, 2),
                Bold = word.FakeBold || word.BoldCount * 2 > word.Count,
                Italic = word.ItalicCount * 2 > word.Count,
                ColorRgb = first.ColorRgb,
                FontName = first.FontName,
                SoftHyphenEnd = softHyphen,
            };
        _wordGlyphs.Clear();
        word = new WordState { Glyphs = _wordGlyphs };
        return result;
    }

    public static double SizeOf(in Glyph g)
    {
        var size = Math.Abs(g.FontSize);
        return size >= 1 ? size : 1;
    }

    private sealed class RowGroup
    {
        public double Baseline;
        public double Size;
        public readonly List<int> Glyphs = [];
    }

    private struct WordState
    {
        /// <summary>Indices of the word's glyphs, in a list shared by all words of the builder.</summary>
        public List<int> Glyphs;
        public int Count;
        public int BoldCount;
        public int ItalicCount;
        public double Left;
        public double Right;
        public double Baseline;
        public double Size;
        public double LastSize;
        public bool FakeBold;

        public void Add(in Glyph g, int index, double left, double right, double size)
        {
            Glyphs.Add(index);
            Count++;
            if (g.Bold) BoldCount++;
            if (g.Italic) ItalicCount++;
            if (Count == 1)
            {
                Left = left;
                Right = right;
                Baseline = g.Baseline;
                Size = size;
            }
            else
            {
                if (left < Left) Left = left;
                if (right > Right) Right = right;
                if (size > Size)
                {
                    Size = size;
                    Baseline = g.Baseline;
                }
            }
            LastSize = size;
        }
    }
}
