using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Parsing;

/// <summary>One line of the document with the layout cues parsing uses.</summary>
internal sealed record ResumeLine(string Text, int Block, BlockKind Kind, double FontSize, bool Bold, int Page, bool StartsBlock)
{
    /// <summary>True when the line starts with a bullet glyph or dash.</summary>
    public bool IsBullet => Text.Length > 0 && Bullet(Text[0]);

    /// <summary>The text without a leading bullet glyph.</summary>
    public string Content => IsBullet ? Text[1..].TrimStart() : Text;

    public static bool Bullet(char c) => c is '•' or '●' or '▪' or '◦' or '■' or '-' or '*' or '·' or '–' or '➢' or '►' or '✓' or '\uf0b7' or '\uf0a7' or '♦' or '○';

    /// <summary>Flattens pages and blocks into lines in reading order, dropping empty ones.</summary>
    public static List<ResumeLine> From(ExtractedDocument doc)
    {
        var lines = new List<ResumeLine>();
        var block = 0;
        foreach (var page in doc.Pages)
        {
            foreach (var b in page.Blocks)
            {
                var first = true;
                foreach (var l in b.Lines)
                {
                    var text = Clean(l.Text);
                    if (text.Length == 0) continue;
                    lines.Add(new ResumeLine(text, block, b.Kind, l.FontSize, l.IsBold, page.Number, first));
                    first = false;
                }
                block++;
            }
        }
        return lines;
    }

    // Collapses runs of spaces but keeps wide gaps as a tab: they separate columns ("Title    2019 - 2020").
    private static string Clean(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var spaces = 0;
        foreach (var c in s)
        {
            if (c is ' ' or '\u00a0' or '\t' or '\u2002' or '\u2003' or '\u2009')
            {
                spaces += c == '\t' ? 4 : 1;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (spaces > 0 && sb.Length > 0) sb.Append(spaces >= 3 ? '\t' : ' ');
            spaces = 0;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
