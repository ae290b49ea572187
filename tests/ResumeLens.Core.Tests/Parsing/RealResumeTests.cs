using ResumeLens.Core.Extraction;
using ResumeLens.Core.Parsing;

namespace ResumeLens.Core.Tests.Parsing;

/// <summary>Real resumes from ../shared/data, one layout family per test.</summary>
public sealed class RealResumeTests
{
    private static readonly ResumeParseOptions Options = new(new DateOnly(2026, 1, 1));

    private static ResumeProfile ParsePdf(params string[] path)
    {
        var file = TestData.Path(["resumes", "pdf", .. path]);
        var doc = DocumentExtractor.Extract(file, ct: TestContext.Current.CancellationToken);
        return ResumeParser.Parse(doc, Options with { FileName = Path.GetFileName(file) });
    }

    [Fact]
    public void Every_docx_resume_parses()
    {
        foreach (var file in TestData.Files(Path.Combine("resumes", "docx"), "*.docx"))
        {
            var doc = DocumentExtractor.Extract(file, ct: TestContext.Current.CancellationToken);
            var p = ResumeParser.Parse(doc, Options with { FileName = Path.GetFileName(file) });
            Assert.Equal("docx", p.Meta.Source?.Format);
            Assert.NotEmpty(p.Meta.Skills);
        }
    }

    [Fact]
    public void Every_pdf_resume_parses()
    {
        var any = false;
        foreach (var file in TestData.Files(Path.Combine("resumes", "pdf"), "*.pdf"))
        {
            var doc = DocumentExtractor.Extract(file, ct: TestContext.Current.CancellationToken);
            var p = ResumeParser.Parse(doc, Options with { FileName = Path.GetFileName(file) });
            Assert.Equal("pdf", p.Meta.Source?.Format);
            any = true;
        }
        Assert.True(any);
    }

    [Fact]
    public void Docx_single_column_resume_is_read_field_by_field()
    {
        var p = ResumeParser.Parse(DocumentExtractor.Extract(TestData.Path("resumes", "docx", "theresumeparser_sample_resume.docx"), ct: TestContext.Current.CancellationToken), Options);
        Assert.Equal("Jane Smith", p.Basics.Name);
        Assert.Equal("jane@example.com", p.Basics.Email);
        var job = Assert.Single(p.Work);
        Assert.Equal("Senior Engineer", job.Position);
        Assert.Equal("Acme Corp", job.Name);
        Assert.Equal("2020", job.StartDate);
        Assert.Equal("2023", job.EndDate);
        var edu = Assert.Single(p.Education);
        Assert.Equal("BS", edu.StudyType);
        Assert.Equal("State University", edu.Institution);
        Assert.Equal("2016", edu.EndDate);
    }

    [Fact]
    public void Rendercv_themes_agree_with_their_ground_truth()
    {
        foreach (var theme in new[] { "classic", "ember", "engineeringclassic", "engineeringresumes", "harvard", "ink", "moderncv", "opal", "sb2nov" })
        {
            var p = ParsePdf("rendercv_tests", theme + "_minimal.pdf");
            Assert.Equal("John Doe", p.Basics.Name);
            var job = Assert.Single(p.Work);
            Assert.Equal("Software Engineer", job.Position);
            Assert.Equal("Company X", job.Name);
            Assert.Equal("2020", job.StartDate);
            Assert.Equal("2023", job.EndDate);
        }
    }

    [Fact]
    public void Resume_matcher_resume_is_read_field_by_field()
    {
        var p = ParsePdf("resume_matcher", "john_doe.pdf");
        Assert.Equal("john.doe@email.com", p.Basics.Email);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal("Full Stack Java Developer", p.Work[0].Position);
        Assert.Equal("ABC Company, Inc.", p.Work[0].Name);
        Assert.Equal("2018-06", p.Work[0].StartDate);
        Assert.Null(p.Work[0].EndDate);
        Assert.Equal("Software Developer", p.Work[1].Position);
        Assert.Equal("XYZ Solutions", p.Work[1].Name);
        Assert.Equal("2016-07", p.Work[1].StartDate);
        Assert.Equal("2018-06", p.Work[1].EndDate);
        Assert.Equal("State University", Assert.Single(p.Education).Institution);
        Assert.Contains(p.Meta.Skills, s => s.Id == "java");
    }

    [Fact]
    public void Open_resume_is_read_field_by_field()
    {
        var p = ParsePdf("open_resume", "openresume-resume.pdf");
        Assert.Equal("John Doe", p.Basics.Name);
        Assert.Equal("hello@openresume.com", p.Basics.Email);
        Assert.Equal("Software Engineer", p.Work[0].Position);
        Assert.Equal("ABC Company", p.Work[0].Name);
        Assert.Equal("2023-05", p.Work[0].StartDate);
        var edu = p.Education[0];
        Assert.Equal("Bachelor of Science", edu.StudyType);
        Assert.Equal("XYZ University", edu.Institution);
    }

    [Fact]
    public void Latex_awesome_cv_contact_and_roles_are_read()
    {
        var p = ParsePdf("latex_templates", "awesome-cv_resume.pdf");
        Assert.Equal("Byungjin Park", p.Basics.Name);
        Assert.Equal("+821090301843", p.Basics.Phone);
        Assert.Equal("DevOps Engineer", p.Work[0].Position);
        Assert.Equal("2023-09", p.Work[0].StartDate);
        Assert.Equal("2024-03", p.Work[0].EndDate);
    }

    [Fact]
    public void Date_column_layout_keeps_the_open_range()
    {
        var p = ParsePdf("resume_matcher", "barry_allen_fe.pdf");
        Assert.Equal("Barry Allen", p.Basics.Name);
        var job = p.Work[0];
        Assert.Equal("Software Engineer (Front-End)", job.Position);
        Assert.Equal("Google", job.Name);
        Assert.Equal("2022-06", job.StartDate);
        Assert.Null(job.EndDate);
        var edu = Assert.Single(p.Education);
        Assert.Equal("B.Tech", edu.StudyType);
        Assert.Equal("bachelor", edu.Level);
    }

    [Fact]
    public void Livecareer_roles_keep_titles_and_dates()
    {
        var p = ParsePdf("kaggle_livecareer", "ENGINEERING", "44624796.pdf");
        Assert.Equal("Engineering Manager", p.Work[0].Position);
        Assert.Equal("2010-11", p.Work[0].StartDate);
        Assert.Equal("2016-02", p.Work[0].EndDate);
        Assert.Equal("Assistant Superintendent", p.Work[1].Position);
        Assert.True(p.Meta.TotalExperienceMonths > 12 * 15);
    }
}
