using System.Globalization;
using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Layout;

/// <summary>
/// Word boxes of real resume pages (from a PDF text tool's bounding-box output), turned into per-character glyphs
/// so layout analysis can be checked on real layouts without a PDF reader. Each fixture line is
/// "xMin yMin xMax yMax text"; the first line is "page width height".
/// </summary>
internal static class WordBoxFixture
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public sealed record Word(double Left, double Top, double Right, double Bottom, string Text);

    public static IReadOnlyList<Word> Words(string name, out double width, out double height)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder.Value, name));
        var header = lines[0].Split(' ');
        width = double.Parse(header[1], CultureInfo.InvariantCulture);
        height = double.Parse(header[2], CultureInfo.InvariantCulture);
        var words = new List<Word>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var parts = line.Split(' ', 5);
            words.Add(new Word(Num(parts[0]), Num(parts[1]), Num(parts[2]), Num(parts[3]), parts[4]));
        }
        return words;
    }

    /// <summary>
    /// Splits every word box evenly into glyphs. The font size is estimated from the box height and, since some
    /// fonts report oversized boxes, capped by the width per character; the baseline sits below the box middle.
    /// </summary>
    public static PageGlyphs Page(string name)
    {
        var words = Words(name, out var width, out var height);
        // Box height over width per character, in its page-wide median, tells how oversized the boxes are.
        var ratios = words.Where(w => w.Text.Length >= 4)
            .Select(w => (w.Bottom - w.Top) / 1.2 / (2.0 * (w.Right - w.Left) / w.Text.Length)).Order().ToList();
        var inflation = Math.Max(1, ratios.Count > 0 ? ratios[ratios.Count / 2] : 1);
        var glyphs = new List<Glyph>();
        foreach (var w in words)
        {
            var n = w.Text.Length;
            var size = Math.Max((w.Bottom - w.Top) / 1.2 / inflation, 3);
            var baseline = (w.Top + w.Bottom) * 0.5 + 0.3 * size;
            var step = (w.Right - w.Left) / n;
            for (var i = 0; i < n; i++)
            {
                var left = w.Left + i * step;
                glyphs.Add(new Glyph(w.Text[i].ToString(), left, baseline, left + step, size, "F", false, false, 0, 0));
            }
        }
        return new PageGlyphs(1, width, height, glyphs);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ResumeLens.Core.Tests", "Extraction", "Layout", "Fixtures");
            if (Directory.Exists(candidate)) return candidate;
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("Layout fixtures were not found above " + AppContext.BaseDirectory);
    }
}
