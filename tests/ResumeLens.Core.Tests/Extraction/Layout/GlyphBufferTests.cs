using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Layout;

public sealed class GlyphBufferTests
{
    private static Glyph At(int i) => new(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i, 10, i + 1, 10, "F", false, false, 0, 0);

    [Fact]
    public void Grows_past_the_large_object_threshold_keeping_every_glyph_in_order()
    {
        using var buffer = new GlyphBuffer();
        for (var i = 0; i < 5000; i++) buffer.Add(At(i));
        Assert.Equal(5000, buffer.Count);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), buffer.ToArray().Select(g => g.Text));
    }

    [Fact]
    public void Truncate_drops_the_tail_and_clear_starts_a_new_page()
    {
        using var buffer = new GlyphBuffer();
        for (var i = 0; i < 10; i++) buffer.Add(At(i));
        buffer.Truncate(4);
        Assert.Equal(4, buffer.Count);
        Assert.Null(buffer.Items[4].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Truncate(5));

        buffer.Clear();
        buffer.Add(At(7));
        Assert.Equal("7", Assert.Single(buffer.ToArray()).Text);
    }
}
