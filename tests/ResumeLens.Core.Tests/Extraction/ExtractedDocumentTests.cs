using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Tests.Extraction;

public sealed class ExtractedDocumentTests
{
    [Fact]
    public void Plain_text_keeps_line_order_and_separates_blocks_with_a_blank_line()
    {
        var page = new DocumentPage(1, 612, 792,
        [
            new TextBlock([TextLine.FromText("Jane Doe"), TextLine.FromText("jane@example.com")], BlockKind.Paragraph, Box.Empty),
            new TextBlock([TextLine.FromText("Experience")], BlockKind.Heading, Box.Empty),
        ]);
        var doc = new ExtractedDocument(SourceFormat.Text, [page], DocumentMetadata.None, [], []);

        Assert.Equal("Jane Doe\njane@example.com\n\nExperience\n", doc.ToPlainText());
    }

    [Fact]
    public void Pages_without_text_layer_are_reported_as_scanned()
    {
        var doc = new ExtractedDocument(SourceFormat.Pdf,
            [new DocumentPage(1, 612, 792, [], HasTextLayer: false, ImageCount: 1), new DocumentPage(2, 612, 792, [])],
            DocumentMetadata.None, [], []);

        Assert.Equal([1], doc.ScannedPages);
    }
}
