using System.Text;
using System.Text.RegularExpressions;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Turns an extracted document into a JSON Resume profile with normalized skills, evidence, confidence and warnings.</summary>
public static class ResumeParser
{
    public const string Name = "resumelens";
    public static readonly string Version = typeof(ResumeParser).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    // Phrases that address a language model rather than a human reader.
    private static readonly Regex InjectionPattern = new(@"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|directions|rules)|\b(?:you\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|language\s+model|chatgpt|gpt|llm))\b|\bsystem\s+prompt\b|\b(?:rank|rate|score|mark)\s+(?:this|the)\s+(?:candidate|resume|applicant)\s+(?:as\s+)?(?:the\s+)?(?:highest|top|best|first|10|100)|\b(?:note|instruction)s?\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|model|chatgpt|recruiter\s+bot|ats)\b|\bthis\s+candidate\s+is\s+(?:the\s+)?(?:perfect|ideal|best)\s+(?:fit|match)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Every instruction the pattern knows holds one of these words: lines without any are not scanned.
    private static readonly System.Buffers.SearchValues<string> InstructionWords = System.Buffers.SearchValues.Create(
        ["ignore", "disregard", "forget", "you", "prompt", "candidate", "resume", "applicant", "note", "instruction"], StringComparison.OrdinalIgnoreCase);

    private static bool MayInstruct(string text) => text.AsSpan().IndexOfAny(InstructionWords) >= 0;

    public static ResumeProfile Parse(ExtractedDocument doc, ResumeParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        options ??= ResumeParseOptions.Default;
        var kb = KnowledgeBase.Default;
        var documentDate = doc.Metadata.Modified ?? doc.Metadata.Created;
        var reference = options.ReferenceDate
            ?? (documentDate is { } dd && dd.Year >= 1990 ? DateOnly.FromDateTime(dd.UtcDateTime) : DateOnly.FromDateTime(DateTime.UtcNow));
        var today = PartialDate.From(reference);

        var lines = ResumeLine.From(doc);
        var bodyFont = BodyFontSize(lines);
        var sections = SectionSplitter.Split(lines, kb, bodyFont);
        var header = HeaderLines(sections, lines);
        var contact = ContactParser.Find(lines, header, kb);

        var work = new List<WorkEntry>();
        var volunteer = new List<VolunteerEntry>();
        var education = new List<EducationEntry>();
        var certificates = new List<CertificateEntry>();
        var awards = new List<AwardEntry>();
        var projects = new List<ProjectEntry>();
        var interests = new List<InterestEntry>();
        var publications = new List<PublicationEntry>();
        var references = new List<ReferenceEntry>();
        var languageTexts = new List<string>();
        var skillSectionItems = new List<string>();
        var summary = new StringBuilder();

        foreach (var s in sections)
        {
            switch (s.Kind)
            {
                case ResumeSection.Experience:
                    work.AddRange(WorkParser.Parse(s.Lines, kb, today, loneDates: true));
                    break;
                case ResumeSection.Volunteer:
                    foreach (var w in WorkParser.Parse(s.Lines, kb, today))
                    {
                        volunteer.Add(new VolunteerEntry { Organization = w.Name, Position = w.Position, StartDate = w.StartDate, EndDate = w.EndDate, Highlights = w.Highlights });
                    }
                    break;
                case ResumeSection.Education:
                    education.AddRange(EducationParser.Parse(s.Lines, kb, today));
                    break;
                case ResumeSection.Certifications:
                    certificates.AddRange(ListSections.Certificates(s.Lines, today));
                    break;
                case ResumeSection.Awards:
                    awards.AddRange(ListSections.Awards(s.Lines, today));
                    break;
                case ResumeSection.Projects:
                    projects.AddRange(ListSections.Projects(s.Lines, kb, today));
                    break;
                case ResumeSection.Languages:
                    foreach (var l in s.Lines) languageTexts.Add(l.Content);
                    break;
                case ResumeSection.Skills:
                    var qualifications = new List<ResumeLine>();
                    foreach (var item in ListSections.Items(WithoutQualificationBlocks(s.Lines, kb, qualifications))) skillSectionItems.Add(item);
                    education.AddRange(EducationParser.Parse(qualifications, kb, today));
                    break;
                case ResumeSection.Interests:
                    foreach (var item in ListSections.Items(s.Lines)) interests.Add(new InterestEntry(item));
                    break;
                case ResumeSection.Publications:
                    foreach (var item in ListSections.Items(s.Lines)) publications.Add(new PublicationEntry(item));
                    break;
                case ResumeSection.References:
                    foreach (var item in ListSections.Items(s.Lines)) references.Add(new ReferenceEntry(item));
                    break;
                case ResumeSection.Summary:
                    foreach (var l in s.Lines) Append(summary, l.Content);
                    break;
            }
        }
        if (summary.Length == 0) FallbackSummary(sections[0].Lines, summary);

        // A resume with dates but no recognizable experience heading still has work history.
        if (work.Count == 0 && education.Count == 0)
        {
            work.AddRange(WorkParser.Parse(sections[0].Lines, kb, today));
        }
        // Work history under a heading that was not recognized ("Career Progression") or under a misread one: dated
        // roles in untyped sections count when they name both the role and the organization, and read as neither
        // a degree nor a school.
        if (work.Count == 0)
        {
            foreach (var s in sections)
            {
                if (s.Kind is not (ResumeSection.None or ResumeSection.Other or ResumeSection.Summary or ResumeSection.Skills)) continue;
                if (s == sections[0] && education.Count == 0) continue; // read above already
                foreach (var w in WorkParser.Parse(s.Lines, kb, today))
                {
                    if (w.Position is { } title && w.Name is { } org && !kb.Degrees.TryFind(title, out _) && !kb.Institutions.LooksLikeInstitution(org))
                        work.Add(w);
                }
            }
        }

        // Education under an unrecognized or misplaced heading: degree lines anywhere still count.
        if (education.Count == 0)
        {
            foreach (var e in EducationParser.Parse(lines, kb, today))
            {
                if (e.StudyType is not null && (e.Institution is not null || e.Level is "bachelor" or "master" or "doctorate")) education.Add(e);
            }
        }

        var languages = ListSections.Languages(languageTexts, kb);
        if (languages.Count == 0) languages = ListSections.Languages(SpokenLanguageLines(lines), kb);

        var (normalized, skillGroups) = Skills(lines, skillSectionItems, kb);
        // The candidate's own name in a running header ("Lorri L. Rowell / Page 2") is nobody's employer.
        if (contact.Name is { } own)
        {
            for (var i = 0; i < work.Count; i++)
            {
                if (string.Equals(work[i].Name, own, StringComparison.OrdinalIgnoreCase)) work[i] = work[i] with { Name = null };
            }
        }
        var totalMonths = ExperienceMonths(work, today);
        var warnings = Warnings(doc, contact, lines);

        var confidence = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["name"] = Math.Round(contact.NameConfidence, 2),
            ["email"] = contact.Email is null ? 0 : 0.99,
            ["phone"] = contact.Phone is null ? 0 : contact.Phone.StartsWith('+') ? 0.95 : 0.85,
            ["location"] = contact.Location is null ? 0 : 0.7,
            ["work"] = Completeness(work),
            ["education"] = education.Count == 0 ? 0 : EducationCompleteness(education),
            ["skills"] = normalized.Count == 0 ? 0 : Math.Min(0.95, 0.5 + normalized.Count * 0.03),
            ["sections"] = sections.Count > 1 ? 0.9 : 0.5,
        };

        return new ResumeProfile
        {
            Basics = new Basics
            {
                Name = contact.Name,
                Label = Headline(header, contact.Name, kb) ?? (work.Count > 0 ? work[0].Position : null),
                Email = contact.Email,
                Phone = contact.Phone,
                Url = contact.Url,
                Summary = summary.Length > 0 ? summary.ToString() : null,
                Location = contact.Location,
                Profiles = contact.Profiles,
            },
            Work = work,
            Volunteer = volunteer,
            Education = education,
            Awards = awards,
            Certificates = certificates,
            Publications = publications,
            Skills = skillGroups,
            Languages = languages,
            Interests = interests,
            References = references,
            Projects = projects,
            Meta = new ResumeMeta
            {
                Source = new SourceInfo(options.FileName, options.Sha256, FormatName(doc.Format), doc.Pages.Count,
                    documentDate is { } d ? DateOnly.FromDateTime(d.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null),
                Parser = new ParserInfo(Name, Version),
                TotalExperienceMonths = totalMonths,
                Skills = normalized,
                Confidence = confidence,
                Warnings = warnings,
            },
        };
    }

    private static string FormatName(SourceFormat f) => f.ToString().ToLowerInvariant();

    private static double BodyFontSize(List<ResumeLine> lines)
    {
        // The most common font size (by characters) is the body text size.
        var counts = new Dictionary<double, int>();
        foreach (var l in lines)
        {
            if (l.FontSize <= 0) continue;
            var k = Math.Round(l.FontSize, 1);
            counts[k] = counts.GetValueOrDefault(k) + l.Text.Length;
        }
        var best = 0.0;
        var bestCount = 0;
        foreach (var (size, count) in counts)
        {
            if (count > bestCount)
            {
                best = size;
                bestCount = count;
            }
        }
        return best;
    }

    private static readonly Regex HeadlinePrefixPattern = new(@"^(?:sample\s+)?(?:resume|cv|curriculum\s+vitae)(?:\s+sample)?\s+(?:for|of)(?:\s+(?:an?|the))?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] HeadlineTails = [" resume sample", " resume template", " resume", " cv sample", " cv template", " cv", " curriculum vitae"];

    /// <summary>
    /// The title a resume gives itself at the top: "Marketing executive" under the name, "Architect - Microsoft India",
    /// "Interior Designer Resume". Null when the top holds none; the caller then takes the latest role's title.
    /// </summary>
    private static string? Headline(List<ResumeLine> header, string? name, KnowledgeBase kb)
    {
        for (var i = 0; i < Math.Min(6, header.Count); i++)
        {
            var text = header[i].Content.Trim();
            if (text.Length is < 3 or > 70 || header[i].IsBullet || text.Contains('@') || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) continue;
            if (name is not null && text.Contains(name, StringComparison.OrdinalIgnoreCase)) continue;
            var parts = EntryText.Parts(text);
            if (parts.Count == 0) continue;
            // "Sample Resume for Head Waitress", "Resume of HR Assistant": the document's title around the role.
            var candidate = HeadlinePrefixPattern.Match(parts[0]) is { Success: true } lead && lead.Length < parts[0].Length ? parts[0][lead.Length..] : parts[0];
            foreach (var tail in HeadlineTails)
            {
                if (candidate.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) candidate = candidate[..^tail.Length].TrimEnd();
            }
            if (candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 || kb.Vocabulary.SectionOf(candidate) != ResumeSection.None
                || kb.Degrees.TryFind(candidate, out _))
                continue;
            if (EntryText.TitleScore(candidate, kb) >= 2 && !EntryText.HasCompanyMarker(candidate)) return candidate;
        }
        return null;
    }

    // The top of the document (before the first heading), or its first lines when that is all one section.
    private static List<ResumeLine> HeaderLines(List<ResumeSectionLines> sections, List<ResumeLine> lines)
    {
        var header = new List<ResumeLine>();
        foreach (var s in sections)
        {
            if (s.Kind is ResumeSection.None or ResumeSection.Contact) header.AddRange(s.Lines);
            if (header.Count >= 12) break;
        }
        if (header.Count == 0)
        {
            for (var i = 0; i < Math.Min(8, lines.Count); i++) header.Add(lines[i]);
        }
        return header.Count > 15 ? header.GetRange(0, 15) : header;
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(text.Trim());
    }

    private static void FallbackSummary(List<ResumeLine> top, StringBuilder summary)
    {
        // An unheaded paragraph of prose near the top reads as the summary.
        foreach (var l in top)
        {
            if (l.Text.Length >= 120 && !l.Text.Contains('@'))
            {
                Append(summary, l.Content);
            }
            else if (summary.Length > 0)
            {
                if (l.StartsBlock) break;
                Append(summary, l.Content);
            }
        }
    }

    private static readonly string[] SpokenLanguageWords = ["speak", "language", "fluent", "native", "bilingual", "trilingual", "multilingual"];

    private static IEnumerable<string> SpokenLanguageLines(List<ResumeLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (!Array.Exists(SpokenLanguageWords, w => l.Text.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
            yield return l.Content;
            // "Languages known" over ": English, Kannada, Hindi": a label whose values went to the next line.
            if (i + 1 < lines.Count && SectionSplitter.CountWords(l.Content) <= 3 && l.Content.Contains("language", StringComparison.OrdinalIgnoreCase))
                yield return lines[i + 1].Content;
        }
    }

    private static (List<NormalizedSkill> Normalized, List<SkillEntry> Groups) Skills(List<ResumeLine> lines, List<string> sectionItems, KnowledgeBase kb)
    {
        var order = new List<string>();
        var evidence = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var l in lines)
        {
            var from = NamedListStart(l.Text, kb);
            foreach (var m in MentionsIn(l.Text, kb))
            {
                if (m.Start < from) continue;
                if (!evidence.TryGetValue(m.SkillId, out var ev))
                {
                    ev = [];
                    evidence[m.SkillId] = ev;
                    order.Add(m.SkillId);
                }
                var snippet = l.Content.Length <= 200 ? l.Content : l.Content[..200];
                if (ev.Count < 3 && !ev.Contains(snippet)) ev.Add(snippet);
            }
        }
        var normalized = new List<NormalizedSkill>(order.Count);
        var byCategory = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            kb.Skills.TryGet(id, out var s);
            normalized.Add(new NormalizedSkill(s.Id, s.Name, s.Category, evidence[id]));
            if (!byCategory.TryGetValue(s.Category, out var names)) byCategory[s.Category] = names = [];
            names.Add(s.Name);
        }
        // Skills listed in the skills section but unknown to the taxonomy are kept as written.
        var other = new List<string>();
        foreach (var item in sectionItems)
        {
            var colon = item.IndexOf(':');
            var list = colon > 0 && colon < 40 ? item[(colon + 1)..] : item;
            var pieces = list.Split([',', ';', '|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // A sentence in the skills section ("Able to work individually, both verbally and in writing") is prose, not a list.
            if (colon < 0 && pieces.Length < 3 && SectionSplitter.CountWords(list) > 5) continue;
            foreach (var raw in pieces)
            {
                var t = raw.Trim('.', ' ', '-');
                if (!CanBeSkillName(t, kb) || kb.Skills.TryResolve(t, out _)) continue;
                if (kb.Skills.FindMentions(t).Count > 0) continue;
                if (!other.Contains(t)) other.Add(t);
            }
        }
        // Tools a sentence lists beside known ones ("libraries including OkHttpClient, Facebook, and Picasso").
        foreach (var l in lines)
        {
            foreach (var n in ProseSkills.Find(l.Content, kb))
            {
                if (CanBeSkillName(n, kb) && !other.Contains(n, StringComparer.OrdinalIgnoreCase)) other.Add(n);
            }
        }
        var groups = new List<SkillEntry>();
        foreach (var (category, names) in byCategory) groups.Add(new SkillEntry(CategoryLabel(category), Keywords: names));
        if (other.Count > 0) groups.Add(new SkillEntry("Other", Keywords: other));
        return (normalized, groups);
    }

    // "Excellent communication, analytical and interpersonal skills": each word before "skills" names one.
    private static readonly Regex SharedSkillsNounPattern = new(@"\b(?<w>[A-Za-z-]+)(?:\s*,\s*(?<w>[A-Za-z-]+))*,?\s+(?:and|&)\s+[A-Za-z-]+\s+skills\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static IEnumerable<SkillMention> MentionsIn(string text, KnowledgeBase kb)
    {
        foreach (var m in kb.Skills.FindMentions(text)) yield return m;
        if (!text.Contains("skills", StringComparison.OrdinalIgnoreCase)) yield break;
        foreach (Match shared in SharedSkillsNounPattern.Matches(text))
        {
            foreach (Capture w in shared.Groups["w"].Captures)
            {
                foreach (var m in kb.Skills.FindMentions(w.Value + " skills"))
                {
                    if (m.Start == 0) yield return m with { Start = w.Index, Length = w.Length, Text = w.Value };
                }
            }
        }
    }

    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal) { "to", "at", "on", "for", "with", "from", "by", "into", "the", "a", "an" };

    // Where a line's skills begin: "Operating Systems: Linux, Windows" names its group before the colon.
    private static int NamedListStart(string text, KnowledgeBase kb)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon >= 40 || SectionSplitter.CountWords(text[..colon]) > 3) return 0;
        var head = text.AsSpan(0, colon).TrimStart("•-*▪❑➢►·– ").ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Migrated to AWS: ...": a sentence's verb, not a group's name. "Programming: Java, C" and "Testing: Selenium"
        // name groups by their activity.
        if (head.Length > 0 && !head[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && kb.Vocabulary.IsActionVerb(head[0])) return 0;
        if (Array.Exists(head, SentenceWords.Contains)) return 0;
        // A list or a short value follows ("Operating Systems: Windows 7"), not a sentence.
        var rest = text.AsSpan(colon + 1);
        var commas = rest.Count(',');
        return commas >= 2 || SectionSplitter.CountWords(text[(colon + 1)..]) <= 6 ? colon + 1 : 0;
    }

    // "Higher Professional / Diploma in Business / Administration" under a skills heading is a qualification
    // broken over lines: its fragments are not skills.
    private static List<ResumeLine> WithoutQualificationBlocks(List<ResumeLine> lines, KnowledgeBase kb, List<ResumeLine> qualifications)
    {
        var kept = new List<ResumeLine>(lines.Count);
        var blockStart = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && (i == blockStart || !lines[i].StartsBlock)) continue;
            var degree = false;
            for (var j = blockStart; j < i && !degree; j++)
            {
                var t = lines[j].Text;
                degree = t.IndexOf(',') < 0 && kb.Degrees.TryFind(t, out var d) && d.Level >= DegreeLevel.Certificate
                    && (d.Text.Contains(' ') || string.CompareOrdinal(t, d.Start + d.Length, " in ", 0, 4) == 0);
            }
            if (!degree)
            {
                for (var j = blockStart; j < i; j++) kept.Add(lines[j]);
            }
            else
            {
                // The block read as one line: "Higher Professional Diploma in Business Administration (City & Guilds)".
                var joined = new StringBuilder();
                for (var j = blockStart; j < i; j++) joined.Append(joined.Length > 0 ? " " : "").Append(lines[j].Content);
                qualifications.Add(lines[blockStart] with { Text = joined.ToString(), StartsBlock = true });
            }
            blockStart = i;
        }
        return kept;
    }

