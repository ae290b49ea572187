using ResumeLens.Core.Extraction.Layout;

namespace ResumeLens.Core.Extraction.Text;

/// <summary>Reads plain text files: blank lines separate blocks, bullet lines become list items.</summary>
public static class PlainTextReader
{
    private static readonly RunStyle Style = RunStyle.Plain;

    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        var text = FlattenedText.Restore(TextNormalizer.NormalizeRunningText(
            TextDecoding.RepairEscapedControls(TextDecoding.RepairEscapedUtf8(TextDecoding.NormalizeNewlines(TextDecoding.Decode(data.Span, out _))))));
        var builder = new FlowDocumentBuilder(context);
        ReadInto(text, builder);
        return builder.Build(SourceFormat.Text, DocumentMetadata.None);
    }

    internal static void ReadInto(string text, FlowDocumentBuilder builder)
    {
        var inList = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                builder.EndBlock();
                inList = false;
                continue;
            }
            // A bullet on a line of its own is decoration (a column of bullets beside the text, a glyph between
            // contact details): it ends the block and is dropped.
            if (trimmed.Length == 1 && IsMarker(trimmed[0]) && trimmed[0] is not ('-' or '*' or '+'))
            {
                builder.EndBlock();
                inList = false;
                continue;
            }
            var markerLength = BulletLength(trimmed);
            if (markerLength > 0)
            {
                builder.StartBlock(BlockKind.ListItem);
                builder.Text("• ", Style);
                builder.Text(trimmed[markerLength..], Style);
                inList = true;
            }
            else if (inList && !char.IsWhiteSpace(line[0]))
            {
                // An unindented line after a bullet starts new prose; an indented one wraps the bullet.
                builder.StartBlock(BlockKind.Paragraph);
                builder.Text(trimmed, Style);
                inList = false;
            }
            else
            {
                builder.LineBreak();
                builder.Text(trimmed, Style);
            }
        }
    }

    /// <summary>Length of a leading bullet marker plus its following space, or 0 when the line is not a bullet.</summary>
    internal static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 2) return 0;
        var c = line[0];
        if (!IsMarker(c)) return 0;
        // Symbol-font bullets and dingbats may be followed directly by text; ASCII dashes need a space.
        if (char.IsWhiteSpace(line[1])) return 2;
        return c is '-' or '*' or '+' or '–' or '—' ? 0 : 1;
    }

    private static bool IsMarker(char c) =>
        c is '•' or '·' or '▪' or '◦' or '●' or '○' or '■' or '□' or '►' or '➢' or '➤' or '✓' or '✔' or '❖' or '❑' or '❒' or '◆' or '♦'
            or '➔' or '→' or '⇒' or '-' or '*' or '–' or '—' or '+' or '\uF0B7' or '\uF0A7';
}
