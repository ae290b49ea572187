namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// Decides how a word broken by a hyphen at the end of a line is rejoined: "infor-" + "mation" becomes
/// "information", while compounds ("state-of-the-" + "art", "cross-" + "functional", "data-" + "driven")
/// keep their hyphen.
/// </summary>
internal static class HyphenJoin
{
    // First parts that are whole words forming hyphenated compounds; typesetters do not break syllables there.
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "self", "cross", "well", "high", "low", "long", "short", "full", "part", "all", "ex", "e", "x", "real",
        "end", "front", "back", "hands", "world", "state", "mid", "first", "second", "third", "one", "two",
        "three", "four", "five", "top", "non", "co", "on", "off", "up", "open", "close", "fast", "client",
        "server", "data", "user", "team", "customer", "detail", "results", "goal", "fine", "cost", "time",
        "multi", "semi", "cloud", "test", "web", "peer", "face", "day", "year", "month", "week",
        "follow", "start", "cutting", "best", "large", "small", "mission", "business", "problem", "decision",
    };

    // Second parts that mark a compound adjective ("cloud-based", "customer-facing", "full-stack").
    private static readonly HashSet<string> CompoundTails = new(StringComparer.Ordinal)
    {
        "based", "driven", "oriented", "focused", "level", "scale", "facing", "end", "stack", "making", "term",
        "solving", "depth", "time", "source", "house", "winning", "related", "specific", "friendly", "ready",
        "critical", "centric", "aware", "free", "intensive", "quality", "native", "first", "world", "class",
        "performing", "profile", "edge", "known", "rounded", "motivated", "starter", "paced", "minded", "grade",
        "service", "tier", "wide", "hoc", "the", "of", "and", "to", "on", "in", "up", "out", "date",
    };

    /// <summary>
    /// Returns the rejoined word, or null when the pair should stay apart (no hyphen, or after a visible hyphen
    /// a continuation that does not start with a lowercase letter).
    /// </summary>
    public static string? Join(string head, bool softHyphen, string continuation)
    {
        if (continuation.Length == 0 || !char.IsLetter(continuation[0])) return null;
        // A soft hyphen marks a break the producer chose inside one word, whatever the case of its second part.
        if (softHyphen) return (head.EndsWith('-') ? head[..^1] : head) + continuation;
        if (!char.IsLower(continuation[0])) return null;
        if (head.Length < 2 || head[^1] != '-' || !char.IsLetter(head[^2])) return null;

        var stem = head.AsSpan(0, head.Length - 1);
        // "state-of-the-" is a compound chain already: the line break fell on one of its own hyphens.
        if (stem.IndexOf('-') >= 0) return head + continuation;

        var start = 0;
        while (start < stem.Length && !char.IsLetter(stem[start])) start++;
        var firstPart = stem[start..].ToString().ToLowerInvariant();
        var end = 0;
        while (end < continuation.Length && char.IsLetter(continuation[end])) end++;
        var secondPart = continuation[..end];
        if (CompoundHeads.Contains(firstPart) || CompoundTails.Contains(secondPart)) return head + continuation;
        return string.Concat(stem, continuation);
    }
}
