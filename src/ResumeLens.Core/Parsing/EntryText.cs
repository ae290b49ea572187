using System.Text.RegularExpressions;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Helpers that split entry header lines into parts and tell titles, organizations and places apart.</summary>
internal static class EntryText
{
    private static readonly HashSet<string> CompanyMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "pa", "p.a.", "pc", "pllc", "lp", "llc", "llp", "ltd", "ltd.", "limited", "gmbh", "ag", "corp", "corp.", "corporation", "company", "co", "co.",
        "plc", "pvt", "pvt.", "sa", "s.a.", "bv", "b.v.", "srl", "spa", "oy", "ab", "as", "kg", "technologies", "technology",
        "solutions", "systems", "group", "bank", "labs", "laboratory", "consulting", "services", "partners", "holdings",
        "international", "enterprises", "industries", "software", "networks", "media", "agency", "studio", "studios",
        "hospital", "clinic", "foundation", "association", "council", "ministry", "department", "government", "retailer",
        "restaurant", "hotel", "store", "university", "college", "school", "institute", "center", "centre", "office", "firm",
    };

    /// <summary>Splits a header line at column gaps, pipes, bullets, dashes with spaces, " at " and "@".</summary>
    public static List<string> Parts(string text)
    {
        // "TECHNOCORP, Westborough, MA (headquartered in San Francisco)": an aside about the firm is neither name nor role.
        if (text.Contains('(')) text = AsidePattern.Replace(text, "");
        // "Company Name City , State Aviation Parts Salesman": an anonymized resume's place placeholder stands apart.
        if (text.Contains(" , State", StringComparison.Ordinal)) text = PlacePlaceholderPattern.Replace(text, m => " | " + m.Value.Trim() + " | ");
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cut = 0;
            var c = text[i];
            if (c is '\t' or '|' or '•' or '·' or '◆' or '♦') cut = 1;
            else if ((c is '–' or '—' or '-') && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ') cut = 1;
            else if (c == ' ' && i + 4 <= text.Length && (string.CompareOrdinal(text, i, " at ", 0, 4) == 0 || string.CompareOrdinal(text, i, " @ ", 0, 3) == 0))
                cut = text[i + 1] == '@' ? 3 : 4;
            if (cut == 0) continue;
            Add(parts, text[start..i]);
            start = i + cut;
            i = start - 1;
        }
        Add(parts, text[start..]);
        return parts;
    }

    private static readonly Regex PlacePlaceholderPattern = new(@"\s*\bCity\s+,\s+State\b(?:\s*,\s*(?:USA|United States))?\s*", RegexOptions.CultureInvariant);

    /// <summary>A bracketed remark about an employer: "(acquired by XCom, 1998)", "(formerly Acme)", "(a subsidiary of ...)".</summary>
    private static readonly Regex AsidePattern = new(
        @"\s*\((?:headquartered|acquired|formerly|now|merged|a\s+subsidiary|subsidiary|a\s+division|division|part\s+of|parent|owned)\b[^()]*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static void Add(List<string> parts, string p)
    {
        var t = p.Trim().Trim(',', ';', ':', '-', '–', '/').Trim();
        // A bracket is trimmed only when its partner is missing: "Teacher (Learning Program)" stays whole.
        var depth = 0;
        var square = 0;
        foreach (var c in t)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        if (depth != 0) t = t.Trim('(', ')').Trim();
        if (square != 0) t = t.Trim('[', ']').Trim().TrimEnd(',', ';').Trim();
        if (t.Length > 0) parts.Add(t);
    }

    public static bool HasCompanyMarker(string text)
    {
        foreach (var w in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            // "AS", "AG", "Co": short marks only as written capitalized, since "as" and "co" are also plain words.
            if (CompanyMarkers.Contains(w) && (w.Length > 3 || char.IsUpper(w[0]))) return true;
        }
        return false;
    }

    /// <summary>
    /// How much a part reads like a job title: known title 3, ends in a title noun ("Android Support Lead") 2,
    /// holds one elsewhere ("Developer Program") or beside an organization word 1, else 0.
    /// </summary>
    public static int TitleScore(string part, KnowledgeBase kb)
    {
        if (part.Length > 70 || part.Length < 2) return 0;
        if (part.Contains("GPA", StringComparison.Ordinal) || IsPartnerList(part)) return 0;
        if (kb.Titles.TryNormalize(part, out _)) return 3;
        // A skill phrase ("Project management") is not a title even when it ends like one.
        if (kb.Skills.TryResolve(part, out _)) return 0;
        // "Special Education Teacher (Learning for Independence Program)": the title is what precedes the note.
        var paren = part.IndexOf('(');
        var core = paren > 3 ? part[..paren] : part;
        // "Creative Director / Director of the User Experience Design Group": two titles held at once.
        var slash = core.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0) return Math.Max(TitleScore(core[..slash].Trim(), kb), TitleScore(core[(slash + 3)..].Trim(), kb));
        var words = core.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return 0;
        // "Vice President of International Sales", "Head of Engineering": the role is named before "of", which may
        // run long ("Associate Vice President of the Corporate Insurance Division").
        var of = Array.IndexOf(words, "of");
        var roleOf = of > 0 && of < words.Length - 1 && (kb.Titles.IsHeadNoun(words[of - 1]) || words[of - 1] is "Head" or "VP");
        if (roleOf && of <= 4 && words.Length <= 10) return 2;
        if (words.Length > 7) return 0;
        var marker = HasCompanyMarker(core);
        if (kb.Titles.IsHeadNoun(words[^1].Trim('(', ')', '.'))) return marker ? 1 : 2;
        if (roleOf) return 2;
        foreach (var w in words)
        {
            if (kb.Titles.IsHeadNoun(w.Trim('(', ')', '.'))) return 1;
        }
        return 0;
    }

    // Single capitalized names joined by commas up to an ampersand: "Cohen, Jayson & Foster".
    public static bool IsPartnerList(string part)
    {
        var amp = part.IndexOf(" & ", StringComparison.Ordinal);
        if (amp < 0) return false;
        var names = part[..amp].Split(',', StringSplitOptions.TrimEntries);
        if (names.Length < 2) return false;
        foreach (var n in names)
        {
            if (n.Length < 2 || !char.IsUpper(n[0]) || n.Contains(' ')) return false;
        }
        return true;
    }

    /// <summary>"Remote", "London", "Austin, TX", "Berlin, Germany": short capitalized place phrases.</summary>
    public static bool LooksLikeLocation(string part, KnowledgeBase kb)
    {
        var p = part.Trim();
        if (p.Equals("remote", StringComparison.OrdinalIgnoreCase) || p.Equals("hybrid", StringComparison.OrdinalIgnoreCase)) return true;
        var comma = p.IndexOf(',');
        // "Hyderabad", "Nepal": a known place on its own.
        if (comma < 0) return p.Length <= 40 && char.IsUpper(p[0]) && kb.Places.IsPlace(p);
        if (comma == 0 || p.Length > 40) return false;
        var words = p.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0])) return false;
        }
        return !HasCompanyMarker(p) && TitleScore(p, kb) == 0 && !kb.Institutions.LooksLikeInstitution(p);
    }

    /// <summary>Removes a span from a line and tidies the separators left behind.</summary>
    public static string Without(string text, int start, int length)
    {
        string before = text[..start], after = text[(start + length)..];
        // "HR Senior Executive (01st July 2009 - till date)": the brackets that held the dates go with them.
        if (before.TrimEnd().EndsWith('(') && after.TrimStart().StartsWith(')')) (before, after) = (before.TrimEnd()[..^1], after.TrimStart()[1..]);
        var s = (before + "\t" + after).Trim().TrimStart(Edges).TrimStart();
        // "TECHNOCORP (headquartered in San Francisco) 1998-2002": a bracket closing one the text opened stays.
        var end = s.Length;
        while (end > 0 && Array.IndexOf(Edges, s[end - 1]) >= 0 && !(s[end - 1] == ')' && s.AsSpan(0, end - 1).Count('(') > s.AsSpan(0, end - 1).Count(')')))
            end--;
        s = s[..end].TrimEnd();
        // "Area Construction Manager (Sept 2005-": an opening bracket left without its dates goes too.
        return s.EndsWith('(') ? s[..^1].TrimEnd() : s;
    }

    /// <summary>What is trimmed from the edges of a line once its dates are cut out.</summary>
    private static readonly char[] Edges = [',', '|', '-', '–', '(', ')', ':'];
}
