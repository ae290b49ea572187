using ResumeLens.Core.Extraction;
using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Layout;

/// <summary>Reading order on word boxes taken from real two-column, sidebar and single-column resume pages.</summary>
public sealed class RealResumeLayoutTests
{
    private enum Side
    {
        Left,
        Right,
        Both,
    }

    [Theory]
    [InlineData("deedy_resume-openfont.p1.txt", 210, 100)]
    [InlineData("two-column.p1.txt", 390, 90)]
    public void Sidebar_lines_never_interleave_with_main_column_lines(string fixture, double gutter, double bodyTop)
    {
        var lines = Lines(fixture).Where(l => l.Bounds.Top >= bodyTop).ToList();
        var sides = lines.Select(l => SideOf(l, gutter)).ToList();

        Assert.DoesNotContain(Side.Both, sides);
        Assert.Contains(Side.Left, sides);
        Assert.Contains(Side.Right, sides);
        var switches = sides.Zip(sides.Skip(1)).Count(p => p.First != p.Second);
        Assert.Equal(1, switches);
    }

    [Theory]
    [InlineData("deedy_resume-openfont.p1.txt", 100)]
    [InlineData("two-column.p1.txt", 90)]
    public void Full_width_header_lines_come_before_both_columns(string fixture, double bodyTop)
    {
        var lines = Lines(fixture);
        var firstBody = lines.FindIndex(l => l.Bounds.Top >= bodyTop);
        Assert.True(firstBody > 0);
        Assert.All(lines.Skip(firstBody), l => Assert.True(l.Bounds.Top >= bodyTop, l.Text));
    }

    [Theory]
    [InlineData("moderncv_casual_orange-left.p1.txt")]
    [InlineData("moderncv_classic_green-right.p1.txt")]
    public void Labels_in_a_date_column_are_read_on_the_line_of_the_entry_they_label(string fixture)
    {
        const double gutter = 142;
        var lines = Lines(fixture).Where(l => l.Bounds.Top > 280 && l.Bounds.Top < 720).ToList();

        // No label is left alone on a line, so labels never interleave with main-column lines.
        Assert.DoesNotContain(lines, l => SideOf(l, gutter) == Side.Left);
        Assert.All(lines.Where(l => l.Text.Contains("Degree,", StringComparison.Ordinal)),
            l => Assert.StartsWith("year–year", l.Text, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.StartsWith("supervisors", StringComparison.Ordinal) && l.Text.EndsWith("Supervisors", StringComparison.Ordinal));
        // The body is read top to bottom.
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.Second.Bounds.Top > p.First.Bounds.Top));
    }

    [Fact]
    public void Single_column_resume_with_right_aligned_dates_is_not_split_into_columns()
    {
        var lines = Lines("awesome-cv_resume.p1.txt");

        Assert.Contains(lines, l => l.Text == "Dunamu Inc.  Seoul, S.Korea");
        Assert.Contains(lines, l => l.Text.StartsWith("DevOps Engineer  Sep. 2023", StringComparison.Ordinal));
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.Second.Bounds.Top > p.First.Bounds.Top - 1));
    }

    [Theory]
    [InlineData("deedy_resume-openfont.p1.txt")]
    [InlineData("two-column.p1.txt")]
    [InlineData("awesome-cv_resume.p1.txt")]
    [InlineData("moderncv_casual_orange-left.p1.txt")]
    [InlineData("moderncv_classic_green-right.p1.txt")]
    public void Every_word_of_the_page_is_read_exactly_once(string fixture)
    {
        // Ligatures are read as their letters; spaces inside a word box become word breaks.
        var expected = WordBoxFixture.Words(fixture, out _, out _)
            .Sum(w => w.Text.Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
                .Replace(" ", "", StringComparison.Ordinal).Length);
        var result = PageLayout.Analyze(WordBoxFixture.Page(fixture), new LayoutOptions { JoinHyphenatedWords = false });

        var actual = result.Page.Blocks.SelectMany(b => b.Lines).SelectMany(l => l.Words).Sum(w => w.Text.Length);
        Assert.Equal(expected, actual);
        Assert.Empty(result.HiddenText);
    }

    private static List<TextLine> Lines(string fixture) =>
        PageLayout.Analyze(WordBoxFixture.Page(fixture)).Page.Blocks.SelectMany(b => b.Lines).ToList();

    private static Side SideOf(TextLine line, double gutter)
    {
        var left = line.Words.Any(w => (w.Bounds.Left + w.Bounds.Right) / 2 < gutter);
        var right = line.Words.Any(w => (w.Bounds.Left + w.Bounds.Right) / 2 >= gutter);
        return left && right ? Side.Both : left ? Side.Left : Side.Right;
    }
}
