using ResumeLens.Core.Knowledge;

namespace ResumeLens.Core.Tests.Knowledge;

public sealed class SkillTaxonomyTests
{
    private static SkillTaxonomy Skills => KnowledgeBase.Default.Skills;

    private static List<string> Ids(string text)
    {
        var ids = new List<string>();
        foreach (var m in Skills.FindMentions(text)) ids.Add(m.SkillId);
        return ids;
    }

    [Fact]
    public void Taxonomy_holds_thousands_of_skills_with_stable_ids()
    {
        Assert.True(Skills.Count > 1000);
        Assert.True(Skills.TryGet("javascript", out var js));
        Assert.Equal("JavaScript", js.Name);
        Assert.Equal("language", js.Category);
        Assert.True(Skills.TryGet("postgresql", out var pg));
        Assert.Equal("database", pg.Category);
    }

    [Theory]
    [InlineData("reactjs", "react")]
    [InlineData("React.js", "react")]
    [InlineData("C++", "cpp")]
    [InlineData("c#", "csharp")]
    [InlineData("Golang", "go")]
    [InlineData("postgres", "postgresql")]
    [InlineData("NODE JS", "node-js")]
    [InlineData(".NET", "dotnet")]
    public void Resolve_ignores_case_and_punctuation(string written, string id)
    {
        Assert.True(Skills.TryResolve(written, out var skill));
        Assert.Equal(id, skill.Id);
    }

    [Fact]
    public void Frameworks_and_databases_have_transitive_parents()
    {
        Assert.True(Skills.IsAncestor("javascript", "react"));
        Assert.True(Skills.IsAncestor("sql", "postgresql"));
        Assert.True(Skills.IsAncestor("javascript", "next-js"));
        Assert.False(Skills.IsAncestor("python", "react"));
    }

    [Fact]
    public void Mentions_prefer_the_longest_name_and_respect_word_boundaries()
    {
        var ids = Ids("Built services in C++ and C# with Microsoft SQL Server, React Native and Node.js.");
        Assert.Contains("cpp", ids);
        Assert.Contains("csharp", ids);
        Assert.DoesNotContain("c", ids);
        Assert.Contains("react-native", ids);
        Assert.DoesNotContain("react", ids);
        Assert.Contains("node-js", ids);
    }

    [Theory]
    [InlineData("Accounts Receivable FI-A/R, SAP")]
    [InlineData("Tel: 4274416 ( R ), Email")]
    public void A_letter_in_an_abbreviation_or_a_bracketed_label_is_no_language(string text)
    {
        Assert.DoesNotContain("r", Ids(text));
        Assert.Contains("r", Ids("Python, R, SQL"));
    }

    [Fact]
    public void Ordinary_english_does_not_become_a_skill()
    {
        var ids = Ids("I go to the office every spring and excel at my word games. Swift action. Ready to go.");
        Assert.DoesNotContain("go", ids);
        Assert.DoesNotContain("spring", ids);
        Assert.DoesNotContain("excel", ids);
        Assert.DoesNotContain("r", ids);
        Assert.DoesNotContain("c", ids);
    }

    [Fact]
    public void A_vendor_or_a_category_word_alone_names_no_product()
    {
        // "Analytics" is not Adobe Analytics, "Cloud" not Google Cloud, "CI" not Jenkins, "Cisco" not Apple iOS.
        var ids = Ids("Skills: Analytics, Cloud, Docs, CI, ERP, Cisco, Power\nBuilt analytics dashboards on the cloud.");
        Assert.Empty(ids.Intersect(["adobe-analytics", "gcp", "google-docs", "jenkins", "apple-ios", "microsoft-power"]));
        Assert.Equal(["jenkins", "hibernate", "power-bi", "jira", "html"], Ids("Jenkins CI, Hibernate ORM, Microsoft Power BI, Atlassian JIRA, HTML"));
    }

    [Fact]
    public void An_acronym_for_the_kind_of_product_names_the_practice_not_one_product()
    {
        // "Moz search engine optimization SEO software": SEO is the practice; direct marketing is not network marketing.
        Assert.Equal(["search-engine-optimisation", "direct-marketing"], Ids("Skills: SEO, Direct marketing"));
        Assert.Equal(["microsoft-active-server-pages"], Ids("Skills: ASP"));
    }

    [Fact]
    public void Short_names_count_inside_skill_lists()
    {
        var ids = Ids("Languages: Go, R, C, Python\nFrameworks: Spring | Django");
        Assert.Equal(["go", "r", "c", "python", "spring", "django"], ids);
    }

    [Fact]
    public void Mention_spans_point_at_the_text()
    {
        const string text = "Experience with PostgreSQL and Kubernetes";
        foreach (var m in Skills.FindMentions(text))
        {
            Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
        }
        Assert.Equal(["postgresql", "kubernetes"], Ids(text));
    }

    [Theory]
    [InlineData("Grew the C&I and CREM portfolio by 5%", "c")]
    [InlineData("Led R&D for the analytics team", "r")]
    [InlineData("Youth Leader, Appalachian Service Project (ASP)", "microsoft-active-server-pages")]
    [InlineData("Maths (A) English (B) Science (C)", "c")]
    [InlineData("Confidential, San Antonio, TX June 2009 to present", "storage-area-network")]
    [InlineData("Senior Developer, Cloud Lending Solutions INC", "php")]
    public void Letters_of_abbreviations_and_grades_are_not_skills(string text, string id)
    {
        Assert.DoesNotContain(id, Ids(text));
    }

    [Fact]
    public void Acronyms_written_as_capitalized_words_in_a_list_are_still_skills()
    {
        Assert.Equal(["java", "html", "sql"], Ids("Java, Html, Sql").Where(id => id is "java" or "html" or "sql"));
    }

    [Fact]
    public void Crm_is_its_own_practice_and_salesforce_a_kind_of_it()
    {
        Assert.Contains("customer-relationship-management", Ids("Managed the CRM and client expense reports"));
        Assert.DoesNotContain("salesforce", Ids("Managed the CRM and client expense reports"));
        Assert.True(Skills.TryGet("salesforce", out var sf));
        Assert.Contains("customer-relationship-management", sf.Parents);
    }

    [Fact]
    public void Jest_is_a_testing_framework_not_jekyll()
    {
        Assert.Equal(["jest"], Ids("Unit tests with Jest and Vitest").Where(id => id is "jest" or "jekyll"));
    }
}
