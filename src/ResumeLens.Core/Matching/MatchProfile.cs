using System.Globalization;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Matching;

/// <summary>A skill the candidate shows, with the visible resume line that proves it and months of use.</summary>
public sealed record SkillHit(string Id, string Name, string Evidence, int Months);

/// <summary>
/// A parsed resume prepared once for matching: skills with their taxonomy neighbourhood, titles,
/// education, languages and a term bag, all built from visible text only. Scoring against many jobs
/// reuses it without touching the resume again.
/// </summary>
public sealed class MatchProfile
{
    private MatchProfile(string id, IReadOnlyList<string> lines)
    {
        Id = id;
        Lines = lines;
    }

    /// <summary>Stable identifier used to break score ties: the source file name, else the candidate name.</summary>
    public string Id { get; }

    /// <summary>The visible lines the profile was built from, for evidence.</summary>
    public IReadOnlyList<string> Lines { get; }

    public Dictionary<string, SkillHit> Skills { get; } = new(StringComparer.Ordinal);

    /// <summary>Ancestors of the candidate's skills, each mapped to the skill that implies it.</summary>
    public Dictionary<string, string> Ancestors { get; } = new(StringComparer.Ordinal);

    /// <summary>Direct parents of the candidate's skills (for sibling credit), mapped to the skill.</summary>
    public Dictionary<string, string> Parents { get; } = new(StringComparer.Ordinal);

    /// <summary>Skills related to the candidate's skills, mapped to the skill.</summary>
    public Dictionary<string, string> Related { get; } = new(StringComparer.Ordinal);

    public int TotalMonths { get; private set; }
    public int EducationRank { get; private set; }
    public string? EducationText { get; private set; }
    public ulong[] EducationFieldTerms { get; private set; } = [];

    /// <summary>Titles most recent first: the headline label, then positions in resume order.</summary>
    public List<(string Text, ulong[] Terms, string? Occupation)> Titles { get; } = [];

    public Dictionary<string, string> Languages { get; } = new(StringComparer.OrdinalIgnoreCase);
    public TermBag Text { get; private set; } = TermBag.Empty;

    /// <summary>
    /// Prepares <paramref name="resume"/>. Skills whose only evidence lies in <paramref name="hiddenText"/> are ignored.
    /// <paramref name="visibleText"/>, the document's visible text in reading order, adds what the parser did not place in a field.
    /// </summary>
    public static MatchProfile From(ResumeProfile resume, KnowledgeBase knowledge, string? id = null, IReadOnlyList<HiddenTextSpan>? hiddenText = null, string? visibleText = null)
    {
        var hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (hiddenText is not null) foreach (var h in hiddenText) hidden.Add(h.Text.Trim());

        var lines = new List<string>();
        void Add(string? s)
        {
            if (string.IsNullOrWhiteSpace(s)) return;
            foreach (var part in s.Split('\n'))
            {
                var line = part.Trim();
                // A line that is itself hidden text never counts, even if a parser let it through.
                if (line.Length > 0 && !hidden.Contains(line)) lines.Add(line);
            }
        }

        Add(resume.Basics.Label);
        Add(resume.Basics.Summary);
        foreach (var w in resume.Work)
        {
            Add(w.Position);
            Add(w.Summary);
            foreach (var h in w.Highlights) Add(h);
        }
        foreach (var e in resume.Education)
        {
            Add(Join(e.StudyType, e.Area));
            foreach (var c in e.Courses) Add(c);
        }
        foreach (var s in resume.Skills)
        {
            Add(s.Keywords is { Count: > 0 } k ? s.Name + ": " + string.Join(", ", k) : s.Name);
        }
        foreach (var p in resume.Projects)
        {
            Add(p.Name);
            Add(p.Description);
            foreach (var h in p.Highlights) Add(h);
            if (p.Keywords.Count > 0) Add(string.Join(", ", p.Keywords));
        }
        foreach (var v in resume.Volunteer)
        {
            Add(v.Position);
            Add(v.Summary);
            foreach (var h in v.Highlights) Add(h);
        }
        foreach (var c in resume.Certificates) Add(c.Name);
        foreach (var a in resume.Awards) Add(a.Title);
        foreach (var p in resume.Publications) Add(p.Name);
        foreach (var l in resume.Languages) Add(l.Fluency is null ? l.Language : l.Language + " (" + l.Fluency + ")");
        Add(visibleText);

        var profile = new MatchProfile(id ?? resume.Meta.Source?.File ?? resume.Basics.Name ?? "", lines);
        profile.Build(resume, knowledge);
        return profile;
    }

