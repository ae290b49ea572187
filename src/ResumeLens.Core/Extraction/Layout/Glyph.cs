namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// One shown character (or ligature/ToUnicode sequence) in page space: origin top-left, y downward,
/// points. Produced by a page interpreter, consumed by layout analysis. <see cref="BackgroundRgb"/> is
/// the colour painted under the glyph (white paper unless a filled shape lies beneath it).
/// </summary>
public readonly record struct Glyph(
    string Text,
    double Left,
    double Baseline,
    double Right,
    double FontSize,
    string FontName,
    bool Bold,
    bool Italic,
    int ColorRgb,
    int RenderMode,
    bool Upright = true,
    int BackgroundRgb = 0xFFFFFF);

/// <summary>Everything layout analysis needs to know about one page.</summary>
public sealed record PageGlyphs(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, int ImageCount = 0);
