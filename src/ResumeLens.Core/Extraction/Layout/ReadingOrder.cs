namespace ResumeLens.Core.Extraction.Layout;

/// <summary>One line in reading order: cells of one row within one region, left to right.</summary>
internal sealed class OrderedLine
{
    public required List<int> Cells { get; init; }

    public int Column { get; init; }
}

/// <summary>
/// Arranges cells in reading order with a recursive XY-cut. A region is split into columns at a vertical
/// whitespace gutter when text on both sides runs independently (few shared baselines); lines that cross the
/// gutter become full-width bands read between the column parts, and text above or below the part where both
/// columns exist is read before or after them. Sides whose baselines mostly coincide are rows of one table
/// (labels, aligned dates) and are read across. Regions without a gutter are split at their widest
/// horizontal gaps, and what is left is read row by row.
/// </summary>
internal sealed class ReadingOrder
{
    private const int MaxDepth = 40;
    private const int MaxGutterCandidates = 8;
    private const int MaxHeaderRows = 4;

    // Baselines closer than this (× font size) count as the same row when measuring alignment.
    private const double SameBaseline = 0.15;

    private readonly LayoutCell[] _cells;
    private readonly List<LayoutWord> _words;
    private readonly int[] _sharedRow;
    private readonly double _minGutter;
    private readonly double _bodySize;
    private readonly double _maxAlignment;
    private readonly int[] _rowStamp;
    private readonly double[] _rowBaseline;
    private readonly double[] _rowSize;
    private int _stamp;

    public ReadingOrder(LayoutCell[] cells, List<LayoutWord> words, int rowCount, double bodyFontSize, LayoutOptions options)
    {
        _cells = cells;
        _words = words;
        _sharedRow = new int[rowCount];
        _bodySize = bodyFontSize;
        _minGutter = Math.Max(2.0, options.MinGutterRatio * bodyFontSize);
        _maxAlignment = options.MaxColumnRowAlignment;
        _rowStamp = new int[rowCount];
        _rowBaseline = new double[rowCount];
        _rowSize = new double[rowCount];
    }

    public List<OrderedLine> Lines { get; } = [];

    public void Arrange()
    {
        var all = new int[_cells.Length];
        for (var i = 0; i < all.Length; i++) all[i] = i;
        Cut(all, 0, 0);
    }

    private void Cut(int[] items, int column, int depth)
    {
        if (items.Length == 0) return;
        if (items.Length > 1 && depth < MaxDepth)
        {
            if (TrySplitColumns(items, column, depth)) return;
            if (TrySplitRows(items, column, depth)) return;
        }
        EmitRows(items, column);
    }

    /// <summary>Reads a region that cannot be cut further: rows top to bottom, cells of a row left to right.</summary>
    private void EmitRows(int[] items, int column)
    {
        var keys = new double[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ref readonly var c = ref _cells[items[i]];
            // Row index dominates; the left edge orders cells inside the row (pages are far narrower than 1e6 pt).
            keys[i] = c.Row * 1e6 + Math.Clamp(c.Left, -1e5, 9e5);
        }
        Array.Sort(keys, items);
        List<int>? current = null;
        var currentRow = -1;
        foreach (var index in items)
        {
            if (_cells[index].Row != currentRow || current is null)
            {
                current = [];
                Lines.Add(new OrderedLine { Cells = current, Column = column });
                currentRow = _cells[index].Row;
            }
            current.Add(index);
        }
    }

    /// <summary>Splits a region at its widest horizontal whitespace gaps.</summary>
    private bool TrySplitRows(int[] items, int column, int depth)
    {
        var keys = new double[items.Length];
        for (var i = 0; i < items.Length; i++) keys[i] = _cells[items[i]].Top;
        Array.Sort(keys, items);

        var gaps = new double[items.Length];
        double maxGap = 0;
        var bottom = _cells[items[0]].Bottom;
        for (var i = 1; i < items.Length; i++)
        {
            ref readonly var c = ref _cells[items[i]];
            var gap = c.Top - bottom;
            gaps[i] = gap;
            if (gap > maxGap) maxGap = gap;
            if (c.Bottom > bottom) bottom = c.Bottom;
        }
        if (maxGap <= 0.01) return false;

        var threshold = maxGap * 0.7;
        var start = 0;
        for (var i = 1; i <= items.Length; i++)
        {
            if (i < items.Length && gaps[i] < threshold) continue;
            Cut(items[start..i], column, depth + 1);
            start = i;
        }
        return true;
    }