    private static string? Join(string? a, string? b) =>
        a is null ? b : b is null ? a : a + " in " + b;

    private void Build(ResumeProfile resume, KnowledgeBase knowledge)
    {
        var taxonomy = knowledge.Skills;
        foreach (var line in Lines)
        {
            foreach (var m in SkillFinder.Find(taxonomy, line))
            {
                if (!Skills.ContainsKey(m.SkillId) && taxonomy.TryGet(m.SkillId, out var s)) Skills[m.SkillId] = new SkillHit(s.Id, s.Name, line, 0);
            }
        }
        // The parser's skills count only when their evidence is visible text the profile holds.
        foreach (var skill in resume.Meta.Skills)
        {
            if (Skills.ContainsKey(skill.Id)) continue;
            var proof = FindVisible(skill.Evidence.Count > 0 ? skill.Evidence : [skill.Name]);
            if (proof is not null) Skills[skill.Id] = new SkillHit(skill.Id, skill.Name, proof, 0);
        }

        var reference = ReferenceMonth(resume);
        var months = SkillMonths(resume, taxonomy, reference);
        foreach (var skill in resume.Meta.Skills)
        {
            if (skill.Months > months.GetValueOrDefault(skill.Id)) months[skill.Id] = skill.Months;
        }
        foreach (var (skillId, m) in months)
        {
            if (Skills.TryGetValue(skillId, out var hit)) Skills[skillId] = hit with { Months = m };
        }

        foreach (var hit in Skills.Values.OrderBy(h => h.Id, StringComparer.Ordinal))
        {
            if (!taxonomy.TryGet(hit.Id, out var skill)) continue;
            foreach (var p in skill.Parents) Parents.TryAdd(p, hit.Id);
            foreach (var r in skill.Related) Related.TryAdd(r, hit.Id);
            var stack = new Stack<string>(skill.Parents);
            var guard = 0;
            while (stack.Count > 0 && guard++ < 64)
            {
                var a = stack.Pop();
                if (!Ancestors.TryAdd(a, hit.Id)) continue;
                if (taxonomy.TryGet(a, out var parent)) foreach (var pp in parent.Parents) stack.Push(pp);
            }
        }

        TotalMonths = resume.Meta.TotalExperienceMonths > 0 ? resume.Meta.TotalExperienceMonths : WorkSpan(resume, reference);

        foreach (var e in resume.Education)
        {
            var rank = JobDescriptionParser.LevelRank(e.Level ?? GuessLevel(e.StudyType));
            if (rank > EducationRank || EducationText is null && rank > 0)
            {
                EducationRank = rank;
                EducationText = Join(e.StudyType, e.Area) ?? e.Institution;
            }
        }
        EducationFieldTerms = Hashes(string.Join(' ', resume.Education.Select(e => e.Area + " " + e.StudyType)));

        AddTitle(resume.Basics.Label, knowledge);
        foreach (var w in resume.Work) AddTitle(w.Position, knowledge);

        foreach (var l in resume.Languages) Languages.TryAdd(l.Language.Trim(), l.Language + (l.Fluency is null ? "" : " (" + l.Fluency + ")"));

        Text = TermBag.From(Lines);
    }

    private void AddTitle(string? title, KnowledgeBase knowledge)
    {
        if (string.IsNullOrWhiteSpace(title)) return;
        var occupation = knowledge.Titles.TryNormalize(title, out var match) ? match.OccupationCode : null;
        Titles.Add((title.Trim(), TitleTerms(title), occupation));
    }

    /// <summary>The first visible line containing one of <paramref name="evidence"/>, or null.</summary>
    public string? FindVisible(IEnumerable<string> evidence)
    {
        foreach (var e in evidence)
        {
            var needle = e.Trim();
            if (needle.Length == 0) continue;
            foreach (var line in Lines)
            {
                if (line.Contains(needle, StringComparison.OrdinalIgnoreCase)) return line;
            }
        }
        return null;
    }

    private static readonly HashSet<string> TitleNoise = new(StringComparer.Ordinal)
    {
        "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "intern", "trainee", "entry", "level", "mid",
        "ii", "iii", "iv", "i", "remote", "hybrid", "contract", "time", "full", "part", "co-op", "summer", "fall", "spring", "winter",
    };

    /// <summary>Stemmed title words without seniority and schedule words, hashed and sorted.</summary>
    public static ulong[] TitleTerms(string title)
    {
        var set = new SortedSet<ulong>();
        foreach (var token in TermBag.Tokens(title))
        {
            if (TitleNoise.Contains(token) || token.Length > 0 && char.IsDigit(token[0])) continue;
            set.Add(TermBag.Hash(token));
        }
        return [.. set];
    }

