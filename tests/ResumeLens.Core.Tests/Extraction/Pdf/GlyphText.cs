using System.Text;
using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Pdf;

/// <summary>A naive glyph-to-text joiner for tests: lines by baseline, spaces from gaps.</summary>
internal static class GlyphText
{
    public static string Join(PageGlyphs page)
    {
        var glyphs = page.Glyphs.Where(g => g.Upright).OrderBy(g => Math.Round(g.Baseline / 2)).ThenBy(g => g.Left).ToList();
        var sb = new StringBuilder();
        Glyph? previous = null;
        foreach (var g in glyphs)
        {
            if (previous is { } p)
            {
                if (Math.Abs(g.Baseline - p.Baseline) > Math.Max(2, p.FontSize * 0.4) || g.Left < p.Left) sb.Append('\n');
                else if (g.Left - p.Right > g.FontSize * 0.1 && !g.Text.StartsWith(' ') && !p.Text.EndsWith(' ')) sb.Append(' ');
            }
            sb.Append(g.Text);
            previous = g;
        }
        return sb.ToString();
    }

    public static string Join(IEnumerable<PageGlyphs> pages) => string.Join("\n", pages.Select(Join));

    /// <summary>Words (letters and digits only), for order-insensitive comparisons.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
