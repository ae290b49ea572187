using System.Text.RegularExpressions;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Parsing;

/// <summary>One line of the document with the layout cues parsing uses.</summary>
internal sealed record ResumeLine(string Text, int Block, BlockKind Kind, double FontSize, bool Bold, int Page, bool StartsBlock)
{
    /// <summary>True when the line starts with a bullet glyph or dash.</summary>
    public bool IsBullet => Text.Length > 0 && Bullet(Text[0]);

    /// <summary>The text without a leading bullet glyph.</summary>
    public string Content => IsBullet ? Text[1..].TrimStart() : Text;

    /// <summary>
    /// True for a one-line paragraph among others like it ("1997-2000" / "" / "Raindrop Geomagic Inc." / "" / "Intern"):
    /// where every line is followed by a blank one, the blank lines are line spacing rather than breaks between entries.
    /// </summary>
    public bool Spaced { get; init; }

    public static bool Bullet(char c) => c is '•' or '●' or '▪' or '◦' or '■' or '-' or '*' or '·' or '–' or '➢' or '►' or '✓' or '\uf0b7' or '\uf0a7' or '♦' or '○';

    private static readonly Regex EndsWithDatePattern = new(@"(?:(?:19|20)\d{2}|\d{2}/\d{2})\s*[-–—,]?\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex IsDateOnlyPattern = new(@"^\(?\s*[-–—]?\s*(?:to\s+)?(?:present|current|now|till date|to date|ongoing|(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}|\d{2}/\d{2,4})\s*\)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Flattens pages and blocks into lines in reading order, dropping empty ones and rejoining date ranges split over two lines.</summary>
    public static List<ResumeLine> From(ExtractedDocument doc)
    {
        var lines = WithSpacedRunsMarked(WithBulletsRejoined(WithoutRunningHeaders(Flatten(doc))));
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var next = lines[i + 1];
            if (next.Text.Length <= 24 && EndsWithDatePattern.IsMatch(lines[i].Text) && IsDateOnlyPattern.IsMatch(next.Text))
            {
                var sep = lines[i].Text.TrimEnd().EndsWith('-') || lines[i].Text.TrimEnd().EndsWith(',') || next.Text.TrimStart('(', ' ').StartsWith('-') ? " " : " - ";
                lines[i] = lines[i] with { Text = lines[i].Text + sep + next.Text };
                lines.RemoveAt(i + 1);
            }
        }
        return lines;
    }

