using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Matching;

/// <summary>
/// Skill mentions for matching: the taxonomy's own finder plus skills written mid-sentence with their
/// exact canonical spelling ("in Java and Python"), which the taxonomy holds back because the words
/// are also everyday English. Postings and resumes go through the same finder so they agree.
/// </summary>
public static class SkillFinder
{
    public static List<SkillMention> Find(SkillTaxonomy taxonomy, string text)
    {
        var result = new List<SkillMention>(taxonomy.FindMentions(text));
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '+' or '#')) i++;
            var length = i - start;
            if (length < 3 || !char.IsUpper(text[start]) || SentenceStart(text, start) || Covered(result, start)) continue;
            var word = text.Substring(start, length);
            if (taxonomy.TryResolve(word, out var skill) && string.Equals(skill.Name, word, StringComparison.Ordinal))
            {
                result.Add(new SkillMention(skill.Id, start, length, word));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool Covered(List<SkillMention> mentions, int position)
    {
        foreach (var m in mentions)
        {
            if (position >= m.Start && position < m.Start + m.Length) return true;
        }
        return false;
    }

    // A capital at the start of a sentence or line says nothing about being a name.
    private static bool SentenceStart(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '"' or '(' or '\'') j--;
        return j < 0 || text[j] is '.' or '!' or '?' or '\n' or ':' or '-' or '•' or '*';
    }
}
