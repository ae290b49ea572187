namespace ResumeLens.Core.Knowledge;

/// <summary>A job title matched to a normalized occupation (O*NET SOC code or ESCO code).</summary>
public sealed record JobTitle(string Title, string OccupationCode, string Occupation);

/// <summary>Known job titles mapped to normalized occupations, plus the head nouns that end titles ("engineer", "manager").</summary>
public sealed class JobTitleCatalog
{
    private static readonly string[] SeniorityWords =
        ["senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "assistant", "head", "chief", "intern", "trainee", "entry level", "mid level"];

    // The title table stays one string, searched by binary search over its sorted lines: tens of thousands of
    // titles would otherwise be as many strings and dictionary entries built at every start.
    private readonly string _table;
    private readonly TitleLine[] _lines;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _occupationLookup;
    private readonly HashSet<string> _heads;

    /// <summary>Where one "title TAB code" line lies in the table.</summary>
    private readonly record struct TitleLine(int Start, int Tab, int End);

    private JobTitleCatalog(string table, TitleLine[] lines, Dictionary<string, string> occupations, HashSet<string> heads)
    {
        _table = table;
        _lines = lines;
        _occupationLookup = occupations.GetAlternateLookup<ReadOnlySpan<char>>();
        _heads = heads;
    }

    public int Count => _lines.Length;

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
    public bool Contains(string title) => Find(Key(title)) >= 0;

    /// <summary>True when <paramref name="word"/> commonly ends a job title ("developer", "nurse", "analyst").</summary>
    public bool IsHeadNoun(string word) => _heads.Contains(word.ToLowerInvariant());

    private bool TryKey(string key, string written, out JobTitle match)
    {
        var line = key.Length > 0 ? Find(key) : -1;
        if (line >= 0)
        {
            var (_, tab, end) = _lines[line];
            var code = _table.AsSpan(tab + 1, end - tab - 1);
            match = _occupationLookup.TryGetValue(code, out var codeString, out var occupation)
                ? new JobTitle(written.Trim(), codeString, occupation)
                : new JobTitle(written.Trim(), code.ToString(), key);
            return true;
        }
        match = null!;
        return false;
    }

    /// <summary>The line of the table whose title is <paramref name="key"/>, or -1.</summary>
    private int Find(string key)
    {
        int lo = 0, hi = _lines.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = TitleOf(_table, _lines[mid]).SequenceCompareTo(key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
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

    // Endings of occupation names that are a field or the goods handled ("Sales Representative, Wholesale Products",
    // "Professor of Computer Science"), not the person: "Consumer Products" or "Information Systems" is no title.
    private static readonly HashSet<string> NotPersons = new(StringComparer.Ordinal)
    {
        "animals", "appliances", "arts", "beverages", "cosmetics", "disks", "education", "engineering", "equipment", "footwear",
        "furniture", "glassware", "goods", "jewellery", "machinery", "materials", "medicine", "molluscs", "oils", "operations",
        "ores", "other", "plants", "plastic", "production", "products", "psychology", "school", "schools", "science", "sciences",
        "scrap", "spices", "studies", "systems", "tools", "trucks", "vegetables", "vehicles",
    };

    /// <summary>Builds the catalog from occupation lines ("code TAB name") and the text of the title table ("title TAB code" per line).</summary>
    internal static JobTitleCatalog Load(List<string> occupationLines, string titleTable)
    {
        var occupations = new Dictionary<string, string>(occupationLines.Count, StringComparer.Ordinal);
        foreach (var line in occupationLines)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) occupations[line[..tab]] = line[(tab + 1)..];
        }
        var lines = new List<TitleLine>(titleTable.Length / 32);
        var headCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var headLookup = headCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        var sorted = true;
        var table = titleTable.AsSpan();
        foreach (var range in table.Split('\n'))
        {
            var (start, length) = range.GetOffsetAndLength(table.Length);
            var line = table.Slice(start, length).TrimEnd('\r');
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var title = line[..tab];
            if (lines.Count > 0 && TitleOf(titleTable, lines[^1]).SequenceCompareTo(title) >= 0) sorted = false;
            lines.Add(new TitleLine(start, start + tab, start + line.Length));
            var head = title[(title.LastIndexOf(' ') + 1)..];
            if (head.Length > 2) headLookup[head] = headLookup.TryGetValue(head, out var n) ? n + 1 : 1;
        }
        // The shipped table is sorted; a hand-edited one is put in order (first spelling of a title wins).
        TitleLine[] ordered = sorted ? [.. lines] : [.. lines.OrderBy(l => TitleOf(titleTable, l).ToString(), StringComparer.Ordinal)];
        // A head noun ends many distinct titles; rare endings ("of", proper nouns) fall below the bar.
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (head, count) in headCounts)
        {
            if (count >= 15 && !NotPersons.Contains(head)) heads.Add(head);
        }
        // Endings of titles people write that the occupation lists name too rarely to pass the bar.
        foreach (var head in (string[])["lead", "founder", "co-founder", "cofounder", "treasurer", "chair", "chairman", "chairperson", "owner", "partner", "fellow", "apprentice", "trainee", "volunteer"])
            heads.Add(head);
        return new JobTitleCatalog(titleTable, ordered, occupations, heads);
    }

    private static ReadOnlySpan<char> TitleOf(string table, TitleLine line) => table.AsSpan(line.Start, line.Tab - line.Start);
}