    private static List<ResumeLine> WithSpacedRunsMarked(List<ResumeLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && lines[end].StartsBlock && (end + 1 == lines.Count || lines[end + 1].StartsBlock)) end++;
            if (end - i >= MinSpacedRun)
            {
                for (var j = i; j < end; j++) lines[j] = lines[j] with { Spaced = true };
            }
            i = Math.Max(end, i + 1);
        }
        return lines;
    }

    private const int MinSpacedRun = 4;

    // "• Working as Software Engineer for Cisco System India Private Ltd under Capgemini India Pvt." over "Ltd.. From May
    // 25th 2017 till now": a bullet's sentence wrapped onto the next line, also over a blank line, is read whole.
    private static List<ResumeLine> WithBulletsRejoined(List<ResumeLine> lines)
    {
        List<ResumeLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (i > 0 && ContinuesBullet(joined is null ? lines[i - 1] : joined[^1], l))
            {
                joined ??= [.. lines.Take(i)];
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + l.Text };
                continue;
            }
            joined?.Add(l);
        }
        return joined ?? lines;
    }

    private static bool ContinuesBullet(ResumeLine bullet, ResumeLine line)
    {
        if (!bullet.IsBullet || line.IsBullet || line.Text.Length > 120 || bullet.Text.Length > 240) return false;
        var t = bullet.Content.TrimEnd();
        if (t.Length == 0 || t.EndsWith(':')) return false;
        if ((t.EndsWith('.') || t.EndsWith(';')) && !LegalForms.Contains(t[(t.LastIndexOf(' ') + 1)..].TrimEnd('.', ';'))) return false;
        var first = line.Text.Split(' ', 2)[0].TrimEnd('.', ',');
        return char.IsLower(line.Text[0]) || LegalForms.Contains(first) || first is "From" or "Since" or "Till" or "Until";
    }

    // The legal form closing a company's name: "Capgemini India Pvt." goes on with "Ltd." on the next line.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Ltd", "LTD", "Limited", "LIMITED", "Inc", "INC", "Pvt", "PVT", "LLC", "LLP", "Corp", "Corporation", "GmbH", "PLC", "Plc", "Co",
    };

    // "Page 2", "Page 2 of 3", "- 2 -", with or without the candidate's name before it ("Jane Doe | Page 2").
    private static readonly Regex PageMarkerPattern = new(@"^(?:(?<lead>.{1,60}?)[\s|·•,–—-]+)?(?:page\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Drops what a page repeats rather than says: page numbers, and on later pages the running header or
    /// footer (the first or last line of a page that repeats the first line of the document or of another page).
    /// The first occurrence stays, so a name or contact line printed only there is kept.
    /// </summary>
    private static List<ResumeLine> WithoutRunningHeaders(List<ResumeLine> lines)
    {
        if (lines.Count < 3) return lines;
        var edge = new bool[lines.Count]; // first or last line of its page
        var marker = new bool[lines.Count];
        var firstSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // page-edge line text -> first page it is on
        for (var i = 0; i < lines.Count; i++)
        {
            edge[i] = i == 0 || lines[i - 1].Page != lines[i].Page || i == lines.Count - 1 || lines[i + 1].Page != lines[i].Page;
            if (edge[i] && lines[i].Text.Length <= 80) firstSeen.TryAdd(lines[i].Text, lines[i].Page);
            marker[i] = IsPageMarker(lines[i].Text);
        }
        var first = lines[0].Text;
        var kept = new List<ResumeLine>(lines.Count) { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var l = lines[i];
            if (marker[i]) continue;
            if ((i + 1 < lines.Count && marker[i + 1] || marker[i - 1])
                && (string.Equals(l.Text, first, StringComparison.OrdinalIgnoreCase) || LooksLikePersonName(l.Text)))
                continue; // the candidate's name printed again beside a page number
            if (edge[i] && l.Page > 1 && firstSeen.TryGetValue(l.Text, out var seen) && seen < l.Page) continue;
            kept.Add(l);
        }
        return kept;
    }

    private static bool IsPageMarker(string text) =>
        text.Length <= 80 && (text.Contains("page", StringComparison.OrdinalIgnoreCase) || text.StartsWith('-')) && PageMarkerPattern.IsMatch(text);

    // "Lorri L. Rowell": two to four capitalized words, the first a known given name.
    private static bool LooksLikePersonName(string text)
    {
        if (text.Length > 40) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return false;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0])) return false;
        }
        return Knowledge.KnowledgeBase.Default.Names.IsGivenName(words[0]);
    }

    private static List<ResumeLine> Flatten(ExtractedDocument doc)
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
                    if (text.Length == 0 || IsBareBullet(text)) continue;
                    lines.Add(new ResumeLine(text, block, b.Kind, l.FontSize, l.IsBold, page.Number, first));
                    first = false;
                }
                block++;
            }
        }
        return lines;
    }

    // A bullet with nothing after it ("" lines of an empty list), or a lone colon of a label column: it says nothing and
    // would split a header from its dates.
    private static bool IsBareBullet(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('•' or '·' or '▪' or '◦' or '●' or '○' or '■' or '□' or '►' or '➢' or '➤' or '✓' or '✔' or '❖' or '-' or '*' or '–' or ':' or ' ' or '\t')
                && c is < '\uF000' or > '\uF0FF')
                return false;
        }
        return true;
    }

    // Collapses runs of spaces but keeps wide gaps as a tab: they separate columns ("Title    2019 - 2020").
    private static string Clean(string s)
    {
        // Some exports carry UTF-8 bytes as literal "\xe2\x80\x93" escapes; decode them back to text.
        s = Extraction.Text.TextDecoding.RepairEscapedUtf8(s);
        // "\x01 CIPD": a symbol-font bullet dumped as the escape of its control byte.
        var lead = s.AsSpan().TrimStart();
        if (lead.Length >= 4 && lead[0] == '\\' && lead[1] == 'x' && lead[2] is '0' or '1' && char.IsAsciiHexDigit(lead[3])) s = "•" + lead[4..].ToString();
        // UTF-8 read as Windows-1252 by whatever made the file: "Â" before a no-break space, and "ï¼" left of a
        // full-width colon whose last byte was lost ("Company Name ï¼ City"), which separated the fields.
        if (s.Contains('Â')) s = s.Replace("Â\u00a0", " ", StringComparison.Ordinal).Replace("Â ", " ", StringComparison.Ordinal);
        if (s.Contains("ï¼", StringComparison.Ordinal)) s = s.Replace("ï¼", " | ", StringComparison.Ordinal);
        var sb = new System.Text.StringBuilder(s.Length);
        var spaces = 0;
        foreach (var ch in s)
        {
            // Digits of any script ("٢٠١٩", "２０１９") are read as the ASCII digits dates and phone numbers are parsed from.
            var c = ch > '\u007f' && char.IsDigit(ch) ? (char)('0' + (int)char.GetNumericValue(ch)) : ch;
            if (c is ' ' or '\u00a0' or '\t' or '\u2002' or '\u2003' or '\u2009')
            {
                spaces += c == '\t' ? 4 : 1;
                continue;
            }
            if (c == '\u00ad')
            {
                // A soft hyphen standing alone is a dash ("Sep. 2023 \u00ad Mar. 2024"); inside a word it is invisible.
                if (spaces > 0) sb.Append(" -");
                continue;
            }
            if (char.IsControl(c) || c is '\u200b' or '\u200c' or '\u200d' or '\ufeff') continue;
            if (spaces > 0 && sb.Length > 0) sb.Append(spaces >= 3 ? '\t' : ' ');
            spaces = 0;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
