using System.Text;

namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// Compatibility normalization of glyph text: ligatures, fullwidth forms, odd spaces and hyphens, invisible
/// characters and symbol-font bullets. The runtime runs with invariant globalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> is a no-op, so the NFKC mappings that occur in resumes are
/// applied from a small table here; other non-ASCII letters are kept as they are.
/// </summary>
internal static class TextNormalizer
{
    public const char Bullet = '\u2022';

    /// <summary>True for characters that separate words: spaces of every width, tabs, line breaks.</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';

    /// <summary>True when the glyph text is only whitespace (an explicit space glyph).</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c)) return false;
        }
        return true;
    }

    /// <summary>Appends the normalized form of <paramref name="text"/>; spaces inside it are dropped.</summary>
    public static void Append(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (c >= '!' && c <= '~')
            {
                sb.Append(c);
                continue;
            }
            AppendSpecial(sb, c);
        }
    }

    /// <summary>
    /// The same mappings over running text that keeps its spaces and line breaks: odd spaces become plain ones, and
    /// every symbol-font code point (U+F020-U+F0FF, which text exports keep where the font had its own bullets and
    /// separators) becomes a bullet.
    /// </summary>
    public static string NormalizeRunningText(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] is >= ' ' and <= '~' or '\n' or '\t')) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' or '\n' or '\t') sb.Append(c);
            else if (IsSpace(c)) sb.Append(' ');
            else if (c is >= '\uF020' and <= '\uF0FF') sb.Append(Bullet);
            else AppendSpecial(sb, c);
        }
        return sb.ToString();
    }

    private static void AppendSpecial(StringBuilder sb, char c)
    {
        switch (c)
        {
            // Soft hyphen, zero-width characters and byte-order marks are invisible.
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return;
            case '\uFB00': sb.Append("ff"); return;
            case '\uFB01': sb.Append("fi"); return;
            case '\uFB02': sb.Append("fl"); return;
            case '\uFB03': sb.Append("ffi"); return;
            case '\uFB04': sb.Append("ffl"); return;
            case '\uFB05' or '\uFB06': sb.Append("st"); return;
            case '\u2010' or '\u2011': sb.Append('-'); return;
            case '\u2026': sb.Append("..."); return;
            case '\u2122': sb.Append("TM"); return;
            case '\u00B2': sb.Append('2'); return;
            case '\u00B3': sb.Append('3'); return;
            case '\u00B9': sb.Append('1'); return;
            // Symbol and Wingdings bullets arrive as private-use code points when a font lacks a ToUnicode map.
            case '\uF0B7' or '\uF0A7' or '\uF0D8' or '\uF0FC' or '\uF076' or '\uF06C' or '\uF0A8' or '\uF06E':
                sb.Append(Bullet);
                return;
        }
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            sb.Append((char)(c - 0xFF01 + '!'));
            return;
        }
        if (c == '\u2070') { sb.Append('0'); return; }
        if (c >= '\u2074' && c <= '\u2079') { sb.Append((char)(c - 0x2074 + '4')); return; }
        if (IsSpace(c) || char.IsControl(c)) return;
        sb.Append(c);
    }

    /// <summary>True for a word that is only a list bullet symbol.</summary>
    public static bool IsBulletSymbol(string word)
    {
        if (word.Length != 1) return false;
        return word[0] switch
        {
            '\u2022' or '\u25E6' or '\u25AA' or '\u25AB' or '\u2013' or '-' or '*' or '\u25CF' or '\u25A0' or '\u25A1'
                or '\u25CB' or '\u25BA' or '\u25B8' or '\u2023' or '\u2043' or '\u2219' or '\u00B7' or '\u27A2' or '\u27A4'
                or '\u2192' or '\u2713' or '\u2714' or '\u2666' or '\u25C6' or '\u25C7' or '\u2605' or '\u2606' or '\u25B6'
                or '\u2212' or '\u2014' or '>' or '\u00BB' or 'o' => true,
            _ => false,
        };
    }

    /// <summary>True for a list number such as "1." or "12)" that starts an enumerated item.</summary>
    public static bool IsListNumber(string word)
    {
        if (word.Length < 2 || word.Length > 3) return false;
        var last = word[^1];
        if (last != '.' && last != ')') return false;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] < '0' || word[i] > '9') return false;
        }
        return true;
    }

    /// <summary>True for a word glued to its bullet ("•Designed", "▪Led").</summary>
    public static bool StartsWithBulletGlyph(string word) =>
        word.Length > 1 && word[0] is '\u2022' or '\u25E6' or '\u25AA' or '\u25CF' or '\u25A0' or '\u27A2' or '\u27A4' or '\u2713' or '\u2714';
}
