namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Advance widths (1/1000 em) of the standard 14 fonts for ASCII 32..126, used when a font has no /Widths.</summary>
internal static class StandardFontMetrics
{
    // Widths for codes 32..126 (space .. asciitilde); code 39 is quoteright and 96 quoteleft as in StandardEncoding.
    private static readonly short[] Helvetica =
    [
        278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly short[] HelveticaBold =
    [
        278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        278, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];

    private static readonly short[] TimesRoman =
    [
        250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];

    private static readonly short[] TimesBold =
    [
        250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    /// <summary>Width of a character in a standard font, or null when the font is not one of the standard 14.</summary>
    public static double? Width(string baseFont, char c)
    {
        var table = TableFor(baseFont, out var fixedWidth, out var fallback);
        if (fixedWidth > 0) return fixedWidth;
        if (table is null) return null;
        if (c == '\u2019') c = '\'';
        else if (c == '\u2018') c = '`';
        return c is >= ' ' and <= '~' ? table[c - 32] : fallback;
    }

    public static bool IsStandard(string baseFont) => TableFor(baseFont, out var fixedWidth, out _) is not null || fixedWidth > 0;

    private static short[]? TableFor(string baseFont, out int fixedWidth, out int fallback)
    {
        fixedWidth = 0;
        fallback = 500;
        var bold = baseFont.Contains("Bold", StringComparison.Ordinal);
        if (baseFont.StartsWith("Courier", StringComparison.Ordinal))
        {
            fixedWidth = 600;
            return null;
        }
        if (baseFont.StartsWith("Helvetica", StringComparison.Ordinal) || baseFont.StartsWith("Arial", StringComparison.Ordinal))
        {
            fallback = 556;
            return bold ? HelveticaBold : Helvetica;
        }
        // Italic Times cuts differ by a few units; the upright tables are close enough for positioning.
        if (baseFont.StartsWith("Times", StringComparison.Ordinal)) return bold ? TimesBold : TimesRoman;
        return null;
    }
}
