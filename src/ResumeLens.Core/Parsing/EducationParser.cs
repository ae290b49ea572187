using System.Text.RegularExpressions;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Reads education entries: degree as written, level, field, institution, dates and grade.</summary>
internal static class EducationParser
{
    private static readonly Regex GradePattern = new(@"\b(?:c?gpa|cpi|grade|score|percentage|marks)\b\s*(?:of\s*)?[:\-]?\s*(?<v>\d{1,2}(?:\.\d{1,2})?\s*(?:/\s*\d{1,3}(?:\.\d+)?|%)?)|(?<v>\d{1,2}(?:\.\d{1,2})?\s*/\s*(?:4|5|10)(?:\.0+)?)\s*(?:c?gpa|cpi)?\b|(?<v>\d{2}(?:\.\d{1,2})?\s*%)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private sealed class Draft
    {
        public string? Degree;
        public DegreeLevel Level;
        public string? Area;
        public string? Institution;
        public DateRange? Dates;
        public string? Score;
        public readonly List<string> Courses = [];

        public bool IsEmpty => Degree is null && Institution is null;
    }

    public static List<EducationEntry> Parse(List<ResumeLine> lines, KnowledgeBase kb, PartialDate today)
    {
        lines = WithSchoolNamesRejoined(lines);
        var drafts = new List<Draft>();
        var cur = new Draft();
        DateRange? ahead = null;
        for (var li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            var text = line.Content;
            // "1994 - 1996" over "M. Phil., Computer Science, ...", after an entry that has its dates: the dates open
            // the next entry.
            if (cur.Degree is not null && cur.Dates is not null && li + 1 < lines.Count && text.Length <= 24
                && DateText.FindRanges(text, today) is [var lead] && EntryText.Without(text, lead.TextStart, lead.TextLength).Trim().Length == 0
                && kb.Degrees.TryFind(lines[li + 1].Content, out _))
            {
                ahead = lead;
                continue;
            }
            var hasDegree = kb.Degrees.TryFind(text, out var degree) && text.Length < 200 && !NamesBody(text, degree);
            var (written, area) = hasDegree ? DegreeAndArea(text, degree, kb) : ("", null);
            var institution = hasDegree || text.Length < 150 ? FindInstitution(text, kb, hasDegree ? degree : null, area) : null;
            if (institution is not null) institution = Completed(institution, li + 1 < lines.Count ? lines[li + 1] : null, kb);
            if ((hasDegree && cur.Degree is not null) || (institution is not null && cur.Institution is not null)
                || (line.StartsBlock && !cur.IsEmpty && (hasDegree || institution is not null) && (cur.Degree is not null && cur.Institution is not null)))
            {
                drafts.Add(cur);
                cur = new Draft { Dates = ahead };
            }
            ahead = null;
            if (hasDegree)
            {
                if (area is null) written += SecondDegree(text[(degree.Start + degree.Length)..], kb);
                cur.Degree = written;
                cur.Level = degree.Level;
                cur.Area ??= area;
            }
            if (institution is not null) cur.Institution = institution;
            var ranges = DateText.FindRanges(text, today);
            if (ranges.Count > 0 && cur.Dates is null) cur.Dates = ranges[0];
            var grade = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? GradePattern.Match(text) : Match.Empty;
            if (grade.Success && cur.Score is null) cur.Score = grade.Groups["v"].Value.Trim();
            if (!hasDegree && institution is null && ranges.Count == 0 && !grade.Success && text.StartsWith("Relevant Coursework", StringComparison.OrdinalIgnoreCase))
            {
                var colon = text.IndexOf(':');
                foreach (var c in text[(colon + 1)..].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)) cur.Courses.Add(c.Trim());
            }
        }
        drafts.Add(cur);

        var entries = new List<EducationEntry>();
        foreach (var dr in drafts)
        {
            if (dr.IsEmpty) continue;
            entries.Add(new EducationEntry
            {
                StudyType = dr.Degree,
                Area = dr.Area,
                Institution = dr.Institution,
                Level = DegreeCatalog.LevelName(dr.Level),
                StartDate = dr.Dates is { } r && (r.IsCurrent || r.End != r.Start) ? r.Start.ToIso() : null,
                EndDate = dr.Dates is { } e ? (e.IsCurrent ? null : (e.End ?? e.Start).ToIso()) : null,
                Score = dr.Score,
                Courses = dr.Courses,
            });
        }
        return entries;
    }

