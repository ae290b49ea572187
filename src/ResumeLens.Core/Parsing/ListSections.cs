using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Reads the simple list sections: certifications, languages, awards, projects, interests.</summary>
internal static class ListSections
{
    private static readonly string[] Fluencies =
    [
        "native or bilingual", "native speaker", "mother tongue", "native", "bilingual", "fluent", "full professional",
        "professional working", "professional", "advanced", "upper intermediate", "intermediate", "conversational",
        "elementary", "limited working", "basic", "beginner", "proficient", "c2", "c1", "b2", "b1", "a2", "a1",
    ];

    /// <summary>Items of a list section: bullets, or lines, or comma-separated runs.</summary>
    public static List<string> Items(List<ResumeLine> lines)
    {
        var items = new List<string>();
        foreach (var l in lines)
        {
            var text = l.Content.Trim();
            if (text.Length == 0) continue;
            if (!l.IsBullet && items.Count > 0 && char.IsLower(text[0]) && !text.Contains(',')) items[^1] += " " + text;
            else items.Add(text);
        }
        return items;
    }

    public static List<CertificateEntry> Certificates(List<ResumeLine> lines, PartialDate today)
    {
        var result = new List<CertificateEntry>();
        foreach (var item in Items(lines))
        {
            var ranges = DateText.FindRanges(item, today);
            var name = item;
            string? date = null;
            if (ranges.Count > 0)
            {
                date = (ranges[0].End ?? ranges[0].Start).ToIso();
                name = EntryText.Without(item, ranges[0].TextStart, ranges[0].TextLength);
            }
            var parts = EntryText.Parts(name);
            if (parts.Count == 0) continue;
            result.Add(new CertificateEntry(parts[0], date, parts.Count > 1 ? parts[1] : null));
        }
        return result;
    }

    /// <summary>Spoken languages named in the texts, each with the fluency written after it.</summary>
    public static List<LanguageEntry> Languages(IEnumerable<string> texts, KnowledgeBase kb)
    {
        var result = new List<LanguageEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var (start, len) = words[i];
                if (!char.IsUpper(text[start])) continue;
                if (!kb.Vocabulary.TryGetLanguage(text.Substring(start, len), out var language) || !seen.Add(language)) continue;
                // The fluency follows the language, up to the next language named.
                var end = text.Length;
                for (var j = i + 1; j < words.Count; j++)
                {
                    if (kb.Vocabulary.TryGetLanguage(text.Substring(words[j].Start, words[j].Length), out _))
                    {
                        end = words[j].Start;
                        break;
                    }
                }
                result.Add(new LanguageEntry(language, FluencyIn(text[(start + len)..end])));
            }
        }
        return result;
    }

    private static string? FluencyIn(string s)
    {
        var lower = s.ToLowerInvariant();
        foreach (var f in Fluencies)
        {
            var at = lower.IndexOf(f, StringComparison.Ordinal);
            if (at < 0) continue;
            var endOk = at + f.Length == lower.Length || !char.IsLetterOrDigit(lower[at + f.Length]);
            var startOk = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            if (startOk && endOk) return f.Length <= 2 ? f.ToUpperInvariant() : char.ToUpperInvariant(f[0]) + f[1..];
        }
        return null;
    }

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var s = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i > s) words.Add((s, i - s));
        }
        return words;
    }

    public static List<AwardEntry> Awards(List<ResumeLine> lines, PartialDate today)
    {
        var result = new List<AwardEntry>();
        foreach (var item in Items(lines))
        {
            var ranges = DateText.FindRanges(item, today);
            if (ranges.Count > 0)
            {
                var title = EntryText.Without(item, ranges[0].TextStart, ranges[0].TextLength);
                if (title.Length > 0) result.Add(new AwardEntry(title, (ranges[0].End ?? ranges[0].Start).ToIso()));
            }
            else
            {
                result.Add(new AwardEntry(item));
            }
        }
        return result;
    }

    public static List<ProjectEntry> Projects(List<ResumeLine> lines, KnowledgeBase kb, PartialDate today)
    {
        var result = new List<ProjectEntry>();
        string? name = null;
        DateRange? dates = null;
        var highlights = new List<string>();
        void Flush()
        {
            if (name is null) return;
            var keywords = new List<string>();
            foreach (var h in highlights)
            {
                foreach (var m in kb.Skills.FindMentions(h))
                {
                    if (kb.Skills.TryGet(m.SkillId, out var s) && !keywords.Contains(s.Name)) keywords.Add(s.Name);
                }
            }
            result.Add(new ProjectEntry
            {
                Name = name,
                StartDate = dates?.Start.ToIso(),
                EndDate = dates is { IsCurrent: false } d && d.End is { } e ? e.ToIso() : null,
                Highlights = [.. highlights],
                Keywords = keywords,
            });
            highlights.Clear();
            dates = null;
            name = null;
        }
        foreach (var l in lines)
        {
            var text = l.Content;
            var startsProject = !l.IsBullet && text.Length <= 100 && (l.StartsBlock || l.Bold || name is null || text.Contains('|') || text.Contains('\t'));
            if (startsProject)
            {
                Flush();
                var ranges = DateText.FindRanges(text, today);
                if (ranges.Count > 0)
                {
                    dates = ranges[0];
                    text = EntryText.Without(text, ranges[0].TextStart, ranges[0].TextLength);
                }
                var parts = EntryText.Parts(text);
                name = parts.Count > 0 ? parts[0] : text;
                for (var i = 1; i < parts.Count; i++) highlights.Add(parts[i]);
            }
            else if (name is not null)
            {
                highlights.Add(text);
            }
        }
        Flush();
        return result;
    }
}
