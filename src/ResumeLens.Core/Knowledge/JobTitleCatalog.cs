
namespace ResumeLens.Core.Knowledge;

/// <summary>A job title matched to a normalized occupation (O*NET SOC code or ESCO code).</summary>
public sealed record JobTitle(string Title, string OccupationCode, string Occupation);

/// <summary>Known job titles mapped to normalized occupations, plus the head nouns that end titles ("engineer", "manager").</summary>
public sealed class JobTitleCatalog
{
    private static readonly string[] SeniorityWords =
        ["senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "assistant", "head", "chief", "intern", "trainee", "entry level", "mid level"];

    // Plain dictionaries: freezing them costs more start-up time than it saves in lookups.
    private readonly Dictionary<string, string> _titleToCode;
    private readonly Dictionary<string, string> _occupations;
    private readonly HashSet<string> _heads;

    private JobTitleCatalog(Dictionary<string, string> titleToCode, Dictionary<string, string> occupations, HashSet<string> heads)
    {
        _titleToCode = titleToCode;
        _occupations = occupations;
        _heads = heads;
    }

    public int Count => _titleToCode.Count;

    /// <summary>Finds the occupation for a title as written, trying again without seniority words and qualifiers.</summary>
    public bool TryNormalize(string title, out JobTitle match)
    {
        var key = Key(title);
        if (TryKey(key, title, out match)) return true;
        // "Senior Software Engineer, Payments" -> "software engineer"
        var cut = key.IndexOfAny([',', '(', '|']);
        if (cut > 0 && TryKey(key[..cut].Trim(), title, out match)) return true;
        foreach (var w in SeniorityWords)
        {
            if (key.StartsWith(w + " ", StringComparison.Ordinal) && TryKey(key[(w.Length + 1)..], title, out match)) return true;
        }
        match = null!;
        return false;
    }

    /// <summary>True when the catalog knows this exact title (case-insensitive).</summary>
    public bool Contains(string title) => _titleToCode.ContainsKey(Key(title));

    /// <summary>True when <paramref name="word"/> commonly ends a job title ("developer", "nurse", "analyst").</summary>
    public bool IsHeadNoun(string word) => _heads.Contains(word.ToLowerInvariant());

    private bool TryKey(string key, string written, out JobTitle match)
    {
        if (key.Length > 0 && _titleToCode.TryGetValue(key, out var code))
        {
            match = new JobTitle(written.Trim(), code, _occupations.GetValueOrDefault(code, key));
            return true;
        }
        match = null!;
        return false;
    }

    private static string Key(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '.')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    internal static JobTitleCatalog Load(List<string> occupationLines, List<string> titleLines)
    {
        var occupations = new Dictionary<string, string>(occupationLines.Count, StringComparer.Ordinal);
        foreach (var line in occupationLines)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) occupations[line[..tab]] = line[(tab + 1)..];
        }
        var titles = new Dictionary<string, string>(titleLines.Count, StringComparer.Ordinal);
        var headCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in titleLines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var title = line[..tab];
            titles[title] = line[(tab + 1)..];
            var space = title.LastIndexOf(' ');
            var head = space < 0 ? title : title[(space + 1)..];
            if (head.Length > 2) headCounts[head] = headCounts.GetValueOrDefault(head) + 1;
        }
        // A head noun ends many distinct titles; rare endings ("of", proper nouns) fall below the bar.
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (head, count) in headCounts)
        {
            if (count >= 15) heads.Add(head);
        }
        // Endings of titles people write that the occupation lists name too rarely to pass the bar.
        foreach (var head in (string[])["lead", "founder", "co-founder", "cofounder", "treasurer", "chair", "chairman", "chairperson", "owner", "partner", "fellow", "apprentice"])
            heads.Add(head);
        return new JobTitleCatalog(titles, occupations, heads);
    }
}
