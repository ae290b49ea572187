using System.Globalization;

namespace ResumeLens.Core.Knowledge;

/// <summary>The sections a resume is divided into.</summary>
public enum ResumeSection
{
    None, Contact, Summary, Experience, Education, Skills, Projects, Certifications, Languages, Awards, Publications,
    Volunteer, Interests, References, Other,
}

/// <summary>Resume language: section-heading phrases, action verbs, and English word frequency ranks.</summary>
public sealed class ResumeVocabulary
{
    private readonly Dictionary<string, ResumeSection> _headings;
    private readonly Dictionary<string, ResumeSection> _spacelessHeadings;
    private readonly HashSet<string> _verbs;
    private readonly Dictionary<string, int> _wordRank;
    private readonly Dictionary<string, string> _languages;

    private ResumeVocabulary(Dictionary<string, ResumeSection> headings, HashSet<string> verbs, Dictionary<string, int> wordRank,
        Dictionary<string, string> languages)
    {
        _headings = headings;
        _spacelessHeadings = [];
        foreach (var (key, section) in headings)
        {
            if (key.Contains(' ')) _spacelessHeadings.TryAdd(key.Replace(" ", "", StringComparison.Ordinal), section);
        }
        _verbs = verbs;
        _wordRank = wordRank;
        _languages = languages;
    }

    /// <summary>The canonical name of a spoken language ("english" -> "English"), if the word names one.</summary>
    public bool TryGetLanguage(string word, out string language) => _languages.TryGetValue(word.Trim().ToLowerInvariant(), out language!);

    /// <summary>The section a heading line names ("WORK EXPERIENCE:", "Education & Training"), if any.</summary>
    public ResumeSection SectionOf(string heading)
    {
        var key = HeadingKey(heading);
        if (key.Length == 0) return ResumeSection.None;
        if (_headings.TryGetValue(key, out var s)) return s;
        // "Work Hist ory", "Prof ile": a text layer that broke a heading's words apart, or spaced its letters out.
        if (key.Contains(' ') && !key.Contains(" and ", StringComparison.Ordinal))
        {
            var joined = key.Replace(" ", "", StringComparison.Ordinal);
            if (_spacelessHeadings.TryGetValue(joined, out s) || _headings.TryGetValue(joined, out s)) return s;
        }
        // "Educational Qualification", "Technical Skill": the heading's other number. Not for one word: "Project",
        // "Position" and "Language" label a table's cells.
        if (key.Contains(' ') && _headings.TryGetValue(key.EndsWith('s') ? key[..^1] : key + "s", out s)) return s;
        // "Education & Achievements", "Experience and Projects": the first of two named together leads.
        var and = key.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 && _headings.TryGetValue(key[..and], out s) && s is ResumeSection.Education or ResumeSection.Experience or ResumeSection.Skills
            ? s : ResumeSection.None;
    }

    /// <summary>True for verbs resumes start achievements with ("led", "built", "managed").</summary>
    public bool IsActionVerb(string word)
    {
        var w = word.ToLowerInvariant();
        if (_verbs.Contains(w)) return true;
        // Past tense and gerund forms of the listed base verbs.
        if (w.EndsWith("ed", StringComparison.Ordinal) && (_verbs.Contains(w[..^2]) || _verbs.Contains(w[..^1]))) return true;
        if (w.EndsWith("ing", StringComparison.Ordinal) && (_verbs.Contains(w[..^3]) || _verbs.Contains(w[..^3] + "e"))) return true;
        return w.EndsWith("ied", StringComparison.Ordinal) && _verbs.Contains(w[..^3] + "y");
    }

    /// <summary>Frequency rank of an English word (1 = most common), 0 when not among the common words.</summary>
    public int WordRank(string word) => _wordRank.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>Rank lookup without allocating; <paramref name="lowerWord"/> must already be lower case.</summary>
    public int WordRank(ReadOnlySpan<char> lowerWord) => _wordRank.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var r) ? r : 0;

    internal static string HeadingKey(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                if (sb.Length > 0) sb.Append(" and");
                space = true;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    internal static Dictionary<string, int> LoadCommonWords(List<string> lines)
    {
        var map = new Dictionary<string, int>(lines.Count, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) map.TryAdd(line[..tab], int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture));
        }
        return map;
    }

    internal static ResumeVocabulary Load(List<string> headingLines, List<string> verbLines, List<string> languageLines, Dictionary<string, int> wordRank)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in languageLines) languages[l.ToLowerInvariant()] = l;
        var headings = new Dictionary<string, ResumeSection>(StringComparer.Ordinal);
        foreach (var line in headingLines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var section = line[(tab + 1)..] switch
            {
                "contact" => ResumeSection.Contact,
                "summary" => ResumeSection.Summary,
                "experience" => ResumeSection.Experience,
                "education" => ResumeSection.Education,
                "skills" => ResumeSection.Skills,
                "projects" => ResumeSection.Projects,
                "certifications" => ResumeSection.Certifications,
                "languages" => ResumeSection.Languages,
                "awards" => ResumeSection.Awards,
                "publications" => ResumeSection.Publications,
                "volunteer" => ResumeSection.Volunteer,
                "interests" => ResumeSection.Interests,
                "references" => ResumeSection.References,
                _ => ResumeSection.Other,
            };
            headings[HeadingKey(line[..tab])] = section;
        }
        return new ResumeVocabulary(headings, new HashSet<string>(verbLines, StringComparer.Ordinal), wordRank, languages);
    }
}
