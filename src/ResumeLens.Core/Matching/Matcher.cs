using System.Globalization;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Matching;

/// <summary>
/// Scores resumes against a job, deterministically and with reasons. One routine computes every score;
/// the explaining path records what it looked at, the fast path used for ranking does not allocate.
/// </summary>
public sealed class Matcher
{
    /// <summary>Scorer version carried by every result; bump when any score can change.</summary>
    public const string Version = "resumelens-match/1.0";

    // Credits for a requirement met through the taxonomy rather than by the skill itself.
    private const double ParentCredit = 0.5;
    private const double SiblingCredit = 0.4;
    private const double RelatedCredit = 0.2;

    // BM25 document-side constants.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly Lazy<Matcher> Shared = new(() => new Matcher(KnowledgeBase.Default));

    public Matcher(KnowledgeBase knowledge) => Knowledge = knowledge;

    /// <summary>A matcher over the built-in knowledge base.</summary>
    public static Matcher Default => Shared.Value;

    public KnowledgeBase Knowledge { get; }

    public MatchProfile Profile(ResumeProfile resume, string? id = null, IReadOnlyList<Extraction.HiddenTextSpan>? hiddenText = null, string? visibleText = null) =>
        MatchProfile.From(resume, Knowledge, id, hiddenText, visibleText);

    /// <summary>Prepares a resume from its extracted document: visible text only, hidden spans excluded.</summary>
    public MatchProfile Profile(ResumeProfile resume, Extraction.ExtractedDocument document, string? id = null) =>
        MatchProfile.From(resume, Knowledge, id, document.HiddenText, document.ToPlainText());

    public PreparedJob Prepare(JobPosting posting, CandidatePool? pool = null, IReadOnlyList<ISimilarityCategory>? extra = null) =>
        PreparedJob.Create(posting, Knowledge, pool, extra);

    /// <summary>Scores one resume against one job with the taxonomy's rarity prior.</summary>
    public MatchResult Match(JobPosting posting, ResumeProfile resume) => Explain(Prepare(posting), Profile(resume));

    /// <summary>The total score 0–100 without explanations; equal to <see cref="Explain"/>'s score.</summary>
    public static double Score(PreparedJob job, MatchProfile profile, ReadOnlySpan<double> extra = default) =>
        Evaluate(job, profile, extra, null).Score;

    /// <summary>The full result: total, each category with found, missing and evidence, and failed must-haves.</summary>
    public static MatchResult Explain(PreparedJob job, MatchProfile profile, ReadOnlySpan<double> extra = default)
    {
        var sink = new Explanation();
        var (score, failed) = Evaluate(job, profile, extra, sink);
        var categories = new List<CategoryScore>(sink.Categories.Count);
        foreach (var c in sink.Categories)
        {
            categories.Add(new CategoryScore(c.Name, Round(c.Weight * 100), Round(c.Score * 100), c.Found, c.Missing, c.Evidence));
        }
        return new MatchResult(score, categories, failed ?? [], Version);
    }

    private static double Round(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero);

    private static (double Score, List<string>? Failed) Evaluate(PreparedJob job, MatchProfile p, ReadOnlySpan<double> extra, Explanation? ex)
    {
        var w = job.Weights;
        double total = 0;
        total += w[0] * Category(ex, MatchCategories.RequiredSkills, w[0], job.Required.Length > 0 ? Skills(job.Required, p, ex) : 0);
        total += w[1] * Category(ex, MatchCategories.PreferredSkills, w[1], job.Preferred.Length > 0 ? Skills(job.Preferred, p, ex) : 0);
        total += w[2] * Category(ex, MatchCategories.Experience, w[2], w[2] > 0 ? Experience(job, p, ex) : 0);
        total += w[3] * Category(ex, MatchCategories.Education, w[3], job.MinEducationRank > 0 ? Education(job, p, ex) : 0);
        total += w[4] * Category(ex, MatchCategories.Title, w[4], job.TitleTerms.Length > 0 ? Title(job, p, ex) : 0);
        total += w[5] * Category(ex, MatchCategories.TextSimilarity, w[5], job.QueryTerms.Length > 0 ? Text(job, p, ex) : 0);
        total += w[6] * Category(ex, MatchCategories.Languages, w[6], job.Languages.Length > 0 ? Languages(job, p, ex) : 0);
        total += w[7] * Category(ex, MatchCategories.Certifications, w[7], job.Certifications.Length > 0 ? Certifications(job, p, ex) : 0);
        for (var i = 0; i < job.Extra.Count; i++)
        {
            var s = i < extra.Length ? Math.Clamp(extra[i], 0, 1) : 0;
            var weight = w[MatchCategories.BuiltIn.Length + i];
            total += weight * Category(ex, job.Extra[i].Name, weight, s);
        }

        List<string>? failed = null;
        if (job.MustHave.Count > 0) failed = MustHaves(job, p);
        var score = failed is { Count: > 0 } ? 0 : Round(total * 100);
        return (score, failed);
    }

