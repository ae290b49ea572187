using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Matching;

namespace ResumeLens.Core.Postings;

/// <summary>Reads a job description written as free text into a <see cref="JobPosting"/> with normalized requirements.</summary>
public sealed class JobDescriptionParser
{
    private static readonly Lazy<JobDescriptionParser> Shared = new(() => new JobDescriptionParser(KnowledgeBase.Default));

    private readonly KnowledgeBase _knowledge;

    public JobDescriptionParser(KnowledgeBase knowledge) => _knowledge = knowledge;

    /// <summary>A parser over the built-in knowledge base.</summary>
    public static JobDescriptionParser Default => Shared.Value;

    private enum Section { Intro, Responsibilities, Required, Preferred, About, Benefits }

    private sealed record Unit(string Text, Section Section, bool Preferred);

    /// <summary>
    /// Parses <paramref name="text"/>. Fields already set on <paramref name="known"/> (from JSON-LD)
    /// win over what the text suggests; requirements found in the text are added.
    /// </summary>
    public JobPosting Parse(string text, JobPosting? known = null)
    {
        text = Normalize(text);
        var lines = text.Split('\n');
        var units = Segment(lines);

        var required = new List<string>();
        var preferred = new List<string>();
        var written = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var skillMonths = new Dictionary<string, int>(StringComparer.Ordinal);
        var overallMonths = 0;
        var responsibilities = new List<string>();
        var qualifications = new List<string>();
        var languages = new List<string>();
        var certifications = new List<string>();
        EducationRequirement? education = null;
        var hasRequirementSection = units.Any(u => u.Section is Section.Required or Section.Preferred);

        foreach (var unit in units)
        {
            var isRequirement = unit.Section is Section.Required or Section.Preferred || RequirementCuePattern.IsMatch(unit.Text);
            if (unit.Section == Section.Responsibilities) AddDistinct(responsibilities, unit.Text);
            else if (unit.Section == Section.Intro && YouWillPattern.IsMatch(unit.Text)) AddDistinct(responsibilities, unit.Text);
            if (isRequirement && unit.Section is not (Section.About or Section.Benefits)) AddDistinct(qualifications, unit.Text);
            if (unit.Section is Section.About or Section.Benefits) continue;

            foreach (var mention in SkillFinder.Find(_knowledge.Skills, unit.Text))
            {
                if (unit.Preferred)
                {
                    if (!required.Contains(mention.SkillId) && !preferred.Contains(mention.SkillId)) preferred.Add(mention.SkillId);
                }
                else if (!required.Contains(mention.SkillId))
                {
                    required.Add(mention.SkillId);
                    preferred.Remove(mention.SkillId);
                }
                if (seenIds.Add(mention.SkillId)) written.Add(mention.Text);
            }

            if (!unit.Preferred && (isRequirement || !hasRequirementSection))
            {
                ReadYears(unit.Text, ref overallMonths, skillMonths);
                education = LowerOf(education, ReadEducation(unit.Text));
            }
            ReadLanguages(unit.Text, languages);
            ReadCertifications(unit.Text, certifications);
        }
        // A degree that is only "preferred" is still the level the employer has in mind.
        if (education is null)
        {
            foreach (var unit in units)
            {
                if (unit.Section is Section.About or Section.Benefits) continue;
                education = LowerOf(education, ReadEducation(unit.Text));
            }
        }

        var title = known?.Title ?? FindTitle(lines, text);
        var skillExperience = skillMonths
            .Where(kv => required.Contains(kv.Key) || preferred.Contains(kv.Key))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new SkillExperience(kv.Key, kv.Value))
            .ToList();
        var (location, remote) = FindLocation(lines, text);

