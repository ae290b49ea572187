using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>A run of lines under one heading (or none, for the top of the document).</summary>
internal sealed record ResumeSectionLines(ResumeSection Kind, string? Heading, List<ResumeLine> Lines);

/// <summary>Divides a resume into sections, by headings where it has them and by content where it has not.</summary>
internal static class SectionSplitter
{
    private static readonly (string Stem, ResumeSection Section)[] Stems =
    [
        ("experience", ResumeSection.Experience), ("employment", ResumeSection.Experience), ("work history", ResumeSection.Experience),
        ("career", ResumeSection.Experience), ("education", ResumeSection.Education), ("academic", ResumeSection.Education),
        ("qualification", ResumeSection.Education), ("skill", ResumeSection.Skills), ("competenc", ResumeSection.Skills),
        ("technolog", ResumeSection.Skills), ("expertise", ResumeSection.Skills), ("project", ResumeSection.Projects),
        ("certif", ResumeSection.Certifications), ("licen", ResumeSection.Certifications), ("language", ResumeSection.Languages),
        ("award", ResumeSection.Awards), ("honor", ResumeSection.Awards), ("honour", ResumeSection.Awards), ("achievement", ResumeSection.Awards),
        ("publication", ResumeSection.Publications), ("papers", ResumeSection.Publications), ("volunteer", ResumeSection.Volunteer), ("interest", ResumeSection.Interests),
        ("hobbies", ResumeSection.Interests), ("reference", ResumeSection.References), ("summary", ResumeSection.Summary),
        ("profile", ResumeSection.Summary), ("objective", ResumeSection.Summary), ("about me", ResumeSection.Summary),
        ("contact", ResumeSection.Contact), ("personal", ResumeSection.Contact),
    ];