    private bool TrySplitColumns(int[] items, int column, int depth)
    {
        // Two columns need at least two rows on each side.
        if (items.Length < 4) return false;
        var rows = CountRows(items);
        if (rows < 2) return false;
        double xMin = double.MaxValue, xMax = double.MinValue;
        foreach (var i in items)
        {
            if (_cells[i].Left < xMin) xMin = _cells[i].Left;
            if (_cells[i].Right > xMax) xMax = _cells[i].Right;
        }
        var width = xMax - xMin;
        if (!(width > 2 * _minGutter) || width > 1e5) return false;

        // Horizontal coverage profile: how many cells cover each slice of the region's width.
        var binCount = (int)Math.Min(4096, Math.Ceiling(width) + 1);
        var scale = width / (binCount - 1);
        var coverage = new int[binCount + 1];
        foreach (var i in items)
        {
            var a = (int)((_cells[i].Left - xMin) / scale);
            var b = (int)((_cells[i].Right - xMin) / scale);
            coverage[Math.Clamp(a, 0, binCount - 1)]++;
            coverage[Math.Clamp(b, 0, binCount - 1) + 1]--;
        }
        for (var i = 1; i < binCount; i++) coverage[i] += coverage[i - 1];

        var maxCrossing = Math.Max(2, rows / 10);
        var minBins = (int)Math.Ceiling(_minGutter / scale);
        var tried = 0;
        double lastStart = double.NaN, lastEnd = double.NaN;
        for (var limit = 0; limit <= maxCrossing && tried < MaxGutterCandidates; limit++)
        {
            var runStart = -1;
            for (var b = 0; b <= binCount; b++)
            {
                var open = b < binCount && coverage[b] <= limit;
                if (open)
                {
                    if (runStart < 0) runStart = b;
                    continue;
                }
                if (runStart < 0) continue;
                var runEnd = b - 1;
                var touchesEdge = runStart == 0 || runEnd >= binCount - 1;
                if (!touchesEdge && runEnd - runStart + 1 >= minBins)
                {
                    var g0 = xMin + runStart * scale;
                    var g1 = xMin + (runEnd + 1) * scale;
                    // A looser limit finds the same gutter again, only wider; it was already judged.
                    var seen = !double.IsNaN(lastStart) && g0 <= lastEnd && g1 >= lastStart;
                    if (!seen)
                    {
                        tried++;
                        if (TryGutter(items, g0, g1, column, depth)) return true;
                        if (tried >= MaxGutterCandidates) return false;
                    }
                    lastStart = g0;
                    lastEnd = g1;
                }
                runStart = -1;
            }
        }
        return false;
    }

    private int CountRows(int[] items)
    {
        _stamp++;
        var rows = 0;
        foreach (var i in items)
        {
            var row = _cells[i].Row;
            if (_rowStamp[row] == _stamp) continue;
            _rowStamp[row] = _stamp;
            rows++;
        }
        return rows;
    }

    private enum Side : byte
    {
        Left,
        Right,
        Across,
    }

