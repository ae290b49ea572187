using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Parsing;

/// <summary>Finds the candidate's name, email, phone, location and profile links.</summary>
internal static class ContactParser
{
    private static readonly Regex EmailPattern = new(@"[A-Za-z0-9._%+\-'*]*[A-Za-z0-9_%+\-']+[*]*@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant);

    // Addresses written to dodge harvesters: "nathan.78 @ email . com", "govind.8833 AT gmail.com", "jane [at] example [dot] org".
    private static readonly Regex SpelledEmailPattern = new(
        @"(?<![\w.])(?<local>[A-Za-z0-9][A-Za-z0-9._%+\-]*)\s*(?:@|\[at\]|\(at\)|\s(?:AT|at)\s)\s*(?<host>[A-Za-z0-9\-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*[A-Za-z0-9\-]+)*?)\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*(?<tld>com|net|org|edu|gov|mil|info|biz|io|co|in|uk|ca|au|de|fr|nl|es|it|ch|se|no|dk|jp|cn|sg|ae|za|nz|ie|us)(?![\w@])",
        RegexOptions.CultureInvariant);

    // A run of digits with phone punctuation; validated afterwards so years and date ranges are not taken.
    private static readonly Regex PhoneCandidatePattern = new(@"(?<![\w@/.])(?:\+|00)?\(?\d[\d\s().\-\u2013/]{5,20}\d(?![\w@])", RegexOptions.CultureInvariant);

    private static readonly Regex LinkPattern = new(@"(?:(?:https?://)?(?:[\w\-]+\.)?linkedin\.com/(?:in|pub|profile)/[\w\-%.]+|(?:https?://)?(?:www\.)?github\.com/[\w\-.]+|(?:https?://|www\.)[^\s,;|<>()]+|\b[\w\-]+\.(?:com|io|dev|me|net|org|site|page|app|tech|co)(?:/[^\s,;|<>()]*)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex PhoneLabelPattern = new(@"\b(?:phone|tel|telephone|mobile|mob|cell|contact|ph|whatsapp)\b\.?\s*(?:no\.?|number|#)?\s*[:\-]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CityRegionPattern = new(@"^(?<city>[\p{Lu}][\p{L}.'\- ]{1,30}),\s*(?<region>[\p{Lu}][\p{L}.'\- ]{1,30}?|[A-Z]{2})(?:\s+(?<zip>\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}))?(?:,\s*(?<country>[\p{Lu}][\p{L} ]{1,30}))?$", RegexOptions.CultureInvariant);

    private static readonly Regex NameLabelPattern = new(@"^(?:(?:name|full name|candidate)\s*[:\-]|(?:resume|résumé|cv|curriculum vitae|bio-?data)\s+of\s*:?)\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "binti", "al", "el", "ibn", "ter", "ten", "y", "e", "zu", "st.", "mc", "mac",
    };

    // Words of resume structure that never belong to a person's name.
    private static readonly HashSet<string> ResumeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "resume", "résumé", "curriculum", "vitae", "cv", "qualifications", "summary", "profile", "experience", "skills", "objective",
        "education", "contact", "page", "references", "highlights", "accomplishments", "overview", "professional", "career",
        "name", "surname", "firstname", "lastname", // template placeholders: "Name Surname"
    };

    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "phd", "ph.d.", "ph.d", "mba", "md", "m.d.", "cpa", "pmp", "msc", "bsc", "rn", "pe", "cfa", "jr", "jr.", "sr", "sr.", "ii", "iii", "esq",
    };

    public sealed record Contact(string? Name, double NameConfidence, string? Email, string? Phone, Location? Location, string? Url, List<ProfileLink> Profiles);

    public static Contact Find(List<ResumeLine> all, List<ResumeLine> header, KnowledgeBase kb)
    {
        string? email = null;
        foreach (var l in all)
        {
            if (!l.Text.Contains('@')) continue;
            var m = EmailPattern.Match(l.Text);
            if (m.Success)
            {
                email = m.Value.Trim('.', '\'');
                break;
            }
        }
        email ??= FindSpelledEmail(header.Count > 0 ? header : all) ?? FindSpelledEmail(all);

        var phone = FindPhone(header) ?? FindPhone(all);
        var (profiles, url) = FindLinks(all, email);
        var location = FindLocation(header, kb);
        var (name, confidence) = FindName(header.Count > 0 ? header : all, kb, email);
        return new Contact(name, confidence, email, phone, location, url, profiles);
    }

    private static string? FindSpelledEmail(List<ResumeLine> lines)
    {
        foreach (var l in lines)
        {
            if (l.Text.Length > 200 || !MaySpellEmail(l.Text)) continue;
            foreach (Match m in SpelledEmailPattern.Matches(l.Text))
            {
                var local = m.Groups["local"].Value;
                var worded = !m.Value.Contains('@') && !m.Value.Contains('[') && !m.Value.Contains('(');
                // "... at acme.com" in a sentence: a spelled-out "at" counts only after a local part no word has.
                if (worded && !local.Any(c => char.IsDigit(c) || c is '.' or '_')) continue;
                var host = Regex.Replace(m.Groups["host"].Value, @"\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*", ".");
                return $"{local}@{host}.{m.Groups["tld"].Value}".ToLowerInvariant();
            }
        }
        return null;
    }

    // Every spelled address holds "@" or an "at" and a dot somewhere after it.
    private static bool MaySpellEmail(string text) =>
        (text.Contains('@') || text.Contains("at", StringComparison.OrdinalIgnoreCase)) && (text.Contains('.') || text.Contains("dot", StringComparison.OrdinalIgnoreCase));

    // "linkedin.com/in/jane-doe-61024944": digits in a web address are no phone number.
    private static bool InsideLink(string text, int index, int length)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = index + length;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || token.IndexOfAny(LinkTopLevelDomains) >= 0 && token.Contains('/');
    }

