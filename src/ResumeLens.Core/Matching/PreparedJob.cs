using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Matching;

/// <summary>One skill requirement with its weight and taxonomy neighbourhood, resolved once per job.</summary>
public sealed record SkillRequirement(string Id, string Name, double Weight, string[] Ancestors, string[] Parents, string[] Related, int MinMonths);

/// <summary>
/// A job turned into everything scoring needs, computed once: requirement sets with rarity weights,
/// BM25 query weights, title terms, category weights. Scoring a profile then only looks things up.
/// </summary>
public sealed class PreparedJob
{
    /// <summary>Rarity prior strength: how many pool resumes it takes before pool frequencies dominate.</summary>
    private const double PriorStrength = 5;

    private PreparedJob(JobPosting posting) => Posting = posting;

    public JobPosting Posting { get; }
    public SkillRequirement[] Required { get; private set; } = [];
    public SkillRequirement[] Preferred { get; private set; } = [];
    public int MinMonths { get; private set; }
    public int MinEducationRank { get; private set; }
    public string? EducationLabel { get; private set; }
    public ulong[] EducationFieldTerms { get; private set; } = [];
    public ulong[] TitleTerms { get; private set; } = [];
    public string? TitleOccupation { get; private set; }

    /// <summary>Hash of the title's head noun, the last content word before any qualifier ("engineer" in "Senior Backend Engineer, Payments").</summary>
    public ulong TitleHead { get; private set; }
    public string[] Languages { get; private set; } = [];
    public (string Name, ulong[] Terms)[] Certifications { get; private set; } = [];

    /// <summary>Query terms ascending, with BM25 query weight × idf in <see cref="QueryWeights"/>.</summary>
    public ulong[] QueryTerms { get; private set; } = [];
    public float[] QueryWeights { get; private set; } = [];
    public double QueryNorm { get; private set; }
    public float[] QueryIdf { get; private set; } = [];
    public double AverageLength { get; private set; } = 120;

    /// <summary>Effective weight per category in <see cref="MatchCategories.BuiltIn"/> order then extra categories; sums to 1.</summary>
    public double[] Weights { get; private set; } = [];
    public IReadOnlyList<ISimilarityCategory> Extra { get; private set; } = [];
    public HashSet<string> MustHave { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Prepares <paramref name="posting"/>. With a <paramref name="pool"/>, skill and word weights come from
    /// how rare they are among those resumes; without one, from the taxonomy's rarity prior.
    /// </summary>
    public static PreparedJob Create(JobPosting posting, KnowledgeBase knowledge, CandidatePool? pool = null, IReadOnlyList<ISimilarityCategory>? extra = null)
    {
        var job = new PreparedJob(posting);
        var taxonomy = knowledge.Skills;
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in posting.SkillExperience) months[s.SkillId] = Math.Max(months.GetValueOrDefault(s.SkillId), s.Months);

        SkillRequirement[] Resolve(IReadOnlyList<string> ids)
        {
            var list = new List<SkillRequirement>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in ids)
            {
                var skill = taxonomy.TryGet(raw, out var s) || taxonomy.TryResolve(raw, out s) ? s : null;
                var id = skill?.Id ?? raw;
                if (!seen.Add(id)) continue;
                var prior = skill?.Rarity ?? 0.5;
                double weight;
                if (pool is { Count: > 0 })
                {
                    var idf = CandidatePool.Idf(pool.Count, pool.SkillFrequency(id)) / CandidatePool.Idf(pool.Count, 0);
                    weight = 0.25 + (pool.Count * idf + PriorStrength * prior) / (pool.Count + PriorStrength);
                }
                else
                {
                    weight = 0.25 + prior;
                }
                list.Add(new SkillRequirement(id, skill?.Name ?? raw, weight, Ancestors(taxonomy, skill), skill?.Parents.ToArray() ?? [],
                    skill?.Related.ToArray() ?? [], months.GetValueOrDefault(id)));
            }
            return [.. list];
        }

