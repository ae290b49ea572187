using System.Globalization;

namespace ResumeLens.Core.Knowledge;

/// <summary>The skill taxonomy: lookup by id or alias, transitive parents, and fast mention finding in free text.</summary>
public sealed class SkillTaxonomy
{
    // How much context a surface form needs before it counts as a skill in running text.
    private enum Care : byte
    {
        None,           // distinctive ("PostgreSQL", "machine learning")
        Capitalized,    // also an English word: must be written with a capital ("Swift", "Excel")
        ListItem,       // short or very common ("Go", "R", "C", "Spring"): capital and standing alone in a list
    }

    private sealed record Surface(Skill Skill, string Written, Care Care);

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public Surface? Match;
    }

    private readonly Dictionary<string, Skill> _byId;
    private readonly Dictionary<string, Skill> _byKey;
    private readonly Node _root;

    private SkillTaxonomy(Dictionary<string, Skill> byId, Dictionary<string, Skill> byKey, Node root)
    {
        _byId = byId;
        _byKey = byKey;
        _root = root;
    }

    public int Count => _byId.Count;

    /// <summary>All skills, in id order.</summary>
    public IEnumerable<Skill> All => _byId.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public bool TryGet(string id, out Skill skill) => _byId.TryGetValue(id, out skill!);

    /// <summary>Finds a skill by canonical name, alias or id, ignoring case, spaces and punctuation.</summary>
    public bool TryResolve(string nameOrAlias, out Skill skill)
    {
        var key = Normalize(nameOrAlias);
        if (key.Length > 0 && _byKey.TryGetValue(key, out skill!)) return true;
        return _byId.TryGetValue(nameOrAlias.Trim().ToLowerInvariant(), out skill!);
    }

    /// <summary>True when <paramref name="ancestorId"/> is a parent, grandparent, ... of <paramref name="descendantId"/>.</summary>
    public bool IsAncestor(string ancestorId, string descendantId)
    {
        if (!_byId.TryGetValue(descendantId, out var start)) return false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(start.Parents);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == ancestorId) return true;
            if (!seen.Add(id) || !_byId.TryGetValue(id, out var s)) continue;
            foreach (var p in s.Parents) stack.Push(p);
        }
        return false;
    }

    /// <summary>
    /// All skills named in <paramref name="text"/>, left to right; the longest alias wins at each position and
    /// matches respect word boundaries, so "C" is not found in "C++" nor "Go" in "go to the office".
    /// </summary>
    public IReadOnlyList<SkillMention> FindMentions(string text)
    {
        var result = new List<SkillMention>();
        if (string.IsNullOrEmpty(text)) return result;
        var tokens = SkillTokenizer.Tokenize(text);
        var buffer = new char[64];
        var i = 0;
        while (i < tokens.Count)
        {
            var node = _root;
            Surface? best = null;
            var bestEnd = -1;
            for (var j = i; j < tokens.Count; j++)
            {
                if (j > i && tokens[j].HardBreakBefore) break;
                var t = tokens[j];
                if (node.Next is null) break;
                if (t.Length > buffer.Length) break;
                var len = SkillTokenizer.KeyOf(text.AsSpan(t.Start, t.Length), buffer);
                if (!node.Next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer.AsSpan(0, len), out var next)) break;
                node = next;
                if (node.Match is { } m && Accept(text, tokens[i].Start, t.Start + t.Length - tokens[i].Start, m))
                {
                    best = m;
                    bestEnd = j;
                }
            }
            if (best is null)
            {
                i++;
                continue;
            }
            var start = tokens[i].Start;
            var length = tokens[bestEnd].Start + tokens[bestEnd].Length - start;
            result.Add(new SkillMention(best.Skill.Id, start, length, text.Substring(start, length)));
            i = bestEnd + 1;
        }
        return result;
    }

    private static bool Accept(string text, int start, int length, Surface s)
    {
        if (length is >= 2 and <= 6 && DefinesAcronym(text, start, length)) return false;
        // "C&I", "R&D", "P&L": a letter joined to an ampersand is part of an abbreviation, not a language.
        if (length <= 2 && (start + length < text.Length && text[start + length] == '&' || start > 0 && text[start - 1] == '&')) return false;
        // "A/R", "A/P", "I/O": one letter slashed to another is an abbreviation too.
        if (length == 1 && (IsLoneLetter(text, start - 2) && text[start - 1] == '/' || start + 2 < text.Length && text[start + 1] == '/' && IsLoneLetter(text, start + 2))) return false;
        var span = text.AsSpan(start, length);
        if (IsCapitalizedAcronym(text, start, length, s)) return false;
        if (s.Care == Care.None) return true;
        if (!char.IsUpper(span[0])) return false;
        if (s.Care == Care.Capitalized) return true;
        // Short or everyday words: exact canonical spelling (or all capitals) and a list-like position.
        // Capitals are accepted only where the skill itself is written in capitals ("SQL"), so "MD" is not "md" (Markdown).
        if (!span.SequenceEqual(s.Written) && !span.SequenceEqual(s.Skill.Name) && !(IsAllUpper(span) && IsAllUpper(s.Skill.Name))) return false;
        return StandsAlone(text, start, length);
    }

    // "San Antonio", "Sas Institute": an acronym skill ("SAN", "SAS") written as a capitalized word that runs on into
    // another capitalized word is part of a name. Written alone ("Html, Sql") it is still the skill.
    private static bool IsCapitalizedAcronym(string text, int start, int length, Surface s)
    {
        if (length < 3 || !IsAllUpper(s.Written) || !char.IsUpper(text[start])) return false;
        for (var i = start + 1; i < start + length; i++)
        {
            if (!char.IsLower(text[i])) return false;
        }
        var next = start + length;
        return next + 1 < text.Length && text[next] == ' ' && char.IsUpper(text[next + 1]);
    }

    // "Appalachian Service Project (ASP)": capitals in brackets after the words they abbreviate name that
    // organization, not the skill of the same letters.
    private static bool DefinesAcronym(string text, int start, int length)
    {
        if (start < 2 || text[start - 1] != '(' || start + length >= text.Length || text[start + length] != ')') return false;
        var acronym = text.AsSpan(start, length);
        if (!IsAllUpper(acronym)) return false;
        var i = start - 2;
        for (var k = length - 1; k >= 0; k--)
        {
            while (i >= 0 && text[i] == ' ') i--;
            var end = i;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (end == i) return false;
            var word = text.AsSpan(i + 1, end - i);
            if (word is "of" or "and" or "for" or "the" or "in")
            {
                k++;
                continue;
            }
            if (char.ToUpperInvariant(word[0]) != acronym[k]) return false;
        }
        return true;
    }

    /// <summary>True when every letter is a capital (other characters do not count).</summary>
    internal static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    // A letter with no letter on either side.
    private static bool IsLoneLetter(string text, int i) =>
        i >= 0 && i < text.Length && char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]));

    // A list item sits between list punctuation (or line ends), optionally joined by "and"/"or"/"&".
    private static bool StandsAlone(string text, int start, int length)
    {
        // "Science (C)", "Tel: 4274416 ( R )": a single letter in brackets is a grade or a label, not the C language.
        if (length == 1 && text.AsSpan(0, start).TrimEnd().EndsWith("(") && text.AsSpan(start + 1).TrimStart().StartsWith(")")) return false;
        var before = PreviousDelimiter(text, start);
        var after = NextDelimiter(text, start + length);
        return (before, after) switch
        {
            (Edge.Delimiter, Edge.Delimiter) => true,
            (Edge.Delimiter, Edge.Conjunction) => true,
            (Edge.Conjunction, Edge.Delimiter) => true,
            _ => false,
        };
    }

    private enum Edge { Word, Delimiter, Conjunction }

    private static Edge PreviousDelimiter(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '\t')) i--;
        if (i < 0 || text[i] == '\n' || text[i] == '\r') return Edge.Delimiter;
        if (IsListPunctuation(text[i], before: true)) return Edge.Delimiter;
        if (text[i] == '&') return Edge.Conjunction;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        return IsConjunction(word) ? Edge.Conjunction : Edge.Word;
    }

    private static Edge NextDelimiter(string text, int index)
    {
        var i = index;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i >= text.Length || text[i] == '\n' || text[i] == '\r') return Edge.Delimiter;
        if (IsListPunctuation(text[i], before: false)) return Edge.Delimiter;
        if (text[i] == '&') return Edge.Conjunction;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return IsConjunction(text.AsSpan(start, i - start)) ? Edge.Conjunction : Edge.Word;
    }

    private static bool IsConjunction(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase);

    private static bool IsListPunctuation(char c, bool before) => c switch
    {
        ',' or ';' or '|' or '/' or '•' or '·' or '▪' or '◦' or '●' or '*' or '–' or '—' => true,
        ':' or '(' or '-' => before,
        ')' => !before,
        _ => false,
    };

    /// <summary>The identity used for alias lookup: lower-case letters, digits, '+' and '#'; everything else dropped.</summary>
    public static string Normalize(string s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
            else if (c is '+' or '#') buf[n++] = c;
        }
        return new string(buf[..n]);
    }

    internal static SkillTaxonomy Load(List<string> lines, Dictionary<string, int> commonWordRank)
    {
        var byId = new Dictionary<string, Skill>(lines.Count, StringComparer.Ordinal);
        var byKey = new Dictionary<string, Skill>(lines.Count * 3, StringComparer.Ordinal);
        var root = new Node();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException("skills.tsv: expected 7 columns in: " + line);
            var skill = new Skill(f[0], f[1], f[2], Split(f[3]), Split(f[4]), Split(f[5]),
                double.Parse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture));
            byId[skill.Id] = skill;
            AddSurface(skill, skill.Name, byKey, root, commonWordRank);
            foreach (var a in skill.Aliases) AddSurface(skill, a, byKey, root, commonWordRank);
        }
        return new SkillTaxonomy(byId, byKey, root);
    }

    private static IReadOnlyList<string> Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private static void AddSurface(Skill skill, string written, Dictionary<string, Skill> byKey, Node root, Dictionary<string, int> rank)
    {
        var key = Normalize(written);
        if (key.Length == 0) return;
        byKey.TryAdd(key, skill);

        var tokens = SkillTokenizer.Tokenize(written);
        if (tokens.Count == 0) return;
        var node = root;
        var buffer = new char[Math.Max(64, written.Length)];
        foreach (var t in tokens)
        {
            var len = SkillTokenizer.KeyOf(written.AsSpan(t.Start, t.Length), buffer);
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var k = new string(buffer, 0, len);
            if (!node.Next.TryGetValue(k, out var next))
            {
                next = new Node();
                node.Next[k] = next;
            }
            node = next;
        }
        if (node.Match is not null) return; // first (canonical) owner of a surface keeps it
        node.Match = new Surface(skill, written, CareFor(written, tokens.Count, rank));
    }

    private static Care CareFor(string written, int tokenCount, Dictionary<string, int> rank)
    {
        if (tokenCount > 1) return Care.None;
        var lower = written.ToLowerInvariant();
        var letters = 0;
        foreach (var c in lower)
        {
            if (char.IsLetter(c)) letters++;
        }
        if (letters <= 2 && lower.Length <= 3 && !lower.Contains('+') && !lower.Contains('#')) return Care.ListItem;
        if (!rank.TryGetValue(lower, out var r)) return Care.None;
        return r <= 5000 ? Care.ListItem : Care.Capitalized;
    }
}