    private static int CountDigits(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) n++;
        }
        return n;
    }

    /// <summary>The first plausible phone number: 7 to 15 digits, not a year, a date or a date range.</summary>
    internal static string? FindPhone(List<ResumeLine> lines)
    {
        string? unlabeled = null;
        foreach (var l in lines)
        {
            if (CountDigits(l.Text) < 7) continue; // a phone number has seven digits at least
            foreach (Match m in PhoneCandidatePattern.Matches(l.Text))
            {
                var normalized = NormalizePhone(WithoutPostalCode(m.Value));
                if (normalized is null || InsideLink(l.Text, m.Index, m.Length)) continue;
                var labeled = PhoneLabelPattern.IsMatch(l.Text.AsSpan(0, m.Index).ToString()) || m.Value.TrimStart().StartsWith('+');
                if (labeled) return normalized;
                unlabeled ??= normalized;
            }
        }
        return unlabeled;
    }

    private static readonly Regex LeadingPostalCodePattern = new(@"^\d{5,6}\s+", RegexOptions.CultureInvariant);

    // "Suffield, CT 06078 860.668.0111", "Bangalore 560001 98450 12345": a postal code ran into the number after it.
    private static string WithoutPostalCode(string candidate)
    {
        var m = LeadingPostalCodePattern.Match(candidate);
        if (!m.Success) return candidate;
        var rest = candidate[m.Length..];
        return rest.Count(char.IsDigit) >= 10 ? rest : candidate;
    }

    /// <summary>"+44 131 651 30 77" -> "+441316513077"; "(555) 123-4567" -> "5551234567"; null when it is not a phone number.</summary>
    internal static string? NormalizePhone(string raw)
    {
        var s = raw.Trim();
        var digits = new StringBuilder(16);
        var groups = new List<int>();
        var run = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                digits.Append(c);
                run++;
            }
            else if (run > 0)
            {
                groups.Add(run);
                run = 0;
            }
        }
        if (run > 0) groups.Add(run);
        var plus = s.StartsWith('+');
        var d = digits.ToString();
        if (s.StartsWith("00", StringComparison.Ordinal) && d.Length >= 10)
        {
            plus = true;
            d = d[2..];
        }
        if (d.Length < 7 || d.Length > 15) return null;
        if (!plus && LooksLikeDates(s, groups)) return null;
        // Without a country code a phone number has at least 8 digits except for 7-digit local numbers written with a dash.
        if (!plus && d.Length == 7 && !s.Contains('-')) return null;
        return plus ? "+" + d : d;
    }

    private static bool LooksLikeDates(string s, List<int> groups)
    {
        // Every group is a plausible year or month/day: "2012 - 2016", "03/2018 - 11/2020", "2019.03.15".
        var yearish = 0;
        var small = 0;
        var index = 0;
        foreach (var len in groups)
        {
            while (index < s.Length && !char.IsDigit(s[index])) index++;
            // A group longer than a year is no date part (and "9876543210" would not even fit an int).
            if (len > 4) return false;
            var value = 0;
            foreach (var c in s.AsSpan(index, len)) value = value * 10 + (int)char.GetNumericValue(c);
            index += len;
            if (len == 4 && value is >= 1950 and <= 2050) yearish++;
            else if (len <= 2 && value <= 31) small++;
            else return false;
        }
        if (yearish == 0) return false;
        return yearish + small == groups.Count;
    }

    private static (List<ProfileLink> Profiles, string? Url) FindLinks(List<ResumeLine> lines, string? email)
    {
        var profiles = new List<ProfileLink>();
        string? url = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var li = 0; li < lines.Count; li++)
        {
            var l = lines[li];
            if (!MayHoldLink(l.Text)) continue;
            foreach (Match m in LinkPattern.Matches(l.Text))
            {
                var value = WrappedLink(m, l.Text, li + 1 < lines.Count ? lines[li + 1].Text : null).TrimEnd('.', ',', ')', '/');
                if (email is not null && email.Contains(value, StringComparison.OrdinalIgnoreCase)) continue;
                if (m.Index > 0 && l.Text[m.Index - 1] == '@') continue;
                if (!seen.Add(value)) continue;
                var full = value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? value : "https://" + value;
                if (value.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase))
                    profiles.Add(new ProfileLink("LinkedIn", LastSegment(value), full));
                else if (value.Contains("github.com", StringComparison.OrdinalIgnoreCase))
                    profiles.Add(new ProfileLink("GitHub", LastSegment(value), full));
                else if (value.Contains("indeed.com/r/", StringComparison.OrdinalIgnoreCase))
                    profiles.Add(new ProfileLink("Indeed", IndeedName(value), full));
                else if (url is null && !value.Contains('@'))
                    url = full;
            }
        }
        return (profiles, url);
    }

    private static readonly SearchValues<string> LinkTopLevelDomains = SearchValues.Create(
        [".com", ".io", ".dev", ".me", ".net", ".org", ".site", ".page", ".app", ".tech", ".co"], StringComparison.OrdinalIgnoreCase);

    // The link pattern tries every word of a line; most lines hold no link, and every link holds "://", "www." or one of
    // the top-level domains the pattern knows, so lines without any of them are skipped unscanned.
    private static bool MayHoldLink(string text)
    {
        var span = text.AsSpan();
        return span.IndexOf('.') >= 0
            && (span.IndexOfAny(LinkTopLevelDomains) >= 0
                || span.Contains("://", StringComparison.Ordinal)
                || span.Contains("www.", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly Regex LinkContinuationPattern = new(@"^[\w\-/]+$", RegexOptions.CultureInvariant);

    // "indeed.com/r/Jyotirbindu-" over "Patnaik/77e3ceda47fbb7e4": a link broken at the line's end goes on below
    // when it stopped after a slash or a hyphen and the next line is one word of link characters.
    private static string WrappedLink(Match m, string text, string? next)
    {
        if (next is null || m.Index + m.Length < text.TrimEnd().Length || !(m.Value.EndsWith('/') || m.Value.EndsWith('-'))) return m.Value;
        var rest = next.Trim();
        return rest.Length is > 0 and <= 60 && LinkContinuationPattern.IsMatch(rest) ? m.Value + rest : m.Value;
    }

    // "indeed.com/r/Kartik-Sharma/cc7951fd7809f35e": the profile is named by the segment after "/r/".
    private static string? IndeedName(string url)
    {
        var at = url.IndexOf("/r/", StringComparison.OrdinalIgnoreCase) + 3;
        var end = url.IndexOf('/', at);
        var name = end < 0 ? url[at..] : url[at..end];
        return name.Length > 0 ? name : null;
    }

    private static string? LastSegment(string url)
    {
        var parts = url.TrimEnd('/').Split('/');
        var last = parts[^1];
        return last.Contains('.') ? null : last;
    }

    private static Location? FindLocation(List<ResumeLine> header, KnowledgeBase kb)
    {
        foreach (var l in header)
        {
            foreach (var part in Parts(l.Text))
            {
                var p = part.Trim().TrimEnd('.');
                var colon = p.IndexOf(':');
                if (colon > 0 && colon < 20) p = p[(colon + 1)..].Trim();
                if (p.Contains('@') || p.Length > 60) continue;
                var m = CityRegionPattern.Match(p);
                if (!m.Success) continue;
                // "Johns Hopkins University, Baltimore, Maryland" is where a school is, not where the candidate lives.
                if (kb.Institutions.LooksLikeInstitution(m.Groups["city"].Value) || kb.Degrees.TryFind(l.Text, out _)) continue;
                var region = m.Groups["region"].Value.Trim();
                var country = m.Groups["country"].Success ? m.Groups["country"].Value.Trim() : null;
                return new Location
                {
                    City = m.Groups["city"].Value.Trim(),
                    Region = region,
                    PostalCode = m.Groups["zip"].Success ? m.Groups["zip"].Value : null,
                    CountryCode = country,
                };
            }
        }
        return null;
    }

    internal static IEnumerable<string> Parts(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '|' or '\t' or '•' or '·' or '◆' or '⋄' or '♦')
            {
                if (i > start) yield return text[start..i];
                start = i + 1;
            }
        }
    }

    /// <summary>The line near the top that reads most like a person's name.</summary>
    private static (string? Name, double Confidence) FindName(List<ResumeLine> lines, KnowledgeBase kb, string? email)
    {
        string? best = null;
        var bestScore = 0.0;
        var maxFont = 0.0;
        foreach (var l in lines) maxFont = Math.Max(maxFont, l.FontSize);
        var limit = Math.Min(lines.Count, 12);
        for (var i = 0; i < limit; i++)
        {
            var l = lines[i];
            var labeled = NameLabelPattern.Match(l.Text);
            if (labeled.Success)
            {
                var value = labeled.Groups["name"].Value.Trim();
                var n = CleanName(value) ?? LoneName(value, value, kb);
                if (n is not null) return (n, 0.95);
            }
            var contactBelow = ContactFollows(lines, i);
            foreach (var part in Parts(Unspaced(l.Text, kb) ?? l.Text))
            {
                var candidate = CleanName(BeforeAddress(part));
                if (candidate is null)
                {
                    // A name of one word ("SATHEESH") only on a line of its own at the top, right above the contact lines,
                    // or first in the document (below nothing but a web address) in capitals or as a known given name.
                    // "Satheesh" over "Summary": a word no dictionary knows, last above the first heading, also counts.
                    var first = i == 0 || i < 3 && lines.Take(i).All(x => IsBareLink(x.Text));
                    var word = part.Trim();
                    var overHeading = (i + 1 == lines.Count || kb.Vocabulary.SectionOf(lines[i + 1].Text) != ResumeSection.None) && kb.Vocabulary.WordRank(word) == 0;
                    if ((i < 4 && contactBelow || first && (SectionSplitter.IsUpper(l.Text) || kb.Names.IsGivenName(word) || overHeading))
                        && LoneName(word, l.Text, kb) is { } lone && bestScore < 4)
                    {
                        best = lone;
                        bestScore = 4;
                    }
                    continue;
                }
                var score = ScoreName(candidate, kb, email);
                if (score <= 0) continue;
                score += Math.Max(0, 2.0 - i * 0.4);
                if (contactBelow) score += 1.5;
                if (maxFont > 0 && l.FontSize >= maxFont - 0.1) score += 1.5;
                if (l.Bold) score += 0.3;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        // Without a known given name a weak candidate is more likely a title, a place or a heading than a name.
        if (best is null || bestScore < 4) return (null, 0);
        return (best, Math.Min(0.98, 0.35 + bestScore / 10));
    }

    private static readonly Regex ContactLabelPattern = new(@"^(?:address|mobile|mob|phone|tel|telephone|cell|email|e-mail|contact|linkedin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Contact details on the next line: labels ("Mobile :", "Email :"), an email address or a phone number.
    private static bool ContactFollows(List<ResumeLine> lines, int i)
    {
        if (i + 1 >= lines.Count) return false;
        var t = lines[i + 1].Text.TrimStart();
        return ContactLabelPattern.IsMatch(t) || EmailPattern.IsMatch(t) || t.Length <= 60 && FindPhone([lines[i + 1]]) is not null;
    }

    /// <summary>
    /// A name set in spaced capitals ("G E O R G E H E R N A N D E Z", "D A V I D L. W I N S T O N") read as words:
    /// the letters are joined, an initial with its full stop stays a word, and the run splits after the longest known
    /// given name it opens with. Null when the line is not letter-spaced.
    /// </summary>
    internal static string? Unspaced(string text, KnowledgeBase kb)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 5 || tokens.Length > 40) return null;
        var single = tokens.Count(t => t.Length == 1 && char.IsLetter(t[0]));
        if (single * 10 < tokens.Length * 7 || tokens.Any(t => t.Length > 3 || !char.IsLetter(t[0]))) return null;
        var words = new List<string>();
        var run = new StringBuilder();
        foreach (var t in tokens)
        {
            if (t.EndsWith('.'))
            {
                // "L." is an initial of its own.
                if (run.Length > 0) words.AddRange(SplitRun(run.ToString(), kb));
                run.Clear();
                words.Add(t);
                continue;
            }
            run.Append(t);
        }
        if (run.Length > 0) words.AddRange(SplitRun(run.ToString(), kb));
        return string.Join(' ', words);
    }

    private static IEnumerable<string> SplitRun(string letters, KnowledgeBase kb)
    {
        for (var cut = letters.Length - 2; cut >= 2; cut--)
        {
            if (kb.Names.IsGivenName(letters[..cut]))
            {
                yield return letters[..cut];
                yield return letters[cut..];
                yield break;
            }
        }
        yield return letters;
    }

    // "Harold Phillips 718 Unix Ave": the name ends where the street address begins.
    private static string BeforeAddress(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 2; i < words.Length; i++)
        {
            if (char.IsAsciiDigit(words[i][0])) return string.Join(' ', words[..i]);
        }
        return part;
    }

    // "www.downloadmela.com": a web address alone on its line (a template site's stamp above the name).
    private static bool IsBareLink(string text)
    {
        var t = text.Trim();
        return !t.Contains(' ') && t.Contains('.') && (t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || t.Contains("://", StringComparison.Ordinal));
    }

    private static string? LoneName(string word, string line, KnowledgeBase kb)
    {
        if (word.Length < 3 || word.Length > 20 || line.Trim() != word || !char.IsUpper(word[0])) return null;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return null;
        }
        if (kb.Vocabulary.SectionOf(word) != ResumeSection.None || ResumeWords.Contains(word) || kb.Titles.IsHeadNoun(word)) return null;
        if (kb.Vocabulary.WordRank(word) is > 0 and < 20000 && !kb.Names.IsGivenName(word)) return null;
        return word;
    }

    private static readonly string[] SelfIntroductions = ["I'm ", "I’m ", "Im ", "I am ", "My name is ", "This is "];

    private static string? CleanName(string raw)
    {
        var s = raw.Trim().Trim(',', '.', ':', '-', '–');
        // "I'm Rahul Chandran, a Creative Graphic Designer"
        foreach (var intro in SelfIntroductions)
        {
            if (s.StartsWith(intro, StringComparison.Ordinal))
            {
                s = s[intro.Length..];
                break;
            }
        }
        // "XXXXX XXXXX": a template's blanked-out name is none.
        if (s.Length > 0 && s.All(c => c is 'X' or 'x' or ' ' or '.')) return null;
        // "Jane Doe, PhD" and "JANE DOE MBA": credentials are not part of the name.
        var comma = s.IndexOf(',');
        if (comma > 0) s = s[..comma].Trim();
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length;
        while (count > 2 && Credentials.Contains(words[count - 1])) count--;
        if (count < 2 || count > 5) return null;
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(words[i]);
        }
        return sb.ToString();
    }

    private static double ScoreName(string candidate, KnowledgeBase kb, string? email)
    {
        var words = candidate.Split(' ');
        var score = 0.0;
        var capitalized = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var w = words[k];
            foreach (var c in w)
            {
                if (char.IsDigit(c) || c is '@' or '/' or ':' or '(' or ')' or '&' or '+' or '#' or '_' or '=') return 0;
            }
            // A particle leads into the family name ("da Vinci"); last, it is the family name ("Prithwiraj Das").
            if (Particles.Contains(w) && k < words.Length - 1) continue;
            if (w.Length == 0 || !char.IsLetter(w[0])) return 0;
            if (!char.IsUpper(w[0])) return 0;
            capitalized++;
        }
        if (capitalized < 2) return 0;
        if (kb.Vocabulary.SectionOf(candidate) != ResumeSection.None) return 0;
        foreach (var w in words)
        {
            if (ResumeWords.Contains(w)) return 0;
        }
        if (kb.Titles.Contains(candidate)) return 0;
        if (kb.Institutions.LooksLikeInstitution(candidate)) return 0;
        var last = words[^1];
        if (kb.Titles.IsHeadNoun(last) && !kb.Names.IsSurname(last)) score -= 3;
        foreach (var w in words)
        {
            if (kb.Titles.IsHeadNoun(w) && !kb.Names.IsGivenName(w) && !kb.Names.IsSurname(w)) score -= 1;
        }
        if (kb.Names.IsGivenName(words[0])) score += 3;
        if (kb.Names.IsSurname(last)) score += 1.5;
        var common = 0;
        foreach (var w in words)
        {
            var rank = kb.Vocabulary.WordRank(w);
            if (rank is > 0 and < 3000 && !kb.Names.IsGivenName(w) && !Particles.Contains(w)) common++;
        }
        score -= common * 1.5;
        if (email is not null)
        {
            var local = email[..email.IndexOf('@')].ToLowerInvariant();
            foreach (var w in words)
            {
                if (w.Length >= 3 && local.Contains(w.ToLowerInvariant(), StringComparison.Ordinal)) score += 1.5;
            }
        }
        return score + 2;
    }
}
