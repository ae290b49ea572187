using System.Text;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Tests.Extraction.Rtf;

public sealed class RtfReaderTests
{
    private static ExtractedDocument Read(string rtf, ExtractionLimits? limits = null) =>
        DocumentExtractor.Extract(Encoding.Latin1.GetBytes(rtf), "cv.rtf", limits, TestContext.Current.CancellationToken);

    private static List<TextBlock> Blocks(ExtractedDocument doc) => doc.Pages.SelectMany(p => p.Blocks).ToList();

    private const string Header = @"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil\fcharset2 Symbol;}}{\colortbl;\red0\green0\blue0;\red255\green255\blue255;}" +
        @"{\stylesheet{\s0 Normal;}{\s1\b\fs32 heading 1;}}{\*\generator Test;}";

    [Fact]
    public void Paragraphs_lines_tabs_and_headings_are_read()
    {
        var doc = Read(Header + @"\pard\s1 Experience\par\pard Acme\tab 2020\line Engineer\par}");

        Assert.Equal(SourceFormat.Rtf, doc.Format);
        Assert.Equal("Experience\n\nAcme\t2020\nEngineer\n", doc.ToPlainText());
        Assert.Equal(BlockKind.Heading, Blocks(doc)[0].Kind);
    }

    [Fact]
    public void Code_page_escapes_and_unicode_with_skip_counts_are_decoded()
    {
        var doc = Read(Header + @"\pard Caf\'e9 \u8212\'97 na\uc2\u239XXve\uc1 \u-3988? done\par}");

        Assert.Equal("Café — naïve\uF06C done\n", doc.ToPlainText());
    }

    [Fact]
    public void Cyrillic_code_page_from_ansicpg_is_used()
    {
        var doc = Read(@"{\rtf1\ansi\ansicpg1251\deff0 \'cf\'f0\'e8\'e2\'e5\'f2\par}");

        Assert.Equal("Привет\n", doc.ToPlainText());
    }

    [Fact]
    public void Font_charset_selects_the_code_page_of_its_text()
    {
        var doc = Read(@"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset204{\*\panose 020b0604020202020204}Arial Cyr;}}\pard Caf\'e9 {\f1 \'cf\'f0\'e8\'e2\'e5\'f2} Caf\'e9\par}");

        Assert.Equal("Café Привет Café\n", doc.ToPlainText());
    }

    [Fact]
    public void Table_cells_and_rows_become_table_rows()
    {
        var doc = Read(Header + @"\trowd\cellx1000\cellx2000\pard\intbl Acme\cell 2020\cell\row\trowd\cellx1000\cellx2000\pard\intbl Beta\cell 2018\cell\row\pard After\par}");

        var blocks = Blocks(doc);
        Assert.Equal([BlockKind.TableRow, BlockKind.TableRow, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal("Acme | 2020\n\nBeta | 2018\n\nAfter\n", doc.ToPlainText());
    }

    [Fact]
    public void List_text_becomes_a_bullet_list_item()
    {
        var doc = Read(Header + @"{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt{\pntxtb\'b7}}\pard Python\par{\listtext\f1 1.\tab}\pard Go\par}");

        var blocks = Blocks(doc);
        Assert.Equal([BlockKind.ListItem, BlockKind.ListItem], blocks.Select(b => b.Kind));
        Assert.Equal("• Python\n\n1. Go\n", doc.ToPlainText());
    }

    [Fact]
    public void Hidden_and_white_text_are_hidden_spans_and_skipped_destinations_leave_no_text()
    {
        var doc = Read(Header + @"{\*\unknowndest secret}{\pict\pngblip 89504e47}{\field{\*\fldinst HYPERLINK ""https://github.com/jane""}{\fldrslt GitHub}} Visible {\v vanished words}{\cf2 white words}\par}");

        Assert.Equal("GitHub (https://github.com/jane) Visible\n", doc.ToPlainText());
        Assert.Contains(doc.HiddenText, h => h.Text == "vanished words" && h.Reason == HiddenTextReason.Vanished);
        Assert.Contains(doc.HiddenText, h => h.Text == "white words" && h.Reason == HiddenTextReason.BackgroundColor);
    }

    [Fact]
    public void Info_group_fills_metadata_and_is_not_body_text()
    {
        var doc = Read(@"{\rtf1\ansi{\info{\title My CV}{\author Jane Doe}{\creatim\yr2021\mo2\dy3\hr4\min5}{\revtim\yr2022\mo6\dy7\hr8\min9}}\pard Body\par}");

        Assert.Equal("Body\n", doc.ToPlainText());
        Assert.Equal("My CV", doc.Metadata.Title);
        Assert.Equal("Jane Doe", doc.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2021, 2, 3, 4, 5, 0, TimeSpan.Zero), doc.Metadata.Created);
        Assert.Equal(new DateTimeOffset(2022, 6, 7, 8, 9, 0, TimeSpan.Zero), doc.Metadata.Modified);
    }

    [Fact]
    public void Groups_nested_beyond_the_limit_are_rejected()
    {
        var rtf = @"{\rtf1" + new string('{', 200) + "x" + new string('}', 201);

        var ex = Assert.Throws<DocumentReadException>(() => Read(rtf));
        Assert.Equal(DocumentErrorCode.NestingTooDeep, ex.Code);
    }

    [Fact]
    public void Truncated_rtf_keeps_the_text_read_so_far()
    {
        var doc = Read(Header + @"\pard Jane Doe\par Senior eng");

        Assert.Equal("Jane Doe\n\nSenior eng\n", doc.ToPlainText());
    }
}
