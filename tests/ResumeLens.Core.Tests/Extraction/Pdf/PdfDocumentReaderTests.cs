using System.Text;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Extraction.Layout;
using ResumeLens.Core.Extraction.Pdf;

namespace ResumeLens.Core.Tests.Extraction.Pdf;

public sealed class PdfDocumentReaderTests
{
    private const string HelloContent = "BT /F1 12 Tf 72 720 Td (Hello World) Tj ET";

    private static PdfContent Read(byte[] pdf, ExtractionLimits? limits = null) =>
        PdfDocumentReader.Read(pdf, new ExtractionContext(limits ?? ExtractionLimits.Default));

    private static string Text(PdfContent content) => GlyphText.Join(content.Pages);

    private static DocumentReadException ReadFails(byte[] pdf, ExtractionLimits? limits = null) =>
        Assert.Throws<DocumentReadException>(() => Read(pdf, limits));

    [Fact]
    public void Simple_page_yields_glyphs_in_top_left_coordinates()
    {
        var content = Read(PdfBuilder.OnePage(HelloContent).Build());

        var page = Assert.Single(content.Pages);
        Assert.Equal(612, page.Width);
        Assert.Equal(792, page.Height);
        Assert.Equal("Hello World", Text(content));
        var h = page.Glyphs[0];
        Assert.Equal("H", h.Text);
        Assert.Equal(72, h.Left, 3);
        Assert.Equal(792 - 720, h.Baseline, 3);
        Assert.Equal(72 + 0.722 * 12, h.Right, 3);
        Assert.Equal(12, h.FontSize, 3);
        Assert.Equal("Helvetica", h.FontName);
        Assert.True(h.Upright);
    }

    [Fact]
    public void Xref_stream_with_object_stream_is_read()
    {
        var builder = PdfBuilder.OnePage(HelloContent);
        builder.Add("<< /Title «Compressed» >>");
        builder.TrailerExtra = "/Info 6 0 R";

        var content = Read(builder.BuildWithObjectStream());

        Assert.Equal("Hello World", Text(content));
        Assert.Equal("Compressed", content.Metadata.Title);
    }

    [Fact]
    public void Wrong_xref_offsets_are_recovered_by_scanning()
    {
        var pdf = PdfBuilder.OnePage(HelloContent).Build((_, offset) => offset + 7);

        var content = Read(pdf);

        Assert.Equal("Hello World", Text(content));
        Assert.NotEmpty(content.Warnings);
    }

    [Fact]
    public void Missing_xref_and_trailer_are_recovered_by_scanning()
    {
        var pdf = PdfBuilder.OnePage(HelloContent).Build();
        var text = Encoding.Latin1.GetString(pdf);
        var cut = Encoding.Latin1.GetBytes(text[..text.IndexOf("xref", StringComparison.Ordinal)]);

        Assert.Equal("Hello World", Text(Read(cut)));
    }

    [Fact]
    public void Incremental_update_replaces_the_older_object()
    {
        var builder = PdfBuilder.OnePage(HelloContent);
        var original = builder.Build();
        const string newContent = "BT /F1 12 Tf 72 720 Td (Updated) Tj ET";
        var updated = PdfBuilder.AppendUpdate(original, 6, (4, $"<< /Length {newContent.Length} >>\nstream\n{newContent}\nendstream"));

        Assert.Equal("Updated", Text(Read(updated)));
    }

    public static TheoryData<string> FilterChains() => ["Flate", "FlatePng", "FlateTiff", "Lzw", "LzwNoEarlyChange", "AsciiHex", "Ascii85", "RunLength", "Ascii85Flate"];