    private static readonly string[] SchoolWords = ["University", "College", "Institute", "School", "Academy", "Polytechnic"];

    // A school's name broken over table rows: "Murdoch" over "University", "Vinnitsa National" over
    // "Technical University, Ukraine, 1981-1986". A short capitalized line without digits joins the line below
    // when that one goes on with the kind of school.
    private static List<ResumeLine> WithSchoolNamesRejoined(List<ResumeLine> lines)
    {
        List<ResumeLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (i + 1 < lines.Count && IsNameStart(l.Content) && StartsWithSchoolWord(lines[i + 1].Content))
            {
                joined ??= [.. lines.Take(i)];
                joined.Add(l with { Text = l.Content + " " + lines[i + 1].Content });
                i++;
                continue;
            }
            joined?.Add(l);
        }
        return joined ?? lines;
    }

    private static bool IsNameStart(string t)
    {
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || t.EndsWith(',') || t.EndsWith('.')) return false;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) || w.Any(char.IsDigit)) return false;
        }
        return !Array.Exists(SchoolWords, w => t.Contains(w, StringComparison.Ordinal));
    }

    private static bool StartsWithSchoolWord(string t)
    {
        var start = t.StartsWith("Technical ", StringComparison.Ordinal) || t.StartsWith("State ", StringComparison.Ordinal) ? t.IndexOf(' ') + 1 : 0;
        foreach (var w in SchoolWords)
        {
            if (string.CompareOrdinal(t, start, w, 0, w.Length) == 0 && (t.Length == start + w.Length || !char.IsLetter(t[start + w.Length]))) return true;
        }
        return false;
    }

    private static string? FindInstitution(string text, KnowledgeBase kb, DegreeMention? degree, string? area = null)
    {
        foreach (var raw in EntryText.Parts(text))
        {
            foreach (var piece in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var p = piece.TrimEnd('*'); // "Pondicherry University*": a footnote mark
                // "University: University of Chicago": the label is not the name.
                if (p.IndexOf(':') is var colon and > 0 and < 25 && InstitutionLabels.Contains(p[..colon].Trim())) p = p[(colon + 1)..].Trim();
                // A note in brackets is dropped, not what follows it: "Intermediate (MPC) Narayana Junior College".
                var paren = p.IndexOf('(');
                if (paren > 3)
                {
                    var close = p.IndexOf(')', paren);
                    p = (close < 0 ? p[..paren] : p[..paren] + " " + p[(close + 1)..]).Trim();
                }
                var aroundDegree = false;
                // "Silver Valley High School": a school named for the level it teaches keeps its whole name.
                if (degree is { } d && p.Contains(d.Text, StringComparison.Ordinal) && !NamedForLevel(p, d, kb))
                {
                    // "Salford College Diploma 2004": the institution is what is left around the degree.
                    var at = p.IndexOf(d.Text, StringComparison.Ordinal);
                    p = (p[..at] + " " + p[(at + d.Text.Length)..]).Trim();
                    aroundDegree = true;
                }
                // "from XYZ College", "HR From ICFAI University": what precedes "from" is the degree's field or nothing.
                if (FromSchoolPattern.Match(p) is { Success: true } from) p = p[(from.Index + from.Length)..].Trim();
                if (aroundDegree && (p.StartsWith("in ", StringComparison.Ordinal) || p.StartsWith("of ", StringComparison.Ordinal))) continue; // the field, not a school
                if (p.EndsWith(" Degree", StringComparison.Ordinal)) p = p[..^7];
                if (p.Length >= 4 && kb.Institutions.LooksLikeInstitution(p)) p = SchoolName(p, area, kb);
                if (p.Length < 4 || p.Length > 100) continue;
                if (kb.Institutions.LooksLikeInstitution(p))
                {
                    var ranges = DateText.FindRanges(p, default);
                    if (ranges.Count > 0) p = EntryText.Without(p, ranges[0].TextStart, ranges[0].TextLength);
                    p = WithoutTrailingFigures(p);
                    if (p.Length >= 4) return p;
                }
            }
        }
        return null;
    }

    // Template placeholders for the place of a school or employer ("Niagara University City , State , USA").
    private static readonly HashSet<string> PlacePlaceholders = new(StringComparer.Ordinal) { "City", "State", "Country" };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase) { "Present", "Current", "Expected", "Since", "Ongoing" };

    private static readonly HashSet<string> GradeLabels = new(StringComparer.OrdinalIgnoreCase) { "GPA", "CGPA", "GPA:", "CGPA:", "Grade" };

    /// <summary>
    /// The school's own name out of a piece of an education line that holds more: "Accounting 1988 Niagara University
    /// City" (the field, the year and a place placeholder around it), "Psychology VIRGINIA STATE UNIVERSITY",
    /// "Present Albany State Technical College Business Management".
    /// </summary>
    private static string SchoolName(string p, string? area, KnowledgeBase kb)
    {
        // A year or "Present" between the field and the school: the school is on the side that names one.
        if (DateText.FindRanges(p, default) is [var r, ..])
        {
            var before = p[..r.TextStart].Trim();
            var after = p[(r.TextStart + r.TextLength)..].Trim();
            if (after.Length >= 4 && kb.Institutions.LooksLikeInstitution(after)) p = after;
            else if (before.Length >= 4 && kb.Institutions.LooksLikeInstitution(before)) p = before;
        }
        // "Major:Psychology Minor: Business Mercy College : Psychology": the labeled part that names a school.
        if (p.Contains(':'))
        {
            foreach (var seg in p.Split(':', StringSplitOptions.TrimEntries))
            {
                if (seg.Length >= 4 && kb.Institutions.LooksLikeInstitution(seg))
                {
                    p = seg;
                    break;
                }
            }
        }
        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && DateWords.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 2 && (PlacePlaceholders.Contains(words[^1]) || GradeLabels.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        p = string.Join(' ', words);
        // The field written again before or after the school's name.
        if (area is not null)
        {
            foreach (var f in area.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (p.Length > f.Length + 4 && p.StartsWith(f + " ", StringComparison.OrdinalIgnoreCase) && kb.Institutions.LooksLikeInstitution(p[(f.Length + 1)..])) p = p[(f.Length + 1)..];
                if (p.Length > f.Length + 4 && p.EndsWith(" " + f, StringComparison.OrdinalIgnoreCase) && kb.Institutions.LooksLikeInstitution(p[..^(f.Length + 1)])) p = p[..^(f.Length + 1)];
            }
        }
        // Words before a known school's name that name no school themselves: "Corporate Strategy Vanderbilt University".
        if (kb.Institutions.FindKnown(p) is { Start: > 0 } known && p[..known.Start].Trim() is var lead && IsFieldLead(lead) && !kb.Institutions.LooksLikeInstitution(lead))
            p = p[known.Start..];
        // "Psychology VIRGINIA STATE UNIVERSITY": the name in capitals after a field in ordinary case.
        words = [.. p.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        var capsFrom = words.Count;
        while (capsFrom > 0 && IsCapitalsWord(words[capsFrom - 1])) capsFrom--;
        if (capsFrom > 0 && capsFrom <= words.Count - 2 && !words.Take(capsFrom).Any(IsCapitalsWord))
        {
            var caps = string.Join(' ', words.Skip(capsFrom));
            if (kb.Institutions.LooksLikeInstitution(caps)) p = caps;
        }
        return p;
    }

    // A few capitalized words, as a field is written ("Corporate Strategy"), not a sentence's start or an article.
    private static bool IsFieldLead(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && !lead.Equals("The", StringComparison.OrdinalIgnoreCase)
            && words.All(w => char.IsUpper(w[0]) || w is "and" or "of" or "&");
    }

    private static bool IsCapitalsWord(string w) => w.Length >= 2 && w.Any(char.IsLetter) && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) || w == "&";

    private static bool NamedForLevel(string p, DegreeMention d, KnowledgeBase kb)
    {
        var at = p.IndexOf(d.Text, StringComparison.Ordinal);
        if (at <= 1 || !kb.Institutions.LooksLikeInstitution(d.Text)) return false;
        var before = p[..at].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 1 && char.IsUpper(word[0]) && !word.Any(char.IsDigit);
    }

    private static readonly Regex SchoolAfterFieldPattern = new(@"\s(?:from|at)\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Not " at ": "University of California at Berkeley" is one name.
    private static readonly Regex FromSchoolPattern = new(@"(?:^|\s)from\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex HonoursPattern = new(@"^(?:with\s+)?(?:first\s+class\s+)?(?:hons|honou?rs)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] MajorLabels = ["Major in ", "Major: ", "Majors: ", "Major ", "Specialization in ", "Specialisation in "];

    private static readonly string[] TrailingConnectors = [" and", " of", " &", " for", " in the", " in", " the", " at"];

    /// <summary>
    /// The name as a reader would give it: "Hong Kong University of Science and" goes on with the next line
    /// ("Technology"), a room number before it ("202 McLaughlin College") and a sentence after a colon are not part of
    /// it, and a template's blank ("Name of College") or a bare "University" is none.
    /// </summary>
    private static string? Completed(string name, ResumeLine? next, KnowledgeBase kb)
    {
        var p = name.Trim();
        var colon = p.IndexOf(':');
        if (colon > 3 && colon + 2 < p.Length && p[colon + 1] == ' ' && (char.IsLower(p[colon + 2]) || kb.Institutions.LooksLikeInstitution(p[..colon])))
            p = p[..colon].Trim();
        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lead = 0;
        while (lead < words.Length - 1 && words[lead].All(c => char.IsAsciiDigit(c) || c is '-' or '/' or '#')) lead++;
        if (lead > 0) p = string.Join(' ', words[lead..]);
        foreach (var connector in TrailingConnectors)
        {
            if (!p.EndsWith(connector, StringComparison.OrdinalIgnoreCase)) continue;
            var more = next?.Content.Trim();
            if (more is { Length: > 1 and < 60 } && char.IsUpper(more[0]) && next is { IsBullet: false })
            {
                var cut = more.IndexOfAny([',', '|', '(']);
                p = p + " " + (cut > 0 ? more[..cut].Trim() : more);
            }
            else
            {
                p = p[..^connector.Length].TrimEnd();
            }
            break;
        }
        if (Array.Exists(SchoolWords, w => p.Equals(w, StringComparison.OrdinalIgnoreCase)) || p.StartsWith("name of ", StringComparison.OrdinalIgnoreCase)) return null;
        // "Board / University": a table's column heading names no school.
        if (p.IndexOfAny(['/', '&']) > 0 && p.Split([' ', '/', '&', ','], StringSplitOptions.RemoveEmptyEntries).All(w => InstitutionLabels.Contains(w) || w == "Degree")) return null;
        // "Conduct four educational seminars annually for the University of ...": a sentence, not a name.
        var all = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (all.Length >= 8 && all.Count(w => char.IsLower(w[0])) * 2 >= all.Length) return null;
        return p.Length >= 4 ? p : null;
    }

    private static readonly HashSet<string> InstitutionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "institute", "institution", "school", "college", "board", "board/university", "name of institution",
        "name of the institution", "institute name", "college name", "school name", "university name",
    };

    // Table rows end in the year, grade and percentage columns: "Kendriya Vidyalaya 88%" -> "Kendriya Vidyalaya".
    private static string WithoutTrailingFigures(string p)
    {
        var words = p.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[^1].Any(char.IsDigit)) words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? p : string.Join(' ', words).TrimEnd(',', ';', '-', '–', '|').Trim();
    }

    private static readonly string[] BodyWords = ["Institute", "Board", "Council", "Authority", "Body", "Center", "Centre", "Commission"];

    // "HR Certification Institute, Pomona, NY": a certificate's word in the name of the body that awards it.
    private static bool NamesBody(string text, DegreeMention degree)
    {
        if (degree.Level != DegreeLevel.Certificate) return false;
        var after = text.AsSpan(degree.Start + degree.Length).TrimStart();
        foreach (var w in BodyWords)
        {
            if (after.StartsWith(w, StringComparison.Ordinal) && (after.Length == w.Length || !char.IsLetter(after[w.Length]))) return true;
        }
        return false;
    }

    // "PHR certification", "Human Resources Management Diploma": a certificate named by the words before its kind.
    private static string WithCertificateName(string text, DegreeMention degree, KnowledgeBase kb)
    {
        var kind = degree.Text.Trim();
        if (degree.Level != DegreeLevel.Certificate || degree.Start == 0) return kind;
        var before = text[..degree.Start];
        var dash = before.LastIndexOf(" - ", StringComparison.Ordinal);
        var cut = Math.Max(before.LastIndexOfAny([',', ';', '|', '(', ')', ':', '•', '\t']), dash < 0 ? -1 : dash + 2);
        var lead = before[(cut + 1)..].Trim();
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5 || !char.IsUpper(lead[0]) || lead.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return kind;
        // "Completed certification": a verb before it says what was done, not which certificate.
        if (words.Any(w => char.IsLower(w[0]) && w is not ("and" or "of" or "in" or "&"))) return kind;
        // "Salford College Diploma": the school that awarded it, named before it.
        return kb.Institutions.LooksLikeInstitution(lead) ? kind : lead + " " + kind;
    }

    // "Bachelor of Engineering / Bachelor of Commerce": a double degree is written as both.
    private static string SecondDegree(string after, KnowledgeBase kb)
    {
        var t = after.TrimStart();
        if (t.Length < 3 || t[0] is not ('/' or '&')) return "";
        var rest = t[1..].TrimStart();
        return kb.Degrees.TryFind(rest, out var second) && second.Start == 0 && second.Length == rest.TrimEnd().Length
            ? " / " + rest[..second.Length]
            : "";
    }

    /// <summary>
    /// "BA Communications, Speech, and English" and "MS Electrical Engineering, Stanford University": a field named right
    /// after the degree without "in", in capitalized words ending at a comma, that name no school, place or degree.
    /// </summary>
    private static string? BareField(string after, KnowledgeBase kb)
    {
        var comma = after.IndexOf(',');
        if (comma <= 0) return null;
        var candidate = after[..comma].Trim();
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !char.IsUpper(words[0][0])) return null;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) && w is not ("and" or "of" or "&" or "for")) return null;
            if (!w.All(c => char.IsLetter(c) || c is '&' or '-' or '.')) return null;
        }
        if (FieldBlanks.Contains(words[^1]) || kb.Institutions.LooksLikeInstitution(candidate) || kb.Places.IsPlace(candidate)) return null;
        if (kb.Degrees.TryFind(candidate, out _)) return null;
        return candidate;
    }

    /// <summary>Words that end a phrase after a degree which is not its field ("MBA Executive Program", "BA Candidate").</summary>
    private static readonly HashSet<string> FieldBlanks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Program", "Programme", "Candidate", "Student", "Degree", "Honors", "Honours", "Hons", "Course", "Graduate",
    };

    /// <summary>"Bachelor of Science in Computer Science, MIT" -> ("Bachelor of Science", "Computer Science").</summary>
    private static (string Written, string? Area) DegreeAndArea(string text, DegreeMention degree, KnowledgeBase kb)
    {
        var after = text[(degree.Start + degree.Length)..];
        var trimmed = after.TrimStart();
        // "BS Degree in Software Engineering": the word "degree" stands between the degree and its field.
        if (trimmed.StartsWith("degree ", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[7..].TrimStart();
        string? area = null;
        var lead = trimmed.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? 3
            : trimmed.StartsWith("of ", StringComparison.OrdinalIgnoreCase) ? 3
            : trimmed.StartsWith('(') || trimmed.StartsWith(',') || trimmed.StartsWith(':') || trimmed.StartsWith('-') || trimmed.StartsWith('–') ? 1 : -1;
        if (lead > 0)
        {
            var rest = trimmed[lead..].TrimStart();
            var stop = rest.Length;
            for (var i = 0; i < rest.Length; i++)
            {
                if (rest[i] is ',' or '|' or '\t' or ')' or '(' or ';' || (rest[i] is '-' or '–' && i > 0 && rest[i - 1] == ' '))
                {
                    stop = i;
                    break;
                }
            }
            var candidate = rest[..stop].Trim();
            // "Masters of Commerce From Mumbai University": the field ends where the school is named.
            if (SchoolAfterFieldPattern.Match(candidate) is { Success: true } school) candidate = candidate[..school.Index].Trim();
            // "BBA : Accounting 1988 Niagara University": the field ends at the year.
            if (DateText.FindRanges(candidate, default) is [{ TextStart: > 1 } year, ..]) candidate = candidate[..year.TextStart].Trim();
            // "Psychology VIRGINIA STATE UNIVERSITY", "Accounting Niagara University": the field ends where the school is named.
            if (kb.Institutions.LooksLikeInstitution(candidate) && SchoolName(candidate, null, kb) is var school2 && school2.Length < candidate.Length
                && candidate.EndsWith(school2, StringComparison.Ordinal))
                candidate = candidate[..^school2.Length].Trim();
            // "Bachelor of Science, University of California at Berkeley": a school after the degree is no field.
            if (kb.Institutions.LooksLikeInstitution(candidate)) candidate = "";
            // "BA, Boston, MA": a place after the degree is where it was taken.
            if (kb.Places.IsPlace(candidate)) candidate = "";
            // "Bachelor of Arts, Major in Communications": the field is what the major names.
            foreach (var label in MajorLabels)
            {
                if (candidate.StartsWith(label, StringComparison.OrdinalIgnoreCase)) candidate = candidate[label.Length..].Trim();
            }
            // "B.Tech in Information Technology with 2.5 years overall": the field ends before what it comes with.
            var with = candidate.IndexOf(" with ", StringComparison.OrdinalIgnoreCase);
            if (with > 0) candidate = candidate[..with].Trim();
            // "B.E (Bachelor of Engineering)": the degree spelled out is no field.
            if (kb.Degrees.TryFind(candidate, out var spelled) && spelled.Start == 0) candidate = "";
            // "B.B.A. (Honors.)": a class of degree, not a field.
            if (candidate.EndsWith(':') || HonoursPattern.IsMatch(candidate)) candidate = "";
            // "MBA, GPA: 3.8" names a grade, not a field.
            if (DateText.FindRanges(candidate, default).Count > 0 || candidate.StartsWith("GPA", StringComparison.OrdinalIgnoreCase)
                || candidate.StartsWith("CGPA", StringComparison.OrdinalIgnoreCase) || candidate.StartsWith("Grade", StringComparison.OrdinalIgnoreCase))
                candidate = "";
            // "Psychology City", "Aviation Safety 4": a place placeholder or a month number after the field is not part of it.
            var fieldWords = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (fieldWords.Count > 1 && (PlacePlaceholders.Contains(fieldWords[^1]) || fieldWords[^1].Length <= 2 && fieldWords[^1].All(char.IsAsciiDigit) || fieldWords[^1] == "/"))
                fieldWords.RemoveAt(fieldWords.Count - 1);
            candidate = string.Join(' ', fieldWords);
            if (PlacePlaceholders.Contains(candidate)) candidate = "";
            if (candidate.Length is > 1 and < 80 && char.IsLetter(candidate[0])) area = candidate;
        }
        else if (BareField(trimmed, kb) is { } bare)
        {
            area = bare;
        }
        return (WithCertificateName(text, degree, kb), area);
    }
}
