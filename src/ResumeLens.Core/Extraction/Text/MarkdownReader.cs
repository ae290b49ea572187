using System.Text;

namespace ResumeLens.Core.Extraction.Text;

/// <summary>
/// Reads Markdown into blocks: ATX and setext headings, list items, code fences kept as text, tables
/// row by row, emphasis removed and link targets kept in parentheses after the link text.
/// </summary>
public static class MarkdownReader
{
    private static readonly RunStyle Plain = RunStyle.Plain;
    private static readonly RunStyle HeadingStyle = new(Bold: true);

    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        var text = TextDecoding.RepairEscapedUtf8(TextDecoding.NormalizeNewlines(TextDecoding.Decode(data.Span, out _)));
        var builder = new FlowDocumentBuilder(context);
        ReadInto(text, builder);
        return builder.Build(SourceFormat.Markdown, DocumentMetadata.None);
    }

    /// <summary>True when text shows Markdown structure: headings, fences, links, emphasis or tables.</summary>
    public static bool LooksLikeMarkdown(string text)
    {
        var score = 0;
        var lines = 0;
        string? previous = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if (++lines > 400) break;
            var line = text.AsSpan(range).TrimEnd();
            var t = line.TrimStart();
            if (AtxLevel(t) > 0) score += 2;
            else if (t.StartsWith("```") || t.StartsWith("~~~")) score += 2;
            else if (IsTableSeparator(t)) score += 2;
            else if (previous is { Length: > 0 } && (IsSetext(t, '=') || IsSetext(t, '-')) && t.Length >= 3) score += 1;
            if (t.Contains("](", StringComparison.Ordinal) && t.Contains('[')) score += 2;
            if (t.Contains("**", StringComparison.Ordinal) || t.Contains("__", StringComparison.Ordinal)) score += 1;
            previous = t.ToString();
            if (score >= 2) return true;
        }
        return false;
    }

    internal static void ReadInto(string text, FlowDocumentBuilder builder)
    {
        var lines = text.Split('\n');
        var inList = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = StripQuote(raw.AsSpan().TrimEnd());
            var t = line.TrimStart();
            if (t.IsEmpty)
            {
                builder.EndBlock();
                inList = false;
                continue;
            }
            var fence = t.StartsWith("```") ? "```" : t.StartsWith("~~~") ? "~~~" : null;
            if (fence is not null)
            {
                // Code is kept verbatim, one line per line, as its own block.
                builder.StartBlock(BlockKind.Paragraph);
                for (i++; i < lines.Length && !lines[i].AsSpan().TrimStart().StartsWith(fence); i++)
                {
                    builder.Text(lines[i], Plain);
                    builder.LineBreak();
                }
                builder.EndBlock();
                inList = false;
                continue;
            }
            var level = AtxLevel(t);
            if (level > 0)
            {
                builder.StartBlock(BlockKind.Heading);
                Inline(builder, t[level..].Trim().TrimEnd('#').TrimEnd(), HeadingStyle);
                builder.EndBlock();
                inList = false;
                continue;
            }
            if (IsThematicBreak(t))
            {
                builder.EndBlock();
                inList = false;
                continue;
            }
            if (i + 1 < lines.Length && !inList && builder.BlockIsEmpty)
            {
                var next = lines[i + 1].AsSpan().Trim();
                if (IsSetext(next, '=') || (IsSetext(next, '-') && next.Length >= 2))
                {
                    builder.StartBlock(BlockKind.Heading);
                    Inline(builder, t, HeadingStyle);
                    builder.EndBlock();
                    i++;
                    continue;
                }
            }
            if (t.Contains('|') && i + 1 < lines.Length && IsTableSeparator(lines[i + 1].AsSpan().Trim()))
            {
                builder.EndBlock();
                TableRow(builder, t);
                for (i += 2; i < lines.Length && lines[i].Contains('|'); i++)
                {
                    TableRow(builder, lines[i].AsSpan().Trim());
                }
                i--;
                inList = false;
                continue;
            }
            var (markerLength, ordinal) = ListMarker(t);
            if (markerLength > 0)
            {
                builder.StartBlock(BlockKind.ListItem);
                var rest = t[markerLength..].TrimStart();
                if (rest.StartsWith("[ ] ") || rest.StartsWith("[x] ") || rest.StartsWith("[X] ")) rest = rest[4..];
                builder.Text(ordinal ? t[..markerLength].Trim().ToString() + " " : "• ", Plain);
                Inline(builder, rest, Plain);
                inList = true;
                continue;
            }
            if (inList && line.Length > t.Length)
            {
                // Indented continuation of a list item.
                builder.LineBreak();
                Inline(builder, t, Plain);
                continue;
            }
            if (inList)
            {
                builder.StartBlock(BlockKind.Paragraph);
                inList = false;
            }
            else
            {
                builder.LineBreak();
            }
            Inline(builder, t, Plain);
        }
        builder.EndBlock();
    }

    /// <summary>Writes inline Markdown as text: emphasis markers dropped, code kept, links as "text (url)".</summary>
    internal static void Inline(FlowDocumentBuilder builder, ReadOnlySpan<char> s, in RunStyle style)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\' when i + 1 < s.Length && !char.IsAsciiLetterOrDigit(s[i + 1]) && !char.IsWhiteSpace(s[i + 1]):
                    sb.Append(s[++i]);
                    break;
                case '`':
                    {
                        var ticks = 1;
                        while (i + ticks < s.Length && s[i + ticks] == '`') ticks++;
                        var close = s[(i + ticks)..].IndexOf(new string('`', ticks).AsSpan());
                        if (close < 0)
                        {
                            sb.Append(s.Slice(i, ticks));
                            i += ticks - 1;
                        }
                        else
                        {
                            sb.Append(s.Slice(i + ticks, close).Trim());
                            i += ticks + close + ticks - 1;
                        }
                        break;
                    }
                case '!' when i + 1 < s.Length && s[i + 1] == '[' && TryLink(s, i + 1, out var altText, out _, out var imageEnd):
                    sb.Append(altText);
                    i = imageEnd;
                    break;
                case '[' when TryLink(s, i, out var linkText, out var url, out var linkEnd):
                    {
                        var shown = StripEmphasis(linkText);
                        sb.Append(shown);
                        if (url.Length > 0 && url[0] != '#' && !SameTarget(shown, url)) sb.Append(" (").Append(url).Append(')');
                        i = linkEnd;
                        break;
                    }
                case '<' when TryAutolink(s, i, out var auto, out var autoEnd):
                    sb.Append(auto);
                    i = autoEnd;
                    break;
                case '*' or '_' or '~':
                    {
                        var run = 1;
                        while (i + run < s.Length && s[i + run] == c) run++;
                        var before = i == 0 ? ' ' : s[i - 1];
                        var after = i + run < s.Length ? s[i + run] : ' ';
                        var opens = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before) || i == 0);
                        var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || i + run == s.Length);
                        var emphasis = c == '~' ? run == 2 && (opens || closes) : (opens || closes) || (c == '*' && run >= 2);
                        if (!emphasis) sb.Append(s.Slice(i, run));
                        i += run - 1;
                        break;
                    }
                default:
                    sb.Append(c);
                    break;
            }
        }
        builder.Text(sb.ToString(), style);
    }

    private static string StripEmphasis(string text) =>
        text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    internal static bool SameTarget(string shown, string url)
    {
        static ReadOnlySpan<char> Core(ReadOnlySpan<char> u)
        {
            u = u.Trim();
            foreach (var prefix in (ReadOnlySpan<string>)["mailto:", "tel:", "https://", "http://"])
            {
                if (u.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) u = u[prefix.Length..];
            }
            if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) u = u[4..];
            return u.TrimEnd('/');
        }
        return Core(shown).Equals(Core(url), StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryLink(ReadOnlySpan<char> s, int open, out string text, out string url, out int end)
    {
        text = url = "";
        end = open;
        var depth = 0;
        var close = -1;
        for (var j = open; j < s.Length; j++)
        {
            if (s[j] == '\\') { j++; continue; }
            if (s[j] == '[') depth++;
            else if (s[j] == ']' && --depth == 0) { close = j; break; }
        }
        if (close < 0 || close + 1 >= s.Length) return false;
        text = s[(open + 1)..close].ToString();
        if (s[close + 1] == '(')
        {
            var paren = s[(close + 2)..].IndexOf(')');
            if (paren < 0) return false;
            var target = s.Slice(close + 2, paren).Trim();
            var space = target.IndexOf(' ');
            if (space > 0) target = target[..space]; // drop an optional "title"
            url = target.Trim('<').Trim('>').ToString();
            end = close + 2 + paren;
            return true;
        }
        if (s[close + 1] == '[')
        {
            var refClose = s[(close + 2)..].IndexOf(']');
            if (refClose < 0) return false;
            end = close + 2 + refClose;
            return true;
        }
        return false;
    }

    private static bool TryAutolink(ReadOnlySpan<char> s, int open, out string url, out int end)
    {
        url = "";
        end = open;
        var close = s[open..].IndexOf('>');
        if (close < 0) return false;
        var inner = s.Slice(open + 1, close - 1);
        if (inner.Contains(' ')) return false;
        if (inner.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            url = inner.ToString();
        else if (inner.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            url = inner[7..].ToString();
        else if (inner.Contains('@') && !inner.Contains('/'))
            url = inner.ToString();
        else
            return false;
        end = open + close;
        return true;
    }

    private static void TableRow(FlowDocumentBuilder builder, ReadOnlySpan<char> row)
    {
        row = row.Trim();
        if (row.StartsWith('|')) row = row[1..];
        if (row.EndsWith('|')) row = row[..^1];
        builder.StartBlock(BlockKind.TableRow);
        var first = true;
        foreach (var range in row.Split('|'))
        {
            var cell = row[range].Trim();
            if (cell.IsEmpty) continue;
            if (!first) builder.Text(FlowDocumentBuilder.CellSeparator, Plain);
            Inline(builder, cell, Plain);
            first = false;
        }
        builder.EndBlock();
    }

    private static ReadOnlySpan<char> StripQuote(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var t = line.TrimStart();
            if (!t.StartsWith('>')) return line;
            line = t[1..];
            if (line.StartsWith(' ')) line = line[1..];
        }
    }

    private static int AtxLevel(ReadOnlySpan<char> t)
    {
        var n = 0;
        while (n < t.Length && t[n] == '#') n++;
        return n is >= 1 and <= 6 && (n == t.Length || t[n] == ' ' || t[n] == '\t') ? n : 0;
    }

    private static bool IsSetext(ReadOnlySpan<char> t, char c) => t.Length > 0 && t.Trim().TrimStart(c).IsEmpty;

    private static bool IsThematicBreak(ReadOnlySpan<char> t)
    {
        if (t.Length < 3) return false;
        var c = t[0];
        if (c is not ('-' or '*' or '_')) return false;
        var count = 0;
        foreach (var ch in t)
        {
            if (ch == c) count++;
            else if (ch != ' ') return false;
        }
        return count >= 3;
    }

    private static bool IsTableSeparator(ReadOnlySpan<char> t)
    {
        if (!t.Contains('-') || !(t.Contains('|') || t.StartsWith(":-") || t.StartsWith("--"))) return false;
        var dashes = 0;
        foreach (var ch in t)
        {
            if (ch == '-') dashes++;
            else if (ch is not ('|' or ':' or ' ')) return false;
        }
        return dashes >= 3 && t.Contains('|');
    }

    private static (int Length, bool Ordinal) ListMarker(ReadOnlySpan<char> t)
    {
        if (t.Length >= 2 && t[0] is '-' or '*' or '+' && t[1] == ' ') return (2, false);
        var bullet = PlainTextReader.BulletLength(t);
        if (bullet > 0 && t[0] is not ('-' or '*' or '+')) return (bullet, false);
        var n = 0;
        while (n < t.Length && n < 9 && char.IsAsciiDigit(t[n])) n++;
        if (n > 0 && n + 1 < t.Length && t[n] is '.' or ')' && t[n + 1] == ' ') return (n + 2, true);
        return (0, false);
    }
}