    [Theory]
    [MemberData(nameof(FilterChains))]
    public void Content_streams_are_decoded_through_each_filter(string chain)
    {
        var plain = Encoding.Latin1.GetBytes(HelloContent);
        var (dict, data) = chain switch
        {
            "Flate" => ("/Filter /FlateDecode", PdfBuilder.Deflate(plain)),
            "FlatePng" => ("/Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 5 >>", PdfBuilder.Deflate(TestEncoders.PngPaeth(plain, 5))),
            "FlateTiff" => ("/Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 5 >>", PdfBuilder.Deflate(TestEncoders.Tiff(plain, 5))),
            "Lzw" => ("/Filter /LZWDecode", TestEncoders.Lzw(plain, 1)),
            "LzwNoEarlyChange" => ("/Filter /LZWDecode /DecodeParms << /EarlyChange 0 >>", TestEncoders.Lzw(plain, 0)),
            "AsciiHex" => ("/Filter /ASCIIHexDecode", Encoding.ASCII.GetBytes(Convert.ToHexString(plain) + ">")),
            "Ascii85" => ("/Filter /ASCII85Decode", TestEncoders.Ascii85(plain)),
            "RunLength" => ("/Filter /RunLengthDecode", TestEncoders.RunLength(plain)),
            _ => ("/Filter [/ASCII85Decode /FlateDecode]", TestEncoders.Ascii85(PdfBuilder.Deflate(plain))),
        };
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        b.AddStream(dict, data);
        b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        Assert.Equal("Hello World", Text(Read(b.Build())));
    }

    [Fact]
    public void Lzw_decoder_handles_long_repetitive_input()
    {
        var plain = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcabcabd0123456789", 800)));

        var decoded = PdfFilters.Lzw(TestEncoders.Lzw(plain, 1), 1, new OutputBudget(new ExtractionContext(ExtractionLimits.Default)));

        Assert.Equal(plain, decoded);
    }

    public static TheoryData<string> Encryptions() => ["RC4-40", "RC4-128", "AES-128", "AES-256"];

    [Theory]
    [MemberData(nameof(Encryptions))]
    public void Encrypted_pdf_with_empty_user_password_is_read(string method)
    {
        var builder = PdfBuilder.OnePage(HelloContent);
        builder.Add("<< /Title «Secret plans» >>");
        builder.TrailerExtra = "/Info 6 0 R";
        builder.Encryption = method switch
        {
            "RC4-40" => TestEncryption.Legacy(2, 5, false),
            "RC4-128" => TestEncryption.Legacy(3, 16, false),
            "AES-128" => TestEncryption.Legacy(4, 16, true),
            _ => TestEncryption.Aes256(),
        };

        var content = Read(builder.Build());

        Assert.Equal("Hello World", Text(content));
        Assert.Equal("Secret plans", content.Metadata.Title);
    }

