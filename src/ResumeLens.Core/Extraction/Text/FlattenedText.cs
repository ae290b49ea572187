using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeLens.Core.Extraction.Text;

/// <summary>
/// Undoes two ways exports lose a document's line structure. Some flatten every line break into a run of spaces,
/// so a whole resume arrives as one line ("Jane Roe  Marketing manager    PROFILE  ..."): two or three spaces ended
/// a line, four or more a block. Others set each word of a justified line as its own block ("San", "Antonio,",
/// "TX", "June", "2009"), which reads as a column of one-word paragraphs. Ordinary text passes through unchanged.
/// Flattening also drops the dash of a date range ("Jan 2007 – Present" arrives as "Jan 2007  Present"): two dates
/// either side of a short space run are one range, not two lines.
/// </summary>
public static class FlattenedText
{
    /// <summary>Shortest line considered for unflattening: real text lines are far shorter.</summary>
    private const int MinFlattenedLength = 200;

    /// <summary>A flattened line has its space runs at least this often (mean characters between runs).</summary>
    private const int MaxMeanSegment = 160;

    /// <summary>Fewest one-word blocks in a row that are read as one scattered line.</summary>
    private const int MinScatteredWords = 3;

    private const int MaxScatteredWordLength = 30;

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    /// <summary>A segment ending in a date: "Jan 2007", "7/2010", "2000", "September 09", "January 10th 2006".</summary>
    private static readonly Regex EndsInDate = new(
        @"(?:^|[\s(|,:–-])(?:(?:\d{1,2}/)?(?<y>(?:19|20)\d{2})|" + Month + @"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?'?(?<y>\d{2})|(?<m>" + Month + @"))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A segment starting with the end of a range: "Present", "Till date", "Dec 2006", "2005", "April07".</summary>
    private static readonly Regex StartsWithDate = new(
        @"^\(?(?:(?<open>present|current|ongoing|today|till\s+(?:date|now)|to\s+date)|(?:\d{1,2}/)?(?<y>(?:19|20)\d{2})|" + Month + @"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?'?(?<y>(?:19|20)\d{2}|\d{2}))(?![\w/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static string Restore(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains("\n\n", StringComparison.Ordinal)) return text;
        var lines = new List<string>();
        var changed = false;
        foreach (var line in text.Split('\n'))
        {
            if (IsFlattened(line))
            {
                Expand(line, lines);
                changed = true;
            }
            else lines.Add(line);
        }
        changed |= JoinScatteredWords(lines);
        return changed ? string.Join('\n', lines) : text;
    }

    /// <summary>
    /// A long line whose content is cut by many runs of two or more spaces, and not merely by two spaces after
    /// each sentence (typewriter spacing inside an unwrapped paragraph).
    /// </summary>
    internal static bool IsFlattened(string line)
    {
        if (line.Length < MinFlattenedLength) return false;
        var content = line.AsSpan().Trim();
        int runs = 0, afterSentence = 0;
        for (var i = 1; i < content.Length; i++)
        {
            if (content[i] != ' ' || content[i - 1] == ' ') continue;
            var end = i;
            while (end < content.Length && content[end] == ' ') end++;
            var length = end - i;
            if (length >= 2)
            {
                runs++;
                if (length == 2 && content[i - 1] is '.' or '!' or '?') afterSentence++;
            }
            i = end;
        }
        return runs >= 4 && afterSentence * 2 < runs && content.Length / (runs + 1) <= MaxMeanSegment;
    }

    private static void Expand(string line, List<string> into)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != ' ')
            {
                sb.Append(line[i++]);
                continue;
            }
            var end = i;
            while (end < line.Length && line[end] == ' ') end++;
            var length = end - i;
            if (length == 1) sb.Append(' ');
            else if (length <= 3 && LostRangeDash(sb, line.AsSpan(end))) sb.Append(" – ");
            else
            {
                into.Add(sb.ToString());
                sb.Clear();
                if (length >= 4) into.Add("");
            }
            i = end;
        }
        into.Add(sb.ToString());
    }

    /// <summary>Whether the text before a space run ends in a date and the text after it starts a later one.</summary>
    private static bool LostRangeDash(StringBuilder before, ReadOnlySpan<char> after)
    {
        if (before.Length < 2 || after.IsEmpty || !char.IsLetterOrDigit(after[0]) && after[0] != '(') return false;
        var tail = before.Length > 40 ? before.ToString(before.Length - 40, 40) : before.ToString();
        var left = EndsInDate.Match(tail);
        if (!left.Success) return false;
        var right = StartsWithDate.Match(after[..Math.Min(after.Length, 40)].ToString());
        if (!right.Success) return false;
        if (right.Groups["open"].Success) return true;
        // "Jan  Apr 2001": a month alone ends only where the next segment gives month and year.
        if (left.Groups["m"].Success) return right.Groups["y"].Success && !char.IsAsciiDigit(after[0]) && char.IsUpper(after[0]);
        return Year(left.Groups["y"].Value) <= Year(right.Groups["y"].Value);
    }

    private static int Year(string digits)
    {
        var n = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 4 ? n : n + (n <= 50 ? 2000 : 1900);
    }

    /// <summary>
    /// Joins runs of blocks that each hold one word into one line. A run needs at least one word that cannot be a
    /// heading, date or list entry on its own (lowercase, or ending in a comma), and stops at words set as
    /// headings (capitals, or a closing colon), so "SKILLS / Java / Python" stays a heading over a list.
    /// </summary>
    private static bool JoinScatteredWords(List<string> lines)
    {
        var changed = false;
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsLoneWord(lines, i))
            {
                i++;
                continue;
            }
            // Collect the indexes of one-word blocks separated only by blank lines.
            var words = new List<int> { i };
            var j = i + 1;
            while (true)
            {
                var k = j;
                while (k < lines.Count && lines[k].Trim().Length == 0) k++;
                if (k == j || k >= lines.Count || !IsLoneWord(lines, k)) break;
                words.Add(k);
                j = k + 1;
            }
            if (words.Count >= MinScatteredWords && words.Exists(w => IsRunningWord(lines[w].Trim())))
            {
                var joined = string.Join(' ', words.Select(w => lines[w].Trim()));
                lines.RemoveRange(i, words[^1] - i + 1);
                lines.Insert(i, joined);
                changed = true;
                i++;
            }
            else i = words[^1] + 1;
        }
        return changed;
    }

    /// <summary>Whether line <paramref name="index"/> is a block of its own holding one word that is not a heading.</summary>
    private static bool IsLoneWord(List<string> lines, int index)
    {
        if (index > 0 && lines[index - 1].Trim().Length > 0) return false;
        if (index + 1 < lines.Count && lines[index + 1].Trim().Length > 0) return false;
        var word = lines[index].AsSpan().Trim();
        if (word.IsEmpty || word.Length > MaxScatteredWordLength || word.Contains(' ')) return false;
        return !IsHeadingWord(word);
    }

    private static bool IsHeadingWord(ReadOnlySpan<char> word)
    {
        if (word[^1] == ':') return true;
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    private static bool IsRunningWord(string word) => char.IsLower(word[0]) || word.EndsWith(',');
}