    public static List<ResumeSectionLines> Split(List<ResumeLine> lines, KnowledgeBase kb, double bodyFontSize)
    {
        var sections = new List<ResumeSectionLines>();
        var current = new ResumeSectionLines(ResumeSection.None, null, []);
        sections.Add(current);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var (kind, rest) = HeadingOf(line, kb, bodyFontSize, current.Kind != ResumeSection.None);
            if (kind == ResumeSection.None && NamesExperienceAboveDates(lines, i, kb)) kind = ResumeSection.Experience;
            if (kind == ResumeSection.None && IsUpper(line.Text) && line.Text.Length <= 30)
            {
                // Headings broken over lines: "PROFESSIONAL / LEGAL / EXPERIENCE:".
                var joined = line.Text;
                for (var j = i + 1; j < lines.Count && j <= i + 2 && IsUpper(lines[j].Text) && lines[j].Text.Length <= 30 && !lines[j].StartsBlock; j++)
                {
                    joined += " " + lines[j].Text;
                    var (k2, r2) = HeadingOf(line with { Text = joined }, kb, bodyFontSize, current.Kind != ResumeSection.None);
                    if (k2 != ResumeSection.None && r2 is null)
                    {
                        kind = k2;
                        line = line with { Text = joined };
                        i = j;
                        break;
                    }
                }
            }
            if (kind == ResumeSection.None)
            {
                current.Lines.Add(line);
                continue;
            }
            current = new ResumeSectionLines(kind, line.Text, []);
            sections.Add(current);
            if (rest is not null) current.Lines.Add(line with { Text = rest, StartsBlock = true });
        }
        ClassifyUnheaded(sections, kb);
        MergeLabelsIntoExperience(sections);
        return sections;
    }

    // "Key Skills" between two roles of an experience section labels the tools of the role above; the roles that
    // follow it ("Sr consultant" / "Microsoft India" / "June 2008 to March 2016") are still experience. So does
    // "Accomplishments" under a role when more dated roles follow it ("AMPOAH CONTRACTING CO." / "2000 – 2005").
    private static void MergeLabelsIntoExperience(List<ResumeSectionLines> sections)
    {
        var today = ThisMonth();
        var i = 1;
        while (i < sections.Count)
        {
            var s = sections[i];
            var merge = sections[i - 1].Kind == ResumeSection.Experience && s.Kind switch
            {
                ResumeSection.Skills => IsRoleToolsLabel(s.Heading)
                    || s.Lines.Take(6).Any(l => l.Text.Length <= 120 && DateText.FindSpan(l.Text, today) is not null),
                ResumeSection.Awards => IsAccomplishmentsLabel(s.Heading) && s.Lines.Any(l => !l.IsBullet && l.Text.Length <= 80
                    && DateText.FindSpan(l.Text, today) is { } r && (r.IsCurrent || r.End != r.Start)),
                _ => false,
            };
            if (!merge)
            {
                i++;
                continue;
            }
            sections[i - 1].Lines.AddRange(s.Lines);
            sections.RemoveAt(i);
        }
    }

    private static readonly string[] RoleToolsWords = ["technolog", "tool", "environment", "stack", "used"];

    // "Technologies: Python, SQL" or "Tools used: Jira" under a role names that role's tools, with the list on the
    // same line: the role's responsibilities and the roles after it follow.
    private static bool IsRoleToolsLabel(string? heading)
    {
        if (heading is null || heading.IndexOf(':') is var colon && (colon <= 0 || colon >= heading.Trim().Length - 1)) return false;
        var key = ResumeVocabulary.HeadingKey(heading[..colon]);
        return !IsUpper(heading[..colon]) && Array.Exists(RoleToolsWords, w => key.Contains(w, StringComparison.Ordinal));
    }

    private static bool IsAccomplishmentsLabel(string? heading)
    {
        var key = ResumeVocabulary.HeadingKey(heading ?? "");
        return key.Contains("accomplishment", StringComparison.Ordinal) || key.Contains("achievement", StringComparison.Ordinal);
    }

    // The month a date range written "to present" runs to while a resume is being divided.
    private static PartialDate ThisMonth() => PartialDate.From(DateOnly.FromDateTime(DateTime.UtcNow));

    private static readonly string[] ExperienceWords = ["experience", "employment", "work history", "career history"];

    // "Wine and Spirits Sales Experience" over "DeLeon Tequila, Venice Beach, CA" / "2010-Present": a title-case line
    // that ends in an experience word and has dated entries right below heads an experience section.
    private static bool NamesExperienceAboveDates(List<ResumeLine> lines, int i, KnowledgeBase kb)
    {
        var text = lines[i].Content.Trim();
        if (text.Length is < 10 or > 60 || lines[i].IsBullet || HasDigit(text) || text.EndsWith('.') || CountWords(text) > 6) return false;
        var key = ResumeVocabulary.HeadingKey(text);
        var ends = false;
        foreach (var w in ExperienceWords)
        {
            if (key.EndsWith(" " + w, StringComparison.Ordinal)) ends = true;
        }
        if (!ends) return false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && word is not ("and" or "of" or "&" or "in" or "for")) return false;
        }
        var today = ThisMonth();
        for (var j = i + 1; j < lines.Count && j <= i + 4; j++)
        {
            if (lines[j].Text.Length <= 120 && DateText.FindSpan(lines[j].Text, today) is not null) return true;
        }
        return false;
    }

    /// <summary>The section a line opens, and any content after "Heading:" on the same line.</summary>
    /// <param name="inSection">Whether a section is open already: there, a title-case label whose only mark is its
    /// colon ("Select achievements:", "Project Management:") names a part of that section, not a new one.</param>
    public static (ResumeSection Kind, string? Remainder) HeadingOf(ResumeLine line, KnowledgeBase kb, double bodyFontSize, bool inSection = false)
    {
        var text = line.Content.Trim();
        if (text.Length == 0 || text.Length > 60) return (ResumeSection.None, null);
        // "& Presentations", "and Training": the second line of something broken over two.
        if (text[0] == '&' || text.StartsWith("and ", StringComparison.Ordinal)) return (ResumeSection.None, null);
        // "organizations." under "... eliminating redundancies across both": the end of a sentence wrapped onto its own line.
        if (char.IsLower(text[0]) && text.EndsWith('.')) return (ResumeSection.None, null);
        var colon = text.IndexOf(':');
        if (colon > 0 && colon < text.Length - 1)
        {
            // "Skills: Python, SQL" opens the section with its first content on the same line.
            var head = kb.Vocabulary.SectionOf(text[..colon]);
            if (head != ResumeSection.None && head != ResumeSection.Contact && CountWords(text[..colon]) <= 4) return (head, text[(colon + 1)..].Trim());
            return (ResumeSection.None, null);
        }
        if (CountWords(text) > 6 || HasDigit(text)) return (ResumeSection.None, null);
        var exact = kb.Vocabulary.SectionOf(text);
        if (exact != ResumeSection.None) return (exact, null);
        var marked = line.Kind == BlockKind.Heading || line.Bold || IsUpper(text) || (bodyFontSize > 0 && line.FontSize > bodyFontSize + 0.9);
        var emphasized = marked || text.EndsWith(':');
        var key = ResumeVocabulary.HeadingKey(text);
        if (!emphasized && line.StartsBlock && CountWords(text) <= 3 && char.IsUpper(text[0]) && !text.EndsWith('.'))
        {
            // Plain text has no emphasis: a short line that ends in a section word ("Other publications",
            // "Peer-reviewed papers") still heads a section.
            var space = key.LastIndexOf(' ');
            var last = space < 0 ? key : key[(space + 1)..];
            foreach (var (stem, section) in Stems)
            {
                // Not skills: "Influencing skills" alone on a line is a skill, not a heading.
                if (last.StartsWith(stem, StringComparison.Ordinal) && stem.IndexOf(' ') < 0
                    && section is not (ResumeSection.Skills or ResumeSection.Contact or ResumeSection.Summary))
                    return (section, null);
            }
        }
        if (!emphasized || CountWords(text) > 4) return (ResumeSection.None, null);
        foreach (var (stem, section) in Stems)
        {
            if (!key.Contains(stem, StringComparison.Ordinal)) continue;
            // Within a section, "Select achievements:" or "Project Management:" labels a part of it; a colon alone
            // still opens the main sections ("Job Experiences:", "Academic Background:").
            if (inSection && !marked && section is not (ResumeSection.Experience or ResumeSection.Education)) return (ResumeSection.None, null);
            return (section, null);
        }
        return (ResumeSection.None, null);
    }

    // Content before the first heading, or a resume with no headings at all, is sorted block by block.
    private static void ClassifyUnheaded(List<ResumeSectionLines> sections, KnowledgeBase kb)
    {
        var top = sections[0];
        if (top.Lines.Count == 0) return;
        var blocks = new List<List<ResumeLine>>();
        foreach (var l in top.Lines)
        {
            if (blocks.Count == 0 || l.StartsBlock) blocks.Add([]);
            blocks[^1].Add(l);
        }
        if (blocks.Count <= 1) return;
        var keep = new List<ResumeLine>();
        var extra = new List<ResumeSectionLines>();
        var today = ThisMonth();
        var previousClassified = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            // The name-and-contact block stays on top even when a title line stands above it or a summary runs on in it.
            var kind = i == 0 && !OpensWithDegree(blocks[0], kb) || i <= 2 && !previousClassified && HoldsContact(blocks[i])
                ? ResumeSection.None
                : Classify(blocks[i], kb, today);
            // A block holding only a date ("May 2006") belongs to the entry just before it.
            if (kind == ResumeSection.None && previousClassified && IsDateOnly(blocks[i], today)) kind = extra[^1].Kind;
            previousClassified = kind != ResumeSection.None;
            if (kind == ResumeSection.None)
            {
                keep.AddRange(blocks[i]);
                continue;
            }
            if (extra.Count > 0 && extra[^1].Kind == kind) extra[^1].Lines.AddRange(blocks[i]);
            else extra.Add(new ResumeSectionLines(kind, null, [.. blocks[i]]));
        }
        if (extra.Count == 0) return;
        top.Lines.Clear();
        top.Lines.AddRange(keep);
        sections.InsertRange(1, extra);
    }

    // An email address or a phone number among a block's first lines.
    private static bool HoldsContact(List<ResumeLine> block)
    {
        for (var i = 0; i < Math.Min(4, block.Count); i++)
        {
            var t = block[i].Text;
            if (t.Length > 120) continue;
            var at = t.IndexOf('@');
            if (at > 0 && t.IndexOf('.', at) > at) return true;
            var digits = 0;
            foreach (var c in t)
            {
                if (char.IsAsciiDigit(c)) digits++;
            }
            if (digits >= 7 && ContactParser.FindPhone([block[i]]) is not null) return true;
        }
        return false;
    }

    private static bool IsDateOnly(List<ResumeLine> block, PartialDate today)
    {
        if (block.Count != 1 || block[0].Text.Length > 30) return false;
        var ranges = DateText.FindRanges(block[0].Text, today);
        return ranges.Count == 1 && ranges[0].TextStart <= 1 && ranges[0].TextLength >= block[0].Text.Trim().Length - 2;
    }

    // The top block is the name and contact lines, unless the resume opens straight with a degree
    // ("Master of Science in Special Education"): no name reads like that.
    private static bool OpensWithDegree(List<ResumeLine> block, KnowledgeBase kb) =>
        block.Count <= 3 && kb.Degrees.TryFind(block[0].Text, out var d) && d.Level >= DegreeLevel.Bachelor
        && d.Start == 0 && d.Text.Contains(' ');

    private static ResumeSection Classify(List<ResumeLine> block, KnowledgeBase kb, PartialDate today)
    {
        var hasSpan = false;
        var degree = false;
        var institution = false;
        var skillCount = 0;
        var commas = 0;
        foreach (var l in block)
        {
            if (!hasSpan && DateText.FindSpan(l.Text, today) is not null) hasSpan = true;
            if (!degree && kb.Degrees.TryFind(l.Text, out _)) degree = true;
            if (!institution && kb.Institutions.LooksLikeInstitution(l.Text)) institution = true;
            foreach (var c in l.Text)
            {
                if (c is ',' or '|' or '•') commas++;
            }
            skillCount += kb.Skills.FindMentions(l.Text).Count;
        }
        if (degree && (institution || block.Count <= 4)) return ResumeSection.Education;
        if (institution && !hasSpan) return ResumeSection.Education;
        if (hasSpan) return ResumeSection.Experience;
        if (skillCount >= 3 && commas >= 2) return ResumeSection.Skills;
        return ResumeSection.None;
    }

    internal static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    internal static bool IsUpper(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters > 1;
    }
}
