using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Matching;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Bench;

/// <summary>
/// Ranking quality: job descriptions written from O*NET occupation descriptions and technologies rank a pool
/// of real resumes labeled with their occupation (kaggle livecareer category folders, dotin designations).
/// ResumeLens is compared with TF-IDF cosine, BM25 and keyword coverage on NDCG@50 and precision@10.
/// Relevance: same occupation (or category) = 2, same O*NET major group = 1.
/// </summary>
internal static class RankingBench
{
    // Each kaggle category is an industry; it is represented by the O*NET occupation most typical of it.
    private static readonly (string Category, string Soc)[] CategoryOccupations =
    [
        ("APPAREL", "27-1022.00"), ("AVIATION", "53-2011.00"), ("BANKING", "13-2072.00"), ("BPO", "43-4051.00"),
        ("CHEF", "35-1011.00"), ("DESIGNER", "27-1024.00"), ("DIGITAL-MEDIA", "11-2021.00"), ("ENGINEERING", "11-9041.00"),
        ("HEALTHCARE", "29-1141.00"), ("HR", "13-1071.00"), ("PUBLIC-RELATIONS", "27-3031.00"), ("TEACHER", "25-2021.00"),
    ];

    // Extra queries for occupations the dotin designations and the software resumes name.
    private static readonly string[] ExtraOccupations = ["15-1252.00", "15-1254.00", "23-2011.00"];

    // Other real resumes of ../shared/data with the occupation their author states in the headline, read by hand;
    // the title goes through the O*NET alternate titles like the dotin designations. One rendercv rendering only:
    // the nine templates hold the same resume.
    private static readonly (string Path, string StatedTitle)[] StatedResumes =
    [
        ("resumes/pdf/open_resume/openresume-resume.pdf", "Software Engineer"),
        ("resumes/pdf/resume_matcher/barry_allen_fe.pdf", "Front End Developer"),
        ("resumes/pdf/resume_matcher/john_doe.pdf", "Java Developer"),
        ("resumes/pdf/resume_matcher_templates/two-column.pdf", "Software Engineer"),
        ("resumes/pdf/rendercv_tests/classic_minimal.pdf", "Software Engineer"),
        ("resumes/pdf/latex_templates/deedy_resume-openfont.pdf", "Software Engineer"),
        ("resumes/pdf/latex_templates/awesome-cv_resume.pdf", "Site Reliability Engineer"),
        ("resumes/docx/vanetik/35.docx", "Mobile Application Developer"),
        ("resumes/docx/vanetik/42.docx", "C++ Developer"),
        ("resumes/docx/vanetik/57.docx", "Embedded Software Engineer"),
        ("resumes/docx/vanetik/63.docx", "Front End Developer"),
    ];

    private static readonly Regex DesignationTagPattern = new(@"<label type=""Designation"">(?<text>.*?)</label>", RegexOptions.Singleline);

    private static readonly Regex AnyTagPattern = new(@"<[^>]+>");

    private sealed record Candidate(string Id, string Text, string? Category, string? Soc, MatchProfile Profile);

    private sealed record Query(string Soc, string Title, string? Category, JobPosting Posting, string Text, string[] Keywords);

    public static Task<int> Run(string[] args)
    {
        var data = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Suites.SharedData();
        var knowledgeDir = Path.Combine(data, "..", "knowledge");
        var kb = KnowledgeBase.Default;
        var matcher = Matcher.Default;

        var candidates = LoadCandidates(data, kb, matcher);
        var queries = BuildQueries(knowledgeDir);
        Console.WriteLine($"pool: {candidates.Count} resumes ({candidates.Count(c => c.Category is not null)} kaggle by category, {candidates.Count(c => c.Category is null && c.Id.StartsWith("dotin/", StringComparison.Ordinal))} dotin by designation, {StatedResumes.Length} by stated title); queries: {queries.Count} O*NET job descriptions");

        var rankers = new (string Name, Func<Query, IReadOnlyList<Candidate>, double[]> Score)[]
        {
            ("ResumeLens", (q, pool) => ScoreResumeLens(matcher, q, pool)),
            ("TF-IDF cosine", TfIdfCosine),
            ("BM25", Bm25),
            ("Keyword coverage", KeywordCoverage),
        };
        if (args.Contains("--ablation"))
        {
            // One row per category scored alone: which signals carry the ranking.
            var only = MatchCategories.BuiltIn.Select(c => ("  only " + c, (Func<Query, IReadOnlyList<Candidate>, double[]>)((q, pool) =>
                ScoreResumeLens(matcher, q with { Posting = q.Posting with { Weights = MatchCategories.BuiltIn.ToDictionary(x => x, x => x == c ? 1.0 : 0.0) } }, pool))));
            rankers = [.. rankers, .. only];
        }
        Console.WriteLine();
        Console.WriteLine($"{"ranker",-26} {"NDCG@50",8} {"P@10",8} {"MRR",8}");
        foreach (var (name, score) in rankers)
        {
            double ndcg = 0, p10 = 0, mrr = 0;
            foreach (var q in queries)
            {
                var scores = score(q, candidates);
                // Ties broken by id so every ranker is judged on a deterministic order.
                var order = Enumerable.Range(0, candidates.Count)
                    .OrderByDescending(i => scores[i]).ThenBy(i => candidates[i].Id, StringComparer.Ordinal).ToList();
                var gains = order.Select(i => Relevance(q, candidates[i])).ToList();
                ndcg += Ndcg(gains, 50);
                p10 += gains.Take(10).Count(g => g > 0) / 10.0;
                var first = gains.FindIndex(g => g > 0);
                mrr += first < 0 ? 0 : 1.0 / (first + 1);
            }
            var n = queries.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {ndcg / n,8:0.000} {p10 / n,8:0.000} {mrr / n,8:0.000}"));
        }
        return Task.FromResult(0);
    }

