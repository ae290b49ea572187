namespace ResumeLens.Core.Extraction.Layout;

/// <summary>A word assembled from glyphs, before it becomes a <see cref="TextWord"/> of a line.</summary>
internal sealed class LayoutWord
{
    public required string Text { get; set; }

    public double Left { get; set; }

    public double Top { get; set; }

    public double Right { get; set; }

    public double Bottom { get; set; }

    public double Baseline { get; init; }

    public double FontSize { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public int ColorRgb { get; init; }

    public required string FontName { get; init; }

    /// <summary>The word ended in a soft hyphen: the PDF producer broke it across lines on purpose.</summary>
    public bool SoftHyphenEnd { get; init; }

    public TextWord ToTextWord() =>
        new(Text, new Box(Left, Top, Right, Bottom), FontSize, Bold, Italic, ColorRgb, FontName);
}

/// <summary>
/// A run of words on one baseline with no wide gap inside: a line of a column, a table cell, or an aligned date.
/// Cells are the units that reading-order analysis arranges.
/// </summary>
internal struct LayoutCell
{
    public int WordStart;
    public int WordCount;
    public int Row;
    public double Left;
    public double Top;
    public double Right;
    public double Bottom;
    public double Baseline;
    public double FontSize;

    public readonly double CenterY => (Top + Bottom) * 0.5;
}
