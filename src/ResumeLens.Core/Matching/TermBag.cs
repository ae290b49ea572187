namespace ResumeLens.Core.Matching;

/// <summary>
/// Stemmed content words of a text as sorted 64-bit term hashes with their frequencies. Hashing keeps
/// profiles independent of any shared vocabulary; frequencies count distinct lines, so repeating a
/// word on one line or pasting the same line twenty times adds nothing.
/// </summary>
public sealed class TermBag
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
        "each", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "more", "most", "must", "my", "no",
        "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same",
        "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "via", "was", "we", "well", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your",
        "yours", "able", "including", "within", "across", "strong", "work", "working", "experience", "team", "new", "using",
        "role", "looking", "join", "year", "years", "company", "ability", "skills", "responsibilities", "requirements",
    };

    public static readonly TermBag Empty = new([], [], 0);

    private TermBag(ulong[] terms, float[] counts, int length)
    {
        Terms = terms;
        Counts = counts;
        Length = length;
    }

    /// <summary>Term hashes in ascending order.</summary>
    public ulong[] Terms { get; }

    /// <summary>Frequency of <see cref="Terms"/>[i]: the number of distinct lines that contain it.</summary>
    public float[] Counts { get; }

    /// <summary>Document length for BM25 normalization: the sum of <see cref="Counts"/>.</summary>
    public int Length { get; }

    /// <summary>Builds the bag of <paramref name="lines"/>; identical lines count once.</summary>
    public static TermBag From(IEnumerable<string> lines)
    {
        var counts = new Dictionary<ulong, int>();
        var seenLines = new HashSet<string>(StringComparer.Ordinal);
        var lineTerms = new HashSet<ulong>();
        var length = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || !seenLines.Add(line.Trim())) continue;
            lineTerms.Clear();
            foreach (var term in Tokens(line)) lineTerms.Add(Hash(term));
            foreach (var h in lineTerms)
            {
                counts[h] = counts.GetValueOrDefault(h) + 1;
                length++;
            }
        }
        var terms = counts.Keys.ToArray();
        Array.Sort(terms);
        var values = new float[terms.Length];
        for (var i = 0; i < terms.Length; i++) values[i] = counts[terms[i]];
        return new TermBag(terms, values, length);
    }

    /// <summary>Stemmed, lowercased content words of <paramref name="text"/>, stop words removed.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '+' or '#' || text[i] is '.' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start && !char.IsDigit(text[i - 1])))
            {
                i++;
            }
            if (i == start) continue;
            var word = text[start..i].ToLowerInvariant().Trim('.', '-');
            if (word.Length < 2 && word is not ("c" or "r")) continue;
            if (StopWords.Contains(word)) continue;
            if (word.Contains('-', StringComparison.Ordinal) && !word.Contains('.', StringComparison.Ordinal))
            {
                // "cross-functional" also counts as its parts.
                foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part.Length >= 2 && !StopWords.Contains(part)) yield return EnglishStemmer.Stem(part);
                }
                continue;
            }
            yield return EnglishStemmer.Stem(word);
        }
    }

    /// <summary>FNV-1a 64-bit hash of a term: stable across processes and machines.</summary>
    public static ulong Hash(string term)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in term)
        {
            h = (h ^ ch) * 1099511628211UL;
        }
        return h;
    }
}
