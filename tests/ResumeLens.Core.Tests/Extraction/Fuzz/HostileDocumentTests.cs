using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Tests.Extraction.Pdf;
using static ResumeLens.Core.Tests.Extraction.Docx.TestPackages;

namespace ResumeLens.Core.Tests.Extraction.Fuzz;

/// <summary>Hand-made hostile files: each must be refused with its specific reason, quickly, without exhausting memory or stack.</summary>
public sealed class HostileDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DocumentErrorCode Refusal(byte[] data, string name, ExtractionLimits? limits = null) =>
        Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(data, name, limits, Ct)).Code;

    /// <summary>A DOCX whose word/document.xml is <paramref name="prefix"/>, then <paramref name="fillBytes"/> spaces, then <paramref name="suffix"/>.</summary>
    private static byte[] DocxWithHugeDocument(long fillBytes, string prefix = "<w:document xmlns:w=\"" + W + "\"><w:body>", string suffix = "</w:body></w:document>")
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("[Content_Types].xml").Open())
                s.Write("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""u8);
            using var doc = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            doc.Write(Encoding.UTF8.GetBytes(prefix));
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)' ');
            for (long written = 0; written < fillBytes; written += chunk.Length) doc.Write(chunk, 0, (int)Math.Min(chunk.Length, fillBytes - written));
            doc.Write(Encoding.UTF8.GetBytes(suffix));
        }
        return ms.ToArray();
    }

    [Fact]
    public void Zip_bomb_docx_is_rejected_with_decompression_limit()
    {
        var bomb = DocxWithHugeDocument(ExtractionLimits.Default.MaxStreamBytes + (1 << 20));

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb should be tiny, was {bomb.Length} bytes");
        Assert.Equal(DocumentErrorCode.DecompressionLimit, Refusal(bomb, "cv.docx"));
    }

    [Fact]
    public void Zip_bomb_that_understates_its_size_is_still_stopped()
    {
        var limits = new ExtractionLimits { MaxStreamBytes = 1 << 20 };
        var bomb = DocxWithHugeDocument(8 << 20);
        // Rewrite the declared uncompressed size of every entry (local headers and central directory) to 100 bytes.
        var span = bomb.AsSpan();
        for (var i = 0; i + 30 < span.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(span[i..]);
            if (signature == 0x04034b50) BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 22)..], 100);
            else if (signature == 0x02014b50 && i + 46 < span.Length) BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 24)..], 100);
        }

        Assert.Contains(Refusal(bomb, "cv.docx", limits), new[] { DocumentErrorCode.DecompressionLimit, DocumentErrorCode.Corrupt });
    }

    [Fact]
    public void Docx_with_entity_expansion_is_rejected_as_corrupt_naming_the_dtd()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
            """;
        var docx = Zip([("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("word/document.xml", laughs)]);

        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(docx, "cv.docx", ct: Ct));
        Assert.Equal(DocumentErrorCode.Corrupt, ex.Code);
        Assert.Contains("DTD", ex.Message);
    }

    [Fact]
    public void Docx_with_external_entity_is_rejected_without_reading_the_file()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        var docx = BuildDocx(P("x"));
        var parts = Unzip(docx);
        parts["word/document.xml"] = xxe;

        var ex = Assert.Throws<DocumentReadException>(() => DocumentExtractor.Extract(Zip(parts.Select(p => (p.Key, p.Value))), "cv.docx", ct: Ct));
        Assert.Equal(DocumentErrorCode.Corrupt, ex.Code);
        Assert.DoesNotContain("root:", ex.Message);
    }

    [Fact]
    public void Docx_with_deeply_nested_xml_is_rejected_as_nesting_too_deep()
    {
        var deep = DocxWithHugeDocument(0, "<w:document xmlns:w=\"" + W + "\"><w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5000)),
            string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5000)) + "</w:body></w:document>");

        Assert.Equal(DocumentErrorCode.NestingTooDeep, Refusal(deep, "cv.docx"));
    }

    [Fact]
    public void Zip_with_too_many_entries_is_rejected_with_decompression_limit()
    {
        var parts = Unzip(BuildDocx(P("x"))).Select(p => (p.Key, p.Value)).ToList();
        for (var i = 0; i < 6000; i++) parts.Add(($"word/media/x{i}.bin", ""));

        Assert.Equal(DocumentErrorCode.DecompressionLimit, Refusal(Zip(parts), "cv.docx"));
    }

    [Fact]
    public void Html_nested_thousands_deep_is_read_or_refused_without_exhausting_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "x" + string.Concat(Enumerable.Repeat("</span></div>", 3000)) + "</body></html>";

        try
        {
            var doc = DocumentExtractor.Extract(Encoding.ASCII.GetBytes(html), "cv.html", ct: Ct);
            Assert.Equal("x\n", doc.ToPlainText());
        }
        catch (DocumentReadException ex)
        {
            Assert.Equal(DocumentErrorCode.NestingTooDeep, ex.Code);
        }
    }

    [Fact]
    public void Html_that_is_too_slow_to_parse_stops_at_the_time_budget()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body></html>";
        var limits = new ExtractionLimits { TimeBudget = TimeSpan.FromSeconds(1) };

        var code = Refusal(Encoding.ASCII.GetBytes(html), "cv.html", limits);
        Assert.Contains(code, new[] { DocumentErrorCode.Timeout, DocumentErrorCode.NestingTooDeep });
    }

    [Fact]
    public void Rtf_with_huge_binary_blob_and_unbalanced_groups_is_read_without_the_blob()
    {
        var rtf = @"{\rtf1\ansi Jane Doe\par{\pict\bin999999999 " + new string('\u0001', 5000) + "}}}}}";

        var doc = DocumentExtractor.Extract(Encoding.Latin1.GetBytes(rtf), "cv.rtf", ct: Ct);
        Assert.Equal("Jane Doe\n", doc.ToPlainText());
    }

    private const string Hello = "BT /F1 12 Tf 72 720 Td (Hello World) Tj ET";

    [Fact]
    public void Flate_bomb_pdf_is_rejected_with_decompression_limit()
    {
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        b.AddStream("/Filter /FlateDecode", PdfBuilder.Deflate(new byte[24 * 1024 * 1024]));
        var limits = new ExtractionLimits { MaxStreamBytes = 4 * 1024 * 1024 };

        Assert.Equal(DocumentErrorCode.DecompressionLimit, Refusal(b.Build(), "cv.pdf", limits));
    }

    [Fact]
    public void Deeply_nested_pdf_is_rejected_as_nesting_too_deep()
    {
        var b = PdfBuilder.OnePage(Hello);
        b.Replace(1, "<< /Type /Catalog /Pages 2 0 R /Junk " + new string('[', 5000) + new string(']', 5000) + " >>");

        Assert.Equal(DocumentErrorCode.NestingTooDeep, Refusal(b.Build(), "cv.pdf"));
    }

    [Fact]
    public void Pdf_reference_loop_is_rejected_as_reference_loop()
    {
        var b = PdfBuilder.OnePage(Hello);
        b.Replace(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");

        Assert.Equal(DocumentErrorCode.ReferenceLoop, Refusal(b.Build(), "cv.pdf"));
    }

    [Fact]
    public void Pdf_with_more_pages_than_allowed_is_rejected_as_too_many_pages()
    {
        var b = PdfBuilder.OnePage(Hello);
        b.Replace(2, "<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 3 >>");

        Assert.Equal(DocumentErrorCode.TooManyPages, Refusal(b.Build(), "cv.pdf", new ExtractionLimits { MaxPages = 2 }));
    }

    private static Dictionary<string, string> Unzip(byte[] zip)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var archive = new ZipArchive(new MemoryStream(zip));
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            parts[entry.FullName] = reader.ReadToEnd();
        }
        return parts;
    }
}
