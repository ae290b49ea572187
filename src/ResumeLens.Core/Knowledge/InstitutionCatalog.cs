namespace ResumeLens.Core.Knowledge;

/// <summary>Universities and colleges by name, plus the words that mark an educational institution in any language.</summary>
public sealed class InstitutionCatalog
{
    private static readonly string[] Markers =
    [
        "university", "college", "institute", "school", "academy", "polytechnic", "universität", "universitat",
        "université", "universite", "universidad", "universidade", "università", "universita", "universiteit",
        "uniwersytet", "politecnico", "politechnika", "hochschule", "fachhochschule", "lycée", "lycee", "gymnasium",
        "conservatory", "seminary", "iit", "nit", "iiit", "bits", "mit", "ucla", "epfl", "eth", "école", "ecole",
        "escuela", "facultad", "faculty", "campus", "vidyalaya", "vidyapeeth", "mahavidyalaya", "kolej", "instituto",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup =
        new HashSet<string>(Markers, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, string> _byKey;

    private InstitutionCatalog(Dictionary<string, string> byKey) => _byKey = byKey;

    public int Count => _byKey.Count;

    /// <summary>True when the catalog lists this institution (case and punctuation ignored).</summary>
    public bool IsKnown(string name) => _byKey.ContainsKey(Key(name));

    /// <summary>Country code of a known institution.</summary>
    public string? CountryOf(string name) => _byKey.GetValueOrDefault(Key(name));

    /// <summary>
    /// The longest run of whole words in the text that names a known institution, as (start, length), or null:
    /// "Accounting Niagara University" holds "Niagara University".
    /// </summary>
    public (int Start, int Length)? FindKnown(string text)
    {
        var words = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) words.Add((start, i));
        }
        (int Start, int Length)? best = null;
        for (var a = 0; a < words.Count; a++)
        {
            for (var b = Math.Min(words.Count - 1, a + 9); b >= a; b--)
            {
                var length = words[b].End - words[a].Start;
                if (best is { } found && found.Length >= length) break;
                var name = text.AsSpan(words[a].Start, length).TrimEnd(",.;:)".AsSpan());
                if (name.Length >= 4 && IsKnown(name.ToString()))
                {
                    best = (words[a].Start, name.Length);
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>True when the text names a known institution or contains a word such as "University" or "Hochschule".</summary>
    public bool LooksLikeInstitution(string text)
    {
        if (IsKnown(text)) return true;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i > start && MarkerLookup.Contains(text.AsSpan(start, i - start)))
            {
                var w = text.AsSpan(start, i - start);
                // Acronym markers (IIT, MIT) count only when written in capitals.
                if (w.Length > 4 || IsUpper(w)) return true;
            }
        }
        return false;
    }

    private static bool IsUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    private static string Key(string s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
        }
        return new string(buf[..n]);
    }

    internal static InstitutionCatalog Load(List<string> lines)
    {
        var map = new Dictionary<string, string>(lines.Count, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            var name = tab < 0 ? line : line[..tab];
            map.TryAdd(Key(name), tab < 0 ? "" : line[(tab + 1)..]);
        }
        return new InstitutionCatalog(map);
    }
}