    private static int Relevance(Query q, Candidate c)
    {
        if (q.Category is not null && c.Category == q.Category) return 2;
        if (c.Soc is null) return 0;
        if (c.Category is null && c.Soc[..7] == q.Soc[..7]) return 2;
        return c.Soc[..2] == q.Soc[..2] ? 1 : 0;
    }

    private static double Ndcg(List<int> gains, int k)
    {
        static double Dcg(IEnumerable<int> g) => g.Select((x, i) => (Math.Pow(2, x) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(gains.OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : Dcg(gains.Take(k)) / ideal;
    }

    private static List<Candidate> LoadCandidates(string data, KnowledgeBase kb, Matcher matcher)
    {
        var list = new List<Candidate>();
        foreach (var (category, soc) in CategoryOccupations)
        {
            var dir = Path.Combine(data, "resumes", "pdf", "kaggle_livecareer", category);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal))
            {
                var doc = DocumentExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file));
                var resume = ResumeParser.Parse(doc, new ResumeParseOptions(FileName: Path.GetFileName(file)));
                list.Add(new Candidate(category + "/" + Path.GetFileName(file), doc.ToPlainText(), category, soc, matcher.Profile(resume, doc, file)));
            }
        }
        foreach (var (path, stated) in StatedResumes)
        {
            var file = Path.Combine(data, path);
            if (!File.Exists(file)) continue;
            var soc = kb.Titles.TryNormalize(stated, out var title) ? title.OccupationCode : null;
            if (soc is null || soc.Length < 7 || soc[2] != '-') throw new InvalidOperationException($"no O*NET occupation for '{stated}'");
            var doc = DocumentExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file));
            var resume = ResumeParser.Parse(doc, new ResumeParseOptions(FileName: Path.GetFileName(file)));
            list.Add(new Candidate(path, doc.ToPlainText(), null, soc, matcher.Profile(resume, doc, file)));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(data, "labels", "dotin_resume_ner", "train"), "*.xml").Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            var designation = DesignationTagPattern.Matches(xml).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value).Trim())
                .Select(t => kb.Titles.TryNormalize(t, out var title) ? title.OccupationCode : null)
                .FirstOrDefault(code => code is not null && code.Length >= 7 && code[2] == '-');
            var text = WebUtility.HtmlDecode(AnyTagPattern.Replace(xml, " "));
            var doc = DocumentExtractor.Extract(Encoding.UTF8.GetBytes(text), Path.GetFileNameWithoutExtension(file) + ".txt");
            var resume = ResumeParser.Parse(doc, new ResumeParseOptions(FileName: Path.GetFileName(file)));
            list.Add(new Candidate("dotin/" + Path.GetFileName(file), doc.ToPlainText(), null, designation, matcher.Profile(resume, doc, file)));
        }
        return list;
    }

    private static List<Query> BuildQueries(string knowledgeDir)
    {
        var occupations = ReadCsv(Path.Combine(knowledgeDir, "job_titles", "onet_occupations.csv"))
            .ToDictionary(r => r[0], r => (Title: r[1], Description: r[2]), StringComparer.Ordinal);
        var tech = new Dictionary<string, List<(string Name, bool Hot)>>(StringComparer.Ordinal);
        foreach (var r in ReadCsv(Path.Combine(knowledgeDir, "skills", "onet_technology_skills_by_occupation.csv")))
        {
            if (!tech.TryGetValue(r[0], out var l)) tech[r[0]] = l = [];
            l.Add((r[1], r[3] == "Y"));
        }
        var queries = new List<Query>();
        var socs = CategoryOccupations.Select(c => (c.Soc, (string?)c.Category)).Concat(ExtraOccupations.Select(s => (s, (string?)null)));
        foreach (var (soc, category) in socs)
        {
            if (!occupations.TryGetValue(soc, out var occ)) continue;
            // Hot technologies first: those are what postings for the occupation ask for most.
            var skills = (tech.GetValueOrDefault(soc) ?? []).OrderByDescending(t => t.Hot).ThenBy(t => t.Name, StringComparer.Ordinal).Take(15).Select(t => t.Name).ToArray();
            var title = occ.Title.Split(',')[0].TrimEnd('s');
            var text = new StringBuilder();
            text.AppendLine(title).AppendLine();
            text.AppendLine("Responsibilities").AppendLine(occ.Description).AppendLine();
            text.AppendLine("Requirements");
            foreach (var s in skills) text.AppendLine("- Experience with " + s);
            var posting = JobDescriptionParser.Default.Parse(text.ToString());
            queries.Add(new Query(soc, title, category, posting, text.ToString(), [.. skills, title]));
        }
        return queries;
    }

    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        using var reader = new StreamReader(path);
        reader.ReadLine();
        var field = new StringBuilder();
        var row = new List<string>();
        var quoted = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            var c = (char)ch;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }

    // ---- Rankers ----

    private static double[] ScoreResumeLens(Matcher matcher, Query q, IReadOnlyList<Candidate> pool)
    {
        var profiles = pool.Select(c => c.Profile).ToList();
        var job = matcher.Prepare(q.Posting, new CandidatePool(profiles));
        return [.. profiles.Select(p => Matcher.Score(job, p))];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match m in WordPatternPattern.Matches(text.ToLowerInvariant()))
        {
            if (m.Value.Length > 1 && !Stop.Contains(m.Value)) words.Add(m.Value);
        }
        return words;
    }

    private static readonly Regex WordPatternPattern = new(@"[a-z0-9+#]+");

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "or", "of", "to", "in", "for", "with", "on", "at", "by", "an", "as", "is", "are", "be", "this", "that", "from", "it", "we", "you", "your", "our", "will",
    };

    private static (List<Dictionary<string, int>> Docs, Dictionary<string, int> Df) Index(IReadOnlyList<Candidate> pool)
    {
        var docs = pool.Select(c => Words(c.Text).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in docs) foreach (var w in d.Keys) df[w] = df.GetValueOrDefault(w) + 1;
        return (docs, df);
    }

    private static double[] TfIdfCosine(Query q, IReadOnlyList<Candidate> pool)
    {
        var (docs, df) = Index(pool);
        var n = pool.Count;
        double Idf(string w) => Math.Log((1.0 + n) / (1.0 + df.GetValueOrDefault(w))) + 1;
        Dictionary<string, double> Vector(Dictionary<string, int> tf) => tf.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * Idf(kv.Key), StringComparer.Ordinal);
        var qv = Vector(Words(q.Text).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        var qn = Math.Sqrt(qv.Values.Sum(v => v * v));
        return [.. docs.Select(d =>
        {
            var dv = Vector(d);
            var dn = Math.Sqrt(dv.Values.Sum(v => v * v));
            var dot = qv.Sum(kv => dv.TryGetValue(kv.Key, out var x) ? x * kv.Value : 0);
            return dn == 0 || qn == 0 ? 0 : dot / (dn * qn);
        })];
    }

    private static double[] Bm25(Query q, IReadOnlyList<Candidate> pool)
    {
        var (docs, df) = Index(pool);
        var n = pool.Count;
        var avg = docs.Average(d => d.Values.Sum());
        var terms = Words(q.Text).Distinct(StringComparer.Ordinal).ToList();
        return [.. docs.Select(d =>
        {
            var len = d.Values.Sum();
            double s = 0;
            foreach (var t in terms)
            {
                if (!d.TryGetValue(t, out var tf)) continue;
                var idf = Math.Log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
                s += idf * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * len / avg));
            }
            return s;
        })];
    }

    private static double[] KeywordCoverage(Query q, IReadOnlyList<Candidate> pool) =>
        [.. pool.Select(c => (double)q.Keywords.Count(k => c.Text.Contains(k, StringComparison.OrdinalIgnoreCase)) / q.Keywords.Length)];
}