    /// <summary>Checks a candidate gutter [g0, g1] and, when the two sides are independent columns, recurses into them.</summary>
    private bool TryGutter(int[] items, double g0, double g1, int column, int depth)
    {
        var mid = (g0 + g1) * 0.5;
        var sides = new Side[items.Length];
        double leftMin = double.MaxValue, leftMax = double.MinValue, rightMin = double.MaxValue, rightMax = double.MinValue;
        var crossers = 0;
        for (var k = 0; k < items.Length; k++)
        {
            ref readonly var c = ref _cells[items[k]];
            if (c.Left < g0 && c.Right > g1)
            {
                sides[k] = Side.Across;
                crossers++;
            }
            else if ((c.Left + c.Right) * 0.5 < mid)
            {
                sides[k] = Side.Left;
                if (c.Left < leftMin) leftMin = c.Left;
                if (c.Right > leftMax) leftMax = c.Right;
            }
            else
            {
                sides[k] = Side.Right;
                if (c.Left < rightMin) rightMin = c.Left;
                if (c.Right > rightMax) rightMax = c.Right;
            }
        }
        // Cells reaching into the candidate from either side narrow the real gutter.
        if (leftMax == double.MinValue || rightMin == double.MaxValue || rightMin - leftMax < _minGutter) return false;

        // A crossing line that starts in one column and reaches only a little into the other is an overlong line
        // of that column; the rest span the columns.
        if (crossers > 0)
        {
            var leftMiddle = (leftMin + leftMax) * 0.5;
            var rightMiddle = (rightMin + rightMax) * 0.5;
            for (var k = 0; k < items.Length; k++)
            {
                if (sides[k] != Side.Across) continue;
                ref readonly var c = ref _cells[items[k]];
                if (c.Left <= leftMiddle && c.Right <= rightMiddle) sides[k] = Side.Left;
                else if (c.Left >= rightMin - _minGutter && c.Right <= rightMax + _minGutter) sides[k] = Side.Right;
            }
        }

        // The zone where both columns run side by side; text wholly above or below it is read before or after.
        double leftTop = double.MaxValue, leftBottom = double.MinValue, rightTop = double.MaxValue, rightBottom = double.MinValue;
        for (var k = 0; k < items.Length; k++)
        {
            ref readonly var c = ref _cells[items[k]];
            if (sides[k] == Side.Left)
            {
                leftTop = Math.Min(leftTop, c.Top);
                leftBottom = Math.Max(leftBottom, c.Bottom);
            }
            else if (sides[k] == Side.Right)
            {
                rightTop = Math.Min(rightTop, c.Top);
                rightBottom = Math.Max(rightBottom, c.Bottom);
            }
        }
        var zoneTop = Math.Max(leftTop, rightTop);
        var zoneBottom = Math.Min(leftBottom, rightBottom);
        if (!(zoneBottom > zoneTop)) return false;

        if (!AreIndependentColumns(items, sides, zoneTop, zoneBottom)) return false;

        // A short side beside the top or bottom of a long one (a name beside a contact block, above the body) is
        // only side by side within a band that a wide clear gap separates from the rest: cut that gap first.
        var leftRows = CountSideRows(items, sides, Side.Left);
        var rightRows = CountSideRows(items, sides, Side.Right);
        if (Math.Min(leftRows, rightRows) * 3 <= Math.Max(leftRows, rightRows)
            && TrySplitAtWideGap(items, zoneTop, zoneBottom, column, depth))
        {
            return true;
        }

        // Text above the zone is a header read first when it spans the columns (crosses the gutter or has text on
        // both sides), or when it is a banner (a few lines with a name in large type) set off by a wide gap;
        // otherwise it is the top of a column that starts higher. Below the zone only spanning text is a footer.
        var headCut = ClearLineAbove(items, zoneTop);
        var tailCut = ClearLineBelow(items, zoneBottom);
        var headSpans = SpansColumns(items, sides, double.MinValue, headCut)
            || (GapAbove(items, headCut) >= 1.5 * _bodySize && IsBanner(items, headCut));
        var tailSpans = SpansColumns(items, sides, tailCut, double.MaxValue);

        var head = new List<int>();
        var tail = new List<int>();
        var across = new List<int>();
        var inZone = new List<int>();
        var inZoneSides = new List<Side>();
        for (var k = 0; k < items.Length; k++)
        {
            ref readonly var c = ref _cells[items[k]];
            if (headSpans && c.Bottom <= headCut) head.Add(items[k]);
            else if (tailSpans && c.Top >= tailCut) tail.Add(items[k]);
            else if (sides[k] == Side.Across) across.Add(items[k]);
            else
            {
                inZone.Add(items[k]);
                inZoneSides.Add(sides[k]);
            }
        }

        Cut([.. head], column, depth + 1);
        ReadZone(across, inZone, inZoneSides, column, depth);
        Cut([.. tail], column, depth + 1);
        return true;
    }

    private int CountSideRows(int[] items, Side[] sides, Side side)
    {
        _stamp++;
        var rows = 0;
        for (var k = 0; k < items.Length; k++)
        {
            if (sides[k] != side) continue;
            var row = _cells[items[k]].Row;
            if (_rowStamp[row] == _stamp) continue;
            _rowStamp[row] = _stamp;
            rows++;
        }
        return rows;
    }

    /// <summary>Splits the region in two at a clear horizontal gap of at least 1.5 body font sizes at the zone's bottom or top edge.</summary>
    private bool TrySplitAtWideGap(int[] items, double zoneTop, double zoneBottom, int column, int depth)
    {
        var wide = 1.5 * _bodySize;
        var below = ClearLineBelow(items, zoneBottom);
        var nextTop = double.MaxValue;
        foreach (var i in items)
        {
            if (_cells[i].Top >= below && _cells[i].Top < nextTop) nextTop = _cells[i].Top;
        }
        var cut = double.NaN;
        if (nextTop != double.MaxValue && nextTop - below >= wide) cut = below;
        else
        {
            var above = ClearLineAbove(items, zoneTop);
            if (GapAbove(items, above) >= wide) cut = above;
        }
        if (double.IsNaN(cut)) return false;

        var upper = new List<int>();
        var lower = new List<int>();
        foreach (var i in items)
        {
            (_cells[i].Bottom <= cut ? upper : lower).Add(i);
        }
        if (upper.Count == 0 || lower.Count == 0) return false;
        Cut([.. upper], column, depth + 1);
        Cut([.. lower], column, depth + 1);
        return true;
    }

