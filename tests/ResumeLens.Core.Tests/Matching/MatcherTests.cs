using System.Text.Json;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Matching;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly Matcher Matcher = Matcher.Default;

    internal static ResumeProfile Resume(string id, string label, string[] skills, int months = 60, string? level = "bachelor",
        string[]? highlights = null, string[]? languages = null, string[]? certificates = null)
    {
        var taxonomy = KnowledgeBase.Default.Skills;
        var normalized = new List<NormalizedSkill>();
        foreach (var s in skills)
        {
            if (taxonomy.TryResolve(s, out var skill)) normalized.Add(new NormalizedSkill(skill.Id, skill.Name, skill.Category, [s]));
        }
        return new ResumeProfile
        {
            Basics = new Basics { Name = id, Label = label },
            Work = [new WorkEntry { Position = label, Name = "Fabrikam", StartDate = "2015-01", EndDate = "2020-01", Highlights = highlights ?? [] }],
            Education = level is null ? [] : [new EducationEntry { StudyType = "Bachelor of Science", Area = "Computer Science", Level = level }],
            Skills = [new SkillEntry("Skills", Keywords: skills)],
            Languages = [.. (languages ?? []).Select(l => new LanguageEntry(l, "Fluent"))],
            Certificates = [.. (certificates ?? []).Select(c => new CertificateEntry(c))],
            Meta = new ResumeMeta { TotalExperienceMonths = months, Skills = normalized, Source = new SourceInfo(id + ".pdf", null, "pdf", 1, "2024-01") },
        };
    }

    private static JobPosting Job(string[] required, string[]? preferred = null, int months = 0, IReadOnlyList<string>? mustHave = null) => new()
    {
        Title = "Software Engineer",
        Description = "Build backend services.",
        RequiredSkills = required,
        PreferredSkills = preferred ?? [],
        ExperienceRequirements = months > 0 ? new ExperienceRequirement(months) : null,
        MustHave = mustHave ?? [],
    };

    private static CategoryScore Category(MatchResult r, string name) => r.Categories.Single(c => c.Name == name);

    [Fact]
    public void Same_inputs_give_byte_identical_results()
    {
        var job = JobDescriptionParser.Default.Parse(File.ReadAllText(TestData.Path("jd", "resume_matcher_txt", "backend-eng.txt")));
        var resume = Resume("a", "Backend Engineer", ["Python", "Docker", "Kafka", "PostgreSQL"]);

        var first = JsonSerializer.Serialize(Matcher.Match(job, resume), PostingJson.Options);
        var second = JsonSerializer.Serialize(new Matcher(KnowledgeBase.Default).Match(job, resume), PostingJson.Options);

        Assert.Equal(first, second);
        Assert.Contains(Matcher.Version, first, StringComparison.Ordinal);
    }

    [Fact]
    public void Fast_score_equals_explained_score()
    {
        var job = Matcher.Prepare(Job(["docker", "kubernetes"], ["terraform"], 36));
        var profile = Matcher.Profile(Resume("a", "DevOps Engineer", ["Docker", "Terraform"], 24));

        Assert.Equal(Matcher.Explain(job, profile).Score, Matcher.Score(job, profile));
    }

    [Fact]
    public void Exact_and_alias_skills_get_full_credit()
    {
        var job = Job(["react", "kubernetes"]);

        var r = Matcher.Match(job, Resume("a", "Engineer", ["ReactJS", "k8s"]));

        var category = Category(r, MatchCategories.RequiredSkills);
        Assert.Equal(100, category.Score);
        Assert.Contains(category.Evidence, e => e.Requirement == "Kubernetes" && e.Credit == "exact");
    }

    [Fact]
    public void Child_skill_satisfies_a_parent_requirement_in_full()
    {
        var r = Matcher.Match(Job(["javascript"]), Resume("a", "Engineer", ["React"]));

        var category = Category(r, MatchCategories.RequiredSkills);
        Assert.Equal(100, category.Score);
        Assert.Contains(category.Evidence, e => e.Credit == "child");
    }

    [Fact]
    public void Parent_skill_earns_partial_credit_for_a_child_requirement()
    {
        var r = Matcher.Match(Job(["react"]), Resume("a", "Engineer", ["JavaScript"]));

        var category = Category(r, MatchCategories.RequiredSkills);
        Assert.Equal(50, category.Score);
        Assert.Contains(category.Evidence, e => e.Credit == "parent");
    }

    [Fact]
    public void Sibling_skill_earns_partial_credit()
    {
        var r = Matcher.Match(Job(["vue-js"]), Resume("a", "Engineer", ["React"]));

        var category = Category(r, MatchCategories.RequiredSkills);
        Assert.InRange(category.Score, 1, 49);
        Assert.Contains(category.Evidence, e => e.Credit == "sibling");
    }

    [Fact]
    public void Related_skill_earns_a_small_credit()
    {
        var profile = Matcher.Profile(Resume("a", "Engineer", ["Docker"]));
        var requirement = new SkillRequirement("kubernetes", "Kubernetes", 1, [], [], ["docker"], 0);

        var (credit, via, kind) = Matcher.Credit(requirement, profile);

        Assert.Equal("related", kind);
        Assert.Equal("docker", via);
        Assert.InRange(credit, 0.01, 0.3);
    }

    [Fact]
    public void Unrelated_skill_earns_nothing_and_is_listed_missing()
    {
        var r = Matcher.Match(Job(["kubernetes"]), Resume("a", "Engineer", ["Photoshop"]));

        var category = Category(r, MatchCategories.RequiredSkills);
        Assert.Equal(0, category.Score);
        Assert.Equal(["Kubernetes"], category.Missing);
    }

    [Fact]
    public void Missing_must_have_knocks_the_candidate_out()
    {
        var job = Job(["kubernetes", "docker"], mustHave: ["kubernetes"]);

        var without = Matcher.Match(job, Resume("a", "Engineer", ["Docker"]));
        var with = Matcher.Match(job, Resume("b", "Engineer", ["Docker", "Kubernetes"]));

        Assert.Equal(0, without.Score);
        Assert.Equal(["kubernetes"], without.MustHaveFailed);
        Assert.True(with.Score > 0);
        Assert.Empty(with.MustHaveFailed);
    }

    [Fact]
    public void Experience_must_have_checks_total_months()
    {
        var job = Job(["docker"], months: 60, mustHave: ["experience"]);

        Assert.Equal(["experience"], Matcher.Match(job, Resume("a", "Engineer", ["Docker"], months: 24)).MustHaveFailed);
        Assert.Empty(Matcher.Match(job, Resume("b", "Engineer", ["Docker"], months: 72)).MustHaveFailed);
    }

    [Fact]
    public void Rare_skill_in_the_pool_outweighs_a_common_one()
    {
        var pool = new List<MatchProfile>();
        for (var i = 0; i < 10; i++) pool.Add(Matcher.Profile(Resume("p" + i, "Engineer", ["SQL"])));
        var rare = Matcher.Profile(Resume("rare", "Engineer", ["Kubernetes"]));
        var common = Matcher.Profile(Resume("common", "Engineer", ["SQL"]));
        pool.Add(rare);
        pool.Add(common);
        var job = Matcher.Prepare(Job(["sql", "kubernetes"]), new CandidatePool(pool));

        var rareSkills = Category(Matcher.Explain(job, rare), MatchCategories.RequiredSkills).Score;
        var commonSkills = Category(Matcher.Explain(job, common), MatchCategories.RequiredSkills).Score;

        Assert.True(rareSkills > commonSkills + 20, $"rare {rareSkills} vs common {commonSkills}");
    }

    [Fact]
    public void Without_a_pool_the_rarity_prior_weighs_skills()
    {
        var taxonomy = KnowledgeBase.Default.Skills;
        Assert.True(taxonomy.TryGet("kubernetes", out var k) && taxonomy.TryGet("go", out var g) && k.Rarity > g.Rarity);
        var job = Job(["kubernetes", "go"]);

        var rare = Category(Matcher.Match(job, Resume("a", "Engineer", ["Kubernetes"])), MatchCategories.RequiredSkills).Score;
        var common = Category(Matcher.Match(job, Resume("b", "Engineer", ["Go"])), MatchCategories.RequiredSkills).Score;

        Assert.True(rare > common, $"rare {rare} vs common {common}");
    }

    [Fact]
    public void Repeating_a_skill_twenty_times_does_not_raise_the_score()
    {
        var job = JobDescriptionParser.Default.Parse(File.ReadAllText(TestData.Path("jd", "resume_matcher_txt", "backend-eng.txt")));
        var plain = Resume("a", "Backend Engineer", ["Kafka", "Docker"], highlights: ["Built Kafka consumers for billing events."]);
        var stuffed = plain with
        {
            Skills = [new SkillEntry("Skills", Keywords: [.. Enumerable.Repeat("Kafka", 20), "Docker"])],
            Work = [plain.Work[0] with { Highlights = [.. plain.Work[0].Highlights, .. Enumerable.Repeat("Kafka Kafka Kafka Kafka", 20)] }],
        };

        var before = Matcher.Match(job, plain).Score;
        var after = Matcher.Match(job, stuffed).Score;

        Assert.True(after <= before, $"stuffed {after} > plain {before}");
    }

    [Fact]
    public void Skills_seen_only_in_hidden_text_earn_nothing()
    {
        var job = Job(["kubernetes", "docker"]);
        var visible = Resume("a", "Engineer", ["Docker"]);
        // A parser that trusted white text would report Kubernetes with the hidden line as evidence.
        var withHidden = visible with
        {
            Meta = visible.Meta with { Skills = [.. visible.Meta.Skills, new NormalizedSkill("kubernetes", "Kubernetes", "tool", ["Kubernetes expert"])] },
            Basics = visible.Basics with { Summary = "Kubernetes expert" },
        };
        var hidden = new[] { new HiddenTextSpan(1, "Kubernetes expert", HiddenTextReason.BackgroundColor) };

        var baseline = Matcher.Explain(Matcher.Prepare(job), Matcher.Profile(visible));
        var result = Matcher.Explain(Matcher.Prepare(job), Matcher.Profile(withHidden, hiddenText: hidden));

        Assert.Equal(baseline.Score, result.Score);
        Assert.Contains("Kubernetes", Category(result, MatchCategories.RequiredSkills).Missing);
        Assert.DoesNotContain(result.Categories.SelectMany(c => c.Evidence), e => e.Text.Contains("Kubernetes expert", StringComparison.Ordinal));
    }

    [Fact]
    public void Parser_skill_without_visible_evidence_is_ignored()
    {
        var resume = Resume("a", "Engineer", ["Docker"]);
        resume = resume with { Meta = resume.Meta with { Skills = [.. resume.Meta.Skills, new NormalizedSkill("kubernetes", "Kubernetes", "tool", ["K8s operator work"])] } };

        var r = Matcher.Match(Job(["kubernetes"]), resume);

        Assert.Equal(0, Category(r, MatchCategories.RequiredSkills).Score);
    }

    [Fact]
    public void Evidence_quotes_the_resume_line_that_proves_a_skill()
    {
        var resume = Resume("a", "Engineer", [], highlights: ["Ran PostgreSQL clusters with 2 TB of data."]);

        var r = Matcher.Match(Job(["postgresql"]), resume);

        var evidence = Assert.Single(Category(r, MatchCategories.RequiredSkills).Evidence);
        Assert.Equal("Ran PostgreSQL clusters with 2 TB of data.", evidence.Text);
    }

    [Fact]
    public void Months_with_a_required_skill_come_from_the_roles_that_use_it()
    {
        var job = Job(["kafka"]) with { SkillExperience = [new SkillExperience("kafka", 48)] };
        var resume = Resume("a", "Engineer", [], months: 60, highlights: ["Operated Kafka pipelines."]);

        var r = Matcher.Match(job, resume);

        var experience = Category(r, MatchCategories.Experience);
        Assert.Equal(100, experience.Score);
        Assert.Contains("4 years of Kafka", experience.Found);
    }

    [Theory]
    [InlineData("13-1071.00", "13-1071.00", 1.0)]
    [InlineData("13-1071.00", "13-1071.01", 0.7)]
    [InlineData("13-1071.00", "13-1151.00", 0.5)]
    [InlineData("13-1071.00", "13-2072.00", 0.3)]
    [InlineData("13-1071.00", "29-1141.00", 0.0)]
    public void Related_occupations_give_partial_title_credit(string a, string b, double expected) =>
        Assert.Equal(expected, Matcher.OccupationSimilarity(a, b));

    [Fact]
    public void Title_head_noun_match_counts_for_a_different_specialty()
    {
        var job = Job(["docker"]) with { Title = "Senior Backend Engineer, Payments" };

        var r = Matcher.Match(job, Resume("a", "Mechanical Engineer", ["Docker"]));

        Assert.InRange(Category(r, MatchCategories.Title).Score, 50, 100);
    }

    [Fact]
    public void Weights_can_be_overridden_per_job()
    {
        var job = Job(["docker"], months: 120) with { Weights = new Dictionary<string, double> { [MatchCategories.Experience] = 0, [MatchCategories.TextSimilarity] = 0, [MatchCategories.Title] = 0 } };

        var r = Matcher.Match(job, Resume("a", "Engineer", ["Docker"], months: 12));

        Assert.Equal(100, r.Score);
        Assert.Equal(0, Category(r, MatchCategories.Experience).Weight);
    }

    [Fact]
    public void Education_below_the_minimum_scores_partially()
    {
        var job = Job(["docker"]) with { EducationRequirements = new EducationRequirement("master degree", "master") };

        Assert.Equal(50, Category(Matcher.Match(job, Resume("a", "Engineer", ["Docker"], level: "bachelor")), MatchCategories.Education).Score);
        Assert.Equal(100, Category(Matcher.Match(job, Resume("b", "Engineer", ["Docker"], level: "doctorate")), MatchCategories.Education).Score);
    }

    [Fact]
    public void Languages_and_certifications_are_matched_with_evidence()
    {
        var job = Job(["docker"]) with { Languages = ["Spanish"], Certifications = ["CKA"] };

        var r = Matcher.Match(job, Resume("a", "Engineer", ["Docker"], languages: ["Spanish"], certificates: ["CKA"]));

        Assert.Equal(100, Category(r, MatchCategories.Languages).Score);
        Assert.Equal(100, Category(r, MatchCategories.Certifications).Score);
    }

    [Fact]
    public async Task Extra_similarity_category_joins_the_score_through_its_seam()
    {
        var posting = Job(["docker"]);
        var profiles = new[] { Matcher.Profile(Resume("a", "Engineer", ["Docker"])) };
        var semantic = new FixedSimilarity(0.5);

        var ranked = await Ranker.RankAsync(Matcher, posting, profiles, extra: [semantic], cancellationToken: TestContext.Current.CancellationToken);

        var category = Category(ranked[0].Result, "semanticSimilarity");
        Assert.Equal(50, category.Score);
        Assert.True(category.Weight > 0);
    }

    private sealed class FixedSimilarity(double value) : ISimilarityCategory
    {
        public string Name => "semanticSimilarity";

        public double DefaultWeight => 10;

        public Task<IReadOnlyList<double>> ScoreAsync(JobPosting job, IReadOnlyList<MatchProfile> candidates, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<double>>([.. candidates.Select(_ => value)]);
    }
}