        job.Required = Resolve(posting.RequiredSkills);
        job.Preferred = Resolve(posting.PreferredSkills.Where(p => !posting.RequiredSkills.Contains(p)).ToList());
        job.MinMonths = posting.ExperienceRequirements?.MonthsOfExperience ?? 0;
        if (posting.EducationRequirements is { } edu)
        {
            job.MinEducationRank = JobDescriptionParser.LevelRank(edu.Level);
            job.EducationLabel = edu.Field is null ? edu.CredentialCategory : edu.CredentialCategory + " in " + edu.Field;
            job.EducationFieldTerms = edu.Field is null ? [] : MatchProfile.Hashes(edu.Field);
        }
        if (!string.IsNullOrWhiteSpace(posting.Title))
        {
            job.TitleTerms = MatchProfile.TitleTerms(posting.Title);
            job.TitleHead = MatchProfile.TitleHead(posting.Title);
            job.TitleOccupation = knowledge.Titles.TryNormalize(posting.Title, out var t) ? t.OccupationCode : null;
        }
        job.Languages = [.. posting.Languages];
        job.Certifications = [.. posting.Certifications.Select(c => (c, MatchProfile.Hashes(c)))];
        foreach (var m in posting.MustHave) job.MustHave.Add(m);

        job.BuildQuery(posting, pool);
        job.Extra = extra ?? [];
        job.BuildWeights(posting);
        return job;
    }

    private static string[] Ancestors(SkillTaxonomy taxonomy, Skill? skill)
    {
        if (skill is null) return [];
        var result = new List<string>();
        var stack = new Stack<string>(skill.Parents);
        while (stack.Count > 0 && result.Count < 64)
        {
            var a = stack.Pop();
            if (result.Contains(a)) continue;
            result.Add(a);
            if (taxonomy.TryGet(a, out var p)) foreach (var pp in p.Parents) stack.Push(pp);
        }
        return [.. result];
    }

    private void BuildQuery(JobPosting posting, CandidatePool? pool)
    {
        var text = string.Join('\n', new[] { posting.Title, posting.Description }
            .Concat(posting.Qualifications).Concat(posting.Responsibilities).Concat(posting.Skills)
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        var bag = TermBag.From(text.Split('\n'));
        QueryTerms = bag.Terms;
        QueryWeights = new float[bag.Terms.Length];
        QueryIdf = new float[bag.Terms.Length];
        double norm = 0;
        for (var i = 0; i < bag.Terms.Length; i++)
        {
            // Without a pool every word weighs the same; a pool makes common resume words cheap.
            var idf = pool is { Count: > 0 } ? CandidatePool.Idf(pool.Count, pool.TermFrequency(bag.Terms[i])) : 1.0;
            var tf = bag.Counts[i];
            var qw = (1 + Math.Log(tf)) * idf;
            QueryWeights[i] = (float)qw;
            QueryIdf[i] = (float)idf;
            norm += qw;
        }
        QueryNorm = norm;
        if (pool is { Count: > 0 }) AverageLength = pool.AverageLength;
    }

    private void BuildWeights(JobPosting posting)
    {
        var names = MatchCategories.BuiltIn;
        var weights = new double[names.Length + Extra.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var w = posting.Weights is { } custom && custom.TryGetValue(names[i], out var c) ? c : MatchCategories.DefaultWeights[names[i]];
            weights[i] = Applies(names[i]) ? Math.Max(0, w) : 0;
        }
        for (var i = 0; i < Extra.Count; i++)
        {
            var e = Extra[i];
            weights[names.Length + i] = Math.Max(0, posting.Weights is { } custom && custom.TryGetValue(e.Name, out var c) ? c : e.DefaultWeight);
        }
        var sum = weights.Sum();
        if (sum > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= sum;
        Weights = weights;
    }

    /// <summary>True when the job asks for anything this category measures.</summary>
    public bool Applies(string category) => category switch
    {
        MatchCategories.RequiredSkills => Required.Length > 0,
        MatchCategories.PreferredSkills => Preferred.Length > 0,
        MatchCategories.Experience => MinMonths > 0 || Required.Any(r => r.MinMonths > 0) || Preferred.Any(r => r.MinMonths > 0),
        MatchCategories.Education => MinEducationRank > 0,
        MatchCategories.Title => TitleTerms.Length > 0,
        MatchCategories.TextSimilarity => QueryTerms.Length > 0,
        MatchCategories.Languages => Languages.Length > 0,
        MatchCategories.Certifications => Certifications.Length > 0,
        _ => false,
    };
}
