using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Tests.Postings;

public sealed class JobPageReaderTests
{
    private static JobPosting Read(string file) =>
        JobPageReader.Read(File.ReadAllText(TestData.Path("jd_html", "synthetic_jsonld", file)), JobDescriptionParser.Default);

    [Fact]
    public void Greenhouse_page_takes_exactly_the_json_ld_fields()
    {
        var p = Read("greenhouse.html");

        Assert.Equal("Backend Engineer Intern (Summer 2027)", p.Title);
        Assert.Equal("Acme", p.HiringOrganization?.Name);
        Assert.Null(p.JobLocation);
        Assert.Equal("TELECOMMUTE", p.JobLocationType);
        Assert.Equal("INTERN", p.EmploymentType);
        Assert.Equal("2026-07-10", p.DatePosted);
        Assert.Contains("postgresql", p.RequiredSkills);
    }

    [Fact]
    public void Workday_page_takes_exactly_the_json_ld_fields()
    {
        var p = Read("workday.html");

        Assert.Equal("Software Developer Intern - Co-op (Fall 2027)", p.Title);
        Assert.Equal("Initech", p.HiringOrganization?.Name);
        Assert.Equal(new PostalAddress("Waterloo", "ON", "CA"), p.JobLocation?.Address);
        Assert.Null(p.JobLocationType);
        Assert.Equal("INTERN", p.EmploymentType);
        Assert.Contains("java", p.RequiredSkills);
        Assert.Equal("Software developer co-op. Java, Spring, and cloud infrastructure.", p.Description);
    }

    [Fact]
    public void Json_ld_in_a_graph_with_array_type_is_found()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"X"},
            {"@type":["JobPosting"],"title":"Nurse","hiringOrganization":"Mercy Hospital","employmentType":["FULL_TIME","PART_TIME"],
            "experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":24},
            "description":"&lt;p&gt;Care for patients.&lt;/p&gt;"}]}</script></head><body><p>Apply now</p></body></html>
            """;

        var p = JobPageReader.Read(html, JobDescriptionParser.Default);

        Assert.Equal("Nurse", p.Title);
        Assert.Equal("Mercy Hospital", p.HiringOrganization?.Name);
        Assert.Equal("FULL_TIME, PART_TIME", p.EmploymentType);
        Assert.Equal(24, p.ExperienceRequirements?.MonthsOfExperience);
    }

    [Fact]
    public void Broken_json_ld_falls_back_to_page_text()
    {
        const string html = "<html><head><script type=\"application/ld+json\">{not json</script></head><body><h1>Site Reliability Engineer</h1><main><p>Requirements: Kubernetes and Terraform.</p></main></body></html>";

        var p = JobPageReader.Read(html, JobDescriptionParser.Default);

        Assert.Equal("Site Reliability Engineer", p.Title);
        Assert.Contains("kubernetes", p.RequiredSkills);
        Assert.Contains("terraform", p.RequiredSkills);
    }
}
