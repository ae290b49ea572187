namespace ResumeLens.Core.Matching;

/// <summary>
/// A light English suffix stripper for matching, not linguistics: it only has to map "manage",
/// "managed", "managing", "management" and "manager" to one key, the same way every time.
/// </summary>
public static class EnglishStemmer
{
    private static readonly (string Suffix, string Replacement, int MinStem)[] Rules =
    [
        ("izations", "ize", 3), ("ization", "ize", 3), ("isations", "ize", 3), ("isation", "ize", 3),
        ("ational", "ate", 3), ("ations", "ate", 3), ("ation", "ate", 3), ("ements", "", 4), ("ement", "", 4),
        ("ments", "", 4), ("ment", "", 4), ("nesses", "", 3), ("ness", "", 3), ("ities", "", 4), ("ity", "", 4),
        ("fully", "", 3), ("ously", "ous", 3), ("ively", "ive", 3), ("ingly", "", 3), ("ings", "", 3), ("ing", "", 3),
        ("edly", "", 3), ("ied", "y", 2), ("ies", "y", 2), ("ers", "", 4), ("er", "", 4), ("ed", "", 3), ("ly", "", 4),
        ("sses", "ss", 2), ("ses", "s", 3), ("es", "", 3), ("s", "", 3),
    ];

    /// <summary>Stem of a lowercase word; words with digits or symbols ("c++", "s3") are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3) return word;
        foreach (var ch in word)
        {
            if (ch is < 'a' or > 'z') return word;
        }
        var w = word;
        foreach (var (suffix, replacement, minStem) in Rules)
        {
            if (w.Length - suffix.Length < minStem || !w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            if (suffix is "s" && (stem.EndsWith('s') || stem.EndsWith('u') || stem.EndsWith('i'))) continue; // "class", "status", "analysis"
            if (suffix is "es" && !(stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith('x') || stem.EndsWith('z')))
            {
                stem = w[..^1]; // "databases" -> "database" (final e dropped below)
            }
            if (suffix is "er" or "ers" && stem.EndsWith('e')) continue; // "engineer", "career"
            w = stem + replacement;
            break;
        }
        // "planning" -> "plann" -> "plan"; "managing"/"manage" -> "manag".
        if (w.Length >= 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'e' or 'o')) w = w[..^1];
        if (w.Length >= 4 && w[^1] == 'e') w = w[..^1];
        if (w.Length >= 4 && w.EndsWith("at", StringComparison.Ordinal) && word.Length > w.Length + 1) w = w[..^2] + "at";
        return w;
    }
}