    private static double Category(Explanation? ex, string name, double weight, double score)
    {
        if (ex is not null)
        {
            // Categories are recorded after their details; attach the name, weight and score now.
            ex.Close(name, weight, score);
        }
        return score;
    }

    // ---- Skills ----

    private static double Skills(SkillRequirement[] requirements, MatchProfile p, Explanation? ex)
    {
        double got = 0, possible = 0;
        foreach (var r in requirements)
        {
            var (credit, via, kind) = Credit(r, p);
            got += r.Weight * credit;
            possible += r.Weight;
            if (ex is null) continue;
            if (credit > 0)
            {
                ex.Found.Add(credit >= 1 ? r.Name : string.Create(CultureInfo.InvariantCulture, $"{r.Name} ({kind}, {credit:0.##})"));
                var hit = via is not null && p.Skills.TryGetValue(via, out var h) ? h : null;
                ex.Evidence.Add(new MatchEvidence(r.Name, hit?.Evidence ?? "", kind));
            }
            else
            {
                ex.Missing.Add(r.Name);
            }
        }
        return possible > 0 ? got / possible : 0;
    }

    /// <summary>Credit 0..1 for one requirement, the candidate skill that earned it, and how.</summary>
    internal static (double Credit, string? Via, string Kind) Credit(SkillRequirement r, MatchProfile p)
    {
        if (p.Skills.ContainsKey(r.Id)) return (1, r.Id, "exact");
        if (p.Ancestors.TryGetValue(r.Id, out var child)) return (1, child, "child");
        foreach (var a in r.Ancestors)
        {
            if (p.Skills.ContainsKey(a)) return (ParentCredit, a, "parent");
        }
        foreach (var parent in r.Parents)
        {
            if (p.Parents.TryGetValue(parent, out var sibling)) return (SiblingCredit, sibling, "sibling");
        }
        if (p.Related.TryGetValue(r.Id, out var rel)) return (RelatedCredit, rel, "related");
        foreach (var related in r.Related)
        {
            if (p.Skills.ContainsKey(related)) return (RelatedCredit, related, "related");
        }
        return (0, null, "none");
    }

    // ---- Experience ----

    private static double Experience(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        double overall = -1;
        if (job.MinMonths > 0)
        {
            overall = Math.Min(1, (double)p.TotalMonths / job.MinMonths);
            if (ex is not null)
            {
                var label = Years(job.MinMonths) + " experience";
                if (overall >= 1) ex.Found.Add(label);
                else ex.Missing.Add(label);
                ex.Evidence.Add(new MatchEvidence(label, Years(p.TotalMonths) + " of work history", overall >= 1 ? "met" : "short"));
            }
        }
        double sum = 0;
        var count = 0;
        for (var k = 0; k < 2; k++)
        {
            foreach (var r in k == 0 ? job.Required : job.Preferred)
            {
                if (r.MinMonths <= 0) continue;
                count++;
                var months = SkillMonths(r, p, out var evidence);
                double part;
                if (months > 0) part = Math.Min(1, (double)months / r.MinMonths);
                else if (evidence is not null) part = 0.5 * Math.Min(1, (double)p.TotalMonths / r.MinMonths); // skill shown, time with it unknown
                else part = 0;
                sum += part;
                if (ex is null) continue;
                var label = Years(r.MinMonths) + " of " + r.Name;
                if (part >= 1) ex.Found.Add(label);
                else ex.Missing.Add(label);
                if (evidence is not null) ex.Evidence.Add(new MatchEvidence(label, (months > 0 ? Years(months) + ": " : "") + evidence, part >= 1 ? "met" : "short"));
            }
        }
        if (count == 0) return Math.Max(0, overall);
        var skills = sum / count;
        return overall < 0 ? skills : (overall + skills) / 2;
    }

