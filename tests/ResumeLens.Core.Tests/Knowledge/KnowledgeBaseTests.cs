using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Fact]
    public void Default_is_loaded_once()
    {
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Default);
    }

    [Theory]
    [InlineData("Nepal", true)]
    [InlineData("Tamil Nadu", true)]
    [InlineData("Sao Paulo", true)]
    [InlineData("chicago", true)]
    [InlineData("New Hampshire", true)]
    [InlineData("Technology", false)]
    [InlineData("Infosys", false)]
    public void Places_are_known_whatever_the_case_and_accents(string text, bool place)
    {
        Assert.Equal(place, Kb.Places.IsPlace(text));
    }

    [Theory]
    [InlineData("Software Engineer")]
    [InlineData("Senior Software Engineer")]
    [InlineData("Registered Nurse")]
    [InlineData("marketing manager")]
    public void Common_titles_normalize_to_occupations(string title)
    {
        Assert.True(Kb.Titles.TryNormalize(title, out var t));
        Assert.False(string.IsNullOrEmpty(t.Occupation));
    }

    [Fact]
    public void Title_table_is_searched_whatever_its_order_and_line_endings()
    {
        var catalog = JobTitleCatalog.Load(["15-1252.00\tSoftware Developers", "29-1141.00\tRegistered Nurses"],
            "software engineer\t15-1252.00\r\nnurse\t29-1141.00\napplication developer\t15-1252.00\nzoo keeper\tX-1\n\n");

        Assert.Equal(4, catalog.Count);
        Assert.True(catalog.TryNormalize("Senior Software Engineer", out var engineer));
        Assert.Equal(("15-1252.00", "Software Developers", "Senior Software Engineer"), (engineer.OccupationCode, engineer.Occupation, engineer.Title));
        Assert.True(catalog.TryNormalize("Nurse", out var nurse));
        Assert.Equal("Registered Nurses", nurse.Occupation);
        Assert.True(catalog.Contains("Application  Developer"));
        Assert.True(catalog.TryNormalize("Zoo Keeper", out var keeper));
        Assert.Equal("X-1", keeper.OccupationCode);
        Assert.False(catalog.Contains("astronaut"));
        Assert.False(catalog.TryNormalize("", out _));
    }

    [Theory]
    [InlineData("B.Tech", DegreeLevel.Bachelor)]
    [InlineData("BTech", DegreeLevel.Bachelor)]
    [InlineData("B.E.", DegreeLevel.Bachelor)]
    [InlineData("BSc", DegreeLevel.Bachelor)]
    [InlineData("Bachelor of Science", DegreeLevel.Bachelor)]
    [InlineData("MCA", DegreeLevel.Master)]
    [InlineData("MSc", DegreeLevel.Master)]
    [InlineData("Diplom", DegreeLevel.Master)]
    [InlineData("Licenciatura", DegreeLevel.Bachelor)]
    [InlineData("MBA", DegreeLevel.Master)]
    [InlineData("Ph.D.", DegreeLevel.Doctorate)]
    [InlineData("Associate of Applied Science", DegreeLevel.Associate)]
    [InlineData("High School Diploma", DegreeLevel.HighSchool)]
    public void Degree_spellings_map_to_levels(string degree, DegreeLevel level)
    {
        Assert.Equal(level, Kb.Degrees.LevelOf(degree));
    }

    [Fact]
    public void Degree_abbreviations_need_capitals_and_skip_products()
    {
        Assert.False(Kb.Degrees.TryFind("we will be there as soon as possible", out _));
        Assert.False(Kb.Degrees.TryFind("Skilled in MS Office", out _));
        Assert.True(Kb.Degrees.TryFind("MS in Computer Science, 2019", out var m));
        Assert.Equal(DegreeLevel.Master, m.Level);
    }

    [Fact]
    public void Vocabulary_knows_headings_names_and_institutions()
    {
        Assert.Equal(ResumeSection.Experience, Kb.Vocabulary.SectionOf("WORK EXPERIENCE:"));
        Assert.Equal(ResumeSection.Education, Kb.Vocabulary.SectionOf("Education"));
        Assert.Equal(ResumeSection.Skills, Kb.Vocabulary.SectionOf("Technical Skills"));
        Assert.True(Kb.Vocabulary.IsActionVerb("managed"));
        Assert.True(Kb.Names.IsGivenName("María"));
        Assert.True(Kb.Institutions.LooksLikeInstitution("Technische Universität München"));
        Assert.True(Kb.Institutions.IsKnown("Massachusetts Institute of Technology"));
    }

    [Theory]
    [InlineData("Work Hist ory", ResumeSection.Experience)]
    [InlineData("Prof ile", ResumeSection.Summary)]
    [InlineData("E D U C A T I O N", ResumeSection.Education)]
    [InlineData("Hist ory", ResumeSection.None)]
    [InlineData("Sales and Marketing", ResumeSection.None)]
    public void Headings_whose_words_were_broken_apart_are_still_known(string line, ResumeSection expected) =>
        Assert.Equal(expected, Kb.Vocabulary.SectionOf(line));
}
