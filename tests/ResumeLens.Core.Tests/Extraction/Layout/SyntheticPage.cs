using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Layout;

/// <summary>Builds glyph pages for tests with a fixed-width metric: every character is half the font size wide.</summary>
internal sealed class SyntheticPage
{
    public const double Advance = 0.5;

    private readonly List<Glyph> _glyphs = [];

    public double Width { get; init; } = 612;

    public double Height { get; init; } = 792;

    /// <summary>Lays out <paramref name="text"/> from x on a baseline; spaces advance without a glyph unless asked.</summary>
    public SyntheticPage Text(double x, double baseline, string text, double size = 10, bool bold = false, int color = 0,
        int renderMode = 0, bool spaceGlyphs = false, string font = "Body", bool upright = true)
    {
        var width = size * Advance;
        foreach (var c in text)
        {
            if (c != ' ' || spaceGlyphs)
                _glyphs.Add(new Glyph(c.ToString(), x, baseline, x + width, size, font, bold, false, color, renderMode, upright));
            x += width;
        }
        return this;
    }

    /// <summary>Lays out text so that it ends at <paramref name="right"/>: right-aligned dates and cities.</summary>
    public SyntheticPage TextRight(double right, double baseline, string text, double size = 10, bool bold = false) =>
        Text(right - text.Length * size * Advance, baseline, text, size, bold);

    /// <summary>Adds one raw glyph, for ligatures and multi-character ToUnicode sequences.</summary>
    public SyntheticPage Glyph(string text, double left, double baseline, double right, double size = 10, bool bold = false)
    {
        _glyphs.Add(new Glyph(text, left, baseline, right, size, "Body", bold, false, 0, 0));
        return this;
    }

    public static double WidthOf(string text, double size = 10) => text.Length * size * Advance;

    /// <summary>The page with glyphs in a scrambled drawing order, as many PDF producers emit them.</summary>
    public PageGlyphs Build(int imageCount = 0, int? shuffleSeed = 7)
    {
        var glyphs = _glyphs.ToList();
        if (shuffleSeed is { } seed)
        {
            var random = new Random(seed);
            for (var i = glyphs.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (glyphs[i], glyphs[j]) = (glyphs[j], glyphs[i]);
            }
        }
        return new PageGlyphs(1, Width, Height, glyphs, imageCount);
    }
}