    private static int SkillMonths(SkillRequirement r, MatchProfile p, out string? evidence)
    {
        if (p.Skills.TryGetValue(r.Id, out var hit))
        {
            evidence = hit.Evidence;
            return hit.Months;
        }
        if (p.Ancestors.TryGetValue(r.Id, out var child) && p.Skills.TryGetValue(child, out var c))
        {
            evidence = c.Evidence;
            return c.Months;
        }
        evidence = null;
        return 0;
    }

    private static string Years(int months) =>
        months % 12 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{months / 12} year{(months == 12 ? "" : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{months / 12.0:0.#} years");

    // ---- Education ----

    private static double Education(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        var score = p.EducationRank >= job.MinEducationRank ? 1
            : p.EducationRank == 0 ? 0
            : p.EducationRank == job.MinEducationRank - 1 ? 0.5 : 0.25;
        var fieldMatch = job.EducationFieldTerms.Length == 0 || Overlap(job.EducationFieldTerms, p.EducationFieldTerms) > 0;
        if (!fieldMatch) score *= 0.85;
        if (ex is not null)
        {
            var label = job.EducationLabel ?? "degree";
            if (score >= 0.85) ex.Found.Add(label);
            else ex.Missing.Add(label);
            if (p.EducationText is not null) ex.Evidence.Add(new MatchEvidence(label, p.EducationText, fieldMatch ? "level" : "level, other field"));
        }
        return score;
    }

    // ---- Title ----

    private static double Title(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        double best = 0;
        var bestIndex = -1;
        for (var i = 0; i < p.Titles.Count; i++)
        {
            var (_, terms, occupation) = p.Titles[i];
            // The headline and most recent roles say more about the candidate than old ones.
            var recency = Math.Max(0.6, 1 - 0.1 * Math.Max(0, i - 1));
            var shared = Overlap(job.TitleTerms, terms);
            var s = job.TitleTerms.Length == 0 ? 0 : (double)shared / job.TitleTerms.Length;
            // The head noun ("engineer", "nurse") matching is most of what a title says.
            if (job.TitleHead != 0 && Contains(terms, job.TitleHead) && s < 0.5) s = 0.5;
            s = Math.Max(s, OccupationSimilarity(job.TitleOccupation, occupation));
            s *= recency;
            if (s > best)
            {
                best = s;
                bestIndex = i;
            }
        }
        if (ex is not null)
        {
            var label = job.Posting.Title ?? "";
            if (best >= 0.5) ex.Found.Add(label);
            else ex.Missing.Add(label);
            if (bestIndex >= 0) ex.Evidence.Add(new MatchEvidence(label, p.Titles[bestIndex].Text, best >= 0.99 ? "same role" : "similar role"));
        }
        return best;
    }

    /// <summary>
    /// Closeness of two O*NET-SOC codes through the occupation hierarchy: same occupation 1, same broad
    /// occupation 0.7, same minor group 0.5, same major group 0.3 ("13-1071.00" vs "13-1151.00" = 0.5).
    /// </summary>
    internal static double OccupationSimilarity(string? a, string? b)
    {
        if (a is null || b is null || a.Length < 7 || b.Length < 7 || a[2] != '-' || b[2] != '-') return a is not null && a == b ? 1 : 0;
        if (a == b) return 1;
        if (string.CompareOrdinal(a, 0, b, 0, 6) == 0) return 0.7;
        if (string.CompareOrdinal(a, 0, b, 0, 4) == 0) return 0.5;
        return string.CompareOrdinal(a, 0, b, 0, 2) == 0 ? 0.3 : 0;
    }

    private static bool Contains(ulong[] sorted, ulong value) => Array.BinarySearch(sorted, value) >= 0;

    private static int Overlap(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    // ---- Text similarity: BM25 of the job's words in the resume, normalized by the job's own mass ----

    private static double Text(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        var q = job.QueryTerms;
        var qw = job.QueryWeights;
        var d = p.Text.Terms;
        var dc = p.Text.Counts;
        var norm = K1 * (1 - B + B * p.Text.Length / job.AverageLength);
        double sum = 0;
        int i = 0, j = 0, shared = 0;
        while (i < q.Length && j < d.Length)
        {
            if (q[i] == d[j])
            {
                var tf = dc[j];
                sum += qw[i] * (tf * (K1 + 1) / (tf + norm));
                shared++;
                i++;
                j++;
            }
            else if (q[i] < d[j]) i++;
            else j++;
        }
        // Coverage of the job's weighted vocabulary; a resume rarely uses more than half of a posting's words.
        var coverage = job.QueryNorm > 0 ? sum / job.QueryNorm : 0;
        var score = Math.Min(1, Math.Sqrt(Math.Min(1, coverage / 0.6)));
        if (ex is not null)
        {
            ex.Found.Add(string.Create(CultureInfo.InvariantCulture, $"{shared} of {q.Length} job terms"));
            ex.Evidence.Add(new MatchEvidence("job description", string.Create(CultureInfo.InvariantCulture, $"BM25 coverage {coverage:0.000}"), "bm25"));
        }
        return score;
    }

    // ---- Languages and certifications ----

    private static double Languages(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        double got = 0;
        foreach (var language in job.Languages)
        {
            var proof = p.Languages.TryGetValue(language, out var listed) ? listed : p.FindVisible([language]);
            var credit = proof is not null ? 1 : language.Equals("English", StringComparison.OrdinalIgnoreCase) && p.Lines.Count > 0 ? 0.75 : 0;
            got += credit;
            if (ex is null) continue;
            if (credit > 0)
            {
                ex.Found.Add(language);
                ex.Evidence.Add(new MatchEvidence(language, proof ?? "resume written in English", proof is null ? "implied" : "exact"));
            }
            else ex.Missing.Add(language);
        }
        return got / job.Languages.Length;
    }

    private static double Certifications(PreparedJob job, MatchProfile p, Explanation? ex)
    {
        double got = 0;
        foreach (var (name, terms) in job.Certifications)
        {
            var present = terms.Length > 0;
            foreach (var t in terms)
            {
                if (Array.BinarySearch(p.Text.Terms, t) < 0) { present = false; break; }
            }
            if (present) got++;
            if (ex is null) continue;
            if (present)
            {
                ex.Found.Add(name);
                ex.Evidence.Add(new MatchEvidence(name, p.FindVisible([name]) ?? name, "exact"));
            }
            else ex.Missing.Add(name);
        }
        return got / job.Certifications.Length;
    }

    // ---- Must-haves ----

    private static List<string>? MustHaves(PreparedJob job, MatchProfile p)
    {
        List<string>? failed = null;
        foreach (var m in job.MustHave.Order(StringComparer.OrdinalIgnoreCase))
        {
            bool ok;
            if (m.Equals("experience", StringComparison.OrdinalIgnoreCase)) ok = p.TotalMonths >= job.MinMonths;
            else if (m.Equals("education", StringComparison.OrdinalIgnoreCase)) ok = p.EducationRank >= job.MinEducationRank;
            else if (m.StartsWith("language:", StringComparison.OrdinalIgnoreCase))
            {
                var name = m["language:".Length..].Trim();
                ok = p.Languages.ContainsKey(name) || p.FindVisible([name]) is not null;
            }
            else if (m.StartsWith("certification:", StringComparison.OrdinalIgnoreCase))
            {
                ok = p.FindVisible([m["certification:".Length..].Trim()]) is not null;
            }
            else
            {
                var r = job.Required.FirstOrDefault(x => x.Id.Equals(m, StringComparison.OrdinalIgnoreCase))
                    ?? job.Preferred.FirstOrDefault(x => x.Id.Equals(m, StringComparison.OrdinalIgnoreCase))
                    ?? new SkillRequirement(m, m, 1, [], [], [], 0);
                // A must-have skill is met by the skill itself or a more specific one, not by a neighbour.
                ok = p.Skills.ContainsKey(r.Id) || p.Ancestors.ContainsKey(r.Id);
            }
            if (!ok) (failed ??= []).Add(m);
        }
        return failed;
    }

    /// <summary>Collects one category's details while it is scored.</summary>
    private sealed class Explanation
    {
        public readonly List<(string Name, double Weight, double Score, List<string> Found, List<string> Missing, List<MatchEvidence> Evidence)> Categories = [];
        public List<string> Found = [];
        public List<string> Missing = [];
        public List<MatchEvidence> Evidence = [];

        public void Close(string name, double weight, double score)
        {
            Categories.Add((name, weight, score, Found, Missing, Evidence));
            Found = [];
            Missing = [];
            Evidence = [];
        }
    }
}
