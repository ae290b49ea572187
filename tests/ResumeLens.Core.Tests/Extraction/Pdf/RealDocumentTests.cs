using ResumeLens.Core.Extraction;
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
}
