using System.Text.RegularExpressions;

namespace ResumeLens.Core.Parsing;

/// <summary>
/// Reads the date styles resumes use: "Jan 2019 – Present", "03/2018 - 11/2020", "2017–19", "Summer 2016",
/// "since 2020", "2019-03", "15.03.2019", "Sept. '18", and squeezed forms such as "2012to date".
/// </summary>
public static class DateText
{
    private const string Months =
        "jan(?:uary|vier|eiro)?|feb(?:ruary|rero|ruar)?|f[ée]v(?:rier)?|mar(?:ch|zo|s|ço)?|m[äa]rz|apr(?:il)?|abr(?:il)?|avr(?:il)?|may|mayo|mai|maio|"
        + "june?|juni|juin|junio|junho|july?|juli|juil(?:let)?|julio|julho|aug(?:ust)?|ago(?:sto)?|ao[uû]t|sep(?:t(?:ember)?)?|set(?:embro)?|sept(?:iembre|embre)?|"
        + "oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|d[ée]c(?:embre)?|dic(?:iembre)?|ene(?:ro)?";

    private static readonly Regex DateTokenPattern = new(
        @"(?:(?:(?<![\p{L}\d])|(?<=(?:19|20)\d{2})(?=(?-i:\p{Lu}\p{Ll})))(?:"
        + @"(?<mon>" + Months + @")\.?[\s,\-']*(?:(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<year>(?:19|20)\d{2}|['‘’]\d{2})"
        + @"|(?<mon>" + Months + @")\.?[\s\-]*(?<yy>\d{2})(?!\d)"
        + @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + Months + @")\.?,?\s*(?<year>(?:19|20)\d{2})"
        + @"|(?<season>spring|summer|fall|autumn|winter)\s*(?<year>(?:19|20)\d{2})"
        + @"|(?<d1>\d{1,2})(?<sep>[/.\-])(?<d2>\d{1,2})\k<sep>(?<year>(?:19|20)\d{2})"
        + @"|(?<mm>0?[1-9]|1[0-2])\s*[/.\-]\s*(?<year>(?:19|20)\d{2})"
        + @"|(?<mm>0[1-9]|1[0-2])/(?<yy>\d{2})(?![\d/])"
        + @"|(?<year>(?:19|20)\d{2})\s*[/.\-]\s*(?<mm>0[1-9]|1[0-2])(?![\d/.\-]\d)"
        + @"|(?<year>(?:19|20)\d{2})"
        + @")|(?<!\p{L})(?<present>present|current(?:ly)?|now|today|ongoing|till\s+date|to\s+date|till\s+now|heute|actualidad|présent|aujourd'hui)"
        // A year may run into the next word when a separator was lost: "2016to date", "May 2010Mediafax Inc".
        + @")(?:(?![\p{L}\d])|(?=(?:to|till|until|present|current)\b)|(?<=\d)(?=(?-i:\p{Lu}\p{Ll})))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Between the two ends of a range.
    private static readonly Regex RangeSeparatorPattern = new(@"^\s*(?:[-–—~]+|to|till|until|through|thru|bis|au|a|hasta|até)?\s*[-–—~]?\s*\(?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "2017–19": a two-digit end year right after a full start year.
    private static readonly Regex ShortEndYearPattern = new(@"^\s*[-–—~/]\s*\d{2}(?!\d)", RegexOptions.CultureInvariant);

    // "Jan – Apr 2001": a start month that shares the year of the end.
    private static readonly Regex MonthBeforeRangePattern = new(
        @"(?<![\p{L}\d])(?=(?-i:\p{Lu}))(?<mon>" + Months + @")\.?\s*(?:[-–—~]+|to|till|until|through)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex OpenStartPattern = new(@"(?:since|from|seit|desde|depuis)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Eight squeezed digits: two years glued together by a lost dash ("20122016").
    private static readonly Regex GluedYearsPattern = new(@"(?<![\d])((?:19|20)\d{2})((?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant);

    // Weak tokens ("09/14") read as dates only as one end of a range.
    private readonly record struct Token(int Start, int Length, PartialDate Date, bool Present, bool Weak = false);

    /// <summary>All date ranges and lone dates in a line, left to right.</summary>
    public static List<DateRange> FindRanges(string text, PartialDate today)
    {
        var ranges = new List<DateRange>();
        if (text.Length == 0) return ranges;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var a = tokens[i];
            if (a.Present) continue;
            if (i + 1 < tokens.Count)
            {
                var b = tokens[i + 1];
                var between = text.AsSpan(a.Start + a.Length, b.Start - a.Start - a.Length);
                // "Oct 2005, till date": a comma before the open end is a range's dash.
                if (between.Length <= 12 && (RangeSeparatorPattern.IsMatch(between) || b.Present && between.Trim().SequenceEqual(","))
                    && (b.Present || b.Date.MonthIndex >= a.Date.MonthIndex))
                {
                    ranges.Add(b.Present
                        ? new DateRange(a.Date, null, true, a.Start, b.Start + b.Length - a.Start)
                        : new DateRange(a.Date, b.Date, IsNow(b.Date, today), a.Start, b.Start + b.Length - a.Start));
                    i++;
                    continue;
                }
            }
            if (a.Date.HasMonth && a.Start > 0)
            {
                var from = Math.Max(0, a.Start - 16);
                var lead = MonthBeforeRangePattern.Match(text, from, a.Start - from);
                if (lead.Success)
                {
                    var month = MonthOf(lead.Groups["mon"].Value);
                    var start = new PartialDate(month <= a.Date.Month ? a.Date.Year : a.Date.Year - 1, month);
                    ranges.Add(new DateRange(start, a.Date, IsNow(a.Date, today), lead.Index, a.Start + a.Length - lead.Index));
                    continue;
                }
            }
            if (a.Weak) continue;
            var after = text.AsSpan(a.Start + a.Length, Math.Min(8, text.Length - a.Start - a.Length));
            var shortEnd = after.Length > 0 && !a.Date.HasMonth ? FirstMatch(ShortEndYearPattern, after) : default;
            if (shortEnd.Length > 0)
            {
                var yy = int.Parse(after.Slice(shortEnd.Index + shortEnd.Length - 2, 2), System.Globalization.CultureInfo.InvariantCulture);
                var endYear = a.Date.Year / 100 * 100 + yy;
                if (endYear < a.Date.Year) endYear += 100;
                if (endYear - a.Date.Year <= 15)
                {
                    ranges.Add(new DateRange(a.Date, new PartialDate(endYear, 0), false, a.Start, a.Length + shortEnd.Index + shortEnd.Length));
                    continue;
                }
            }
            var before = Math.Max(0, a.Start - 10);
            if (OpenStartPattern.IsMatch(text.AsSpan(before, a.Start - before)))
            {
                ranges.Add(new DateRange(a.Date, null, true, a.Start, a.Length));
                continue;
            }
            ranges.Add(new DateRange(a.Date, a.Date, false, a.Start, a.Length));
        }
        return ranges;
    }

    /// <summary>The first range with two ends (or an open end) in a line, else null.</summary>
    public static DateRange? FindSpan(string text, PartialDate today)
    {
        foreach (var r in FindRanges(text, today))
        {
            if (r.IsCurrent || r.End != r.Start) return r;
        }
        return null;
    }

    /// <summary>Parses one date as written ("March 2019", "2019", "03/2019").</summary>
    public static PartialDate? ParseOne(string text)
    {
        var tokens = Tokens(text);
        foreach (var t in tokens)
        {
            if (!t.Present) return t.Date;
        }
        return null;
    }

    private static ValueMatch FirstMatch(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input)) return m;
        return default;
    }

    private static bool IsNow(PartialDate d, PartialDate today) => d.Year == today.Year && (!d.HasMonth || d.Month == today.Month);

    // Every date token but "present" holds a year ("2019", "'19") or a month and short year ("09/14", "May 11"), and a lone
    // "present" starts no range: a line with none of them has no dates, and the full pattern need not run over it.
    private static bool MayHoldYear(string text)
    {
        var s = text.AsSpan();
        for (var i = 0; i + 2 < s.Length; i++)
        {
            var c = s[i];
            if (c is '\'' or '‘' or '’' or '/')
            {
                if (char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])) return true;
            }
            else if (c is ' ' or '.' or '-' && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
                && (i + 3 == s.Length || !char.IsAsciiDigit(s[i + 3])) && AfterMonthName(s, i))
            {
                return true; // "May 11": a month name and a short year
            }
            else if (i + 3 < s.Length && (c == '1' && s[i + 1] == '9' || c == '2' && s[i + 1] == '0')
                && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]))
            {
                return true;
            }
        }
        return false;
    }

    private const string MonthStems = "janfebmaraprmayjunjulaugsepoctnovdec";

    // Whether the word ending at <paramref name="end"/> (a full stop aside) is an English month name ("May", "Sept.").
    private static bool AfterMonthName(ReadOnlySpan<char> s, int end)
    {
        if (end > 0 && s[end - 1] == '.') end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(s[start - 1])) start--;
        return end - start is >= 3 and <= 9 && StartsWithMonthStem(s[start..end]);
    }

    /// <summary>Whether a word opens with the first three letters of an English month ("Aug.", "September").</summary>
    internal static bool StartsWithMonthStem(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        Span<char> stem = stackalloc char[3];
        for (var k = 0; k < 3; k++) stem[k] = char.ToLowerInvariant(word[k]);
        var at = MonthStems.AsSpan().IndexOf(stem);
        return at >= 0 && at % 3 == 0;
    }

    private static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        // Every date has a year: a line without digits has none (most lines), so skip the scan.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 || !MayHoldYear(text)) return list;
        var glued = GluedYearsPattern.Match(text);
        if (glued.Success)
        {
            // Two years whose dash was lost read as a range.
            var first = int.Parse(glued.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var second = int.Parse(glued.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (second >= first && second - first <= 40)
            {
                list.Add(new Token(glued.Index, 4, new PartialDate(first, 0), false));
                list.Add(new Token(glued.Index + 4, 4, new PartialDate(second, 0), false));
            }
        }
        foreach (Match m in DateTokenPattern.Matches(text))
        {
            if (glued.Success && m.Index >= glued.Index && m.Index < glued.Index + glued.Length) continue;
            if (m.Groups["present"].Success)
            {
                list.Add(new Token(m.Index, m.Length, default, true));
                continue;
            }
            if (m.Groups["yy"].Success)
            {
                var yy = int.Parse(m.Groups["yy"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var y = 2000 + yy > DateTime.UtcNow.Year + 1 ? 1900 + yy : 2000 + yy;
                // "09/14", and "May 11" in "May 11 to Present": a month and a short year, read only as one end of a range.
                var mm = m.Groups["mm"].Success ? int.Parse(m.Groups["mm"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : MonthOf(m.Groups["mon"].Value);
                list.Add(new Token(m.Index, m.Length, new PartialDate(y, mm), false, Weak: true));
                continue;
            }
            var yearText = m.Groups["year"].ValueSpan;
            int year;
            if (yearText[0] is '\'' or '‘' or '’')
            {
                year = 2000 + int.Parse(yearText[1..], System.Globalization.CultureInfo.InvariantCulture);
                if (year > DateTime.UtcNow.Year + 1) year -= 100;
            }
            else
            {
                year = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
            }
            var month = 0;
            if (m.Groups["mon"].Success) month = MonthOf(m.Groups["mon"].Value);
            else if (m.Groups["season"].Success) month = SeasonMonth(m.Groups["season"].Value);
            else if (m.Groups["mm"].Success) month = int.Parse(m.Groups["mm"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            else if (m.Groups["d1"].Success)
            {
                var d1 = int.Parse(m.Groups["d1"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var d2 = int.Parse(m.Groups["d2"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                // Day-first where the separator is a dot (European) or the first number cannot be a month.
                month = m.Groups["sep"].Value == "." || d1 > 12 ? d2 : d1;
                if (month > 12) month = d1 <= 12 ? d1 : 0;
            }
            list.Add(new Token(m.Index, m.Length, new PartialDate(year, month), false));
        }
        list.Sort((x, y) => x.Start.CompareTo(y.Start));
        return list;
    }

    private static int SeasonMonth(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "fall" or "autumn" => 9,
        _ => 12,
    };

    private static int MonthOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.StartsWith("jan", StringComparison.Ordinal) || n.StartsWith("ene", StringComparison.Ordinal)) return 1;
        if (n.StartsWith("fe", StringComparison.Ordinal) || n.StartsWith("fé", StringComparison.Ordinal)) return 2;
        if (n.StartsWith("mar", StringComparison.Ordinal) || n.StartsWith("mär", StringComparison.Ordinal)) return 3;
        if (n.StartsWith("ap", StringComparison.Ordinal) || n.StartsWith("ab", StringComparison.Ordinal) || n.StartsWith("av", StringComparison.Ordinal)) return 4;
        if (n.StartsWith("ma", StringComparison.Ordinal)) return 5;
        if (n.StartsWith("jun", StringComparison.Ordinal) || n.StartsWith("juin", StringComparison.Ordinal)) return 6;
        if (n.StartsWith("jul", StringComparison.Ordinal) || n.StartsWith("juil", StringComparison.Ordinal)) return 7;
        if (n.StartsWith("au", StringComparison.Ordinal) || n.StartsWith("ag", StringComparison.Ordinal) || n.StartsWith("ao", StringComparison.Ordinal)) return 8;
        if (n.StartsWith("se", StringComparison.Ordinal)) return 9;
        if (n.StartsWith("o", StringComparison.Ordinal)) return 10;
        if (n.StartsWith("n", StringComparison.Ordinal)) return 11;
        return 12;
    }
}
