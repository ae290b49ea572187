using System.Diagnostics;
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

    [Theory]
    [MemberData(nameof(AllPdfs))]
    public void Words_match_pdftotext_closely(string relativePath)
    {
        var path = TestData.Path(relativePath);
        var reference = RunPdftotext(path);
        if (reference is null) Assert.Skip("pdftotext is not installed");
        var content = PdfDocumentReader.Read(File.ReadAllBytes(path), new ExtractionContext(ExtractionLimits.Default));
        var ours = GlyphText.Words(GlyphText.Join(content.Pages));
        var theirs = GlyphText.Words(reference);
        var bag = new Dictionary<string, int>();
        foreach (var w in ours) bag[w] = bag.GetValueOrDefault(w) + 1;
        var found = 0;
        foreach (var w in theirs)
        {
            if (bag.TryGetValue(w, out var n) && n > 0)
            {
                bag[w] = n - 1;
                found++;
            }
        }
        var recall = theirs.Count == 0 ? 1 : found / (double)theirs.Count;
        TestContext.Current.SendDiagnosticMessage($"{relativePath}: word recall {recall:P1} ({found}/{theirs.Count}), ours {ours.Count}");
        Assert.True(recall > 0.9, $"word recall {recall:P1} ({found}/{theirs.Count}), ours {ours.Count}");
    }

    internal static string? RunPdftotext(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", "-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (process is null) return null;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