    private static readonly HashSet<string> ListFillers = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "both", "to", "in", "of", "with", "the", "a", "an", "for", "as" };

    // An item kept as written must read like a skill name: a few words, not a fragment of a sentence, a heading or a degree.
    private static bool CanBeSkillName(string t, KnowledgeBase kb)
    {
        if (t.Length < 2 || t.Length > 40 || !char.IsLetterOrDigit(t[0])) return false;
        var words = SectionSplitter.CountWords(t);
        if (words > 4) return false;
        var space = t.IndexOf(' ');
        if (ListFillers.Contains(space < 0 ? t : t[..space])) return false;
        if (t.EndsWith(" skills", StringComparison.OrdinalIgnoreCase)) return false;
        if (words == 1 && t.Length > 4 && SectionSplitter.IsUpper(t)) return false; // "PROFESSIONAL": a heading word
        // "December 2014 to Present": a role's dates that strayed into the list.
        if (t.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && DateText.FindSpan(t, default) is not null) return false;
        return !kb.Degrees.TryFind(t, out _);
    }

    private static string CategoryLabel(string category) => category switch
    {
        "language" => "Programming languages",
        "framework" => "Frameworks and libraries",
        "database" => "Databases",
        "cloud" => "Cloud",
        "tool" => "Tools",
        "method" => "Methods",
        "soft" => "Soft skills",
        _ => "Domain knowledge",
    };

    /// <summary>Months covered by work entries, overlapping roles merged, open roles ending at the reference date.</summary>
    internal static int ExperienceMonths(IReadOnlyList<WorkEntry> work, PartialDate today)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var w in work)
        {
            if (w.StartDate is null || DateText.ParseOne(w.StartDate) is not { } start) continue;
            var end = w.EndDate is null ? today : DateText.ParseOne(w.EndDate) ?? today;
            // A year-only end covers that year's last month; a year-only start, its first.
            var endIndex = end.HasMonth ? end.MonthIndex : end.Year * 12 + (end.Year == today.Year ? today.Month - 1 : 11);
            if (endIndex >= start.MonthIndex) spans.Add((start.MonthIndex, endIndex + 1));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var total = 0;
        var curStart = -1;
        var curEnd = -1;
        foreach (var (s, e) in spans)
        {
            if (s > curEnd)
            {
                if (curEnd > curStart) total += curEnd - curStart;
                curStart = s;
                curEnd = e;
            }
            else if (e > curEnd)
            {
                curEnd = e;
            }
        }
        if (curEnd > curStart) total += curEnd - curStart;
        return total;
    }

    private static double Completeness(List<WorkEntry> work)
    {
        if (work.Count == 0) return 0;
        var sum = 0.0;
        foreach (var w in work)
        {
            sum += (w.Position is null ? 0 : 0.35) + (w.Name is null ? 0 : 0.35) + (w.StartDate is null ? 0 : 0.3);
        }
        return Math.Round(sum / work.Count * 0.95, 2);
    }

    private static double EducationCompleteness(List<EducationEntry> education)
    {
        var sum = 0.0;
        foreach (var e in education)
        {
            sum += (e.StudyType is null ? 0 : 0.4) + (e.Institution is null ? 0 : 0.4) + (e.EndDate is null ? 0 : 0.2);
        }
        return Math.Round(sum / education.Count * 0.95, 2);
    }

    private static List<ParseWarning> Warnings(ExtractedDocument doc, ContactParser.Contact contact, List<ResumeLine> lines)
    {
        var warnings = new List<ParseWarning>();
        if (contact.Email is null && contact.Phone is null)
            warnings.Add(new ParseWarning("no_contact", "No email address or phone number was found."));
        if (doc.ScannedPages.Count > 0)
            warnings.Add(new ParseWarning("scanned", $"{doc.ScannedPages.Count} page(s) have no text layer and look scanned; their text was not read."));
        if (lines.Count == 0)
            warnings.Add(new ParseWarning("no_text", "The document contains no readable text."));
        if (doc.HiddenText.Count > 0)
            warnings.Add(new ParseWarning("hidden_text", $"{doc.HiddenText.Count} span(s) of text are invisible to a human reader and were ignored."));
        var injected = false;
        foreach (var h in doc.HiddenText)
        {
            if (MayInstruct(h.Text) && InjectionPattern.IsMatch(h.Text)) injected = true;
        }
        foreach (var l in lines)
        {
            if (!injected && MayInstruct(l.Text) && InjectionPattern.IsMatch(l.Text)) injected = true;
        }
        if (injected)
            warnings.Add(new ParseWarning("prompt_injection", "The document contains text that reads like instructions to an AI model."));
        foreach (var w in doc.Warnings) warnings.Add(new ParseWarning("extraction", w));
        return warnings;
    }
}
