using ResumeLens.Core.Extraction;
using ResumeLens.Core.Extraction.Layout;
using ResumeLens.Core.Extraction.Pdf;

namespace ResumeLens.Core.Tests.Extraction.Pdf;

public sealed class RealDocumentTests
{
    public static TheoryData<string> AllPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestData.Files(".", "*.pdf")) data.Add(Path.GetRelativePath(TestData.Dir, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Every_shared_pdf_reads_and_has_glyphs_on_every_page(string relativePath)
    {
        var bytes = File.ReadAllBytes(TestData.Path(relativePath));

        var content = PdfDocumentReader.Read(bytes, new ExtractionContext(ExtractionLimits.Default));

        Assert.NotEmpty(content.Pages);
        foreach (var page in content.Pages)
        {
            Assert.True(page.Glyphs.Count > 0, $"page {page.Number} has no glyphs");
            Assert.True(page.Width > 0 && page.Height > 0);
        }
    }

    [Theory]
    [InlineData("resumes/pdf/latex_moderncv/template_classic_green-right.pdf")]
    [InlineData("resumes/pdf/latex_templates/awesome-cv_resume.pdf")]
    public void Pages_laid_out_while_reading_match_pages_laid_out_from_their_own_glyphs(string relativePath)
    {
        // The extractor reuses one glyph buffer for every page; no page may see another's glyphs.
        var bytes = File.ReadAllBytes(TestData.Path(relativePath));
        var content = PdfDocumentReader.Read(bytes, new ExtractionContext(ExtractionLimits.Default));
        var expected = content.Pages.Select(p => string.Join("\n", PageText(PageLayout.Analyze(p).Page))).ToList();

        var document = DocumentExtractor.Extract(bytes, Path.GetFileName(relativePath), ct: TestContext.Current.CancellationToken);

        Assert.True(expected.Count > 2);
        Assert.Equal(expected, document.Pages.Select(p => string.Join("\n", PageText(p))));
    }

    private static IEnumerable<string> PageText(DocumentPage page) => page.Blocks.SelectMany(b => b.Lines).Select(l => l.Text);
}