    [Theory]
    [InlineData("RC4-128")]
    [InlineData("AES-256")]
    public void Password_protected_pdf_is_rejected_as_encrypted(string method)
    {
        var builder = PdfBuilder.OnePage(HelloContent);
        builder.Encryption = method == "AES-256" ? TestEncryption.Aes256("hunter2") : TestEncryption.Legacy(3, 16, false, "hunter2");

        var error = ReadFails(builder.Build());

        Assert.Equal(DocumentErrorCode.Encrypted, error.Code);
        Assert.Contains("password-protected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flate_bomb_is_stopped_with_decompression_limit()
    {
        var bomb = PdfBuilder.Deflate(new byte[50 * 1024 * 1024]);
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        b.AddStream("/Filter /FlateDecode", bomb);

        var error = ReadFails(b.Build(), ExtractionLimits.Default with { MaxStreamBytes = 4 * 1024 * 1024 });

        Assert.Equal(DocumentErrorCode.DecompressionLimit, error.Code);
    }

    [Fact]
    public void Total_decompressed_size_is_limited_across_streams()
    {
        var chunk = PdfBuilder.Deflate(new byte[3 * 1024 * 1024]);
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R 6 0 R] >>");
        for (var i = 0; i < 3; i++) b.AddStream("/Filter /FlateDecode", chunk);

        var error = ReadFails(b.Build(), ExtractionLimits.Default with { MaxTotalDecompressedBytes = 8 * 1024 * 1024 });

        Assert.Equal(DocumentErrorCode.DecompressionLimit, error.Code);
    }

    [Fact]
    public void Deeply_nested_array_fails_with_nesting_too_deep()
    {
        var nested = new string('[', 500) + new string(']', 500);
        var b = PdfBuilder.OnePage(HelloContent);
        b.Replace(1, $"<< /Type /Catalog /Pages 2 0 R /Junk {nested} >>");

        Assert.Equal(DocumentErrorCode.NestingTooDeep, ReadFails(b.Build()).Code);
    }

    [Fact]
    public void Stream_length_referring_to_itself_fails_with_reference_loop()
    {
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        b.Add("<< /Length 4 0 R >>\nstream\nBT ET\nendstream");

        Assert.Equal(DocumentErrorCode.ReferenceLoop, ReadFails(b.Build()).Code);
    }

    [Fact]
    public void Page_tree_kids_referring_to_itself_fails_with_reference_loop()
    {
        var b = PdfBuilder.OnePage(HelloContent);
        b.Replace(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");

        Assert.Equal(DocumentErrorCode.ReferenceLoop, ReadFails(b.Build()).Code);
    }

    [Fact]
    public void Too_many_pages_are_refused()
    {
        var b = PdfBuilder.OnePage(HelloContent);
        b.Replace(2, "<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 3 >>");
        b.Replace(3, "<< /Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");

        var error = ReadFails(b.Build(), ExtractionLimits.Default with { MaxPages = 2 });

        Assert.Equal(DocumentErrorCode.TooManyPages, error.Code);
    }

    [Fact]
    public void Differences_encoding_maps_glyph_names_to_unicode()
    {
        var font = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /eacute /fi 68 /uni20AC /bullet.alt] >> >>";

        var content = Read(PdfBuilder.OnePage("BT /F1 10 Tf 50 700 Td (ABCDE) Tj ET", font).Build());

        Assert.Equal("éfiC€•", Text(content));
    }

    [Fact]
    public void Type0_font_uses_tounicode_bfrange_and_cid_widths()
    {
        const string cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfrange <0001> <0003> <0041> <0010> <0011> [<0053006B> <00E9>] endbfrange
            1 beginbfchar <0020> <0020> endbfchar
            endcmap CMapName currentdict /CMap defineresource pop end end
            """;
        var b = PdfBuilder.OnePage("BT /F1 10 Tf 50 700 Td <0001000200030020001000110001> Tj ET",
            "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+NotoSans-Bold /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>");
        b.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+NotoSans-Bold /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [500 600] 3 3 700] >>");
        b.AddStream("", cmap);

        var content = Read(b.Build());

        var glyphs = content.Pages[0].Glyphs;
        Assert.Equal(["A", "B", "C", " ", "Sk", "é", "A"], glyphs.Select(g => g.Text));
        Assert.Equal(5, glyphs[0].Right - glyphs[0].Left, 3);
        Assert.Equal(6, glyphs[1].Right - glyphs[1].Left, 3);
        Assert.Equal(7, glyphs[2].Right - glyphs[2].Left, 3);
        Assert.Equal(10, glyphs[3].Right - glyphs[3].Left, 3);
        Assert.Equal("NotoSans-Bold", glyphs[0].FontName);
        Assert.True(glyphs[0].Bold);
    }

    [Fact]
    public void Actual_text_replaces_the_glyphs_of_its_span()
    {
        var content = Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td /Span << /ActualText (tel:) >> BDC (XY) Tj EMC ( 123) Tj ET").Build());

        var glyphs = content.Pages[0].Glyphs;
        Assert.Equal("tel:", glyphs[0].Text);
        Assert.Equal(72, glyphs[0].Left, 3);
        Assert.Equal(72 + (0.667 + 0.667) * 12, glyphs[0].Right, 3);
        Assert.Equal("tel: 123", Text(content));
    }

    [Fact]
    public void TJ_adjustments_move_glyphs_and_large_ones_leave_gaps()
    {
        var content = Read(PdfBuilder.OnePage("BT /F1 10 Tf 100 700 Td [(A) 100 (B) -3000 (C)] TJ ET").Build());

        var g = content.Pages[0].Glyphs;
        Assert.Equal(100 + 6.67 - 1, g[1].Left, 2);
        Assert.True(g[2].Left - g[1].Right > 25);
        Assert.Equal("AB C", Text(content));
    }

    [Fact]
    public void Word_spacing_applies_to_single_byte_space_only()
    {
        var content = Read(PdfBuilder.OnePage("BT /F1 10 Tf 5 Tw 100 700 Td (A B) Tj ET").Build());

        var g = content.Pages[0].Glyphs;
        Assert.Equal(100 + 6.67 + 2.78 + 5, g[2].Left, 2);
    }

    [Fact]
    public void Form_xobject_text_is_placed_through_its_matrix()
    {
        var b = PdfBuilder.OnePage("q 1 0 0 1 100 100 cm /X1 Do Q /Im1 Do", resourcesExtra: "/XObject << /X1 6 0 R /Im1 7 0 R >>");
        b.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [2 0 0 2 10 0] /Resources << /Font << /F2 5 0 R >> >>", "BT /F2 10 Tf 0 50 Td (Inside) Tj ET");
        b.AddStream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", new byte[] { 0 });

        var content = Read(b.Build());

        var page = content.Pages[0];
        Assert.Equal("Inside", GlyphText.Join(page));
        Assert.Equal(110, page.Glyphs[0].Left, 3);
        Assert.Equal(792 - 200, page.Glyphs[0].Baseline, 3);
        Assert.Equal(20, page.Glyphs[0].FontSize, 3);
        Assert.Equal(1, page.ImageCount);
    }

    [Fact]
    public void Inline_images_are_skipped_and_counted()
    {
        var content = Read(PdfBuilder.OnePage("q BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001EI\u0002 EI Q " + HelloContent).Build());

        Assert.Equal("Hello World", Text(content));
        Assert.Equal(1, content.Pages[0].ImageCount);
    }

    [Fact]
    public void Rotated_page_maps_text_to_displayed_orientation()
    {
        // Text drawn bottom-to-top on a page shown rotated by 90 degrees reads left to right.
        var content = Read(PdfBuilder.OnePage("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Rotated) Tj ET", pageExtra: "/Rotate 90").Build());

        var page = content.Pages[0];
        Assert.Equal(792, page.Width);
        Assert.Equal(612, page.Height);
        var first = page.Glyphs[0];
        Assert.True(first.Upright);
        Assert.Equal(100, first.Left, 3);
        Assert.Equal(300, first.Baseline, 3);
        Assert.Equal("Rotated", GlyphText.Join(page));
    }

    [Fact]
    public void Rotated_text_is_marked_not_upright()
    {
        var content = Read(PdfBuilder.OnePage("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Up) Tj ET").Build());

        Assert.All(content.Pages[0].Glyphs, g => Assert.False(g.Upright));
    }

    [Fact]
    public void Fill_colour_and_render_mode_are_reported()
    {
        var content = Read(PdfBuilder.OnePage("BT /F1 12 Tf 1 0 0 rg 72 700 Td (R) Tj 3 Tr 0 0 0 0 k (W) Tj 0 Tr 0.5 g (G) Tj ET").Build());

        var g = content.Pages[0].Glyphs;
        Assert.Equal(0xFF0000, g[0].ColorRgb);
        Assert.Equal(3, g[1].RenderMode);
        Assert.Equal(0xFFFFFF, g[1].ColorRgb);
        Assert.Equal(0x808080, g[2].ColorRgb);
    }

    [Fact]
    public void Crop_box_origin_is_applied()
    {
        var content = Read(PdfBuilder.OnePage(HelloContent, pageExtra: "/CropBox [50 100 550 750]").Build());

        var page = content.Pages[0];
        Assert.Equal(500, page.Width);
        Assert.Equal(650, page.Height);
        Assert.Equal(22, page.Glyphs[0].Left, 3);
        Assert.Equal(30, page.Glyphs[0].Baseline, 3);
    }

    [Fact]
    public void Metadata_is_decoded_from_utf16_and_pdf_dates()
    {
        var b = PdfBuilder.OnePage(HelloContent);
        var title = "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Résumé – Ana"));
        b.Add($"<< /Title <{title}> /Author (Ana Lima) /CreationDate (D:20240131120000+02'00') /ModDate (D:2024) >>");
        b.TrailerExtra = "/Info 6 0 R";

        var meta = Read(b.Build()).Metadata;

        Assert.Equal("Résumé – Ana", meta.Title);
        Assert.Equal("Ana Lima", meta.Author);
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 12, 0, 0, TimeSpan.FromHours(2)), meta.Created);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), meta.Modified);
    }

    [Fact]
    public void Type3_font_glyphs_are_scaled_by_the_font_matrix()
    {
        var font = "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> " +
                   "/Encoding << /Type /Encoding /Differences [65 /A /B] >> /FirstChar 65 /LastChar 66 /Widths [50 80] /Resources << >> >>";

        var content = Read(PdfBuilder.OnePage("BT /F1 10 Tf 100 700 Td (AB) Tj ET", font).Build());

        var g = content.Pages[0].Glyphs;
        Assert.Equal("AB", string.Concat(g.Select(x => x.Text)));
        Assert.Equal(5, g[0].Right - g[0].Left, 3);
        Assert.Equal(105, g[1].Left, 3);
        Assert.Equal(100, g[0].FontSize, 3);
    }

    [Fact]
    public void Standard_courier_is_fixed_width_and_style_comes_from_name_and_descriptor()
    {
        var b = PdfBuilder.OnePage("BT /F1 10 Tf 100 700 Td (il) Tj /F2 10 Tf (x) Tj ET", "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-BoldOblique >>",
            resourcesExtra: "/Font << /F1 5 0 R /F2 6 0 R >>");
        b.Replace(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>");
        b.Add("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Lato /FirstChar 120 /LastChar 120 /Widths [500] /FontDescriptor 7 0 R >>");
        b.Add("<< /Type /FontDescriptor /FontName /ABCDEF+Lato /Flags 262240 /ItalicAngle 0 >>");

        var g = Read(b.Build()).Pages[0].Glyphs;

        Assert.Equal(6, g[0].Right - g[0].Left, 3);
        Assert.Equal(106, g[1].Left, 3);
        Assert.True(g[0].Bold && g[0].Italic);
        Assert.Equal("Lato", g[2].FontName);
        Assert.True(g[2].Bold && g[2].Italic);
    }

    [Fact]
    public void Exhausted_time_budget_fails_with_timeout()
    {
        var error = ReadFails(PdfBuilder.OnePage(HelloContent).Build(), ExtractionLimits.Default with { TimeBudget = TimeSpan.Zero });

        Assert.Equal(DocumentErrorCode.Timeout, error.Code);
    }

    [Fact]
    public void Non_pdf_input_is_unsupported()
    {
        Assert.Equal(DocumentErrorCode.UnsupportedFormat, ReadFails(Encoding.ASCII.GetBytes("PK\u0003\u0004 not a pdf")).Code);
    }

    [Fact]
    public void Truncated_and_damaged_files_fail_only_with_document_read_exceptions()
    {
        var source = TestData.Files("resumes/pdf", "*.pdf").First();
        var bytes = File.ReadAllBytes(source);
        var random = new Random(1234);
        for (var i = 0; i < 40; i++)
        {
            var copy = bytes.AsSpan(0, random.Next(1, bytes.Length)).ToArray();
            if (i % 2 == 0)
            {
                for (var k = 0; k < 50; k++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }
            try
            {
                Read(copy, ExtractionLimits.Default with { TimeBudget = TimeSpan.FromSeconds(5) });
            }
            catch (DocumentReadException)
            {
                // Expected for many cuts; any other exception type fails the test.
            }
        }
    }

    [Fact]
    public void Cancellation_is_reported_as_operation_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            PdfDocumentReader.Read(PdfBuilder.OnePage(HelloContent).Build(), new ExtractionContext(ExtractionLimits.Default, cts.Token)));
    }
}
