using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;

namespace ResumeLens.Bench;

/// <summary>
/// Scores the parser against labeled resumes: dotin inline-XML labels (tags are the truth, the stripped text is the input)
/// and the rendercv ground truth against its PDFs (read with our own extractor). Prints per-field precision, recall, F1.
/// </summary>
internal static class ParserAccuracy
{
    private static readonly Regex LabelTagPattern = new(@"<label type=""(?<type>[^""]+)"">(?<text>.*?)</label>", RegexOptions.Singleline);

    private static readonly string[] Fields = ["name", "email", "phone", "job title", "company", "institution", "degree", "dates", "skills"];

    private sealed class Score
    {
        public int Tp, Fp, Fn;
        public double P => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double R => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
    }

    /// <summary>A labeled resume: the document as the product reads it and the true values per field.</summary>
    internal sealed record Labeled(string Id, ExtractedDocument Document, Dictionary<string, List<string>> Truth);

    public static Task<int> Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Suites.SharedData();
        var samples = new List<Labeled>();
        samples.AddRange(LoadDotin(Path.Combine(root, "labels", "dotin_resume_ner")));
        samples.AddRange(LoadRenderCv(root));
        var scores = Fields.ToDictionary(f => f, _ => new Score(), StringComparer.Ordinal);
        var reference = new DateOnly(2026, 1, 1);
        foreach (var s in samples)
        {
            var profile = ResumeParser.Parse(s.Document, new ResumeParseOptions(reference, s.Id));
            var predicted = Predicted(profile);
            foreach (var field in Fields)
            {
                if (!s.Truth.TryGetValue(field, out var truth)) continue; // field not labeled in this source
                var got = predicted[field];
                var (tp, fp, fn) = Compare(field, truth, predicted);
                scores[field].Tp += tp;
                scores[field].Fp += fp;
                scores[field].Fn += fn;
                if (verbose && (fp > 0 || fn > 0))
                {
                    Console.WriteLine($"{s.Id} {field}: truth=[{string.Join(" | ", truth)}] got=[{string.Join(" | ", got)}]");
                    // Skills are many per resume: the wrong ones, listed apart, are what to read.
                    if (field == "skills")
                    {
                        var (wrong, missed) = SkillErrors(truth, got);
                        Console.WriteLine($"{s.Id} skills wrong: [{string.Join(" | ", wrong)}] missed: [{string.Join(" | ", missed)}]");
                    }
                }
            }
        }
        Console.WriteLine($"parse-accuracy: {samples.Count} labeled resumes");
        Console.WriteLine($"{"field",-12} {"P",6} {"R",6} {"F1",6}   tp/fp/fn");
        foreach (var f in Fields)
        {
            var sc = scores[f];
            if (sc.Tp + sc.Fp + sc.Fn == 0)
            {
                Console.WriteLine($"{f,-12} {"n/a",6} {"n/a",6} {"n/a",6}   (no labels)");
                continue;
            }
            Console.WriteLine(FormattableString.Invariant($"{f,-12} {sc.P,6:0.000} {sc.R,6:0.000} {sc.F1,6:0.000}   {sc.Tp}/{sc.Fp}/{sc.Fn}"));
        }
        return Task.FromResult(0);
    }

    /// <summary>dotin files: inline labels become the truth; the text without tags, its double spaces made line breaks, the input.</summary>
    internal static IEnumerable<Labeled> LoadDotin(string folder)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            var open = xml.IndexOf("<cv>", StringComparison.Ordinal);
            var close = xml.LastIndexOf("</cv>", StringComparison.Ordinal);
            var body = open >= 0 && close > open ? xml[(open + 4)..close] : xml;
            body = body.Trim().Trim('"');
            var truth = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var f in new[] { "name", "email", "job title", "company", "institution", "degree", "dates", "skills" }) truth[f] = [];
            foreach (Match m in LabelTagPattern.Matches(body))
            {
                var text = Squash(WebUtility.HtmlDecode(m.Groups["text"].Value));
                var field = m.Groups["type"].Value switch
                {
                    "Name" => "name",
                    "Email Address" => "email",
                    "Phone" => "phone",
                    "Designation" => "job title",
                    "Companies worked at" => "company",
                    "College Name" => "institution",
                    "Degree" => "degree",
                    "Years of Experience" or "Graduation Year" => "dates",
                    "Job Specific Skills" or "Tech Tools" or "Soft Skills" or "Skills" => "skills",
                    _ => null,
                };
                if (field is null || text.Length == 0) continue;
                if (!truth.TryGetValue(field, out var list)) truth[field] = list = [];
                list.Add(text);
            }
            var plain = WebUtility.HtmlDecode(LabelTagPattern.Replace(body, "${text}"));
            // The text goes the way of a .txt file given to `resumelens parse`: decoded, its flattened line breaks restored, read.
            var id = "dotin/" + Path.GetFileNameWithoutExtension(file);
            yield return new Labeled(id, DocumentExtractor.Extract(Encoding.UTF8.GetBytes(plain), Path.GetFileName(file) + ".txt"), truth);
        }
    }

    private static string Squash(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>rendercv: the markdown ground truth ("# Name's CV", "Title at Company, 2020-2023") against each PDF rendering.</summary>
    private static IEnumerable<Labeled> LoadRenderCv(string root)
    {
        var md = Path.Combine(root, "labels", "rendercv_tests", "minimal.md.txt");
        var pdfs = Path.Combine(root, "resumes", "pdf", "rendercv_tests");
        if (!File.Exists(md) || !Directory.Exists(pdfs)) yield break;
        var truth = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["name"] = [],
            ["job title"] = [],
            ["company"] = [],
            ["dates"] = [],
        };
        foreach (var line in File.ReadAllLines(md))
        {
            var h = Regex.Match(line, @"^#\s+(?<n>.+?)'s CV\s*$");
            if (h.Success) truth["name"].Add(h.Groups["n"].Value);
            var w = Regex.Match(line, @"^(?<t>.+?) at (?<c>.+?), (?<d>.+)$");
            if (w.Success)
            {
                truth["job title"].Add(w.Groups["t"].Value);
                truth["company"].Add(w.Groups["c"].Value);
                truth["dates"].Add(w.Groups["d"].Value);
            }
        }
        foreach (var pdf in Directory.EnumerateFiles(pdfs, "*_minimal.pdf").Order(StringComparer.Ordinal))
        {
            // The product's own reader, so the figures are those of `resumelens parse`.
            yield return new Labeled("rendercv/" + Path.GetFileNameWithoutExtension(pdf), DocumentExtractor.Extract(pdf), truth);
        }
    }

    /// <summary>Reference text of a PDF from poppler's pdftotext, or null when it is not installed.</summary>
    internal static string? PdfToText(string pdf)
    {
        try
        {
            var psi = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi);
            if (p is null) return null;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static readonly Regex RoleJoinPattern = new(@"\s*/\s*|\s+(?:and|&)\s+", RegexOptions.CultureInvariant);

    // A position naming two roles ("Maitre d / Head Waitress", "Visiting Scholar and Research Assistant") is labeled by
    // dotin as two titles: it counts as both when every part reads as a job title on its own.
    private static IEnumerable<string> Roles(string position)
    {
        var parts = RoleJoinPattern.Split(position);
        var kb = KnowledgeBase.Default;
        return parts.Length > 1 && parts.All(p => p.Length > 2 && EntryText.TitleScore(p, kb) >= 2) ? parts : [position];
    }

    private static Dictionary<string, List<string>> Predicted(ResumeProfile p)
    {
        var r = Fields.ToDictionary(f => f, _ => new List<string>(), StringComparer.Ordinal);
        if (p.Basics.Name is { } n) r["name"].Add(n);
        if (p.Basics.Email is { } e) r["email"].Add(e);
        if (p.Basics.Phone is { } ph) r["phone"].Add(ph);
        r["links"] = [.. p.Basics.Profiles.Select(l => l.Url)];
        if (p.Basics.Url is { } url) r["links"].Add(url);
        // The headline under the name ("Senior Software Engineer") is a job title the resume states, as the labels have it.
        if (p.Basics.Label is { } label) r["job title"].AddRange(Roles(label));
        foreach (var w in p.Work)
        {
            if (w.Position is { } t) r["job title"].AddRange(Roles(t));
            if (w.Name is { } c) r["company"].Add(c);
            if (w.StartDate is { } s) r["dates"].Add(s);
            if (w.EndDate is { } en) r["dates"].Add(en);
        }
        foreach (var ed in p.Education)
        {
            if (ed.Institution is { } i) r["institution"].Add(i);
            // dotin's "Degree" is a post-secondary qualification: school-leaving certificates ("SSC", "A levels") are
            // education entries with their own level, seldom labeled as degrees.
            // A double degree ("Bachelor of Engineering / Bachelor of Commerce") is labeled as two.
            if (ed.StudyType is { } d && ed.Level != "high-school") r["degree"].AddRange(ed.Area is null ? d.Split(" / ") : [d + " in " + ed.Area]);
            if (ed.StartDate is { } s) r["dates"].Add(s);
            if (ed.EndDate is { } en) r["dates"].Add(en);
        }
        foreach (var s in p.Meta.Skills) r["skills"].Add(s.Id);
        // dotin labels the languages a candidate speaks among the skills.
        foreach (var l in p.Languages) r["skills"].Add(l.Language);
        foreach (var g in p.Skills)
        {
            if (g.Name == "Other" && g.Keywords is { } k) r["skills"].AddRange(k);
        }
        return r;
    }

    private static (int Tp, int Fp, int Fn) Compare(string field, List<string> truth, Dictionary<string, List<string>> predicted)
    {
        var got = predicted[field];
        return field switch
        {
            "name" => CompareCandidate(truth, got, (t, g) => Similar(Norm(t), Norm(g)) || NoSpaces(t) == NoSpaces(g)),
            "email" => CompareCandidate(truth, got, (t, g) => Address(t) == Address(g), predicted["links"]),
            "dates" => CompareSets(DateSet(truth), DateSet(got)),
            "skills" => CompareSkills(truth, got),
            "phone" => CompareSets(Distinct(truth, Digits), Distinct(got, Digits)),
            _ => CompareFuzzy(truth, got),
        };
    }

    /// <summary>
    /// Name and address are the candidate's, one value each, while dotin labels every mention: the referees' names and
    /// addresses, a first name repeated in a cover note. The candidate's value is the first labeled mention; the parser's
    /// value is right when it matches it. dotin labels an Indeed export's profile address ("indeed.com/r/Name/3f2a...") as
    /// its "Email Address": such a label counts as found when the profile's links hold it.
    /// </summary>
    private static (int, int, int) CompareCandidate(List<string> truth, List<string> got, Func<string, string, bool> same, List<string>? links = null)
    {
        if (truth.Count == 0) return (0, got.Count, 0);
        var first = truth[0];
        if (links is not null && !Address(first).Contains('@'))
        {
            var key = LinkKey(first);
            return links.Any(l => LinkKey(l) == key) ? (1, 0, 0) : (0, 0, 1);
        }
        if (got.Count == 0) return (0, 0, 1);
        return same(first, got[0]) ? (1, 0, 0) : (0, 1, 1);
    }

    // "nathan.78 @ email . com" and "govind.8833 AT gmail.com" are written addresses as the parser reads them.
    private static string Address(string s) => NoSpaces(Regex.Replace(s, @"\s+AT\s+|\s*[\[(]at[\])]\s*", "@"));

    // "Indeed: https://www.indeed.com/r/Jay- Madhavi/1e7d/" and "indeed.com/r/Jay-Madhavi/1e7d" are one address.
    private static string LinkKey(string s)
    {
        var k = NoSpaces(s);
        var scheme = k.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) k = k[(scheme + 3)..];
        else if (k.IndexOf(':') is var colon and >= 0) k = k[(colon + 1)..];
        if (k.StartsWith("www.", StringComparison.Ordinal)) k = k[4..];
        return k.TrimEnd('/');
    }

    private static HashSet<string> Distinct(List<string> values, Func<string, string> key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            var k = key(v);
            if (k.Length > 0) set.Add(k);
        }
        return set;
    }

    private static string Digits(string s) => new(s.Where(char.IsDigit).ToArray());

    private static string NoSpaces(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());

    private static HashSet<string> DateSet(List<string> values)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var today = new PartialDate(2026, 1);
        foreach (var v in values)
        {
            foreach (var r in DateText.FindRanges(v, today))
            {
                set.Add(r.Start.ToIso());
                if (r.End is { } e && !r.IsCurrent) set.Add(e.ToIso());
            }
        }
        return set;
    }

    private static (int, int, int) CompareSets(HashSet<string> truth, HashSet<string> got)
    {
        var tp = 0;
        foreach (var g in got)
        {
            if (truth.Contains(g)) tp++;
        }
        return (tp, got.Count - tp, truth.Count - tp);
    }

    // Text fields: case-insensitive, and a prediction matches a truth when one contains the other or most words agree.
    private static (int, int, int) CompareFuzzy(List<string> truthRaw, List<string> gotRaw)
    {
        var truth = Distinct(truthRaw, Norm).ToList();
        var got = Distinct(gotRaw, Norm).ToList();
        var matchedTruth = new HashSet<int>();
        var tp = 0;
        foreach (var g in got)
        {
            var hit = -1;
            // Prefer a truth not matched yet, so one prediction covering several values counts once per value found.
            for (var i = 0; i < truth.Count; i++)
            {
                if (!matchedTruth.Contains(i) && Similar(truth[i], g))
                {
                    hit = i;
                    break;
                }
            }
            for (var i = 0; hit < 0 && i < truth.Count; i++)
            {
                if (Similar(truth[i], g)) hit = i;
            }
            if (hit >= 0)
            {
                tp++;
                matchedTruth.Add(hit);
            }
        }
        return (tp, got.Count - tp, truth.Count - matchedTruth.Count);
    }

    private static (int, int, int) CompareSkills(List<string> truthRaw, List<string> got)
    {
        var (wrong, missed) = SkillErrors(truthRaw, got);
        return (Distinct(got, x => x).Count - wrong.Count, wrong.Count, missed.Count);
    }

    // The predicted skills no labeled skill accounts for, and the labeled skills no prediction found.
    private static (List<string> Wrong, List<string> Missed) SkillErrors(List<string> truthRaw, List<string> got)
    {
        var skills = KnowledgeBase.Default.Skills;
        var truthKeys = Distinct(truthRaw, Norm).ToList();
        var truthIds = new List<HashSet<string>>();
        foreach (var t in truthKeys)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (skills.TryResolve(t, out var s)) ids.Add(s.Id);
            foreach (var m in skills.FindMentions(t)) ids.Add(m.SkillId);
            truthIds.Add(ids);
        }
        var matched = new HashSet<int>();
        var wrong = new List<string>();
        foreach (var g in Distinct(got, x => x))
        {
            var hit = false;
            for (var i = 0; i < truthKeys.Count; i++)
            {
                if (truthIds[i].Contains(g) || Similar(truthKeys[i], Norm(g)))
                {
                    matched.Add(i);
                    hit = true;
                }
            }
            if (!hit) wrong.Add(g);
        }
        return (wrong, [.. truthKeys.Where((_, i) => !matched.Contains(i))]);
    }

    private static string Norm(string s) => Regex.Replace(s.ToLowerInvariant(), @"[^\p{L}\p{N}+#@.]+", " ").Trim();

    private static bool Similar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b || a.Contains(b, StringComparison.Ordinal) && b.Length >= 3 || b.Contains(a, StringComparison.Ordinal) && a.Length >= 3) return true;
        var wa = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var wb = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        var common = wa.Count(wb.Contains);
        return common * 2.0 / (wa.Count + wb.Count) >= 0.6;
    }
}