    /// <summary>True when the text above <paramref name="y"/> is at most a few rows and one of them is in large type.</summary>
    private bool IsBanner(int[] items, double y)
    {
        _stamp++;
        var rows = 0;
        var large = false;
        foreach (var i in items)
        {
            ref readonly var c = ref _cells[i];
            if (c.Bottom > y) continue;
            if (c.FontSize >= 1.25 * _bodySize) large = true;
            if (_rowStamp[c.Row] == _stamp) continue;
            _rowStamp[c.Row] = _stamp;
            rows++;
        }
        return large && rows <= MaxHeaderRows;
    }

    /// <summary>Height of the empty band between <paramref name="y"/> and the lowest cell bottom above it.</summary>
    private double GapAbove(int[] items, double y)
    {
        var previousBottom = double.MinValue;
        foreach (var i in items)
        {
            if (_cells[i].Bottom <= y && _cells[i].Bottom > previousBottom) previousBottom = _cells[i].Bottom;
        }
        return previousBottom == double.MinValue ? 0 : y - previousBottom;
    }

    /// <summary>The lowest y at or above <paramref name="y"/> that no cell straddles.</summary>
    private double ClearLineAbove(int[] items, double y)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var i in items)
            {
                if (_cells[i].Top < y && _cells[i].Bottom > y)
                {
                    y = _cells[i].Top;
                    moved = true;
                }
            }
        }
        return y;
    }

    /// <summary>The highest y at or below <paramref name="y"/> that no cell straddles.</summary>
    private double ClearLineBelow(int[] items, double y)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var i in items)
            {
                if (_cells[i].Top < y && _cells[i].Bottom > y)
                {
                    y = _cells[i].Bottom;
                    moved = true;
                }
            }
        }
        return y;
    }

    /// <summary>True when the cells lying wholly between two heights cross the gutter or sit on both sides of it.</summary>
    private bool SpansColumns(int[] items, Side[] sides, double top, double bottom)
    {
        bool left = false, right = false;
        for (var k = 0; k < items.Length; k++)
        {
            ref readonly var c = ref _cells[items[k]];
            if (c.Top < top || c.Bottom > bottom) continue;
            if (sides[k] == Side.Across) return true;
            if (sides[k] == Side.Left) left = true;
            else right = true;
        }
        return left && right;
    }

    /// <summary>
    /// True when the sides are separate columns: each has at least two rows in the shared zone and few of the
    /// smaller side's baselines coincide with a baseline across the gutter.
    /// </summary>
    private bool AreIndependentColumns(int[] items, Side[] sides, double zoneTop, double zoneBottom)
    {
        _stamp++;
        var leftStamp = _stamp;
        var leftRows = 0;
        for (var k = 0; k < items.Length; k++)
        {
            if (sides[k] != Side.Left) continue;
            ref readonly var c = ref _cells[items[k]];
            if (c.CenterY < zoneTop || c.CenterY > zoneBottom) continue;
            if (_rowStamp[c.Row] == leftStamp) continue;
            _rowStamp[c.Row] = leftStamp;
            _rowBaseline[c.Row] = c.Baseline;
            _rowSize[c.Row] = c.FontSize;
            leftRows++;
        }

        _stamp++;
        var rightStamp = _stamp;
        var rightRows = 0;
        var aligned = 0;
        for (var k = 0; k < items.Length; k++)
        {
            if (sides[k] != Side.Right) continue;
            ref readonly var c = ref _cells[items[k]];
            if (c.CenterY < zoneTop || c.CenterY > zoneBottom) continue;
            var row = c.Row;
            if (_rowStamp[row] == rightStamp) continue;
            var sharesRow = _rowStamp[row] == leftStamp
                && Math.Abs(_rowBaseline[row] - c.Baseline) <= SameBaseline * Math.Max(c.FontSize, _rowSize[row]);
            _rowStamp[row] = rightStamp;
            rightRows++;
            if (sharesRow)
            {
                aligned++;
                _sharedRow[row] = rightStamp;
            }
        }
        if (leftRows < 2 || rightRows < 2) return false;
        if (aligned <= _maxAlignment * Math.Min(leftRows, rightRows)) return true;

        // Columns on one line grid align by construction. Tables and label columns do not wrap sentences beside
        // their neighbours; columns of running text do.
        var wrapped = WrappedLinesOnSharedRows(items, sides, Side.Left, zoneTop, zoneBottom, rightStamp)
            + WrappedLinesOnSharedRows(items, sides, Side.Right, zoneTop, zoneBottom, rightStamp);
        return wrapped >= 2;
    }

    /// <summary>
    /// Counts lines of one side that continue a sentence (start in lowercase right below a line filling most of
    /// the side's width) on a row that has text across the gutter too.
    /// </summary>
    private int WrappedLinesOnSharedRows(int[] items, Side[] sides, Side side, double zoneTop, double zoneBottom, int sharedStamp)
    {
        var members = new List<int>();
        double sideLeft = double.MaxValue, sideRight = double.MinValue;
        for (var k = 0; k < items.Length; k++)
        {
            if (sides[k] != side) continue;
            ref readonly var c = ref _cells[items[k]];
            if (c.CenterY < zoneTop || c.CenterY > zoneBottom) continue;
            members.Add(items[k]);
            sideLeft = Math.Min(sideLeft, c.Left);
            sideRight = Math.Max(sideRight, c.Right);
        }
        var keys = new double[members.Count];
        var order = members.ToArray();
        for (var i = 0; i < order.Length; i++) keys[i] = _cells[order[i]].Row * 1e6 + Math.Clamp(_cells[order[i]].Left, -1e5, 9e5);
        Array.Sort(keys, order);

        var fullLine = 0.6 * (sideRight - sideLeft);
        var count = 0;
        var previousRow = -1;
        double previousLeft = 0, previousRight = 0, previousBottom = 0;
        for (var i = 0; i < order.Length; i++)
        {
            ref readonly var c = ref _cells[order[i]];
            if (c.Row == previousRow)
            {
                previousRight = c.Right;
                continue;
            }
            if (previousRow >= 0
                && _sharedRow[c.Row] == sharedStamp
                && c.Top - previousBottom < 0.8 * c.FontSize
                && previousRight - previousLeft >= fullLine
                && char.IsLower(_words[c.WordStart].Text[0]))
            {
                count++;
            }
            previousRow = c.Row;
            previousLeft = c.Left;
            previousRight = c.Right;
            previousBottom = c.Bottom;
        }
        return count;
    }

    /// <summary>Reads the two-column zone: bands between full-width lines, each band left column then right column.</summary>
    private void ReadZone(List<int> across, List<int> members, List<Side> sides, int column, int depth)
    {
        if (across.Count == 0)
        {
            ReadBand(members, sides, column, depth);
            return;
        }

        var acrossKeys = new double[across.Count];
        var acrossArray = across.ToArray();
        for (var i = 0; i < acrossArray.Length; i++) acrossKeys[i] = _cells[acrossArray[i]].Top;
        Array.Sort(acrossKeys, acrossArray);

        // Band 2k holds what lies above full-width line k, band 2k+1 the line itself and cells on its row.
        var bandCount = acrossArray.Length * 2 + 1;
        var bandOf = new int[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            ref readonly var c = ref _cells[members[m]];
            var band = -1;
            var below = 0;
            for (var a = 0; a < acrossArray.Length; a++)
            {
                ref readonly var line = ref _cells[acrossArray[a]];
                var overlap = Math.Min(c.Bottom, line.Bottom) - Math.Max(c.Top, line.Top);
                if (overlap > 0.5 * Math.Min(c.Bottom - c.Top, line.Bottom - line.Top))
                {
                    band = 2 * a + 1;
                    break;
                }
                if (line.CenterY < c.CenterY) below = a + 1;
            }
            bandOf[m] = band >= 0 ? band : 2 * below;
        }

        for (var band = 0; band < bandCount; band++)
        {
            if (band % 2 == 1)
            {
                var row = new List<int> { acrossArray[band / 2] };
                for (var m = 0; m < members.Count; m++)
                {
                    if (bandOf[m] == band) row.Add(members[m]);
                }
                Cut([.. row], column, depth + 1);
                continue;
            }
            var bandMembers = new List<int>();
            var bandSides = new List<Side>();
            for (var m = 0; m < members.Count; m++)
            {
                if (bandOf[m] != band) continue;
                bandMembers.Add(members[m]);
                bandSides.Add(sides[m]);
            }
            ReadBand(bandMembers, bandSides, column, depth);
        }
    }

    private void ReadBand(List<int> members, List<Side> sides, int column, int depth)
    {
        var left = new List<int>();
        var right = new List<int>();
        for (var m = 0; m < members.Count; m++)
        {
            (sides[m] == Side.Left ? left : right).Add(members[m]);
        }
        Cut([.. left], column, depth + 1);
        Cut([.. right], column + 1, depth + 1);
    }
}
