namespace ResumeLens.Core.Extraction.Layout;

/// <summary>Tunable thresholds of layout analysis; every distance is a fraction of the font size involved.</summary>
public sealed record LayoutOptions
{
    public static readonly LayoutOptions Default = new();

    /// <summary>A horizontal gap wider than this (× font size) between two glyphs starts a new word.</summary>
    public double WordGapRatio { get; init; } = 0.15;

    /// <summary>A gap wider than this (× font size) on one baseline separates cells: aligned dates, table cells, columns.</summary>
    public double CellGapRatio { get; init; } = 0.9;

    /// <summary>Narrowest whitespace gutter (× body font size) that may separate two columns.</summary>
    public double MinGutterRatio { get; init; } = 0.8;

    /// <summary>
    /// Share of baselines two sides of a gutter may have in common and still be read as separate columns;
    /// above it the sides are rows of one table (labels beside entries, dates beside titles) and are read across.
    /// </summary>
    public double MaxColumnRowAlignment { get; init; } = 0.6;

    /// <summary>Text placed between cells of one line. Two spaces keep cells apart without tabs.</summary>
    public string CellSeparator { get; init; } = "  ";

    /// <summary>Join words broken by a hyphen at a line end ("infor-" + "mation").</summary>
    public bool JoinHyphenatedWords { get; init; } = true;

    /// <summary>
    /// On a page whose only text is invisible (render mode 3) and that shows images, read that text as the page's
    /// OCR layer instead of reporting it as hidden.
    /// </summary>
    public bool ReadInvisibleTextOfScannedPages { get; init; } = true;
}
