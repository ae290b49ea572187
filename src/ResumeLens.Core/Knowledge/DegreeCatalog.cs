namespace ResumeLens.Core.Knowledge;

/// <summary>A degree named in text: the span as written and its level.</summary>
public readonly record struct DegreeMention(int Start, int Length, string Text, DegreeLevel Level);

/// <summary>Degree spellings (US, UK, Indian, European; full names and abbreviations) mapped to levels.</summary>
public sealed class DegreeCatalog
{
    private const int MaxWords = 6;

    // Abbreviations that collide with product names when followed by these words ("MS Office", "MA Excel").
    private static readonly HashSet<string> ProductWords = new(
        ["office", "excel", "word", "access", "project", "sql", "teams", "outlook", "powerpoint", "windows", "dynamics", "visio", "dos"],
        StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, DegreeLevel> _byKey;

    private readonly Dictionary<string, DegreeLevel>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    private DegreeCatalog(Dictionary<string, DegreeLevel> byKey, HashSet<string> firstWords)
    {
        _byKey = byKey;
        _lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byKey.Count;

    /// <summary>Level of a degree written on its own ("B.Tech", "Master of Science"), or the best degree inside a longer text.</summary>
    public DegreeLevel LevelOf(string degree)
    {
        if (_byKey.TryGetValue(Key(degree), out var level)) return level;
        return TryFind(degree, out var m) ? m.Level : DegreeLevel.None;
    }

    /// <summary>Finds the first (longest at its position) degree named in <paramref name="text"/>.</summary>
    public bool TryFind(string text, out DegreeMention mention)
    {
        var words = Words(text);
        Span<char> firstKey = stackalloc char[40];
        Span<char> buf = stackalloc char[80];
        for (var i = 0; i < words.Count; i++)
        {
            // Only words that can begin a degree name start a search (most words cannot).
            var first = text.AsSpan(words[i].Start, words[i].Length);
            if (first.Length > 40) continue;
            var firstLength = KeyInto(first, firstKey);
            if (firstLength == 0 || !_firstWords.Contains(firstKey[..firstLength])) continue;
            for (var n = Math.Min(MaxWords, words.Count - i); n >= 1; n--)
            {
                var start = words[i].Start;
                var end = words[i + n - 1].Start + words[i + n - 1].Length;
                var span = text.AsSpan(start, end - start);
                if (span.Length > 80) continue;
                var keyLength = KeyInto(span, buf);
                if (keyLength == 0 || !_lookup.TryGetValue(buf[..keyLength], out var level)) continue;
                var key = buf[..keyLength].ToString();
                var next = i + n < words.Count ? text.Substring(words[i + n].Start, words[i + n].Length) : null;
                if (!Plausible(span, key, next) || IsRegionCode(text, start, span, next)) continue;
                // "BSc (Hons)": the closing bracket belongs to the degree.
                if (end < text.Length && text[end] == ')' && span.Contains('(') && !span.Contains(')')) span = text.AsSpan(start, ++end - start);
                mention = new DegreeMention(start, end - start, span.ToString().TrimEnd(','), level);
                return true;
            }
        }
        mention = default;
        return false;
    }

    // Short abbreviations ("BS", "MA", "BE", "ME") are ordinary words in lower case; demand capitals.
    private static bool Plausible(ReadOnlySpan<char> written, string key, string? nextWord)
    {
        if (key.Length > 3) return true;
        var upper = 0;
        foreach (var c in written)
        {
            if (char.IsUpper(c)) upper++;
        }
        if (upper < 2 && !(key.Length == 3 && upper == 1 && written.Contains('.'))) return false;
        return nextWord is null || !ProductWords.Contains(nextWord);
    }

    // "Baltimore, MD" and "Boston, MA 02115" name a state, not a degree: two capitals without dots after a place name
    // and a comma, ending the line or followed by a number or a month ("University of Delhi, MA English" keeps its degree).
    private static bool IsRegionCode(string text, int start, ReadOnlySpan<char> written, string? nextWord)
    {
        if (written.Length != 2 || !char.IsUpper(written[0]) || !char.IsUpper(written[1])) return false;
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 1 || text[i] != ',') return false;
        var end = i;
        i--;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var before = text.AsSpan(i + 1, end - i - 1);
        if (before.Length < 2 || !char.IsUpper(before[0]) || SkillTaxonomy.IsAllUpper(before)) return false; // "BA, MA" lists degrees
        return nextWord is null || char.IsDigit(nextWord[0]) || StartsMonth(nextWord);
    }

    // "Towson, MD Aug. 2006 to Nov. 2007": a state code is followed by the dates of what happened there.
    private static bool StartsMonth(string word) => char.IsUpper(word[0]) && Parsing.DateText.StartsWithMonthStem(word);

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i > start) words.Add((start, i - start));
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '\'' or '’' or '-';

    private static int KeyInto(ReadOnlySpan<char> s, Span<char> buf)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }

    /// <summary>Lookup identity: lower-case letters and digits only, so "B.Sc.", "BSc" and "B Sc" agree.</summary>
    internal static string Key(ReadOnlySpan<char> s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
        }
        return new string(buf[..n]);
    }

    /// <summary>Maps the level names used in the data files to <see cref="DegreeLevel"/>.</summary>
    public static DegreeLevel ParseLevel(string level) => level switch
    {
        "highschool" => DegreeLevel.HighSchool,
        "certificate" => DegreeLevel.Certificate,
        "associate" => DegreeLevel.Associate,
        "bachelor" => DegreeLevel.Bachelor,
        "master" => DegreeLevel.Master,
        "doctorate" => DegreeLevel.Doctorate,
        _ => DegreeLevel.None,
    };

    /// <summary>The JSON Resume "x-level" spelling of a level.</summary>
    public static string? LevelName(DegreeLevel level) => level switch
    {
        DegreeLevel.HighSchool => "high-school",
        DegreeLevel.Certificate => "certificate",
        DegreeLevel.Associate => "associate",
        DegreeLevel.Bachelor => "bachelor",
        DegreeLevel.Master => "master",
        DegreeLevel.Doctorate => "doctorate",
        _ => null,
    };

    internal static DegreeCatalog Load(List<string> lines)
    {
        var map = new Dictionary<string, DegreeLevel>(lines.Count, StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            var words = Words(line[..tab]);
            if (words.Count > 0) firstWords.Add(Key(line.AsSpan(words[0].Start, words[0].Length)));
            var key = Key(line.AsSpan(0, tab));
            var level = ParseLevel(line[(tab + 1)..]);
            // Two spellings may share a key ("b.e." and "be"); the higher level is the safer reading.
            if (key.Length > 0 && level != DegreeLevel.None && (!map.TryGetValue(key, out var had) || had < level)) map[key] = level;
        }
        return new DegreeCatalog(map, firstWords);
    }
}
