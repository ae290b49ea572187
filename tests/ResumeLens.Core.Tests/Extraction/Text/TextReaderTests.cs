using System.Text;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Tests.Extraction.Text;

public sealed class TextReaderTests
{
    private static ExtractedDocument Read(byte[] data, string name) =>
        DocumentExtractor.Extract(data, name, ct: TestContext.Current.CancellationToken);

    private static ExtractedDocument Read(string text, string name = "cv.txt") => Read(Encoding.UTF8.GetBytes(text), name);

    private static List<TextBlock> Blocks(ExtractedDocument doc) => doc.Pages.SelectMany(p => p.Blocks).ToList();

    [Fact]
    public void Blank_lines_separate_blocks_and_bullets_become_list_items()
    {
        var doc = Read("Jane Doe\r\njane@example.com\r\n\r\nSkills\n- Python\n* Go\n  wrapped line\n\u2022 Rust\nAfter list\n");

        Assert.Equal(SourceFormat.Text, doc.Format);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph],
            Blocks(doc).Select(b => b.Kind));
        Assert.Equal("Jane Doe\njane@example.com\n\nSkills\n\n• Python\n\n• Go\nwrapped line\n\n• Rust\n\nAfter list\n", doc.ToPlainText());
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-16le-no-bom")]
    [InlineData("windows-1252")]
    public void Encodings_are_detected(string encoding)
    {
        const string text = "Renée Müller — Zürich\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-32le" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            "utf-16le-no-bom" => Encoding.Unicode.GetBytes(text),
            _ => CodePagesEncoding(1252).GetBytes(text),
        };

        Assert.Equal(text, Read(bytes, "cv.txt").ToPlainText());
    }

    private static Encoding CodePagesEncoding(int cp)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(cp);
    }

    [Fact]
    public void Markdown_headings_lists_links_emphasis_code_and_tables_are_read()
    {
        const string md = """
            # Jane **Doe**

            Senior *engineer* at [Acme](https://acme.example) — see <https://jane.dev>, snake_case_name and 5 * 3.

            Experience
            ----------

            - Built `ResumeLens` with __care__
            1. First
               continued

            ```
            code   line
            ```

            | Company | Years |
            |---------|------:|
            | Acme    | 3     |

            > quoted ~~old~~ text
            """;
        var doc = Read(md, "cv.md");

        Assert.Equal(SourceFormat.Markdown, doc.Format);
        Assert.Equal(
            "Jane Doe\n\nSenior engineer at Acme (https://acme.example) — see https://jane.dev, snake_case_name and 5 * 3.\n\nExperience\n\n"
            + "• Built ResumeLens with care\n\n1. First\ncontinued\n\ncode line\n\nCompany | Years\n\nAcme | 3\n\nquoted old text\n",
            doc.ToPlainText());
        var kinds = Blocks(doc).Select(b => b.Kind).ToList();
        Assert.Equal(BlockKind.Heading, kinds[0]);
        Assert.Equal(BlockKind.Heading, kinds[2]);
        Assert.Equal(BlockKind.ListItem, kinds[3]);
        Assert.Equal(BlockKind.TableRow, kinds[6]);
    }

    [Fact]
    public void Markdown_is_recognised_by_structure_without_the_md_name()
    {
        Assert.Equal(SourceFormat.Markdown, Read("# Jane Doe\n\n## Skills\n\nPython\n", "cv.txt").Format);
        Assert.Equal(SourceFormat.Text, Read("Jane Doe\n\nSkills: Python\n", "cv.txt").Format);
        Assert.Equal(SourceFormat.Markdown, Read("Jane Doe\n\nSkills: Python\n", "README.md").Format);
    }

    [Fact]
    public void Real_text_and_markdown_files_are_read()
    {
        foreach (var file in TestData.Files("jd/resume_matcher_txt", "*.txt"))
        {
            var doc = DocumentExtractor.Extract(file, ct: TestContext.Current.CancellationToken);
            var words = File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.Equal(words, doc.ToPlainText().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        }
        var md = DocumentExtractor.Extract(TestData.Path("labels", "rendercv_tests", "minimal.md.txt"), ct: TestContext.Current.CancellationToken);
        Assert.Equal(SourceFormat.Markdown, md.Format);
        Assert.Equal(BlockKind.Heading, md.Pages[0].Blocks[0].Kind);
    }

    [Fact]
    public void Utf8_written_as_byte_escapes_is_repaired_and_other_backslashes_are_kept()
    {
        var doc = Read("Android Support Lead, \\xe2\\x80\\x8b\nMay 2009 \\xe2\\x80\\x93 June 2010\nLodz University of Technology (Lipi\\xc5\\x84ski)\nC:\\x64\\tools and \\xff\\xfe stay\n");

        Assert.Equal("Android Support Lead,\nMay 2009 \u2013 June 2010\nLodz University of Technology (Lipi\u0144ski)\nC:\\x64\\tools and \\xff\\xfe stay\n", doc.ToPlainText());
    }

    [Fact]
    public void Tabs_and_line_breaks_written_as_escapes_are_repaired_but_paths_are_kept()
    {
        var doc = Read("Graphic Design Intern\\t\nEXPERT\\t\\tBASIC\nSaved in C:\\tools\\new\\rates\n");

        Assert.Equal("Graphic Design Intern\nEXPERT\tBASIC\nSaved in C:\\tools\\new\\rates\n", doc.ToPlainText());
    }

    [Fact]
    public void Line_breaks_flattened_into_runs_of_spaces_are_restored()
    {
        var flat = "Jane Roe  Marketing manager  jane@example.com    PROFILE  A methodical marketer with ten years of experience.  "
            + "Comfortable with agencies.    EXPERIENCE  Marketing Manager  Dayjob Ltd  2018 - Present    EDUCATION  BSc Marketing  University of Leeds";

        Assert.Equal("Jane Roe\nMarketing manager\njane@example.com\n\nPROFILE\nA methodical marketer with ten years of experience.\n"
            + "Comfortable with agencies.\n\nEXPERIENCE\nMarketing Manager\nDayjob Ltd\n2018 - Present\n\nEDUCATION\nBSc Marketing\n"
            + "University of Leeds\n", Read(flat).ToPlainText());
    }


    [Fact]
    public void Symbol_font_bullets_and_fullwidth_forms_are_normalized_and_lone_bullets_dropped()
    {
        var doc = Read("Mediafax Inc \uFF0D San Juan, PR\n\uF095 Conducted benefit administration\n\uF0BF\nJane\u00A0Roe \uFB01nance\n");

        Assert.Equal("Mediafax Inc - San Juan, PR\n\n• Conducted benefit administration\n\nJane Roe finance\n", doc.ToPlainText());
    }

    [Fact]
    public void A_range_whose_dash_was_lost_in_flattening_stays_one_line()
    {
        var flat = "EXPERIENCE  HR Officer  Pacific Life  Jan 2007  present    Analyst  Trans Inc.  1984  1989    Clerk  Ajax  7/2010  3/2013    "
            + "Tutor  Ivy Star  September 09  Till Date    Designer  Mercury Press  Mar  Apr 1999    Friction Records  June 1996  (ongoing)    AWARDS  Dean's list  2012  2008  Gold medal  Board of examiners";

        Assert.Equal("EXPERIENCE\nHR Officer\nPacific Life\nJan 2007 – present\n\nAnalyst\nTrans Inc.\n1984 – 1989\n\nClerk\nAjax\n7/2010 – 3/2013\n\n"
            + "Tutor\nIvy Star\nSeptember 09 – Till Date\n\nDesigner\nMercury Press\nMar – Apr 1999\n\nFriction Records\nJune 1996 – (ongoing)\n\nAWARDS\nDean's list\n2012\n2008\nGold medal\nBoard of examiners\n", Read(flat).ToPlainText());
    }
    [Fact]
    public void Sentence_spacing_in_a_long_paragraph_is_not_read_as_flattened_lines()
    {
        var paragraph = "I led the migration of our billing platform to a new provider.  It cut costs by a third.  "
            + "I also mentored four engineers.  Two of them now lead teams of their own.  I wrote the runbooks the on-call rota uses today.";

        Assert.Equal(paragraph.Replace("  ", " ", StringComparison.Ordinal) + "\n", Read(paragraph).ToPlainText());
    }

    [Fact]
    public void Words_set_one_per_block_are_joined_into_their_line_but_headings_and_lists_are_not()
    {
        var doc = Read("EXPERIENCE\n\nConfidential,\n\nHouston,\n\nTX\n\nNov.\n\n2007\n\nto\n\nJune\n\n2009\n\nFood Service Director\n\n"
            + "SKILLS\n\nJava\n\nPython\n\nSQL\n");

        Assert.Equal("EXPERIENCE\n\nConfidential, Houston, TX Nov. 2007 to June 2009\n\nFood Service Director\n\nSKILLS\n\nJava\n\nPython\n\nSQL\n",
            doc.ToPlainText());
    }
}