        return new JobPosting
        {
            Title = title,
            Description = known?.Description ?? text.Trim(),
            HiringOrganization = known?.HiringOrganization ?? FindCompany(lines, text, title),
            JobLocation = known is null ? location : known.JobLocation,
            JobLocationType = known is null ? (remote ? "TELECOMMUTE" : null) : known.JobLocationType,
            EmploymentType = known?.EmploymentType ?? FindEmploymentType(text),
            DatePosted = known?.DatePosted,
            Url = known?.Url,
            Skills = Merge(known?.Skills, written),
            Qualifications = Merge(known?.Qualifications, qualifications),
            Responsibilities = Merge(known?.Responsibilities, responsibilities),
            EducationRequirements = known?.EducationRequirements ?? education,
            ExperienceRequirements = known?.ExperienceRequirements ?? (overallMonths > 0 ? new ExperienceRequirement(overallMonths) : null),
            RequiredSkills = Merge(known?.RequiredSkills, required),
            PreferredSkills = Merge(known?.PreferredSkills, preferred).Where(id => !required.Contains(id) && known?.RequiredSkills.Contains(id) != true).ToList(),
            SkillExperience = known is { SkillExperience.Count: > 0 } ? known.SkillExperience : skillExperience,
            Languages = Merge(known?.Languages, languages),
            Certifications = Merge(known?.Certifications, certifications),
            Weights = known?.Weights,
            MustHave = known?.MustHave ?? [],
        };
    }

    private static List<string> Merge(IReadOnlyList<string>? first, List<string> second)
    {
        var result = new List<string>();
        if (first is not null) foreach (var s in first) AddDistinct(result, s);
        foreach (var s in second) AddDistinct(result, s);
        return result;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        foreach (var v in list)
        {
            if (string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) return;
        }
        list.Add(value);
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\r' => '\n',
                '\u00a0' or '\t' or '\u2009' or '\u202f' => ' ',
                '\u2019' or '\u2018' => '\'',
                '\u201c' or '\u201d' => '"',
                _ => ch,
            });
        }
        return MultiBlankPattern.Replace(sb.ToString(), "\n\n");
    }

    // ---- Structure: headings, inline labels, bullets and sentences ----

    private static List<Unit> Segment(string[] lines)
    {
        var units = new List<Unit>();
        var section = Section.Intro;
        var seenStructure = false;
        var paragraph = new StringBuilder();

        void FlushParagraph()
        {
            if (paragraph.Length == 0) return;
            var para = paragraph.ToString().Trim();
            paragraph.Clear();
            var local = section;
            // "Requirements: ..." opening a paragraph sets that paragraph's section.
            var label = InlineLabelPattern.Match(para);
            if (label.Success && ClassifyHeading(label.Groups[1].Value) is { } inline)
            {
                local = inline;
                para = para[label.Length..].Trim();
            }
            foreach (var sentence in SplitSentences(para, local is Section.Required or Section.Preferred))
            {
                units.Add(new Unit(sentence, local, IsPreferred(sentence, local)));
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                continue;
            }
            if (IsHeading(line, out var kind))
            {
                FlushParagraph();
                section = kind;
                seenStructure |= kind is Section.Required or Section.Preferred or Section.Responsibilities;
                continue;
            }
            if (seenStructure && LooksLikeUnknownHeading(line))
            {
                // Once requirements have been listed, an unrecognized heading usually starts company or perks text.
                FlushParagraph();
                section = Section.About;
                continue;
            }
            var bullet = BulletPattern.Match(line);
            if (bullet.Success)
            {
                FlushParagraph();
                var item = line[bullet.Length..].Trim();
                if (item.Length > 0) units.Add(new Unit(item, section, IsPreferred(item, section)));
                continue;
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(line);
        }
        FlushParagraph();
        return units;
    }

    private static bool IsHeading(string line, out Section kind)
    {
        kind = Section.Intro;
        var body = line.TrimEnd(':', '-', '\u2013', '\u2014', ' ').Trim();
        if (body.Length == 0 || body.Length > 60 || body.EndsWith('.')) return false;
        if (line.IndexOf(':') is var colon && colon >= 0 && colon < line.Length - 1) return false;
        if (body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8) return false;
        if (ClassifyHeading(body) is not { } k) return false;
        kind = k;
        return true;
    }

    private static bool LooksLikeUnknownHeading(string line)
    {
        if (line.Length > 50 || line.Length < 3 || !char.IsUpper(line[0])) return false;
        if (line[^1] is '.' or ',' or ';' or '!' or '?' || line.Contains(',')) return false;
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    private static Section? ClassifyHeading(string heading)
    {
        var h = heading.ToLowerInvariant();
        if (PreferredHeadingPattern.IsMatch(h)) return Section.Preferred;
        if (BenefitsHeadingPattern.IsMatch(h)) return Section.Benefits;
        if (AboutHeadingPattern.IsMatch(h)) return Section.About;
        if (ResponsibilitiesHeadingPattern.IsMatch(h)) return Section.Responsibilities;
        if (RequiredHeadingPattern.IsMatch(h)) return Section.Required;
        return null;
    }

    private static bool IsPreferred(string sentence, Section section)
    {
        if (RequiredCuePattern.IsMatch(sentence)) return false;
        if (PreferredCuePattern.IsMatch(sentence)) return true;
        return section == Section.Preferred;
    }

    private static IEnumerable<string> SplitSentences(string paragraph, bool requirementList)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var end = c == ';' && requirementList
                || (c is '.' or '!' or '?') && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ' && i + 2 < paragraph.Length && !char.IsLower(paragraph[i + 2]));
            if (!end) continue;
            var s = paragraph[start..(i + 1)].Trim().TrimEnd(';').Trim();
            if (s.Length > 1) yield return s;
            start = i + 1;
        }
        if (start < paragraph.Length)
        {
            var s = paragraph[start..].Trim();
            if (s.Length > 1) yield return s;
        }
    }

    // ---- Years of experience ----

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
    };

    private void ReadYears(string sentence, ref int overallMonths, Dictionary<string, int> skillMonths)
    {
        foreach (Match m in YearsPatternPattern.Matches(sentence))
        {
            var n = m.Groups["n"].Value;
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && !NumberWords.TryGetValue(n, out years)) continue;
            if (years is <= 0 or > 30) continue;
            var before = sentence[..m.Index];
            if (PastWindowPattern.IsMatch(before)) continue; // "in the last 3 years"
            var months = years * 12;
            // The clause after "N years" names what the experience is with: "of professional Python experience".
            var tailEnd = sentence.IndexOfAny([';', ',', '.', '('], m.Index + m.Length);
            var tail = sentence[(m.Index + m.Length)..(tailEnd < 0 ? sentence.Length : tailEnd)];
            if (tail.Length > 80) tail = tail[..80];
            if (!ExperienceWordPattern.IsMatch(tail) && !ExperienceWordPattern.IsMatch(before)) continue;
            overallMonths = Math.Max(overallMonths, months);
            foreach (var mention in SkillFinder.Find(_knowledge.Skills, tail))
            {
                skillMonths[mention.SkillId] = Math.Max(skillMonths.GetValueOrDefault(mention.SkillId), months);
            }
        }
    }

    // ---- Education ----

    private static readonly (Regex Pattern, string Level, string Category)[] DegreePatterns =
    [
        (new Regex(@"\b(ph\.?\s?d|doctorate|doctoral degree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "doctorate", "doctoral degree"),
        (new Regex(@"\b(master'?s|masters|master of|mba|m\.sc|msc)\b|\b(MS|MSc|M\.S\.)\b", RegexOptions.CultureInvariant), "master", "master degree"),
        (new Regex(@"\b(bachelor'?s|bachelors|bachelor of|undergraduate degree|four-year degree|4-year degree|college degree|university degree|b\.sc|bsc)\b|\b(BS|BA|BSc|B\.S\.|B\.A\.|BEng)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), "bachelor", "bachelor degree"),
        (new Regex(@"\bassociate'?s? degree\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "associate", "associate degree"),
        (new Regex(@"\b(high school diploma|high school|ged|secondary school)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "high-school", "high school"),
    ];

    private static readonly string[] LevelOrder = ["high-school", "certificate", "associate", "bachelor", "master", "doctorate"];

    /// <summary>Rank of a normalized education level, 0 when unknown.</summary>
    public static int LevelRank(string? level) => level is null ? 0 : Array.IndexOf(LevelOrder, level) + 1;

    private static EducationRequirement? ReadEducation(string sentence)
    {
        EducationRequirement? found = null;
        foreach (var (pattern, level, category) in DegreePatterns)
        {
            // "Bachelor's or Master's": the lowest level named is the minimum.
            var m = pattern.Match(sentence);
            if (!m.Success) continue;
            if (level == "bachelor" && m.Value.Length == 2 && !DegreeContextPattern.IsMatch(sentence)) continue;
            var field = DegreeFieldPattern.Match(sentence, m.Index) is { Success: true } f ? CleanField(f.Groups["field"].Value) : null;
            found = new EducationRequirement(category, level, field ?? found?.Field);
        }
        if (found is null && DegreeContextPattern.IsMatch(sentence) && GenericDegreePattern.Match(sentence) is { Success: true } g)
        {
            var field = DegreeFieldPattern.Match(sentence, g.Index) is { Success: true } f ? CleanField(f.Groups["field"].Value) : null;
            found = new EducationRequirement("bachelor degree", "bachelor", field);
        }
        return found;
    }

    private static string? CleanField(string field)
    {
        field = field.Trim().TrimEnd('.', ',');
        foreach (var cut in new[] { " or a related", " or related", " or equivalent", " or a similar", " preferred", " required", " is ", " with ", " from " })
        {
            var i = field.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (i > 0) field = field[..i];
        }
        field = field.Trim();
        return field.Length is < 2 or > 60 ? null : field;
    }

    private static EducationRequirement? LowerOf(EducationRequirement? a, EducationRequirement? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        var lower = LevelRank(b.Level) < LevelRank(a.Level) ? b : a;
        return lower.Field is null ? lower with { Field = a.Field ?? b.Field } : lower;
    }

    // ---- Languages and certifications ----

    private static readonly string[] LanguageNames =
    [
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Swedish", "Norwegian", "Danish",
        "Finnish", "Polish", "Czech", "Russian", "Ukrainian", "Greek", "Turkish", "Arabic", "Hebrew", "Persian", "Farsi",
        "Hindi", "Urdu", "Bengali", "Punjabi", "Tamil", "Telugu", "Mandarin", "Cantonese", "Chinese", "Japanese", "Korean",
        "Vietnamese", "Thai", "Indonesian", "Malay", "Tagalog", "Filipino", "Swahili", "Hungarian", "Romanian", "Bulgarian",
        "Serbian", "Croatian", "Slovak", "Catalan", "Welsh", "Irish", "American Sign Language", "ASL",
    ];

    private static void ReadLanguages(string sentence, List<string> languages)
    {
        if (!LanguageContextPattern.IsMatch(sentence)) return;
        foreach (var name in LanguageNames)
        {
            var i = sentence.IndexOf(name, StringComparison.Ordinal);
            if (i < 0) continue;
            var endOk = i + name.Length == sentence.Length || !char.IsLetter(sentence[i + name.Length]);
            var startOk = i == 0 || !char.IsLetter(sentence[i - 1]);
            if (startOk && endOk) AddDistinct(languages, name == "ASL" ? "American Sign Language" : name);
        }
    }

    private static readonly string[] KnownCertifications =
    [
        "PMP", "CAPM", "PRINCE2", "CSM", "PSM", "SAFe", "ITIL", "Six Sigma", "CPA", "CFA", "CMA", "CISSP", "CISM", "CISA",
        "CEH", "OSCP", "Security+", "Network+", "A+", "CCNA", "CCNP", "CCIE", "PHR", "SPHR", "SHRM-CP", "SHRM-SCP", "RN",
        "LPN", "CNA", "BLS", "ACLS", "PALS", "CPR", "CDL", "TEFL", "TESOL", "CELTA", "QTS", "PGCE", "ServSafe",
    ];

    private static void ReadCertifications(string sentence, List<string> certifications)
    {
        foreach (Match m in CertificationPhrasePattern.Matches(sentence))
        {
            var name = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim();
            if (name.Length >= 2 && !CertificationNoisePattern.IsMatch(name)) AddDistinct(certifications, name);
        }
        foreach (var cert in KnownCertifications)
        {
            var i = sentence.IndexOf(cert, StringComparison.Ordinal);
            if (i < 0) continue;
            var startOk = i == 0 || !char.IsLetterOrDigit(sentence[i - 1]);
            var j = i + cert.Length;
            var endOk = j == sentence.Length || !char.IsLetterOrDigit(sentence[j]) && sentence[j] != '+';
            if (!startOk || !endOk) continue;
            if (certifications.Any(c => c.Contains(cert, StringComparison.Ordinal))) continue;
            AddDistinct(certifications, cert);
        }
    }

    // ---- Title, company, location, employment type ----

    private string? FindTitle(string[] lines, string text)
    {
        foreach (var line in lines)
        {
            var m = TitleLabelPattern.Match(line);
            if (m.Success) return m.Groups[1].Value.Trim();
        }
        var first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is not null && LooksLikeTitle(first)) return StripTitleNoise(first);
        var hire = HiringPhrasePattern.Match(text);
        if (hire.Success) return hire.Groups["title"].Value.Trim();
        return first is not null && first.Length <= 80 && !first.EndsWith('.') ? first : null;
    }

    private bool LooksLikeTitle(string line)
    {
        if (line.Length > 80 || line.EndsWith('.')) return false;
        if (line.Contains(':') && !line.StartsWith("Job Description:", StringComparison.OrdinalIgnoreCase)) return false;
        var words = line.Split([' ', ',', '(', '-', '|'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9) return false;
        if (_knowledge.Titles.TryNormalize(StripTitleNoise(line), out _)) return true;
        foreach (var w in words)
        {
            if (_knowledge.Titles.IsHeadNoun(w.Trim(')', ',').ToLowerInvariant())) return true;
        }
        return false;
    }

    private static string StripTitleNoise(string line)
    {
        var prefix = line.IndexOf(':');
        if (prefix > 0 && line[..prefix].Trim().Equals("Job Description", StringComparison.OrdinalIgnoreCase)) line = line[(prefix + 1)..];
        // "Java Developer (3 Years of Experience)": the years are a requirement, not part of the title.
        var paren = line.IndexOf('(');
        if (paren > 0 && line.IndexOf("year", paren, StringComparison.OrdinalIgnoreCase) > 0) line = line[..paren];
        var at = line.IndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (at > 0) line = line[..at];
        return line.Trim().TrimEnd(':', '-', '|').Trim();
    }

    private static Organization? FindCompany(string[] lines, string text, string? title)
    {
        foreach (var line in lines)
        {
            var m = CompanyLabelPattern.Match(line);
            if (m.Success) return new Organization(m.Groups[1].Value.Trim());
        }
        foreach (var line in lines)
        {
            var m = AboutCompanyPattern.Match(line.Trim());
            if (m.Success && !AboutNoisePattern.IsMatch(m.Groups[1].Value)) return new Organization(m.Groups[1].Value.Trim());
        }
        var first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is not null && first.Length <= 100)
        {
            var at = AtCompanyPattern.Match(first);
            if (at.Success) return new Organization(at.Groups[1].Value.Trim());
        }
        var join = JoinCompanyPattern.Match(text);
        if (join.Success && !AboutNoisePattern.IsMatch(join.Groups[1].Value)) return new Organization(join.Groups[1].Value.Trim());
        return null;
    }

    private static (Place? Location, bool Remote) FindLocation(string[] lines, string text)
    {
        Place? place = null;
        foreach (var line in lines)
        {
            var m = LocationLabelPattern.Match(line);
            if (!m.Success) continue;
            var value = m.Groups[1].Value.Trim();
            if (RemoteWordPattern.IsMatch(value) && !value.Contains(',')) return (null, true);
            place = ToPlace(value);
            break;
        }
        if (place is null && BasedInPattern.Match(text) is { Success: true } b) place = ToPlace(b.Groups[1].Value);
        var remote = RemoteRolePattern.IsMatch(text);
        return (place, remote);
    }

    private static Place ToPlace(string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => new Place(new PostalAddress(parts[0])),
            2 => new Place(new PostalAddress(parts[0], parts[1])),
            _ => new Place(new PostalAddress(parts[0], parts[1], parts[2])),
        };
    }

    private static string? FindEmploymentType(string text)
    {
        var label = EmploymentLabelPattern.Match(text);
        var source = label.Success ? label.Groups[1].Value : text;
        var m = EmploymentWordPattern.Match(source);
        // A label may say just "Contract"; in running text that word is too often about contracts.
        if (!m.Success && label.Success && source.Contains("contract", StringComparison.OrdinalIgnoreCase)) return "CONTRACTOR";
        if (!m.Success) return null;
        var w = m.Value.ToLowerInvariant();
        if (w.StartsWith("full", StringComparison.Ordinal) || w == "permanent") return "FULL_TIME";
        if (w.StartsWith("part", StringComparison.Ordinal)) return "PART_TIME";
        if (w.StartsWith("contract", StringComparison.Ordinal) || w.StartsWith("freelance", StringComparison.Ordinal)) return "CONTRACTOR";
        if (w.StartsWith("temp", StringComparison.Ordinal) || w.StartsWith("seasonal", StringComparison.Ordinal)) return "TEMPORARY";
        if (w.StartsWith("intern", StringComparison.Ordinal) || w.StartsWith("co-op", StringComparison.Ordinal)) return "INTERN";
        if (w.StartsWith("per diem", StringComparison.Ordinal)) return "PER_DIEM";
        if (w.StartsWith("volunteer", StringComparison.Ordinal)) return "VOLUNTEER";
        return null;
    }

    // ---- Patterns, compiled once ----

    private static readonly Regex MultiBlankPattern = new(@"\n{3,}");

    private static readonly Regex InlineLabelPattern = new(@"^([A-Za-z][A-Za-z '&/]{2,40}):\s+(?=\S)");

    private static readonly Regex BulletPattern = new(@"^(?:[-*•·▪◦●○■□➢➤►–—]|\d{1,2}[.)])\s*");

    private static readonly Regex PreferredHeadingPattern = new(@"nice[- ]to[- ]have|preferred|bonus|plus|desir|good to have|extra credit|ideal|would be great");

    private static readonly Regex BenefitsHeadingPattern = new(@"benefit|perks|what we offer|we offer|compensation|salary|pay range|equal opportunit|eeo|why join|why work|why you|how to apply|flourish|the way we work|our values|culture|seniority level|job function|industries|similar jobs");

    private static readonly Regex AboutHeadingPattern = new(@"^about (us|the company|the team|our|[a-z]+$)|who we are|our (company|mission|story)|company overview|^overview$");

    private static readonly Regex ResponsibilitiesHeadingPattern = new(@"responsibilit|what you('ll| will) do|duties|your role|the role|day[- ]to[- ]day|key tasks|what you('ll| will) be doing|in this role|job description|role description|your impact|accountabilit");

    private static readonly Regex RequiredHeadingPattern = new(@"requirement|qualification|what you('ll| will) need|what we('re| are) looking for|what you bring|must[- ]have|skills|experience|who you are|about you|you have|you should have|essential|competenc|profile|knowledge|education");

    private static readonly Regex PreferredCuePattern = new(@"\b(nice[- ]to[- ]have|preferred|preferably|is a plus|are a plus|a plus\b|big plus|bonus|desirable|desired|ideally|good to have|advantageous|would be great|appreciated|not required|optional)\b", RegexOptions.IgnoreCase);

    private static readonly Regex RequiredCuePattern = new(@"\b(must[- ]have|must|required|requires|essential|mandatory)\b(?![^.;]*\b(not required|a plus|preferred)\b)", RegexOptions.IgnoreCase);

    private static readonly Regex RequirementCuePattern = new(@"\b(years?|experience|degree|proficien|knowledge of|familiar|must|required|ability to|skills? in|expertise)\b", RegexOptions.IgnoreCase);

    private static readonly Regex YouWillPattern = new(@"\b(you will|you'll|you would)\b", RegexOptions.IgnoreCase);

    private static readonly Regex YearsPatternPattern = new(@"(?<n>\b\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:\(\d+\)\s*)?years?\b", RegexOptions.IgnoreCase);

    private static readonly Regex PastWindowPattern = new(@"\b(last|past|within|every|next|first)\s*$", RegexOptions.IgnoreCase);

    private static readonly Regex ExperienceWordPattern = new(@"\b(experience|experienced|working|building|developing|designing|managing|leading|using|with|in|of|professional|hands-on|industry|background)\b", RegexOptions.IgnoreCase);

    private static readonly Regex DegreeContextPattern = new(@"\b(degree|diploma|graduate|bachelor|master|BS|BA|MS|PhD|qualification)\b", RegexOptions.IgnoreCase);

    private static readonly Regex GenericDegreePattern = new(@"\bdegree\b", RegexOptions.IgnoreCase);

    private static readonly Regex DegreeFieldPattern = new(@"\G.{0,60}?\b(?:in|of)\s+(?<field>(?:[A-Z][\w&/-]*|and|or|of|a|related|field|\s)+)", RegexOptions.IgnoreCase | RegexOptions.Singleline);

    private static readonly Regex LanguageContextPattern = new(@"\b(fluent|fluency|proficien|speak|spoken|written|verbal|native|bilingual|language|communication)", RegexOptions.IgnoreCase);

    private static readonly Regex CertificationPhrasePattern = new(@"(?<a>\b[A-Z][\w+&/-]*(?:\s+[A-Z][\w+&/-]*){0,5})\s+(?:certification|certificate|certified)\b|\bcertified\s+(?<b>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,4})");

    private static readonly Regex CertificationNoisePattern = new(@"^(A|An|The|Any|Relevant|Industry|Professional|Valid|Current|Or|And|Teaching)$|^(Relevant|Industry|Professional|Valid|Current) ");

    private static readonly Regex TitleLabelPattern = new(@"^\s*(?:job title|position title|position|title|role)\s*:\s*(.{3,80})$", RegexOptions.IgnoreCase);

    private static readonly Regex HiringPhrasePattern = new(@"\b(?:looking for|seeking|hiring|searching for|recruiting)\s+(?:an?\s+|our\s+(?:next|first)\s+|talented\s+|experienced\s+)*(?<title>[A-Z][\w/&+#.-]*(?:\s+(?:[A-Z(][\w/&+#.)-]*|of|and|&))*?(?:\s+[A-Z(][\w/&+#.)-]*)?)(?=\s+(?:to|who|with|for|at|in|that|on|join)\b|[,.;])");

    private static readonly Regex CompanyLabelPattern = new(@"^\s*(?:company|employer|organi[sz]ation|hiring company)\s*:\s*(.{2,80})$", RegexOptions.IgnoreCase);

    private static readonly Regex AboutCompanyPattern = new(@"^About\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}):?$");

    private static readonly Regex AboutNoisePattern = new(@"^(Us|The|This|You|Our|Your|Me|Role|Team|Company|Position|Job)\b");

    private static readonly Regex AtCompanyPattern = new(@"\sat\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*$");

    private static readonly Regex JoinCompanyPattern = new(@"\bJoin\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})\b(?:\s+(?:as|and|in|to|,))");

    private static readonly Regex LocationLabelPattern = new(@"^\s*(?:location|job location|work location|based in|office)\s*:\s*(.{2,80})$", RegexOptions.IgnoreCase);

    private static readonly Regex BasedInPattern = new(@"\b(?:based in|located in|office in)\s+([A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+)*,\s*[A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+)*)");

    private static readonly Regex RemoteWordPattern = new(@"\bremote\b", RegexOptions.IgnoreCase);

    private static readonly Regex RemoteRolePattern = new(@"\b(fully remote|100% remote|remote[- ]first|remote position|remote role|work from home|remote \(|location: remote)", RegexOptions.IgnoreCase);

    private static readonly Regex EmploymentLabelPattern = new(@"(?:employment type|job type|contract type|type of employment|schedule)\s*:\s*([^\n]{2,60})", RegexOptions.IgnoreCase);

    private static readonly Regex EmploymentWordPattern = new(@"\b(full[- ]time|permanent|part[- ]time|contractor|contract (?:role|position|basis|job|to hire)|freelance|temporary|temp\b|seasonal|internship|intern\b|co-op|per diem|volunteer)", RegexOptions.IgnoreCase);
}
