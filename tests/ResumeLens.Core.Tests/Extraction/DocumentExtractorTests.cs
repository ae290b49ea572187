using System.Text;
using ResumeLens.Core.Extraction;
using static ResumeLens.Core.Tests.Extraction.Docx.TestPackages;

namespace ResumeLens.Core.Tests.Extraction;

public sealed class DocumentExtractorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Theory]
    [InlineData("%PDF-1.7\n%...", null, SourceFormat.Pdf)]
    [InlineData("\r\n  garbage before the header %PDF-1.4\n", null, SourceFormat.Pdf)]
    [InlineData(@"{\rtf1\ansi hello}", "cv.txt", SourceFormat.Rtf)]
    [InlineData("<!DOCTYPE html><p>x", null, SourceFormat.Html)]
    [InlineData("  <html lang=\"en\"><body>x</body></html>", "cv.txt", SourceFormat.Html)]
    [InlineData("<head><title>x</title></head>", null, SourceFormat.Html)]
    [InlineData("Jane Doe\nEngineer\n", null, SourceFormat.Text)]
    [InlineData("Jane Doe\nEngineer\n", "cv.MD", SourceFormat.Markdown)]
    [InlineData("# Jane Doe\n\n## Experience\n", "cv.txt", SourceFormat.Markdown)]
    [InlineData("<p>not a page, just a tag</p>", null, SourceFormat.Text)]
    public void Format_is_detected_from_content(string content, string? name, SourceFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect(Ascii(content), name));
    }

    [Fact]
    public void Pdf_magic_after_the_first_kilobyte_is_not_a_pdf()
    {
        var data = Ascii(new string('x', 1100) + "%PDF-1.4");
        Assert.NotEqual(SourceFormat.Pdf, FormatDetector.Detect(data, "cv.pdf"));
    }

    [Fact]
    public void Zip_packages_are_told_apart_by_their_entries()
    {
        Assert.Equal(SourceFormat.Docx, FormatDetector.Detect(BuildDocx(P("x")), "cv.odt"));
        Assert.Equal(SourceFormat.Odt, FormatDetector.Detect(BuildOdt("<text:p>x</text:p>"), "cv.docx"));
        Assert.Equal(SourceFormat.Unknown, FormatDetector.Detect(Zip([("a.txt", "hello")]), "cv.docx"));
    }

    [Fact]
    public void Binary_data_is_unknown_whatever_its_name()
    {
        var data = new byte[512];
        new Random(7).NextBytes(data);
        Assert.Equal(SourceFormat.Unknown, FormatDetector.Detect(data, "cv.txt"));
    }

    [Fact]
    public void Empty_file_is_rejected_as_empty()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(ReadOnlyMemory<byte>.Empty, "cv.pdf", ct: Ct));
        Assert.Equal(DocumentErrorCode.Empty, ex.Code);
    }

    [Fact]
    public void File_over_the_size_limit_is_rejected_before_detection()
    {
        var limits = new ExtractionLimits { MaxBytes = 10 };
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(Ascii("this is more than ten bytes"), "cv.txt", limits, Ct));
        Assert.Equal(DocumentErrorCode.TooLarge, ex.Code);
    }

    [Fact]
    public void File_path_over_the_size_limit_is_rejected_without_reading_it()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            using (var f = File.OpenWrite(path)) f.SetLength(4096);
            var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(path, new ExtractionLimits { MaxBytes = 1024 }, Ct));
            Assert.Equal(DocumentErrorCode.TooLarge, ex.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void File_path_overload_reads_the_file_and_uses_its_name_as_a_hint()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"resumelens-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(path, "Jane Doe\n");
            var doc = DocumentExtractor.Extract(path, ct: Ct);
            Assert.Equal(SourceFormat.Markdown, doc.Format);
            Assert.Equal("Jane Doe\n", doc.ToPlainText());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_binary_is_rejected_as_unsupported_format()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(new byte[] { 0, 1, 2, 3, 0, 0, 0xFF }, "cv.txt", ct: Ct));
        Assert.Equal(DocumentErrorCode.UnsupportedFormat, ex.Code);
    }

    [Fact]
    public void Legacy_word_and_password_protected_office_files_get_specific_errors()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var legacy = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(header.Concat(new byte[600]).ToArray(), "cv.doc", ct: Ct));
        Assert.Equal(DocumentErrorCode.UnsupportedFormat, legacy.Code);
        Assert.Contains(".doc", legacy.Message);

        var encrypted = header.Concat(new byte[100]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[100]).ToArray();
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(encrypted, "cv.docx", ct: Ct));
        Assert.Equal(DocumentErrorCode.Encrypted, ex.Code);
    }

    [Fact]
    public void Cancelled_token_surfaces_as_operation_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DocumentExtractor.Extract(Ascii("Jane Doe"), "cv.txt", ct: cts.Token));
    }

    [Fact]
    public void Spent_time_budget_is_reported_as_timeout()
    {
        var text = string.Concat(Enumerable.Repeat("para\n\n", 5000));
        var limits = new ExtractionLimits { TimeBudget = TimeSpan.Zero };
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(Ascii(text), "cv.txt", limits, Ct));
        Assert.Equal(DocumentErrorCode.Timeout, ex.Code);
    }

    [Fact]
    public void Every_real_pdf_reads_through_the_pdf_reader_and_layout_analysis()
    {
        foreach (var file in TestData.Files(".", "*.pdf"))
        {
            var doc = DocumentExtractor.Extract(file, ct: Ct);
            Assert.Equal(SourceFormat.Pdf, doc.Format);
            Assert.NotEmpty(doc.Pages);
            Assert.All(doc.Pages, p => Assert.True(p.Width > 0 && p.Height > 0, file));
            Assert.False(string.IsNullOrWhiteSpace(doc.ToPlainText()), file);
        }
        var minimal = DocumentExtractor.Extract(TestData.Path("resumes", "pdf", "rendercv_tests", "classic_minimal.pdf"), ct: Ct);
        Assert.Contains("Software Engineer at Company X, 2020-2023", minimal.ToPlainText());
    }

    [Fact]
    public void Truncated_docx_is_reported_as_corrupt()
    {
        var docx = BuildDocx(P("Jane Doe"));
        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(docx.AsMemory(0, docx.Length / 2), "cv.docx", ct: Ct));
        Assert.Equal(DocumentErrorCode.Corrupt, ex.Code);
    }
}
