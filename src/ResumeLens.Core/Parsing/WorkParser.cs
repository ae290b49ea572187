using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Reads work entries: each anchored on its date range, with title, organization and place from the lines around it.</summary>
internal static class WorkParser
{
    private enum Field { Organization, Title, Dates, Place }

    // Form-style entries ("Organisation: QuadGen Pvt. Ltd." over "Position: Network Engineer" over "Duration: ...").
    private static readonly Dictionary<string, Field> FieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["company"] = Field.Organization,
        ["company name"] = Field.Organization,
        ["organisation"] = Field.Organization,
        ["organization"] = Field.Organization,
        ["employer"] = Field.Organization,
        ["firm"] = Field.Organization,
        ["institution"] = Field.Organization,
        ["name of the company"] = Field.Organization,
        ["name of organisation"] = Field.Organization,
        ["name of organization"] = Field.Organization,
        ["position"] = Field.Title,
        ["designation"] = Field.Title,
        ["role"] = Field.Title,
        ["title"] = Field.Title,
        ["job title"] = Field.Title,
        ["job role"] = Field.Title,
        ["position held"] = Field.Title,
        ["post"] = Field.Title,
        ["duration"] = Field.Dates,
        ["period"] = Field.Dates,
        ["tenure"] = Field.Dates,
        ["dates"] = Field.Dates,
        ["date"] = Field.Dates,
        ["from"] = Field.Dates,
        ["working period"] = Field.Dates,
        ["time period"] = Field.Dates,
        ["location"] = Field.Place,
        ["place"] = Field.Place,
        ["city"] = Field.Place,
    };

    private static readonly System.Text.RegularExpressions.Regex EnumeratorPattern = new(@"^(?:\(?\d{1,2}[.)]|\(?[a-z]\))\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The line without a list number in front: "2) Company: ..." -> "Company: ...".</summary>
    private static string WithoutEnumerator(string text) => EnumeratorPattern.Match(text) is { Success: true } n ? text[n.Length..] : text;

    /// <summary>"Designation: Intern" -> (Title, "Intern"); null when the line does not open with a field label.</summary>
    private static (Field Field, string Value)? Labeled(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 24) return null;
        return FieldLabels.TryGetValue(text[..colon].Trim(), out var field)
            ? (field, text[(colon + 1)..].Trim().TrimEnd('.', ',', ';').Trim())
            : null;
    }

    private sealed class Draft
    {
        public int Anchor;
        public int HeaderStart;
        public int HeaderEnd; // exclusive
        public DateRange Range = null!;
        public int Blurb = -1; // a line inside the header that describes the organization, not part of its name
    }

    /// <param name="loneDates">Whether a single date with a role beside it anchors an entry ("Software Engineering
    /// Intern | Crowdtap, New York | Summer 2015"): so in a section known to list work, not in text of unknown kind.</param>
    public static List<WorkEntry> Parse(List<ResumeLine> lines, KnowledgeBase kb, PartialDate today, bool loneDates = false)
    {
        var entries = new List<WorkEntry>();
        var drafts = new List<Draft>();
        lines = WithoutLoneLinks(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            // Long lines are descriptions, unless one sentence names role, employer and dates ("Working as ... for ... from ...").
            if (lines[i].Text.Length > 120 && (lines[i].Text.Length > 240 || !WorkedWithPattern.IsMatch(WithoutBullet(lines[i].Text)))) continue;
            var range = DateText.FindSpan(lines[i].Text, today) ?? SplitColumnRange(lines, i, today) ?? BrokenRange(lines, i, today)
                ?? (loneDates ? LoneDate(lines, i, kb, today) : null) ?? PlaceholderDates(lines, i, kb, loneDates);
            if (range is null || IsYearInSentence(lines, i, range)) continue;
            drafts.Add(new Draft { Anchor = i, Range = range });
        }
        if (drafts.Count == 0)
        {
            Undated(lines, lines.Count, kb, entries);
            return entries;
        }

        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var floor = k == 0 ? 0 : drafts[k - 1].HeaderEnd;
            var start = d.Anchor;
            var bareAnchor = AnchorPartsCount(lines[d.Anchor], d.Range) == 0; // the date line says nothing besides its dates
            // Dates that open their own block with the role right below them ("04/2015 to 04/2016" over
            // "Sous Chef Company Name | City") take nothing from the block above: that is the last entry's text.
            // So does a lone year among spaced lines ("1995" / "Creature House Ltd." / "Hong Kong" / "Senior Software Engineer").
            var ownBlock = bareAnchor
                && (lines[d.Anchor].StartsBlock && d.Anchor + 1 < lines.Count && !lines[d.Anchor + 1].StartsBlock
                        && IsHeaderLike(lines[d.Anchor + 1], kb) && !EndsBrokenRange(lines[d.Anchor + 1].Text, today)
                    || lines[d.Anchor].Spaced && !d.Range.IsCurrent && d.Range.End == d.Range.Start && BareLoneDate(lines, d.Anchor, kb, today));
            // Look back over short header-like lines (title or company above the dates).
            while (!ownBlock && start - 1 >= floor && d.Anchor - (start - 1) <= 6
                && !(lines[start].StartsBlock && start != d.Anchor && !lines[d.Anchor].StartsBlock))
            {
                if (!IsHeaderLine(lines, start - 1, kb))
                {
                    // "Sr. Web Interface Designer, Miller Systems" / "Boston, MA" / "Full-service technology consulting
                    // company ..." over the dates: one sentence about the firm between its name and the dates.
                    if (d.Blurb >= 0 || !IsBlurb(lines, start - 1, floor, kb)) break;
                    d.Blurb = --start;
                    continue;
                }
                start--;
                if (!lines[start].StartsBlock) continue;
                // Title, organization and dates each in a paragraph of its own ("Senior System Engineer" /
                // "Infosys Limited - Salem" / "December 2014 to Present"): the title above the organization belongs too,
                // also when the organization's place runs onto a line of its own.
                if (d.Anchor - start <= 2 && lines[d.Anchor].StartsBlock && start - 1 >= floor && lines[start - 1].StartsBlock
                    && IsHeaderLike(lines[start - 1], kb) && EntryText.TitleScore(lines[start - 1].Content, kb) >= 1
                    && EntryText.TitleScore(lines[start].Content, kb) == 0 && DateText.FindSpan(lines[start - 1].Text, today) is null)
                    start--;
                break;
            }
            d.HeaderStart = start;
            var end = d.Anchor + 1;
            var next = k + 1 < drafts.Count ? drafts[k + 1].Anchor : lines.Count;
            // Lines after the dates belong to this entry only while it still lacks a title or an organization:
            // "Acme Corp" under "Software Engineer / Jan 2020 – Present", but not the next firm of a list whose
            // entries name firm and place above the role.
            var complete = NamedParts(lines, d, kb, today) >= 2;
            while (!complete && end < next && end - d.Anchor <= 2 && IsHeaderLike(lines[end], kb) && ContinuesHeader(lines, end, next)) end++;
            // "June 2009 – Present" / "Link Solutions" / "Waterloo, IA" / "Accounting Assistant": firm and place under the
            // dates, and the role under the place.
            if (!complete && end == d.Anchor + 3 && end < next && EntryText.LooksLikeLocation(lines[end - 1].Content, kb)
                && EntryText.TitleScore(lines[end - 2].Content, kb) < 2 && !NamesTitle(lines, d, kb, today) && IsTitleUnder(lines, end, next, kb))
                end++;
            // "CONSUMER PRODUCTS, Brampton, Ontario" / "Mar 2006 – Present" / "Human Resources & Payroll Manager": a
            // header that names no title takes the title right under its dates, also below one line about the firm
            // ("Upscale restaurants with full banquet facilities" / "Executive Chef").
            if (end < next && end == d.Anchor + 1 && !NamesTitle(lines, d, kb, today))
            {
                if (IsTitleUnder(lines, end, next, kb)) end++;
                else if (d.Blurb < 0 && end + 1 < next && IsFirmLine(lines[end]) && IsTitleUnder(lines, end + 1, next, kb))
                {
                    d.Blurb = end;
                    end += 2;
                }
            }
            // A bare date line takes the line below it, unless title and organization stood above and that line opens
            // a paragraph of its own: then it heads the next entry.
            // Nor when the role stood above and that paragraph sits right over the next dates: it heads them.
            if (end < next && end == d.Anchor + 1 && bareAnchor && IsHeaderLike(lines[end], kb)
                && !(complete && lines[end].StartsBlock)
                && !(lines[end].StartsBlock && end + 1 == next && next < lines.Count && NamesTitle(lines, d, kb, today)))
                end++;
            while (end < next && end > d.Anchor && ContinuesName(lines[end - 1], lines[end])) end++;
            // "Date" / "Position" / "Company Name" / "Accounts Assistant": a template's column labels left in place, and
            // the one value filled in under them.
            if (end < next && AllBlanks(lines, d.Anchor + 1, end))
            {
                var value = end;
                while (value < next && value - d.Anchor <= 4 && AllBlanks(lines, value, value + 1)) value++;
                if (value > d.Anchor + 1 && value < next && IsHeaderLike(lines[value], kb) && EntryText.TitleScore(lines[value].Content, kb) >= 2)
                    end = value + 1;
            }
            // "2007 - 2009" / "Art director" over "Arffman Consulting - Art Director": the next paragraph names the
            // employer beside the same title again.
            if (end < next && end == d.Anchor + 2 && bareAnchor && lines[end].StartsBlock
                && IsHeaderLike(lines[end], kb) && RepeatsTitle(lines[end].Content, lines[end - 1].Content))
                end++;
            d.HeaderEnd = end;
        }
        // Bare dates left with no header above, because the entry above, headed above its own dates, took the role line
        // right over them: that line heads these dates ("EXECUTIVE H R - LMNO, Bangalore." / "Sept 95 to Feb 97" /
        // "PERSONNEL OFFICER - UVW Private Ltd., Bangalore." / "May 95 to Aug 95").
        for (var k = 0; k + 1 < drafts.Count; k++)
        {
            var d = drafts[k];
            var n = drafts[k + 1];
            if (n.HeaderStart != n.Anchor || AnchorPartsCount(lines[n.Anchor], n.Range) > 0) continue;
            if (d.HeaderEnd != n.Anchor || d.HeaderEnd - 1 <= d.Anchor || d.HeaderStart == d.Anchor) continue;
            if (!IsHeaderLike(lines[n.Anchor - 1], kb) || !StartsWithTitle(lines[n.Anchor - 1].Content, kb)) continue;
            d.HeaderEnd--;
            n.HeaderStart = n.Anchor - 1;
        }
        // Roles listed without dates before the first dated one ("Board Member, App Developers Conference").
        Undated(lines, drafts[0].HeaderStart, kb, entries);
        // A following entry's look-back must not steal the previous entry's trailing lines beyond its own header.
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var bodyEnd = k + 1 < drafts.Count ? drafts[k + 1].HeaderStart : lines.Count;
            var entry = Build(lines, d, bodyEnd, kb, today);
            // A date with nothing beside it (a date column cut off from its entries) is no role.
            if (entry.Position is not null || entry.Name is not null || entry.Highlights.Count > 0) entries.Add(entry);
        }
        // "Prior experience includes ... at ..., ... at ...": the earlier roles a sentence under the last one sums up.
        for (var i = drafts[0].HeaderStart; i < lines.Count; i++)
        {
            if (!PriorRolesPattern.IsMatch(lines[i].Content)) continue;
            var text = lines[i].Content;
            for (var j = i + 1; j < lines.Count && j <= i + 3 && !text.EndsWith('.') && !lines[j].IsBullet; j++) text += " " + lines[j].Text;
            if (PriorRoles(text, kb) is { } prior) entries.AddRange(prior);
        }
        return entries;
    }

    private static readonly System.Text.RegularExpressions.Regex BracketedYearPattern = new(@"\((?:19|20)\d{2}\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // "Work (1994), Continental Achievement Award for Competitive Benchmarking (1993)," over "Managerial Excellence Award
    // (1991), and ...": years in brackets after the things they date, in a sentence running over lines, date no role.
    private static bool IsYearInSentence(List<ResumeLine> lines, int i, DateRange range)
    {
        if (range.IsCurrent || range.End is { } e && e != range.Start) return false;
        var text = lines[i].Text;
        var start = range.TextStart;
        if (start <= 0 || text[start - 1] != '(' && text[start] != '(') return false;
        return BracketedYearPattern.Count(text) >= 2 || i > 0 && lines[i - 1].Text.TrimEnd().EndsWith(',');
    }

    // A line that is nothing but a web address ("https://www.indeed.com/r/..." at a page break, "www.acme.com" under
    // the firm) names no part of a role and must not come between a title and its employer.
    private static List<ResumeLine> WithoutLoneLinks(List<ResumeLine> lines)
    {
        if (!lines.Exists(IsLoneLink)) return lines;
        return lines.FindAll(l => !IsLoneLink(l));
    }

    private static bool IsLoneLink(ResumeLine l)
    {
        var t = l.Content.Trim();
        return t.IndexOf(' ') < 0 && (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    private static void Undated(List<ResumeLine> lines, int end, KnowledgeBase kb, List<WorkEntry> entries)
    {
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var l = lines[i];
            if (PriorRoles(l.Content, kb) is { Count: > 0 } prior)
            {
                entries.AddRange(prior);
                continue;
            }
            if (l.IsBullet || l.Content.Length > 90 || !IsHeaderLike(l, kb)) continue;
            if (UndatedPair(lines, i, end, kb) is { } pair)
            {
                entries.Add(pair);
                i++;
                continue;
            }
            var parts = EntryText.Parts(l.Content);
            if (parts.Count != 1 || kb.Degrees.TryFind(l.Content, out _)) continue;
            var trailingComma = l.Content.TrimEnd().EndsWith(',');
            var comma = trailingComma ? parts[0].Length : parts[0].IndexOf(',');
            // Only the "Title, Organization" form, on one line or with the organization on the next: a lone
            // title-like line is more likely a heading, a label or a headline.
            if (comma <= 0) continue;
            var title = parts[0][..comma].Trim();
            var organization = comma < parts[0].Length ? parts[0][(comma + 1)..].Trim() : "";
            if (EntryText.TitleScore(title, kb) < 2)
            {
                // "ARLINGTON CORPORATION, Product Development Specialist": the firm first, then the role.
                if (organization.IndexOf(',') < 0 && EntryText.TitleScore(organization, kb) >= 2 && char.IsUpper(title[0])
                    && CanNameOrganization(title, kb) && !EntryText.LooksLikeLocation(title, kb) && !kb.Institutions.LooksLikeInstitution(title))
                    entries.Add(new WorkEntry { Position = organization, Name = title, Highlights = [] });
                continue;
            }
            string? name = organization;
            if (organization.Length == 0)
            {
                // "Adviser," over "Trailerpop": the role is clear, the line below may be its organization or a
                // description, so it is skipped over but not claimed as the employer.
                if (i + 1 >= end || !IsHeaderLike(lines[i + 1], kb) || lines[i + 1].StartsBlock) continue;
                i++;
                name = null;
            }
            else if (!char.IsUpper(organization[0]) || !CanNameOrganization(organization, kb) || EntryText.LooksLikeLocation(l.Content, kb))
            {
                continue;
            }
            entries.Add(new WorkEntry { Position = title, Name = name, Highlights = [] });
        }
    }

    private static readonly System.Text.RegularExpressions.Regex PriorRolesPattern = new(
        @"^(?:prior|previous|earlier|other|additional)\s+(?:experience|positions|roles|employment|career)(?:\s+(?:includes?|including))?\s*:?\s+(?<list>[A-Z].+?)\.?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PriorRoleSeparatorPattern = new(@"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex RoleAtFirmPattern = new(@"^(?<title>.+?)\s+(?:at|with|for)\s+(?<org>[A-Z].*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// "Prior experience includes Employee Relations Manager at Fidelity Investments, Training Manager at The Talbots,
    /// and Training Consultant at Polaroid Corporation.": earlier roles summed up in one sentence, each a role at a firm.
    /// </summary>
    private static List<WorkEntry>? PriorRoles(string text, KnowledgeBase kb)
    {
        if (text.Length > 400 || PriorRolesPattern.Match(text.Trim()) is not { Success: true } m) return null;
        var roles = new List<WorkEntry>();
        foreach (var item in PriorRoleSeparatorPattern.Split(m.Groups["list"].Value))
        {
            if (RoleAtFirmPattern.Match(item.Trim().TrimEnd('.')) is not { Success: true } r) return null;
            var title = r.Groups["title"].Value.Trim();
            var org = r.Groups["org"].Value.Trim();
            if (EntryText.TitleScore(title, kb) < 2 || !CanNameOrganization(org, kb) || EntryText.LooksLikeLocation(org, kb)) return null;
            roles.Add(new WorkEntry { Position = title, Name = org, Highlights = [] });
        }
        return roles;
    }

    // "Associate consultant" over "Sap labs", each a paragraph of one line, with no dates: a role and its employer
    // (the title known as one, the employer short and named like one).
    private static WorkEntry? UndatedPair(List<ResumeLine> lines, int i, int end, KnowledgeBase kb)
    {
        if (i + 1 >= end) return null;
        var title = lines[i].Content.TrimEnd(' ', '-', ',');
        var org = lines[i + 1].Content.TrimEnd(' ', '-', ',');
        // "Customer Service Representative" over "Future Shop, Toronto" opening the section, in one paragraph: the
        // dates stand in a column of their own, elsewhere.
        var comma = org.LastIndexOf(',');
        var opensSection = i == 0 && !lines[i + 1].IsBullet && comma > 0
            && EntryText.LooksLikeLocation(org[(comma + 1)..], kb) && i + 2 < lines.Count && !IsHeaderLike(lines[i + 2], kb);
        if (opensSection) org = org[..comma].TrimEnd();
        else if (!IsLonePhrase(lines, i) || !IsLonePhrase(lines, i + 1)) return null;
        if (EntryText.TitleScore(title, kb) < 2 || EntryText.TitleScore(org, kb) >= 1 || !IsHeaderLike(lines[i + 1], kb)) return null;
        if (!char.IsUpper(org[0]) || !CanNameOrganization(org, kb) || EntryText.LooksLikeLocation(org, kb) || kb.Degrees.TryFind(org, out _)) return null;
        return new WorkEntry { Position = title, Name = org, Highlights = [] };
    }

    // A paragraph of one short line: a block of its own, six words at most, no bullet.
    private static bool IsLonePhrase(List<ResumeLine> lines, int i) =>
        lines[i].StartsBlock && !lines[i].IsBullet && lines[i].Content.Length <= 60 && (i + 1 == lines.Count || lines[i + 1].StartsBlock)
        && lines[i].Content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;

    // One date on a line that names the role beside it: two parts or more, or a known job title. A date alone on the line
    // above is where the role began ("Jan 2004" over "Dec 2006: HR Assistant Manager").
    private static DateRange? LoneDate(List<ResumeLine> lines, int i, KnowledgeBase kb, PartialDate today)
    {
        var line = lines[i];
        if (line.IsBullet || line.Text.Length > 100) return null;
        var ranges = DateText.FindRanges(line.Text, today);
        if (ranges.Count != 1) return null;
        var rest = EntryText.Without(line.Text, ranges[0].TextStart, ranges[0].TextLength);
        var parts = EntryText.Parts(rest);
        if (parts.Count == 0) return BareLoneDate(lines, i, kb, today) ? ranges[0] : null;
        // A line opening in lower case carries on a sentence ("companys product strategies, ..., after the September 2005").
        if (IsProse(line.Content) || char.IsLower(line.Content[0]) || line.Content.EndsWith('.') || rest.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return null;
        // "Master of Arts, May 2015", or a school and year under the degree: education, not a role.
        for (var j = Math.Max(0, i - 2); j < i; j++)
        {
            if (kb.Degrees.TryFind(lines[j].Text, out _)) return null;
        }
        if (kb.Degrees.TryFind(rest, out _) || rest.Contains("class of", StringComparison.OrdinalIgnoreCase)) return null;
        // "Key Skills - Azure SQL DW, Data Factory, SQL Server 2016, Power BI,": a list of tools with a version year.
        if (rest.Count(c => c == ',') > 2 || line.Content.EndsWith(',')) return null;
        var begun = default(PartialDate);
        var begins = i > 0 && IsDateOnly(lines[i - 1].Text, today, out begun) && begun.MonthIndex <= ranges[0].Start.MonthIndex;
        // "Intern | HSBC" over "Las Vegas, NV | Summer 2013": the place and date under the role and employer.
        var placeUnderRole = parts.Count == 1 && EntryText.LooksLikeLocation(parts[0], kb) && i > 0 && !lines[i - 1].IsBullet
            && IsHeaderLike(lines[i - 1], kb) && EntryText.Parts(lines[i - 1].Content).Exists(p => EntryText.TitleScore(p, kb) >= 2);
        if (parts.Count < 2 && !placeUnderRole && EntryText.TitleScore(parts[0], kb) < (begins ? 2 : 3)) return null;
        // "2019 Embedded Linux Engineer @ Cogent" over "Telecommunications / 2016 2018": the range below is the entry's.
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            if (lines[j].Text.Length <= 120 && DateText.FindSpan(lines[j].Text, today) is not null) return null;
        }
        return begins ? ranges[0] with { Start = begun, IsCurrent = false } : ranges[0];
    }

    // Dates a template or an anonymized resume left unfilled: "20xx - 20xx", "May 20XX – Present", and in an
    // experience section "Date to Date" or "Dates" alone on a line above a role.
    private static readonly System.Text.RegularExpressions.Regex MaskedYearsPattern = new(
        @"(?:\b[A-Za-z]{3,9}\.?\s+)?\b(?:19|20)[xX]{2}\b(?:\s*(?:[-–—]|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)[xX]{2}\b|present|current|till\s+date|date))?",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PlaceholderLinePattern = new(
        @"^(?:(?:start\s+|from\s+)?dates?(?:\s*(?:[-–—]|to)\s*(?:end\s+)?dates?)?(?:\s+or\s+to\s+date)?|(?:month\s+)?year\s*[-–—]\s*(?:month\s+)?year|mm/yy(?:yy)?\s*[-–—]\s*mm/yy(?:yy)?)\s*:?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static DateRange? PlaceholderDates(List<ResumeLine> lines, int i, KnowledgeBase kb, bool experience)
    {
        var text = lines[i].Text;
        if ((text.Contains("9xx", StringComparison.OrdinalIgnoreCase) || text.Contains("0xx", StringComparison.OrdinalIgnoreCase))
            && MaskedYearsPattern.Match(text) is { Success: true } m)
        {
            // "Dates of birth: XX/XX/19XX" and "(20XX, 20XX)" in a sentence are no role's dates.
            var rest = EntryText.Without(text, m.Index, m.Length);
            if (!IsProse(rest) && !rest.Contains("birth", StringComparison.OrdinalIgnoreCase) && !rest.Contains("DOB", StringComparison.Ordinal))
            {
                // "20XX – Present" is still the current role.
                var end = m.Value.TrimEnd(' ', '.', ')');
                return new DateRange(default, null, OngoingWords.Any(w => end.EndsWith(w, StringComparison.OrdinalIgnoreCase)), m.Index, m.Length);
            }
            return null;
        }
        if (!experience || text.Length > 40 || !PlaceholderLinePattern.IsMatch(text.Trim())) return null;
        for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
        {
            if (EntryText.TitleScore(lines[j].Content, kb) >= 2 && IsHeaderLike(lines[j], kb)) return new DateRange(default, null, false, 0, text.Length);
        }
        return null;
    }

    // "Summer 2008" over "Unified" / "New York, NY" / "Accounting Summer Intern": a date alone on its line heads the
    // firm, place and role below it when one of those lines names a role and no other date follows.
    private static bool BareLoneDate(List<ResumeLine> lines, int i, KnowledgeBase kb, PartialDate today)
    {
        if (i + 1 >= lines.Count || lines[i + 1].StartsBlock && !lines[i].StartsBlock) return false;
        for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
        {
            var l = lines[j];
            if (j > i + 1 && l.StartsBlock && !l.Spaced || !IsHeaderLike(l, kb) || l.Text.Length > 60 || DateText.FindRanges(l.Text, today).Count > 0) return false;
            if (kb.Degrees.TryFind(l.Text, out _)) return false;
            if (EntryText.TitleScore(l.Content, kb) >= 2) return true;
        }
        return false;
    }

    private static bool IsDateOnly(string text, PartialDate today, out PartialDate date)
    {
        date = default;
        var t = text.Trim();
        if (t.Length == 0 || t.Length > 20) return false;
        var ranges = DateText.FindRanges(t, today);
        if (ranges is not [{ TextStart: 0 } only] || only.TextLength < t.TrimEnd(':', '-', '–').Length) return false;
        date = only.Start;
        return true;
    }

    private static readonly string[] OngoingWords = ["present", "current", "till date", "to date", "today", "now", "ongoing"];

    // One sentence under a header's name and place lines, in the same paragraph, and not the first line of one.
    private static bool IsBlurb(List<ResumeLine> lines, int i, int floor, KnowledgeBase kb)
    {
        var l = lines[i];
        if (l.IsBullet || l.StartsBlock || l.Content.Length > 120 || !l.Content.EndsWith('.') || i - 1 < floor) return false;
        if (l.Content.AsSpan(0, l.Content.Length - 1).ContainsAny('.', ';')) return false;
        if (!IsHeaderLine(lines, i - 1, kb)) return false;
        var above = lines[i - 1].Content;
        if (EntryText.LooksLikeLocation(above, kb)) return true;
        // "ABC COMPANY — Los Angeles, CA" / "Provides voice and data communications systems ...": the firm and its place.
        var parts = EntryText.Parts(above);
        return parts.Count == 2 && EntryText.LooksLikeLocation(parts[1], kb) && EntryText.TitleScore(parts[0], kb) == 0;
    }

    // "Present" or "June 2009" under "May 2008": the line finishes the range above it, it names nothing.
    private static bool EndsBrokenRange(string text, PartialDate today)
    {
        var t = RangeEndText(text);
        return IsOngoing(t) || IsDateOnly(t, today, out _);
    }

    // The second line of a broken range without its dashes and brackets: "- Present]" -> "Present".
    private static string RangeEndText(string text) => text.Trim().Trim('-', '–', '—', ']', ')', '[', '(', ' ');

    private static bool IsOngoing(string t) => OngoingWords.Any(w => t.Equals(w, StringComparison.OrdinalIgnoreCase));

    // A range broken after its first date: "Maplewood, MN. [7/2010" over "7/2013]", or "... – Jan 2019" over "Present".
    private static DateRange? BrokenRange(List<ResumeLine> lines, int i, PartialDate today)
    {
        if (i + 1 >= lines.Count || lines[i + 1].StartsBlock) return null;
        var text = lines[i].Text.TrimEnd(' ', '-', '–', '—', '[', '(');
        var ranges = DateText.FindRanges(text, today);
        if (ranges.Count == 0) return null;
        var last = ranges[^1];
        if (last.TextStart + last.TextLength < text.Length || last.End != last.Start) return null;
        var next = RangeEndText(lines[i + 1].Text);
        if (IsOngoing(next))
            return new DateRange(last.Start, null, true, last.TextStart, last.TextLength);
        if (!IsDateOnly(next, today, out var end) || end.MonthIndex < last.Start.MonthIndex) return null;
        return new DateRange(last.Start, end, false, last.TextStart, last.TextLength);
    }

    // A date column beside the text: "June 2022 – Software Engineer, Google" over "Present Developing ...".
    private static DateRange? SplitColumnRange(List<ResumeLine> lines, int i, PartialDate today)
    {
        if (i + 1 >= lines.Count) return null;
        var text = lines[i].Text;
        var dash = text.IndexOfAny(['–', '—', '-']);
        if (dash < 4 || dash > 20 || dash + 1 >= text.Length || text[dash + 1] != ' ') return null;
        var start = DateText.FindRanges(text[..dash], today);
        if (start.Count != 1 || start[0].TextStart > 1) return null;
        var next = lines[i + 1].Text;
        var space = next.IndexOf(' ');
        var head = space < 0 ? next : next[..space];
        if (next.StartsWith("Present", StringComparison.OrdinalIgnoreCase) || next.StartsWith("Current", StringComparison.OrdinalIgnoreCase))
            return new DateRange(start[0].Start, null, true, 0, dash + 1);
        var end = DateText.FindRanges(next.Length > 14 ? next[..14] : next, today);
        if (end.Count == 1 && end[0].TextStart == 0 && end[0].Start.MonthIndex >= start[0].Start.MonthIndex && head.Length > 0)
            return new DateRange(start[0].Start, end[0].Start, false, 0, dash + 1);
        return null;
    }

    private static bool RepeatsTitle(string line, string title)
    {
        var parts = EntryText.Parts(line);
        var t = title.Trim();
        return parts.Count == 2 && t.Length >= 3 && parts.Exists(p => p.Contains(t, StringComparison.OrdinalIgnoreCase)); // "Freelance graphic designer"
    }

    // A line under the dates goes on with their header when it is in the same paragraph, or spaced like every line around
    // it and not one of the two lines above the next entry's dates (that entry's own title and employer).
    private static bool ContinuesHeader(List<ResumeLine> lines, int i, int next) =>
        !lines[i].StartsBlock || lines[i].Spaced && (next == lines.Count || next - i > 2);

    private static bool IsTitleUnder(List<ResumeLine> lines, int i, int next, KnowledgeBase kb) =>
        ContinuesHeader(lines, i, next) && lines[i].Content.Length <= 60 && IsHeaderLike(lines[i], kb) && EntryText.TitleScore(lines[i].Content, kb) >= 2;

    // A description of the employer under its dates: one capitalized phrase or sentence, no bullet.
    private static bool IsFirmLine(ResumeLine l) =>
        !l.IsBullet && !l.StartsBlock && l.Content.Length is >= 30 and <= 160 && char.IsUpper(l.Content[0]) && !l.Content.EndsWith(':');

    // The parts of the header so far: the looked-back lines and what the date line holds beside its dates, without
    // the firm's description and a start date on a line of its own.
    private static IEnumerable<string> HeaderParts(List<ResumeLine> lines, Draft d, PartialDate today)
    {
        for (var i = d.HeaderStart; i <= d.Anchor; i++)
        {
            if (i == d.Blurb) continue;
            var text = i == d.Anchor ? AnchorRemainder(lines[i].Text, d.Range) : lines[i].Content;
            if (i != d.Anchor && IsDateOnly(text, today, out _)) continue;
            foreach (var p in EntryText.Parts(text)) yield return p;
        }
    }

    // Whether a part of the header so far, or of its comma-separated pieces, reads as a job title.
    private static bool NamesTitle(List<ResumeLine> lines, Draft d, KnowledgeBase kb, PartialDate today)
    {
        foreach (var p in HeaderParts(lines, d, today))
        {
            foreach (var piece in p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // "MA" in "Boston, MA" is a state, whatever else the letters stand for.
                if (piece.Length > 3 && (EntryText.TitleScore(piece, kb) >= 2 || RoleInFirm(piece, kb) > 0)) return true;
            }
        }
        return false;
    }

    // Parts of the header so far that are not places.
    private static int NamedParts(List<ResumeLine> lines, Draft d, KnowledgeBase kb, PartialDate today)
    {
        var n = 0;
        foreach (var p in HeaderParts(lines, d, today))
        {
            if (p.Length > 1 && !EntryText.LooksLikeLocation(p, kb)) n++;
        }
        return n;
    }

    private static int AnchorPartsCount(ResumeLine line, DateRange r) =>
        EntryText.Parts(AnchorRemainder(line.Text, r)).Count;

    // What the date line says besides its dates. "Aug 2011 - Aug 2012. Assistant Program Manager. Developed playlists..."
    // keeps only its first short sentence: the rest is the description, not names.
    private static string AnchorRemainder(string text, DateRange r)
    {
        var after = r.TextStart + r.TextLength;
        if (after < text.Length && text[after] == '.' && after + 1 < text.Length && text[after + 1] == ' ')
        {
            var rest = text[(after + 2)..];
            var stop = rest.IndexOf(". ", StringComparison.Ordinal);
            var first = stop < 0 ? rest.TrimEnd('.') : rest[..stop];
            return first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? EntryText.Without(text[..after] + " " + first, r.TextStart, r.TextLength) : EntryText.Without(text[..after], r.TextStart, r.TextLength);
        }
        return EntryText.Without(text, r.TextStart, r.TextLength);
    }

    private static bool IsHeaderLike(ResumeLine l, KnowledgeBase kb)
    {
        var t = l.Content;
        if (l.IsBullet || t.Length > 130 || t.Length < 2 || !char.IsLetterOrDigit(t[0])) return false;
        if (Labeled(WithoutEnumerator(t)) is { Value.Length: > 0 and <= 100 }) return true;
        if (t.EndsWith(':')) return false; // "Company Profile:", "Project Description:": a label for the lines below
        if (IsDetailLabel(t)) return false; // "Environment: Splunk", "Responsibilities: Development, Testing"
        if (DescriptionLabels.Contains(t)) return false; // "Roles and Responsibilities" over the bullets
        if (t.Length > 90) return StartsWithTitle(t, kb) && !t.EndsWith('.'); // "Research Associate at <a long organization>, <place>"
        // "PERSONNEL OFFICER - UVW Private Ltd., Bangalore.": a header closed by a full stop has only names in it.
        if (t.EndsWith('.') && t.Length > 40 && !EndsWithAbbreviation(t) && !(StartsWithTitle(t, kb) && AllNameWords(t))) return false;
        if (IsProse(t)) return false; // "In a business critical role making a substantial contribution to the future growth of the"
        var space = t.IndexOf(' ');
        var first = space < 0 ? t : t[..space];
        if (char.IsLower(t[0])) return false;
        if (kb.Vocabulary.IsActionVerb(first) && !char.IsUpper(first[^1]) && t.Length > 30)
        {
            // "Research Associate at the Laboratory for ...": a title that opens with a verb-like word is still a header.
            return StartsWithTitle(t, kb);
        }
        return true;
    }

    private static bool AllNameWords(string t)
    {
        foreach (var w in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(w[0]) && !char.IsUpper(w[0]) && !NameConnectors.Contains(w)) return false;
        }
        return true;
    }

    // "User Experience Director, CityVoter, Inc.": the full stop closes an abbreviation, not a sentence.
    private static bool EndsWithAbbreviation(string t)
    {
        var last = t[(t.LastIndexOf(' ') + 1)..];
        return last.Length <= 5 && char.IsUpper(last[0]);
    }

    // The dated line keeps its bullet ("• Worked as Data Analyst for ... from June 2013 till Oct 2014").
    private static string WithoutBullet(string text)
    {
        var t = text.TrimStart();
        return t.Length > 1 && ResumeLine.Bullet(t[0]) ? t[1..].TrimStart() : t;
    }

    private static readonly System.Text.RegularExpressions.Regex WorkedWithPattern = new(
        @"^(?i:(?:presently|currently)\s+)?(?i:working|worked|employed|serving|served)\s+(?:as\s+(?<t1>[A-Z][^,]{1,50}?)\s+)?(?:with|at|for|in)\s+(?<org>[A-Z][\w.&'()\- ]{1,60}?)(?:\s+under\s+[A-Z][\w.&'()\- ]{1,60}?)?(?:\s+as\s+(?<t2>[A-Z][^,]{1,50}?))?\s*(?:[-–,]\s*(?<place>[A-Z][a-z]+))?(?:\s+(?i:from|since|till|until)\b.*)?\.?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex LeadRolePattern = new(
        @"^(?<title>[A-Z][\w&/'.\- ]{2,60}?)(?:\s+(?:at|with)\s+(?<org>[A-Z][^:;,]{2,80}?))?\s*[:,;]\s",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly HashSet<string> DescriptionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "responsibilities", "roles and responsibilities", "roles & responsibilities", "key responsibilities", "job responsibilities",
        "duties", "key duties", "duties and responsibilities", "achievements", "key achievements", "accomplishments",
        "job description", "project description", "description", "tasks", "role", "projects", "key projects", "highlights",
    };

    private static readonly string[] DetailLabelWords = ["environment", "technolog", "tool", "software", "framework", "platform", "stack", "skill", "responsibilit", "description", "team size", "project", "client"];

    // "Environment: Splunk", "Software Used: Java, GWT" or "Client: Renault" under a role: a label that opens the details
    // of the role (a consultant's client is not the employer).
    private static bool IsDetailLabel(string t)
    {
        var colon = t.IndexOf(':');
        if (colon <= 0 || colon > 30) return false;
        var label = t[..colon].Trim().ToLowerInvariant();
        return label.Split(' ').Length <= 3 && Array.Exists(DetailLabelWords, w => label.Contains(w, StringComparison.Ordinal));
    }

    // Eight words or more, most of them in lower case: a sentence wrapped over lines, not a title or a name.
    private static bool IsProse(string t)
    {
        var words = 0;
        var lower = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == ' ' || i > 0 && t[i - 1] != ' ') continue;
            words++;
            if (char.IsLower(t[i])) lower++;
        }
        return words >= 8 && lower * 10 >= words * 6;
    }

    private static bool IsHeaderLine(List<ResumeLine> lines, int i, KnowledgeBase kb) =>
        IsHeaderLike(lines[i], kb) || i > 0 && ContinuesName(lines[i - 1], lines[i]) && IsHeaderLike(lines[i - 1], kb);

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "for", "&", "de", "du", "des", "der", "di", "do", "da" };

    // "Research Associate at Laboratory for Foundations of Computer Science, University" over "of Edinburgh, UK":
    // a name broken before its connector goes on, on the next line.
    private static bool ContinuesName(ResumeLine above, ResumeLine line)
    {
        var t = line.Text;
        if (line.IsBullet || line.StartsBlock || t.Length > 80 || above.IsBullet) return false;
        var space = t.IndexOf(' ');
        if (space <= 0 || space + 1 >= t.Length || !char.IsUpper(t[space + 1]) || !NameConnectors.Contains(t[..space])) return false;
        var a = above.Text.TrimEnd();
        return a.Length > 0 && char.IsLetter(a[^1]) && char.IsUpper(a[a.LastIndexOf(' ') + 1]);
    }

    /// <summary>
    /// Where the firm starts in "Role in Firm" ("FI/CO Consultant in Tech Mahindra"), or -1: the words before "in" end
    /// in a role, and what follows is a name of two or more capitalized words that is neither a skill nor a role
    /// ("Specialist in Marketing", "Engineer in Training" stay whole).
    /// </summary>
    private static int RoleInFirm(string text, KnowledgeBase kb)
    {
        var i = text.IndexOf(" in ", StringComparison.Ordinal);
        if (i <= 0 || text.IndexOf(" in ", i + 1, StringComparison.Ordinal) >= 0) return -1;
        var role = text[..i].Trim();
        var rest = EntryText.Parts(text[(i + 4)..]);
        if (rest.Count == 0 || EntryText.TitleScore(role, kb) < 2) return -1;
        var firm = rest[0];
        var words = firm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6 || words.Any(w => !char.IsUpper(w[0]) && w is not ("and" or "&" or "of"))) return -1;
        if (EntryText.TitleScore(firm, kb) >= 2 || kb.Skills.TryResolve(firm, out _) || EntryText.LooksLikeLocation(firm, kb)) return -1;
        return i + 4;
    }

    private static bool StartsWithTitle(string t, KnowledgeBase kb)
    {
        var parts = EntryText.Parts(t);
        var lead = parts.Count > 0 ? parts[0] : t;
        var comma = lead.IndexOf(',');
        return EntryText.TitleScore(comma > 0 ? lead[..comma] : lead, kb) >= 2;
    }

    private static WorkEntry Build(List<ResumeLine> lines, Draft d, int bodyEnd, KnowledgeBase kb, PartialDate today)
    {
        var parts = new List<string>();
        var employers = new List<string>(); // parts written after "@" or "at" or labeled: organizations by construction
        string? labeledTitle = null, labeledPlace = null;
        int anchorFrom = -1, anchorTo = -1; // the parts the dates' own line gave
        for (var i = d.HeaderStart; i < d.HeaderEnd; i++)
        {
            if (i == d.Anchor) anchorFrom = parts.Count;
            else if (anchorFrom >= 0 && anchorTo < 0) anchorTo = parts.Count;
            if (i == d.Blurb) continue;
            var text = i == d.Anchor ? AnchorRemainder(lines[i].Text, d.Range) : lines[i].Content;
            if (i != d.Anchor && IsDateOnly(text, today, out _)) continue; // the start date on a line of its own
            while (i + 1 < d.HeaderEnd && i + 1 != d.Anchor && ContinuesName(lines[i], lines[i + 1])) text += " " + lines[++i].Text;
            // Other dates on header lines (a second column) are not names.
            var r = DateText.FindSpan(text, today);
            if (r is not null) text = EntryText.Without(text, r.TextStart, r.TextLength);
            else if (i != d.Anchor && DateText.FindRanges(text, today) is [{ TextStart: 0 } lead, ..] && lead.TextLength < text.Length)
                text = EntryText.Without(text, 0, lead.TextLength); // "2019 Embedded Linux Engineer @ Cogent": the year opens the line, it is not the title
            text = WithoutEnumerator(text);
            if (Labeled(text) is { } labeled)
            {
                switch (labeled.Field)
                {
                    case Field.Title when labeled.Value.Length > 0:
                        labeledTitle ??= labeled.Value;
                        continue;
                    case Field.Place when labeled.Value.Length > 0:
                        labeledPlace ??= labeled.Value;
                        continue;
                    case Field.Organization when labeled.Value.Length > 0:
                        // "QuadGen Wireless Pvt. Ltd., Bangalore": the organization, then its place.
                        text = labeled.Value;
                        var lastComma = text.LastIndexOf(',');
                        var tail = lastComma > 0 ? text[(lastComma + 1)..].Trim() : "";
                        if (IsPlaceTail(tail, kb) && !EntryText.HasCompanyMarker(tail))
                        {
                            labeledPlace ??= tail;
                            text = text[..lastComma].Trim();
                        }
                        employers.Add(text);
                        parts.Add(text);
                        continue;
                    default:
                        continue; // the dates are the anchor's; a label with no value says nothing
                }
            }
            if (WorkedWithPattern.Match(WithoutBullet(text)) is { Success: true } ww)
            {
                // "Presently working with Interra Systems India Pvt Ltd as Executive - HR", "Worked as Deputy Manager with
                // Genius Consultants Ltd -Bangalore from June 2005": the sentence names the employer and the role.
                var org = ww.Groups["org"].Value.Trim().TrimEnd('.', ',');
                employers.Add(org);
                parts.Add(org);
                var role = ww.Groups["t1"].Success ? ww.Groups["t1"].Value : ww.Groups["t2"].Success ? ww.Groups["t2"].Value : null;
                if (role is not null) labeledTitle ??= role.Trim().TrimEnd('.', ',');
                if (ww.Groups["place"].Success) labeledPlace ??= ww.Groups["place"].Value;
                continue;
            }
            var at = text.IndexOf(" @ ", StringComparison.Ordinal) is var a1 and >= 0 ? a1 + 3
                : text.IndexOf(" at ", StringComparison.Ordinal) is var a2 and >= 0 ? a2 + 4 : -1;
            if (at > 0 && string.CompareOrdinal(text, at, "the ", 0, 4) == 0) text = text[..at] + text[(at + 4)..]; // "Lecturer at the Institute of ..."
            if (at < 0 && RoleInFirm(text, kb) is var inAt and > 0)
            {
                text = text[..(inAt - 4)] + " | " + text[inAt..]; // "FI/CO Consultant in Tech Mahindra - SAP FICO"
                at = inAt - 1;
            }
            if (at > 0 && EntryText.Parts(text[at..]) is [var organization, ..])
                employers.Add(organization.IndexOf(',') is var oc and > 0 ? organization[..oc].Trim() : organization);
            foreach (var raw in EntryText.Parts(text).SelectMany(p => Unglued(p, kb)))
            {
                var p = WithoutTrailingPreposition(raw); // "Hyderabad from Nov 2011": the dates took what "from" led to
                // "Worked from June 2015": one word before the preposition is a sentence's verb, unless it names a place.
                if (p.Length < raw.Length && !p.Contains(' ') && !kb.Places.IsPlace(p)) continue;
                // Template resumes keep the placeholder "Company Name" right after the title ("Sous Chef Company Name").
                if (p.Length > 13 && p.EndsWith(" Company Name", StringComparison.Ordinal))
                {
                    parts.Add(p[..^13].Trim());
                    p = "Company Name";
                }
                if (IsLabel(p)) continue;
                if (p.Contains(',') && !kb.Titles.Contains(p) && (!EntryText.LooksLikeLocation(p, kb) || p.Count(c => c == ',') >= 2)) parts.AddRange(SplitCommas(p, kb));
                else parts.Add(p);
            }
        }

        string? location = null;
        var withheld = false; // the employer's place holds a blank: no other part is the employer
        var remaining = new List<string>();
        foreach (var p in parts)
        {
            if (OrganizationBlanks.Contains(p))
            {
                withheld = true; // "Confidential", "Name of company": the blank names nothing
                continue;
            }
            var comma = p.IndexOf(',');
            if (EntryText.LooksLikeLocation(p, kb))
            {
                location ??= p;
                continue;
            }
            // "Acme Corp, Berlin" -> organization and place.
            if (comma > 0 && location is null && IsPlaceTail(p[(comma + 1)..].Trim(), kb) && EntryText.TitleScore(p, kb) < 3 && !EntryText.IsPartnerList(p))
            {
                remaining.Add(p[..comma].Trim());
                location = p[(comma + 1)..].Trim();
                continue;
            }
            remaining.Add(p);
        }

        location = labeledPlace ?? location;
        if (anchorFrom >= 0 && anchorTo < 0) anchorTo = parts.Count;
        var onAnchor = anchorFrom < 0 ? [] : parts[anchorFrom..anchorTo].ToHashSet(StringComparer.Ordinal);
        var title = labeledTitle;
        var titleScore = labeledTitle is null ? 0 : int.MaxValue;
        foreach (var p in remaining)
        {
            // Named after "with", "at" or a label, or a school's name: the organization.
            if (employers.Contains(p) || kb.Institutions.LooksLikeInstitution(p) || NamesSection(p, kb)) continue;
            var s = EntryText.TitleScore(p, kb);
            // "AM Developer" / "Greens" / "Area Construction Manager (Sept 2005-Till date)": of two titles as good, the
            // one written beside the dates.
            if (s > titleScore || s == titleScore && s >= 2 && onAnchor.Contains(p) && title is not null && !onAnchor.Contains(title))
            {
                titleScore = s;
                title = p;
            }
        }
        string? company = null;
        var companyScore = int.MinValue;
        foreach (var p in remaining)
        {
            if (ReferenceEquals(p, title) || withheld && !employers.Contains(p)) continue;
            if (!CanNameOrganization(p, kb)) continue;
            var s = (EntryText.HasCompanyMarker(p) ? 3 : 0) + (employers.Contains(p) ? 3 : 0) + (char.IsUpper(p[0]) ? 1 : 0) - (p.Length > 60 ? 2 : 0) - EntryText.TitleScore(p, kb)
                - (kb.Skills.TryResolve(p, out _) ? 3 : 0);
            if (s > companyScore)
            {
                companyScore = s;
                company = p;
            }
        }
        if (company is not null) company = WithoutMessrs(WithoutTrailingPreposition(company));
        if (title is null && remaining.Count > 0)
        {
            // Unknown title: take the first part that is not the organization.
            foreach (var p in remaining)
            {
                // "NC", "WI": a region code left over from the place is no role.
                // "is to", "Hyderabad from": words of a sentence, not a role.
                if (!ReferenceEquals(p, company) && p.Length <= 60 && char.IsUpper(p[0]) && p.Split(' ').Length <= 6
                    && !(p.Length <= 3 && SectionSplitter.IsUpper(p)) && WithoutTrailingPreposition(p).Length == p.Length
                    && !kb.Institutions.LooksLikeInstitution(p) && !kb.Skills.TryResolve(p, out _)) // "Time management" is a skill
                {
                    title = p;
                    break;
                }
            }
        }

        if (title is null && d.HeaderEnd < bodyEnd && LeadRolePattern.Match(lines[d.HeaderEnd].Content) is { Success: true } opening
            && EntryText.TitleScore(opening.Groups["title"].Value, kb) >= 2)
        {
            // "Food Service Director at TMI The Episcopal School of Texas: Responsible for ...": a header without a
            // title leaves the role, and maybe its employer, to open the description.
            title = opening.Groups["title"].Value;
            if (company is null && opening.Groups["org"].Success && CanNameOrganization(opening.Groups["org"].Value, kb)) company = opening.Groups["org"].Value;
        }

        // "- Assistant Manager": a dash left from the separator before it.
        title = title?.TrimStart('-', '–', '—', ' ');
        company = company?.TrimStart('-', '–', '—', ' ');
        if (title?.Length == 0) title = null;
        if (company?.Length == 0) company = null;

        var highlights = new List<string>();
        var summary = new List<string>();
        for (var i = d.HeaderEnd; i < bodyEnd; i++)
        {
            var l = lines[i];
            if (l.IsBullet || highlights.Count == 0 && l.StartsBlock && summary.Count == 0) highlights.Add(l.Content);
            else if (highlights.Count > 0 && (char.IsLower(l.Content[0]) || !EndsSentence(highlights[^1]))) highlights[^1] += " " + l.Content;
            else highlights.Add(l.Content);
        }

        return new WorkEntry
        {
            Position = title,
            Name = company,
            Location = location,
            // Unfilled dates ("20xx - 20xx") are not known: the entry has none.
            StartDate = d.Range.Start.Year == 0 ? null : d.Range.Start.ToIso(),
            EndDate = d.Range.IsCurrent || d.Range.End is null || d.Range.Start.Year == 0 ? null : d.Range.End.Value.ToIso(),
            Summary = summary.Count > 0 ? string.Join(' ', summary) : null,
            Highlights = highlights,
        };
    }

    // "Sr. Human Resources Business PartnerThe Boeing Company": a title and its employer whose space a converter lost,
    // found where a word ending a title ("Partner") runs into a capital.
    private static IEnumerable<string> Unglued(string part, KnowledgeBase kb)
    {
        if (GluedPlace(part) is { } cut) return [part[..cut].TrimEnd(), part[cut..].TrimStart()];
        for (var i = 1; i + 1 < part.Length; i++)
        {
            if (!char.IsLower(part[i - 1]) || !char.IsUpper(part[i]) || !char.IsLower(part[i + 1])) continue;
            var wordStart = part.LastIndexOf(' ', i - 1) + 1;
            if (i - wordStart < 3 || !char.IsUpper(part[wordStart]) || !kb.Titles.IsHeadNoun(part[wordStart..i])) continue;
            var title = part[..i].TrimEnd();
            var rest = part[i..].TrimStart();
            if (EntryText.TitleScore(title, kb) < 1 || EntryText.TitleScore(rest, kb) >= 2) continue;
            return [title, rest];
        }
        return [part];
    }

    /// <summary>
    /// Where the place starts in a firm and place whose column gap was lost ("Wisconsin Hospital and Health Association
    /// Madison, WI", "Jewell Professional Insurance, LLC West Hartford, CT"), or null: one to three capitalized words
    /// after the firm's last company word or bracket, then a comma and a region.
    /// </summary>
    private static int? GluedPlace(string part)
    {
        var comma = part.LastIndexOf(',');
        if (comma <= 0 || comma + 2 >= part.Length) return null;
        var region = part[(comma + 1)..].Trim();
        if (!(region.Length == 2 && char.IsUpper(region[0]) && char.IsUpper(region[1]))) return null;
        var words = part[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= 3 && k < words.Length; k++)
        {
            var w = words[^k];
            if (w.Length < 3 || !char.IsUpper(w[0]) || !w.Skip(1).All(char.IsLower)) return null;
            var before = words[^(k + 1)];
            if (before.EndsWith(')') || EntryText.HasCompanyMarker(before.TrimEnd(',')))
            {
                var placeWords = string.Join(' ', words[^k..]);
                return part.LastIndexOf(placeWords + ",", StringComparison.Ordinal);
            }
        }
        return null;
    }

    // "Software Engineer, Acme Corp, Berlin, Germany" -> title, organization, "Berlin, Germany"; "Stripe, Inc." stays whole.
    // Commas outside brackets: "ABC CONSULTING (Sometown, NY), Senior Project Manager" has two parts.
    private static List<string> TopLevelCommaSplit(string text)
    {
        var list = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '(') depth++;
            else if (i < text.Length && text[i] == ')') depth = Math.Max(0, depth - 1);
            else if (i == text.Length || text[i] == ',' && depth == 0)
            {
                var piece = text[start..i].Trim();
                if (piece.Length > 0) list.Add(piece);
                start = i + 1;
            }
        }
        return list;
    }

    private static List<string> SplitCommas(string part, KnowledgeBase kb)
    {
        var pieces = new List<string>();
        if (EntryText.IsPartnerList(part))
        {
            // "Fuhrer, Flournoy, Hunter & Morton, PA": a firm named after its partners is one organization.
            pieces.Add(part);
            return pieces;
        }
        foreach (var piece in TopLevelCommaSplit(part))
        {
            var raw = piece;
            // "ABC CONSULTING (Sometown, NY)": the place in brackets after a name is a part of its own.
            var open = raw.IndexOf('(');
            string? bracketPlace = null;
            if (open > 2 && raw.EndsWith(')') && raw[(open + 1)..^1].Trim() is { Length: > 1 } inside && inside.Contains(',') && (EntryText.LooksLikeLocation(inside, kb) || IsPlaceTail(inside, kb)))
            {
                bracketPlace = inside;
                raw = raw[..open].Trim();
            }
            if (pieces.Count > 0 && EntryText.HasCompanyMarker(raw) && raw.Split(' ').Length == 1) pieces[^1] += ", " + raw;
            else pieces.Add(raw);
            if (bracketPlace is not null) pieces.Add(bracketPlace);
        }
        while (pieces.Count > 3 && IsPlaceTail(pieces[^1], kb) && IsPlaceTail(pieces[^2], kb) && EntryText.TitleScore(pieces[^2], kb) == 0)
        {
            pieces[^2] = pieces[^2] + ", " + pieces[^1];
            pieces.RemoveAt(pieces.Count - 1);
        }
        if (pieces.Count >= 2 && pieces[^1].Length == 3 && pieces[^1][2] == '.') pieces[^1] = pieces[^1][..2]; // "Maplewood, MN."
        var regionCode = pieces.Count >= 2 && pieces[^1].Length == 2 && SectionSplitter.IsUpper(pieces[^1]);
        if (regionCode && (pieces.Count >= 3 || IsPlaceTail(pieces[^2], kb)) && EntryText.TitleScore(pieces[^2], kb) < 3)
        {
            // "Anne Arundel County Public Schools, MD": the state code is a place, never a title ("MD") or a company.
            pieces[^2] = pieces[^2] + ", " + pieces[^1];
            pieces.RemoveAt(pieces.Count - 1);
        }
        return pieces;
    }

    // A skill ("Competitor analysis"), a grade or a sentence of description is no employer: better none than a wrong one.
    private static readonly HashSet<string> OrganizationBlanks = new(StringComparer.OrdinalIgnoreCase)
    {
        "name of company", "name of the company", "name of employer", "employer name", "organization name",
        "name of organization", "name of organisation", "confidential", "company confidential",
        // A template's column labels, left where the values go.
        "position", "job title", "designation", "employer", "where?", "company", "company name", "organization", "organisation", "year of passing",
        "employers name", "employer's name", "employer’s name", "location", "nationality",
    };

    // "Infosys Ltd, Hyderabad from": the date that followed was cut away, its preposition was not.
    private static readonly string[] TrailingPrepositions = [" from", " since", " till", " until", " to", " as", " with"];

    private static readonly System.Text.RegularExpressions.Regex MessrsPattern = new(@"^(?:M/s\.?|Messrs\.?)\s*(?=\S)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // "M/s. ABC Limited": the courtesy title is not part of the firm's name.
    private static string WithoutMessrs(string company) => MessrsPattern.Match(company) is { Success: true } m && m.Length < company.Length ? company[m.Length..] : company;

    private static string WithoutTrailingPreposition(string company)
    {
        foreach (var w in TrailingPrepositions)
        {
            if (!company.EndsWith(w, StringComparison.OrdinalIgnoreCase) || company.Length <= w.Length + 2) continue;
            var cut = company[..^w.Length].TrimEnd().TrimEnd(',');
            return cut.EndsWith("..", StringComparison.Ordinal) ? cut[..^1] : cut;
        }
        return company;
    }

    private static bool CanNameOrganization(string p, KnowledgeBase kb)
    {
        if (!char.IsLetterOrDigit(p[0]) || HasSentenceBreak(p) && p.Length > 40) return false;
        if (OrganizationBlanks.Contains(p) || kb.Places.IsPlace(p)) return false; // a template's blank, or a place
        if (!p.Contains(' ') && kb.Titles.Contains(p)) return false; // "Assistant Engineer - Intern": a role word, not a firm
        if (DatesOnly(p)) return false; // "Summer 2011, 2010", "April 07 to Oct '07": dates, not a name
        if (char.IsLower(p[0]) && !WithoutTrailingPreposition(p).Contains(' ')) return false; // "worked as": words of a sentence
        if (p.Length > 1 && char.IsLower(p[0]) && char.IsLower(p[1])) return false; // "a three-year period", "which was published in"
        if (kb.Vocabulary.SectionOf(p) != ResumeSection.None) return false; // "Career Experience/Job History": a heading
        // "500 employees.", "Charles Bukowski poetry.": a sentence's end, not a name ("Acme Co." keeps its marker).
        if (p.EndsWith('.') && p.LastIndexOf(' ') is var sp and > 0 && char.IsLower(p[sp + 1]) && !EntryText.HasCompanyMarker(p)) return false;
        if (p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10) return false;
        if (p.StartsWith("GPA", StringComparison.OrdinalIgnoreCase) || p.Contains("GPA:", StringComparison.OrdinalIgnoreCase)) return false;
        if (EntryText.HasCompanyMarker(p) || !kb.Skills.TryResolve(p, out _)) return true;
        // "Google" and "Oracle" are skills and employers; "Competitor analysis" is only a skill.
        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsLower(words[i][0])) return false;
        }
        return true;
    }

    // "Representative Projects (1999 to 2011)": a heading for what follows, ending in a section's name, not a role.
    private static bool NamesSection(string p, KnowledgeBase kb)
    {
        if (p.Contains(" of ", StringComparison.OrdinalIgnoreCase)) return false; // "Director of Projects"
        var last = p[(p.LastIndexOf(' ') + 1)..];
        return last.Length > 3 && last.EndsWith('s') && kb.Vocabulary.SectionOf(last) != ResumeSection.None;
    }

    // Whether a part holds dates and hardly a letter besides them.
    private static bool DatesOnly(string p)
    {
        if (p.AsSpan().IndexOfAnyInRange('0', '9') < 0) return false;
        var letters = p.Count(char.IsLetter);
        foreach (var r in DateText.FindRanges(p, default))
        {
            for (var i = r.TextStart; i < r.TextStart + r.TextLength; i++)
            {
                if (char.IsLetter(p[i])) letters--;
            }
        }
        return letters < 4;
    }

    // ". " after a word of four letters or more ends a sentence; "Pvt. Ltd." and "St. Louis" are abbreviations.
    private static bool HasSentenceBreak(string p)
    {
        for (var i = p.IndexOf(". ", StringComparison.Ordinal); i > 0; i = p.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            var w = i;
            while (w > 0 && char.IsLetter(p[w - 1])) w--;
            if (i - w >= 4 && !EntryText.HasCompanyMarker(p[w..i])) return true;
        }
        return false;
    }

    private static bool EndsSentence(string s) => s.EndsWith('.') || s.EndsWith(';') || s.EndsWith('!') || s.Length < 40;

    private static bool IsPlaceTail(string tail, KnowledgeBase kb)
    {
        if (tail.Length == 0 || tail.Length > 30 || !char.IsUpper(tail[0])) return false;
        var words = tail.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && !EntryText.HasCompanyMarker(tail) && EntryText.TitleScore(tail, kb) == 0;
    }

    private static bool AllBlanks(List<ResumeLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!OrganizationBlanks.Contains(lines[i].Content.Trim().TrimEnd(':'))) return false;
        }
        return true;
    }

    private static bool IsLabel(string p) =>
        p.Equals("Present", StringComparison.OrdinalIgnoreCase) || p.Length <= 1 || FieldLabels.TryGetValue(p, out var f) && f == Field.Dates;
}
