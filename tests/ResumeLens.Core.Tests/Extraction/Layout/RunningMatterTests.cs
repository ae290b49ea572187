using ResumeLens.Core.Extraction;
using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Tests.Extraction.Layout;

public sealed class RunningMatterTests
{
    private static SyntheticPage Body(SyntheticPage page) => page
        .Text(72, 80, "Jane Doe", size: 24, bold: true)
        .Text(72, 120, "Experience", size: 14, bold: true)
        .Text(72, 140, "Software Engineer at Company X, 2020-2023")
        .Text(72, 154, "Built the billing service used by every customer team.");

    [Fact]
    public void Small_line_above_everything_is_a_header_and_name_with_page_number_at_the_foot_is_a_footer()
    {
        var page = Body(new SyntheticPage().Text(72, 30, "Last updated in Nov 2025", size: 9))
            .Text(72, 765, "Jane Doe - 1/2", size: 9)
            .Build();

        var blocks = PageLayout.Analyze(page).Page.Blocks;

        Assert.Equal(BlockKind.Header, blocks[0].Kind);
        Assert.Equal("Last updated in Nov 2025", blocks[0].Lines[0].Text);
        Assert.Equal(BlockKind.Footer, blocks[^1].Kind);
        Assert.Equal("Jane Doe - 1/2", blocks[^1].Lines[0].Text);
        Assert.DoesNotContain(blocks, b => b.Kind is BlockKind.Header or BlockKind.Footer && b.Lines[0].Text.Contains("Experience", StringComparison.Ordinal));
    }

    [Fact]
    public void Small_contact_line_at_the_top_stays_content()
    {
        var page = Body(new SyntheticPage().Text(72, 30, "jane@example.com  +1 415 555 0100", size: 9)).Build();

        var blocks = PageLayout.Analyze(page).Page.Blocks;

        Assert.NotEqual(BlockKind.Header, blocks[0].Kind);
        Assert.Contains("jane@example.com", blocks[0].Lines[0].Text);
    }

    [Fact]
    public void Last_body_line_near_the_bottom_without_a_page_number_stays_content()
    {
        var page = Body(new SyntheticPage()).Text(72, 765, "References available on request", size: 9).Build();

        var blocks = PageLayout.Analyze(page).Page.Blocks;

        Assert.NotEqual(BlockKind.Footer, blocks[^1].Kind);
    }
}