    /// <summary>Hash of the last content word of a title before a comma, parenthesis, dash or "at"; 0 when none.</summary>
    public static ulong TitleHead(string title)
    {
        var cut = title.IndexOfAny([',', '(', '|', '/']);
        if (cut > 0) title = title[..cut];
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0) title = title[..dash];
        var at = title.IndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (at > 0) title = title[..at];
        ulong head = 0;
        foreach (var token in TermBag.Tokens(title))
        {
            if (!TitleNoise.Contains(token)) head = TermBag.Hash(token);
        }
        return head;
    }

    /// <summary>Sorted distinct term hashes of a text.</summary>
    public static ulong[] Hashes(string text)
    {
        var set = new SortedSet<ulong>();
        foreach (var token in TermBag.Tokens(text)) set.Add(TermBag.Hash(token));
        return [.. set];
    }

    private static string? GuessLevel(string? studyType)
    {
        if (studyType is null) return null;
        var s = studyType.ToLowerInvariant();
        if (s.Contains("phd", StringComparison.Ordinal) || s.Contains("doctor", StringComparison.Ordinal)) return "doctorate";
        if (s.Contains("master", StringComparison.Ordinal) || s.StartsWith("m.", StringComparison.Ordinal) || s.StartsWith("ms", StringComparison.Ordinal) || s.Contains("mba", StringComparison.Ordinal)) return "master";
        if (s.Contains("bachelor", StringComparison.Ordinal) || s.StartsWith("b.", StringComparison.Ordinal) || s.StartsWith("bs", StringComparison.Ordinal) || s.StartsWith("ba", StringComparison.Ordinal)) return "bachelor";
        if (s.Contains("associate", StringComparison.Ordinal)) return "associate";
        if (s.Contains("diploma", StringComparison.Ordinal) || s.Contains("high school", StringComparison.Ordinal)) return "high-school";
        return null;
    }

    // ---- Dates: months are counted to the resume's own date so results never depend on today ----

    private static int? ParseMonth(string? date, bool end)
    {
        if (string.IsNullOrWhiteSpace(date) || date.Length < 4) return null;
        if (!int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        var month = end ? 12 : 1;
        if (date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12) month = m;
        return year * 12 + month - 1;
    }

    private static int? ReferenceMonth(ResumeProfile resume)
    {
        if (ParseMonth(resume.Meta.Source?.DocumentDate, end: false) is { } doc) return doc;
        int? latest = null;
        foreach (var w in resume.Work)
        {
            foreach (var d in new[] { ParseMonth(w.StartDate, false), ParseMonth(w.EndDate, false) })
            {
                if (d is { } v && (latest is null || v > latest)) latest = v;
            }
        }
        return latest;
    }

    private static (int Start, int End)? Interval(WorkEntry w, int? reference)
    {
        if (ParseMonth(w.StartDate, false) is not { } start) return null;
        var end = w.EndDate is null ? reference ?? start : ParseMonth(w.EndDate, true) ?? start;
        return end < start ? null : (start, end + 1);
    }

    private static int WorkSpan(ResumeProfile resume, int? reference)
    {
        // Union of intervals, so overlapping jobs are not counted twice.
        var intervals = resume.Work.Select(w => Interval(w, reference)).OfType<(int Start, int End)>().OrderBy(i => i.Start).ToList();
        var total = 0;
        int? curStart = null, curEnd = null;
        foreach (var (s, e) in intervals)
        {
            if (curEnd is null || s > curEnd)
            {
                if (curEnd is not null) total += curEnd.Value - curStart!.Value;
                (curStart, curEnd) = (s, e);
            }
            else if (e > curEnd) curEnd = e;
        }
        if (curEnd is not null) total += curEnd.Value - curStart!.Value;
        return total;
    }

    private static Dictionary<string, int> SkillMonths(ResumeProfile resume, SkillTaxonomy taxonomy, int? reference)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in resume.Work)
        {
            if (Interval(w, reference) is not { } interval) continue;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in w.Highlights.Prepend(w.Summary).Prepend(w.Position))
            {
                if (text is null) continue;
                foreach (var m in SkillFinder.Find(taxonomy, text)) ids.Add(m.SkillId);
            }
            foreach (var id in ids) months[id] = months.GetValueOrDefault(id) + interval.End - interval.Start;
        }
        return months;
    }
}
