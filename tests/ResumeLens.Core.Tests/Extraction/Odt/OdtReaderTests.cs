using ResumeLens.Core.Extraction;
using static ResumeLens.Core.Tests.Extraction.Docx.TestPackages;

namespace ResumeLens.Core.Tests.Extraction.Odt;

public sealed class OdtReaderTests
{
    private static ExtractedDocument Read(byte[] odt) => DocumentExtractor.Extract(odt, "cv.odt", ct: TestContext.Current.CancellationToken);

    private static List<TextBlock> Blocks(ExtractedDocument doc) => doc.Pages.SelectMany(p => p.Blocks).ToList();

    [Fact]
    public void Headings_paragraphs_and_list_items_keep_their_kinds()
    {
        const string body = """
            <text:h text:outline-level="1">Experience</text:h>
            <text:p>Built<text:s text:c="3"/>things<text:tab/>2020<text:line-break/>Second line</text:p>
            <text:list><text:list-item><text:p>Python</text:p></text:list-item><text:list-item><text:p>Go</text:p><text:list><text:list-item><text:p>Nested</text:p></text:list-item></text:list></text:list-item></text:list>
            """;
        var doc = Read(BuildOdt(body));

        Assert.Equal(SourceFormat.Odt, doc.Format);
        var blocks = Blocks(doc);
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem], blocks.Select(b => b.Kind));
        Assert.Equal("Experience\n\nBuilt things\t2020\nSecond line\n\n• Python\n\n• Go\n\n• Nested\n", doc.ToPlainText());
    }

    [Fact]
    public void Table_rows_frames_and_links_are_read()
    {
        const string body = """
            <table:table><table:table-column/><table:table-row><table:table-cell><text:p>Acme</text:p></table:table-cell><table:table-cell><text:p>2020</text:p></table:table-cell></table:table-row></table:table>
            <text:p>See <text:a xlink:href="https://github.com/jane">my work</text:a><draw:frame><draw:text-box><text:p>Boxed skills</text:p></draw:text-box></draw:frame></text:p>
            """;
        var doc = Read(BuildOdt(body));

        Assert.Equal("Acme | 2020\n\nSee my work (https://github.com/jane)\n\nBoxed skills\n", doc.ToPlainText());
        Assert.Equal(BlockKind.TextBox, Blocks(doc)[^1].Kind);
    }

    [Fact]
    public void Styles_give_bold_and_hide_invisible_text()
    {
        const string styles = """
            <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
            <style:style style:name="T2" style:family="text"><style:text-properties text:display="none"/></style:style>
            """;
        const string body = """<text:p><text:span text:style-name="T1">Jane</text:span> Doe<text:span text:style-name="T2">secret keywords</text:span></text:p>""";
        var doc = Read(BuildOdt(body, styles));

        Assert.Equal("Jane Doe\n", doc.ToPlainText());
        var jane = Blocks(doc)[0].Lines[0].Words[0];
        Assert.True(jane.Bold);
        Assert.Equal(14, jane.FontSize);
        Assert.Contains(doc.HiddenText, h => h.Text == "secret keywords" && h.Reason == HiddenTextReason.Vanished);
    }

    [Fact]
    public void Metadata_and_master_page_header_are_read()
    {
        const string meta = """<dc:title>CV</dc:title><meta:initial-creator>Jane Doe</meta:initial-creator><meta:creation-date>2022-03-04T05:06:07</meta:creation-date>""";
        var doc = Read(BuildOdt("<text:p>Body</text:p>", metaXml: meta, masterPageXml: "<style:header><text:p>Jane Doe header</text:p></style:header>"));

        Assert.Equal("CV", doc.Metadata.Title);
        Assert.Equal("Jane Doe", doc.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2022, 3, 4, 5, 6, 7, TimeSpan.Zero), doc.Metadata.Created);
        Assert.Equal([BlockKind.Header, BlockKind.Paragraph], Blocks(doc).Select(b => b.Kind));
    }

    [Fact]
    public void Content_with_a_dtd_is_refused_as_corrupt()
    {
        var odt = Zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&a;</office:document-content>"""),
        ]);

        var ex = Assert.Throws<DocumentReadException>(() => Read(odt));
        Assert.Equal(DocumentErrorCode.Corrupt, ex.Code);
        Assert.Contains("DTD", ex.Message);
    }
}
