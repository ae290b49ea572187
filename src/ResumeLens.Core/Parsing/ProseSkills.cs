using System.Text.RegularExpressions;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>
/// Names of tools a sentence lists that the taxonomy does not know: "Integrated 3rd party libraries including
/// OkHttpClient, Facebook, and Picasso." A listed item counts when it is written like a product name (CamelCase,
/// capitals, digits, or a capitalized word that is not ordinary English) and the list also names a known skill
/// or another such item, so "including Marketing, Sales and Finance" gives nothing.
/// </summary>
internal static class ProseSkills
{
    private static readonly Regex ListAfterTriggerPattern = new(@"(?:\b(?:including|such as|like|using|via)|\be\.g\.|\b(?:technologies|tools|libraries|frameworks)\s*:)\s*,?\s+(?<list>[^.;:()]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ItemSeparatorPattern = new(@"\s*(?:,\s*(?:and|or|&)\s+|,|\s+(?:and|or|&)\s+)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private const int OrdinaryWordRank = 20000;

    /// <summary>Unknown product-like names listed in the line, in order.</summary>
    public static IEnumerable<string> Find(string line, KnowledgeBase kb)
    {
        if (line.Length > 400 || line.IndexOf(',') < 0) yield break;
        foreach (Match m in ListAfterTriggerPattern.Matches(line))
        {
            var items = ItemSeparatorPattern.Split(m.Groups["list"].Value.Trim());
            if (items.Length < 2 || items.Length > 12) continue;
            var names = new List<string>();
            var support = 0;
            foreach (var item in items)
            {
                var name = ProductPrefix(item.Trim(), kb);
                if (name is null) continue;
                // Known when the taxonomy names the whole item: "OkHttpClient" holds "http" but is not HTTP.
                if (kb.Skills.TryResolve(name, out _) || kb.Skills.FindMentions(name).Any(x => x.Length >= name.Length - 1))
                {
                    support++;
                    continue;
                }
                names.Add(name);
            }
            if (names.Count == 0 || support + names.Count < 2) continue;
            foreach (var n in names) yield return n;
        }
    }

    // The leading words of an item that read as a product name: "TestFlight distribution" -> "TestFlight".
    private static string? ProductPrefix(string item, KnowledgeBase kb)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = 0;
        while (take < words.Length && take < 3 && IsProductWord(words[take], kb)) take++;
        if (take == 0) return null;
        var name = string.Join(' ', words, 0, take).TrimEnd('.', ',');
        return name.Length >= 2 ? name : null;
    }

    private static bool IsProductWord(string w, KnowledgeBase kb)
    {
        if (w.Length < 2 || !char.IsLetterOrDigit(w[0])) return false;
        var upperInside = false;
        var digit = false;
        for (var i = 0; i < w.Length; i++)
        {
            if (!char.IsLetterOrDigit(w[i]) && w[i] is not ('.' or '+' or '#' or '-')) return false;
            if (i > 0 && char.IsUpper(w[i])) upperInside = true;
            if (char.IsDigit(w[i])) digit = true;
        }
        if (upperInside || digit && char.IsLetter(w[0])) return true; // OkHttpClient, GSON, iOS, Log4j
        if (!char.IsUpper(w[0])) return false;
        var rank = kb.Vocabulary.WordRank(w);
        return (rank == 0 || rank > OrdinaryWordRank) && !kb.Names.IsGivenName(w);
    }
}
