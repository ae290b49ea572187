namespace ResumeLens.Core.Extraction.Layout;

/// <summary>Decides whether a glyph would be seen on the rendered page, and if not, why.</summary>
internal static class GlyphVisibility
{
    /// <summary>Largest per-channel difference between text and what lies beneath it that still hides the text.</summary>
    private const int MaxInvisibleContrast = 0x0F;

    /// <summary>Smallest font size a person can read on a page, in points.</summary>
    private const double MinReadableSize = 1.0;

    /// <summary>Returns null for a visible glyph, otherwise the reason it is hidden.</summary>
    public static HiddenTextReason? Classify(in Glyph g, double pageWidth, double pageHeight)
    {
        // Render mode 3 draws nothing; 7 only adds to the clipping path.
        if (g.RenderMode == 3 || g.RenderMode == 7) return HiddenTextReason.InvisibleRenderMode;
        if (!(Math.Abs(g.FontSize) >= MinReadableSize)) return HiddenTextReason.TinyFont;
        var centerX = (g.Left + g.Right) * 0.5;
        var centerY = g.Baseline - Math.Abs(g.FontSize) * 0.3;
        if (!double.IsFinite(centerX) || !double.IsFinite(centerY)) return HiddenTextReason.OffPage;
        // Without a usable page box (a malformed media box) nothing can be judged off the page.
        var hasBox = pageWidth > 0 && pageHeight > 0 && double.IsFinite(pageWidth) && double.IsFinite(pageHeight);
        if (hasBox && !(centerX >= 0 && centerX <= pageWidth && centerY >= 0 && centerY <= pageHeight)) return HiddenTextReason.OffPage;
        if (IsNear(g.ColorRgb, g.BackgroundRgb)) return HiddenTextReason.BackgroundColor;
        return null;
    }

    // White text on a dark sidebar is visible; white (or near-white) text on white paper is not.
    private static bool IsNear(int text, int background) =>
        Math.Abs(((text >> 16) & 0xFF) - ((background >> 16) & 0xFF)) <= MaxInvisibleContrast
        && Math.Abs(((text >> 8) & 0xFF) - ((background >> 8) & 0xFF)) <= MaxInvisibleContrast
        && Math.Abs((text & 0xFF) - (background & 0xFF)) <= MaxInvisibleContrast;
}
