using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Parsing;

/// <summary>Builds an <see cref="ExtractedDocument"/> from plain text: one line per line, blank lines between blocks.</summary>
public static class PlainTextDocument
{
    public static ExtractedDocument From(string text, DocumentMetadata? metadata = null, SourceFormat format = SourceFormat.Text)
    {
        var pages = new List<DocumentPage>();
        var pageNumber = 1;
        text = Extraction.Text.TextDecoding.RepairEscapedUtf8(text);
        foreach (var pageText in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f'))
        {
            var blocks = new List<TextBlock>();
            var current = new List<TextLine>();
            foreach (var raw in pageText.Split('\n'))
            {
                if (raw.Trim().Length == 0)
                {
                    if (current.Count > 0) blocks.Add(new TextBlock(current, BlockKind.Paragraph, Box.Empty));
                    current = [];
                    continue;
                }
                current.Add(TextLine.FromText(raw.TrimEnd()));
            }
            if (current.Count > 0) blocks.Add(new TextBlock(current, BlockKind.Paragraph, Box.Empty));
            if (blocks.Count > 0 || pages.Count == 0) pages.Add(new DocumentPage(pageNumber, 612, 792, blocks));
            pageNumber++;
        }
        return new ExtractedDocument(format, pages, metadata ?? DocumentMetadata.None, [], []);
    }
}
