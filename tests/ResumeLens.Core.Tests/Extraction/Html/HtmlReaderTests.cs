using System.Text;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Extraction.Html;

namespace ResumeLens.Core.Tests.Extraction.Html;

public sealed class HtmlReaderTests
{
    private static ExtractedDocument Read(string html) =>
        DocumentExtractor.Extract(Encoding.UTF8.GetBytes(html), "cv.html", ct: TestContext.Current.CancellationToken);

    private static List<TextBlock> Blocks(ExtractedDocument doc) => doc.Pages.SelectMany(p => p.Blocks).ToList();

    [Fact]
    public void Visible_text_keeps_block_structure_and_skips_scripts_and_head()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Jane Doe - CV</title><meta name="author" content="Jane Doe"><style>p{color:red}</style></head>
            <body><script>var secret = 1;</script><noscript>enable js</noscript><template><p>tpl</p></template>
            <h1>Jane   Doe</h1><div>Senior <b>engineer</b><br>Berlin</div>
            <ul><li>Python</li><li>Go</li><li></li></ul>
            <table><tr><th>Company</th><th>Years</th></tr><tr><td>Acme</td><td>3</td></tr></table>
            </body></html>
            """;
        var doc = Read(html);

        Assert.Equal(SourceFormat.Html, doc.Format);
        Assert.Equal("Jane Doe\n\nSenior engineer\nBerlin\n\n• Python\n\n• Go\n\nCompany | Years\n\nAcme | 3\n", doc.ToPlainText());
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.TableRow, BlockKind.TableRow],
            Blocks(doc).Select(b => b.Kind));
        Assert.Equal("Jane Doe - CV", doc.Metadata.Title);
        Assert.Equal("Jane Doe", doc.Metadata.Author);
        Assert.True(Blocks(doc)[1].Lines[0].Words[1].Bold);
    }

    [Fact]
    public void Hidden_elements_become_hidden_spans()
    {
        const string html = """
            <html><body><p>Visible</p><p hidden>attr hidden</p><div style="display: none !important">css hidden</div>
            <span style="color:#FFFFFF">white text</span><span style="font-size:0px">tiny text</span><span style="position:absolute;left:-9999px">off page</span></body></html>
            """;
        var doc = Read(html);

        Assert.Equal("Visible\n", doc.ToPlainText());
        Assert.Contains(doc.HiddenText, h => h.Text == "attr hidden" && h.Reason == HiddenTextReason.Vanished);
        Assert.Contains(doc.HiddenText, h => h.Text == "css hidden" && h.Reason == HiddenTextReason.Vanished);
        Assert.Contains(doc.HiddenText, h => h.Text == "white text" && h.Reason == HiddenTextReason.BackgroundColor);
        Assert.Contains(doc.HiddenText, h => h.Text == "tiny text" && h.Reason == HiddenTextReason.TinyFont);
        Assert.Contains(doc.HiddenText, h => h.Text == "off page" && h.Reason == HiddenTextReason.OffPage);
    }

    [Fact]
    public void Informative_link_targets_are_kept_and_navigation_links_are_not()
    {
        const string html = """
            <html><body><p><a href="https://linkedin.com/in/jane">LinkedIn</a> <a href="mailto:jane@example.com">jane@example.com</a>
            <a href="/jobs?trk=nav">Jobs</a> <a href="https://github.com/jane"></a></p></body></html>
            """;
        Assert.Equal("LinkedIn (https://linkedin.com/in/jane) jane@example.com Jobs https://github.com/jane\n", Read(html).ToPlainText());
    }

    [Fact]
    public void Preformatted_text_keeps_its_lines()
    {
        Assert.Equal("line one\nline two\n", Read("<html><body><pre>line one\nline two</pre></body></html>").ToPlainText());
    }

    [Fact]
    public void Declared_legacy_charset_is_honoured()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u0080</p></body></html>");
        var doc = DocumentExtractor.Extract(bytes, "x.html", ct: TestContext.Current.CancellationToken);

        Assert.Equal("Café €\n", doc.ToPlainText());
    }

    [Fact]
    public void Visible_blocks_helper_returns_the_text_of_an_html_string()
    {
        var blocks = HtmlReader.VisibleBlocks("<div><h2>Backend Engineer</h2><p>Remote <span hidden>x</span>role</p></div>", ct: TestContext.Current.CancellationToken);

        Assert.Equal(["Backend Engineer", "Remote role"], blocks.Select(b => b.Lines[0].Text));
    }

    [Fact]
    public void Real_job_pages_yield_their_visible_text()
    {
        foreach (var file in TestData.Files("jd_html", "*.html"))
        {
            var doc = DocumentExtractor.Extract(file, ct: TestContext.Current.CancellationToken);
            Assert.Equal(SourceFormat.Html, doc.Format);
            var text = doc.ToPlainText();
            Assert.False(string.IsNullOrWhiteSpace(text), file);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
