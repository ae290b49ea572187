using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Tests.Postings;

public sealed class JobDescriptionParserTests
{
    private static readonly JobImporter Importer = new();

    private static JobPosting Load(params string[] parts) => Importer.FromBytes(File.ReadAllBytes(TestData.Path(parts)), parts[^1], null);

    public static TheoryData<string> AllJobFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "jd", "jd_html" })
        {
            foreach (var f in TestData.Files(folder, "*")) data.Add(Path.GetRelativePath(TestData.Dir, f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllJobFiles))]
    public void Every_shared_job_description_parses_with_title_description_and_skills(string relative)
    {
        var posting = Importer.FromBytes(File.ReadAllBytes(Path.Combine(TestData.Dir, relative)), Path.GetFileName(relative), null);

        Assert.False(string.IsNullOrWhiteSpace(posting.Title));
        Assert.False(string.IsNullOrWhiteSpace(posting.Description));
        Assert.NotEmpty(posting.RequiredSkills.Concat(posting.PreferredSkills));
        Assert.Empty(posting.RequiredSkills.Intersect(posting.PreferredSkills));
    }

    [Fact]
    public void Backend_posting_gives_title_years_and_required_stack()
    {
        var p = Load("jd", "resume_matcher_txt", "backend-eng.txt");

        Assert.Equal("Senior Backend Engineer", p.Title);
        Assert.Equal(48, p.ExperienceRequirements?.MonthsOfExperience);
        foreach (var id in new[] { "fastapi", "django-rest-framework", "kafka", "postgresql", "docker", "kubernetes", "redis", "github-actions" })
        {
            Assert.Contains(id, p.RequiredSkills);
        }
        Assert.Empty(p.PreferredSkills);
    }

    [Fact]
    public void Frontend_posting_ties_four_years_to_react()
    {
        var p = Load("jd", "resume_matcher_txt", "frontend-eng.txt");

        Assert.Equal("Senior Frontend Engineer", p.Title);
        Assert.Equal(48, p.ExperienceRequirements?.MonthsOfExperience);
        Assert.Contains(new SkillExperience("react", 48), p.SkillExperience);
        foreach (var id in new[] { "react", "next-js", "typescript", "tailwind-css", "storybook", "playwright" })
        {
            Assert.Contains(id, p.RequiredSkills);
        }
    }

    [Fact]
    public void Machine_learning_posting_asks_three_years()
    {
        var p = Load("jd", "resume_matcher_txt", "ml-eng.txt");

        Assert.Equal("Machine Learning Engineer", p.Title);
        Assert.Equal(36, p.ExperienceRequirements?.MonthsOfExperience);
        Assert.Contains("machine-learning", p.RequiredSkills);
        Assert.Contains("apache-spark", p.RequiredSkills);
        Assert.Contains("sql", p.RequiredSkills);
    }

    [Fact]
    public void Product_manager_posting_lists_responsibilities_and_years()
    {
        var p = Load("jd", "resume_matcher_txt", "product-manager.txt");

        Assert.Equal("Senior Product Manager", p.Title);
        Assert.Equal(48, p.ExperienceRequirements?.MonthsOfExperience);
        Assert.Contains(p.Responsibilities, r => r.Contains("product backlog", StringComparison.Ordinal));
    }

    [Fact]
    public void Linkedin_page_separates_nice_to_have_from_requirements()
    {
        var p = Load("jd_html", "real", "linkedin_job.html");

        Assert.Equal("Senior Software Engineer - Developer Experience", p.Title);
        Assert.Equal("Heidi", p.HiringOrganization?.Name);
        Assert.Equal("Melbourne, Victoria, Australia", p.JobLocation?.ToString());
        Assert.Equal("FULL_TIME", p.EmploymentType);
        Assert.Equal(36, p.ExperienceRequirements?.MonthsOfExperience);
        foreach (var id in new[] { "terraform", "helm", "docker", "aws", "azure", "ci-cd" }) Assert.Contains(id, p.RequiredSkills);
        foreach (var id in new[] { "mongodb", "redis", "postgresql" }) Assert.Contains(id, p.PreferredSkills);
        Assert.DoesNotContain("Similar jobs", p.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_scientist_docx_reads_title_and_tool_list()
    {
        var p = Load("jd", "resume_matcher_docx", "Data_Scientist.docx");

        Assert.Equal("Data Scientist/ ML Engineer", p.Title);
        Assert.Equal("FULL_TIME", p.EmploymentType);
        foreach (var id in new[] { "machine-learning", "sql", "mongodb", "cassandra", "numpy" }) Assert.Contains(id, p.RequiredSkills);
    }

    [Fact]
    public void Java_developer_pdf_gives_title_years_degree_and_stack()
    {
        var p = Load("jd", "resume_matcher_pdf", "job_desc_java_developer.pdf");

        Assert.Equal("Java Developer", p.Title);
        Assert.Equal(36, p.ExperienceRequirements?.MonthsOfExperience);
        Assert.Equal("bachelor", p.EducationRequirements?.Level);
        Assert.Equal("Computer Science", p.EducationRequirements?.Field);
        foreach (var id in new[] { "java", "spring", "hibernate", "sql" }) Assert.Contains(id, p.RequiredSkills);
    }

    [Fact]
    public void Front_end_pdf_gives_title_years_and_frameworks()
    {
        var p = Load("jd", "resume_matcher_pdf", "job_desc_front_end_engineer.pdf");

        Assert.Equal("Front End Engineer", p.Title);
        Assert.Equal(24, p.ExperienceRequirements?.MonthsOfExperience);
        foreach (var id in new[] { "javascript", "html", "css", "react", "git" }) Assert.Contains(id, p.RequiredSkills);
    }

    [Fact]
    public void Sections_and_phrases_decide_required_versus_preferred()
    {
        const string text = """
            Java Developer
            Company: Northwind Traders
            Location: Austin, TX
            Employment Type: Contract

            Responsibilities
            - Build REST services in Java and Spring.

            Requirements
            - At least three years of Java experience.
            - 5+ years of professional software development.
            - Bachelor's degree in Computer Science or a related field.
            - Fluent in Spanish and English.
            - Docker is a plus.

            Nice to have
            - Kubernetes
            - AWS Certified Solutions Architect certification
            """;

        var p = JobDescriptionParser.Default.Parse(text);

        Assert.Equal("Java Developer", p.Title);
        Assert.Equal("Northwind Traders", p.HiringOrganization?.Name);
        Assert.Equal("Austin", p.JobLocation?.Address.AddressLocality);
        Assert.Equal("TX", p.JobLocation?.Address.AddressRegion);
        Assert.Equal("CONTRACTOR", p.EmploymentType);
        Assert.Contains("java", p.RequiredSkills);
        Assert.Contains("spring", p.RequiredSkills);
        Assert.Contains("docker", p.PreferredSkills);
        Assert.Contains("kubernetes", p.PreferredSkills);
        Assert.Equal(60, p.ExperienceRequirements?.MonthsOfExperience);
        Assert.Contains(new SkillExperience("java", 36), p.SkillExperience);
        Assert.Equal("bachelor", p.EducationRequirements?.Level);
        Assert.Equal("Computer Science", p.EducationRequirements?.Field);
        Assert.Equal(["English", "Spanish"], p.Languages.Order(StringComparer.Ordinal));
        Assert.Contains("AWS Certified Solutions Architect", p.Certifications);
        Assert.Single(p.Responsibilities);
    }

    [Fact]
    public void Lowest_degree_named_is_the_minimum()
    {
        var p = JobDescriptionParser.Default.Parse("Data Analyst\n\nRequirements:\n- Bachelor's or Master's degree in Statistics.\n- SQL.");

        Assert.Equal("bachelor", p.EducationRequirements?.Level);
        Assert.Equal("Statistics", p.EducationRequirements?.Field);
    }
}
