using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;

namespace ResumeLens.Core.Tests.Parsing;

public sealed class ResumeParserTests
{
    private static readonly DateOnly Reference = new(2025, 6, 15);

    private static ResumeProfile Parse(string text, DateOnly? reference = null) =>
        ResumeParser.Parse(PlainTextDocument.From(text), new ResumeParseOptions(reference ?? Reference, "cv.txt", "abc"));

    private const string Classic = """
        Alex Morgan
        Senior Backend Engineer
        alex.morgan@example.com | +1 (415) 555-0134 | San Francisco, CA
        linkedin.com/in/alexmorgan

        SUMMARY
        Backend engineer with eight years of experience building payment systems in Go and PostgreSQL.

        EXPERIENCE
        Senior Software Engineer | Stripe, Inc. | San Francisco, CA
        Jan 2021 – Present
        • Led the migration of the ledger service to Kubernetes.
        • Cut p99 latency by 40% with Redis caching.

        Software Engineer, Acme Corp
        03/2017 - 12/2020
        - Built REST APIs in Java and Spring Boot.

        EDUCATION
        Bachelor of Science in Computer Science, University of Michigan, 2012 - 2016, GPA: 3.8/4.0

        SKILLS
        Languages: Go, Java, Python, SQL
        Tools: Docker, Kubernetes, Terraform, Frobnicator

        LANGUAGES
        English (Native), Spanish (Professional)

        CERTIFICATIONS
        AWS Certified Solutions Architect – Associate, 2022
        """;

    [Fact]
    public void Classic_resume_is_read_field_by_field()
    {
        var p = Parse(Classic);
        Assert.Equal("Alex Morgan", p.Basics.Name);
        Assert.Equal("alex.morgan@example.com", p.Basics.Email);
        Assert.Equal("+14155550134", p.Basics.Phone);
        Assert.Equal("San Francisco", p.Basics.Location?.City);
        Assert.Contains("payment systems", p.Basics.Summary);

        Assert.Equal(2, p.Work.Count);
        Assert.Equal("Senior Software Engineer", p.Work[0].Position);
        Assert.Equal("Stripe, Inc.", p.Work[0].Name);
        Assert.Equal("San Francisco, CA", p.Work[0].Location);
        Assert.Equal("2021-01", p.Work[0].StartDate);
        Assert.Null(p.Work[0].EndDate);
        Assert.Equal(2, p.Work[0].Highlights.Count);
        Assert.Equal("Software Engineer", p.Work[1].Position);
        Assert.Equal("Acme Corp", p.Work[1].Name);
        Assert.Equal("2017-03", p.Work[1].StartDate);
        Assert.Equal("2020-12", p.Work[1].EndDate);

        var edu = Assert.Single(p.Education);
        Assert.Equal("Bachelor of Science", edu.StudyType);
        Assert.Equal("Computer Science", edu.Area);
        Assert.Equal("University of Michigan", edu.Institution);
        Assert.Equal("bachelor", edu.Level);
        Assert.Equal("2012", edu.StartDate);
        Assert.Equal("2016", edu.EndDate);
        Assert.Equal("3.8/4.0", edu.Score);

        Assert.Contains(p.Languages, l => l.Language == "English" && l.Fluency == "Native");
        Assert.Contains(p.Languages, l => l.Language == "Spanish" && l.Fluency == "Professional");
        Assert.Single(p.Certificates);
        Assert.Equal("2022", p.Certificates[0].Date);
    }

    [Fact]
    public void Skills_are_normalized_with_evidence()
    {
        var p = Parse(Classic);
        var ids = p.Meta.Skills.Select(s => s.Id).ToList();
        Assert.Contains("go", ids);
        Assert.Contains("postgresql", ids);
        Assert.Contains("kubernetes", ids);
        Assert.Contains("spring-boot", ids);
        Assert.Contains("redis", ids);
        var k8s = p.Meta.Skills.First(s => s.Id == "kubernetes");
        Assert.Contains(k8s.Evidence, e => e.Contains("Kubernetes", StringComparison.Ordinal));
        // Unknown tools listed in the skills section are kept as written.
        Assert.Contains(p.Skills, g => g.Name == "Other" && g.Keywords!.Contains("Frobnicator"));
    }

    [Fact]
    public void Experience_months_merge_overlaps_and_resolve_present_against_the_reference_date()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            EXPERIENCE
            Engineer, Alpha Ltd
            Jan 2020 - Present
            Consultant, Beta GmbH
            Jun 2020 - Dec 2020
            """, new DateOnly(2021, 12, 31));
        // Jan 2020 through Dec 2021 = 24 months; the overlapping role adds nothing.
        Assert.Equal(24, p.Meta.TotalExperienceMonths);
    }

    [Fact]
    public void Present_defaults_to_the_document_date()
    {
        var doc = PlainTextDocument.From("Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Alpha Ltd\nJan 2020 - Present\n",
            new DocumentMetadata(Modified: new DateTimeOffset(2020, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        var p = ResumeParser.Parse(doc);
        Assert.Equal(12, p.Meta.TotalExperienceMonths);
        Assert.Equal("2020-12-01", p.Meta.Source?.DocumentDate);
    }

    [Fact]
    public void Resume_without_headings_is_still_divided_into_entries()
    {
        var p = Parse("""
            Rahul Sharma
            rahul.sharma@example.in
            +91 98765 43210

            Data Analyst, Infosys Ltd
            Jul 2019 - Present
            Built dashboards in Power BI and Python for the finance team.

            B.Tech in Electronics, Indian Institute of Technology Bombay, 2015 - 2019

            Python, SQL, Power BI, Excel, Tableau
            """);
        Assert.Equal("Rahul Sharma", p.Basics.Name);
        var job = Assert.Single(p.Work);
        Assert.Equal("Data Analyst", job.Position);
        Assert.Equal("Infosys Ltd", job.Name);
        Assert.Equal("2019-07", job.StartDate);
        var edu = Assert.Single(p.Education);
        Assert.Equal("B.Tech", edu.StudyType);
        Assert.Equal("Electronics", edu.Area);
        Assert.Equal("Indian Institute of Technology Bombay", edu.Institution);
        Assert.Equal("bachelor", edu.Level);
        Assert.Contains(p.Meta.Skills, s => s.Id == "tableau");
        Assert.Contains(p.Meta.Skills, s => s.Id == "excel");
    }

    [Fact]
    public void Meta_records_source_parser_and_confidence()
    {
        var p = Parse(Classic);
        Assert.Equal("cv.txt", p.Meta.Source?.File);
        Assert.Equal("abc", p.Meta.Source?.Sha256);
        Assert.Equal("text", p.Meta.Source?.Format);
        Assert.Equal("resumelens", p.Meta.Parser.Name);
        Assert.True(p.Meta.Confidence["email"] > 0.9);
        Assert.True(p.Meta.Confidence["name"] > 0.5);
    }

    [Fact]
    public void Empty_document_parses_with_a_warning()
    {
        var p = ResumeParser.Parse(PlainTextDocument.From(""));
        Assert.Null(p.Basics.Name);
        Assert.Contains(p.Meta.Warnings, w => w.Code == "no_text");
    }

    [Fact]
    public void State_code_after_a_place_is_neither_a_degree_nor_a_title()
    {
        var p = Parse("""
            Dana Whitfield
            dana.whitfield@example.com

            EDUCATION
            Master of Science in Special Education, Johns Hopkins University, Baltimore, MD
            May 2006

            PROFESSIONAL EXPERIENCE
            Ellicott Mills High School, Anne Arundel County Public Schools, MD
            2008 - Present
            Special Education Teacher (Learning for Independence Program)
            - Adapt the high school curriculum for students with intellectual disabilities
            """);
        var edu = Assert.Single(p.Education);
        Assert.Equal("Master of Science", edu.StudyType);
        Assert.DoesNotContain(p.Education, e => e.StudyType == "MD");
        var job = Assert.Single(p.Work);
        Assert.Equal("Special Education Teacher (Learning for Independence Program)", job.Position);
        Assert.NotEqual("MD", job.Name);
        Assert.Equal("2008", job.StartDate);
    }

    [Fact]
    public void Date_line_that_goes_on_with_a_sentence_keeps_only_the_title()
    {
        var p = Parse("""
            Seth Hauck
            seth@example.com

            EXPERIENCE
            Staff Member, 91.7 KVRX, College Radio Station
            Aug 2011 - Aug 2012. Assistant Program Manager. Developed radio playlists and implemented special promotions.
            """);
        var job = Assert.Single(p.Work);
        Assert.Equal("2011-08", job.StartDate);
        Assert.Equal("2012-08", job.EndDate);
        Assert.False(job.Name?.StartsWith('.') ?? false, job.Name);
        Assert.DoesNotContain("Developed", job.Name ?? "");
        Assert.DoesNotContain("Developed", job.Position ?? "");
    }

    [Fact]
    public void Skill_phrase_beside_a_role_is_not_taken_for_the_employer()
    {
        var p = Parse("""
            Divina Veum
            divina@example.com

            WORK EXPERIENCE
            MARKETING MANAGER
            Project management
            June 2008 - Present
            - Developing a marketing team to implement strategy
            """);
        var job = Assert.Single(p.Work);
        Assert.Equal("MARKETING MANAGER", job.Position);
        Assert.Null(job.Name);
    }

    [Fact]
    public void Professional_skills_of_a_marketing_resume_are_normalized_and_prose_is_not_kept_as_skills()
    {
        var p = Parse("""
            Divina Veum
            divina@example.com

            AREAS OF EXPERTISE
            Brand marketing, Competitor analysis, Sales presentations, Client development
            Able to work individually, both verbally and in writing

            ACADEMIC QUALIFICATIONS
            A levels: Maths (A) English (B) Science (C)
            """);
        var ids = p.Meta.Skills.Select(s => s.Id).ToList();
        Assert.Contains("brand-marketing", ids);
        Assert.Contains("competitor-analysis", ids);
        Assert.Equal(4, ids.Count);
        Assert.Contains("business-development", ids); // "Client development" is its alias
        Assert.DoesNotContain("c", ids);
        var kept = p.Skills.SelectMany(g => g.Keywords ?? []).ToList();
        Assert.DoesNotContain(kept, k => k.StartsWith("both", StringComparison.Ordinal) || k.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Year_opening_a_role_line_and_the_organization_after_an_at_sign_are_read_apart()
    {
        var p = Parse("""
            Ilya Nazaryev
            ilya@example.com

            WORK EXPERIENCE
            2019 Embedded Linux Platform Engineer @ Cogent Embedded
            Embedded automotive software / 2018 2019
            Maintained Yocto layers for the in-house Linux distribution;
            2016 Embedded Linux Engineer @ Protei
            Telecommunications solutions / 2016 2018
            Ported and fixed drivers for Linux and U-Boot;
            """);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal("Embedded Linux Platform Engineer", p.Work[0].Position);
        Assert.Equal("Cogent Embedded", p.Work[0].Name);
        Assert.Equal("2018", p.Work[0].StartDate);
        Assert.Equal("2019", p.Work[0].EndDate);
        Assert.Equal("Embedded Linux Engineer", p.Work[1].Position);
        Assert.Equal("Protei", p.Work[1].Name);
    }

    [Fact]
    public void Plain_text_academic_career_keeps_verb_like_titles_and_stops_at_an_unemphasized_publications_heading()
    {
        var p = Parse("""
            Bao Orn
            bao.orn@example.com

            Academic career
            2016 - present

            Research Associate at Laboratory for Foundations of Computer Science, University of Edinburgh, UK
            Responsibilities: research work on a programming language for scientific data curation.

            2012 - 2016

            Lecturer at the Institute of Information Technology, Lodz University of Technology, Poland
            Responsibilities: teaching undergraduate and postgraduate courses.

            Other publications
            2013

            Verifying weight biased leftist heaps using dependent types. Self-published online, 2013
            """);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal("Research Associate", p.Work[0].Position);
        Assert.Equal("Laboratory for Foundations of Computer Science", p.Work[0].Name);
        Assert.Equal("2016", p.Work[0].StartDate);
        Assert.Null(p.Work[0].EndDate);
        Assert.Equal("Lecturer", p.Work[1].Position);
        Assert.NotEmpty(p.Publications);
    }

    [Fact]
    public void Firm_named_after_its_partners_stays_one_organization()
    {
        var p = Parse("""
            Lorri Rowell
            lorri@example.com

            EXPERIENCE
            Fuhrer, Flournoy, Hunter & Morton, PA
            Alexandria, Louisiana
            Paralegal (1997 - 1999)
            - Drafted pleadings and discovery
            """);
        var job = Assert.Single(p.Work);
        Assert.Equal("Fuhrer, Flournoy, Hunter & Morton, PA", job.Name);
        Assert.Equal("Paralegal", job.Position);
        Assert.Equal("1997", job.StartDate);
    }

    [Fact]
    public void Resume_that_opens_with_a_degree_keeps_it_as_education()
    {
        var p = Parse("""
            Master of Science in Special Education

            May 2006

            Johns Hopkins University, Baltimore, Maryland
            Bachelor of Arts in Social and Behavioral Sciences
            Columbia University, New York, New York

            BSc (Hons)
            Marketing
            Nuneaton University 2005 - 2008
            """);
        Assert.Contains(p.Education, e => e.StudyType == "Master of Science" && e.Area == "Special Education" && e.EndDate == "2006-05");
        Assert.Contains(p.Education, e => e.StudyType == "Bachelor of Arts");
        Assert.Contains(p.Education, e => e.StudyType == "BSc (Hons)");
        Assert.Null(p.Basics.Name);
        Assert.Null(p.Basics.Location); // the school's town is not where the candidate lives
    }

    [Fact]
    public void Institution_written_around_its_degree_is_found()
    {
        var p = Parse("""
            Sam Ortiz
            sam@example.com

            ACADEMIC QUALIFICATIONS
            Manchester University Degree
            - Computer Science - 2006 - 2009

            Salford College Diploma 2004 - 2006
            """);
        Assert.Contains(p.Education, e => e.Institution == "Salford College" && e.StudyType == "Diploma" && e.EndDate == "2006");
        Assert.Contains(p.Education, e => e.Institution == "Manchester University");
    }

    [Fact]
    public void Acronym_defined_by_an_organization_name_and_a_qualification_under_skills_are_not_skills()
    {
        var p = Parse("""
            Logan Lueilwitz
            logan@example.com

            ACTIVITIES
            Youth Leader, Appalachian Service Project (ASP)

            KEY SKILLS AND COMPETENCIES

            Higher Professional
            Diploma in Business
            Administration

            Positive attitude
            """);
        Assert.DoesNotContain(p.Meta.Skills, s => s.Id == "microsoft-active-server-pages");
        var kept = p.Skills.SelectMany(g => g.Keywords ?? []).ToList();
        Assert.DoesNotContain("Higher Professional", kept);
        Assert.DoesNotContain("Administration", kept);
        Assert.Contains("Positive attitude", kept);
        Assert.Contains(p.Education, e => e.StudyType == "Higher Professional Diploma" && e.Area == "Business Administration");
    }

    [Fact]
    public void Title_ending_in_lead_is_the_title_and_the_program_beside_it_the_organization()
    {
        var p = Parse("""
            Sam Lee
            sam@example.com

            EXPERIENCE
            Android Support Lead,
            AT&T Developer Program
            06/07-01/12
            - Supported third-party developers
            """);
        var job = Assert.Single(p.Work);
        Assert.Equal("Android Support Lead", job.Position);
        Assert.Equal("AT&T Developer Program", job.Name);
        Assert.Equal("2007-06", job.StartDate);
        Assert.Equal("2012-01", job.EndDate);
    }

    [Fact]
    public void Undated_roles_are_kept_and_a_date_column_cut_off_from_them_adds_no_empty_roles()
    {
        var p = Parse("""
            Sam Lee
            sam@example.com

            LEADERSHIP EXPERIENCE
            Board Member, App Developers Conference
            appdevconf.example.org
            Adviser,
            Trailerpop

            03/15-Present
            01/13-Present
            """);
        Assert.Contains(p.Work, w => w.Position == "Board Member" && w.Name == "App Developers Conference");
        Assert.Contains(p.Work, w => w.Position == "Adviser");
        Assert.DoesNotContain(p.Work, w => w.Position is null && w.Name is null && w.Highlights.Count == 0);
    }

    [Fact]
    public void Firm_and_place_above_each_role_stay_with_that_role()
    {
        var p = Parse("""
            Penney Waters
            penney@example.com

            PROFESSIONAL EXPERIENCE
            The Solomon Law Group, PA
            Tampa, Florida
            Paralegal Supervisor (2006 - 2013)
            Cohen, Jayson & Foster, PA
            Tampa, Florida
            Paralegal (2004 - 2006)
            """);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Paralegal Supervisor", "The Solomon Law Group, PA", "2006"), (p.Work[0].Position, p.Work[0].Name, p.Work[0].StartDate));
        Assert.Equal(("Paralegal", "Cohen, Jayson & Foster, PA", "2004"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate));
    }

    [Fact]
    public void Template_placeholders_and_mojibake_separators_split_title_organization_and_place()
    {
        var p = Parse("""
            Chef with nine years of culinary experience and{mojibake-nbsp}eleven total years of hotel experience.

            Experience
            04/2016 to Current
            Senior Sous Chef Company Name {mojibake-colon} City , State
            Oversee three different outlets
            Worked extremely close with Carpedia( consulting firm)

            04/2015 to 04/2016
            Sous Chef Company Name {mojibake-colon} City , State
            Developed menus for breakfast, lunch and dinner
            """.Replace("{mojibake-nbsp}", "\u00c2\u00a0", StringComparison.Ordinal).Replace("{mojibake-colon}", "\u00ef\u00bc\u200b", StringComparison.Ordinal));
        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Senior Sous Chef", null, "City , State"), (p.Work[0].Position, p.Work[0].Name, p.Work[0].Location));
        Assert.Equal(("Sous Chef", null, "2015-04"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate));
        Assert.DoesNotContain("\u00c2", p.Basics.Summary ?? "");
    }

    [Fact]
    public void Form_style_entries_with_field_labels_give_title_organization_and_place()
    {
        var p = Parse("""
            Rahul Sharma
            rahul.sharma@example.com | Mobile: 9876543210

            PROFESSIONAL EXPERIENCE
            1) Organisation: QuadGen Wireless Engineering Services Pvt. Ltd., Bangalore.
            Position: Network Engineer
            Duration: Aug 2016 - Jul 2017
            Responsibilities:
            • RAN optimisation for three operators
            2) Company: Manipal Dot Net Pvt. Ltd., Manipal
            Designation: Intern
            Period: Jan 2016 to Jun 2016
            """);

        Assert.Equal("9876543210", p.Basics.Phone);
        Assert.Collection(p.Work,
            w => Assert.Equal(("Network Engineer", "QuadGen Wireless Engineering Services Pvt. Ltd.", "Bangalore", "2016-08", "2017-07"),
                (w.Position, w.Name, w.Location, w.StartDate, w.EndDate)),
            w => Assert.Equal(("Intern", "Manipal Dot Net Pvt. Ltd.", "Manipal", "2016-01", "2016-06"),
                (w.Position, w.Name, w.Location, w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Title_organization_and_dates_each_in_its_own_paragraph_make_one_entry()
    {
        var p = Parse("""
            Kavitha Kumar
            kavitha@example.com

            WORK EXPERIENCE

            Senior System Engineer

            Infosys Limited -  Salem, Tamil Nadu -

            December 2014 to Present

            • Monitored dashboards and ETL jobs

            System Engineer Trainee

            Wipro Technologies -  Bengaluru, Karnataka -

            June 2013 to November 2014

            • Supported batch jobs
            """);

        Assert.Collection(p.Work,
            w => Assert.Equal(("Senior System Engineer", "Infosys Limited", "Salem, Tamil Nadu", "2014-12", null),
                (w.Position, w.Name, w.Location, w.StartDate, w.EndDate)),
            w => Assert.Equal(("System Engineer Trainee", "Wipro Technologies", "2013-06", "2014-11"),
                (w.Position, w.Name, w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_as_dates_and_phone_numbers()
    {
        var p = Parse("Jane Doe\nPhone: ٩٨٧٦٥٤٣٢١٠\njane@example.com\n\nExperience\nEngineer, Acme Inc ٢٠١٢ - ٢٠١٦\nAnalyst, Globex Corp ２０１０ – ２０１２\n");

        Assert.Equal("9876543210", p.Basics.Phone);
        Assert.Equal([("2012", "2016"), ("2010", "2012")], p.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Education_table_rows_and_labeled_institutions_give_the_institution_without_figures_or_labels()
    {
        var p = Parse("""
            Priya Nair
            priya.nair@example.com

            EDUCATION
            Intermediate (MPC) Narayana Junior College 2012 91%
            SSC, Kendriya Vidyalaya, 2010, 88%
            Degree: Master of Business Administration
            University: University of Chicago Booth School of Business
            Year: 2019
            """);

        Assert.Equal(
            [("Intermediate", "Narayana Junior College", "2012", "91%"), ("SSC", "Kendriya Vidyalaya", "2010", "88%"),
                ("Master of Business Administration", "University of Chicago Booth School of Business", "2019", null)],
            p.Education.Select(e => (e.StudyType, e.Institution, e.EndDate, e.Score)));
    }

    [Fact]
    public void Tools_a_sentence_lists_beside_known_skills_are_kept_as_written()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            Experience
            Android Engineer, Tinder, 2014 - 2016
            - Integrated 3rd party libraries including OkHttpClient, Facebook, and Picasso.
            - Set up the build process including Git, Jenkins, JUnit tests, and TestFlight distribution.
            - Worked with teams including Marketing, Sales and Finance.
            """);

        var other = p.Skills.Single(g => g.Name == "Other").Keywords!;
        Assert.Equal(["OkHttpClient", "Picasso", "TestFlight"], other);
    }
    [Fact]
    public void Page_numbers_and_running_headers_are_not_read_as_entries()
    {
        var p = Parse("Penney Waters | penney@example.com\n\nExperience\nParalegal (2004 - 2006)\nMcDonald & Shearer, PA\nLakeland, Florida\n\nLorri L. Rowell\nPage 2\n"
            + "Receptionist (1987 - 1988)\nHunter, Naser, Corda & Evans\nLakeland, Florida\n"
            + "\fPenney Waters | penney@example.com\nOffice Manager (1980 - 1987)\nSmith & Jones\n");

        Assert.Equal(
            [("Paralegal", "McDonald & Shearer, PA"), ("Receptionist", "Hunter, Naser, Corda & Evans"), ("Office Manager", "Smith & Jones")],
            p.Work.Select(w => (w.Position, w.Name)));
        Assert.Equal("Lakeland, Florida", p.Work[1].Location);
        Assert.DoesNotContain(p.Work.SelectMany(w => w.Highlights), h => h.Contains("Page", StringComparison.Ordinal) || h.Contains("Rowell", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_name_broken_before_of_goes_on_on_the_next_line()
    {
        var p = Parse("""
            Jan Stolarek
            jan@example.com

            Academic career
            2016 to date
            Research Associate at Laboratory for Foundations of Computer Science, University
            of Edinburgh, UK
            Responsibilities: research work on a programming language for data curation.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal(("Research Associate", "Laboratory for Foundations of Computer Science", "UK"), (w.Position, w.Name, w.Location));
        Assert.Equal(["Responsibilities: research work on a programming language for data curation."], w.Highlights);
    }
    [Fact]
    public void A_wrapped_sentence_after_the_dates_stays_the_description()
    {
        var p = Parse("""
            Divina Veum
            divina@example.com

            WORK EXPERIENCE
            MARKETING MANAGER

            June 2008 - Present

            In a business critical role making a substantial contribution to the future growth of the
            company. Responsible for all corporate marketing.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("MARKETING MANAGER", w.Position);
        Assert.StartsWith("In a business critical role making", w.Highlights[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Title_organization_place_and_dates_each_on_lines_of_their_own_stay_together()
    {
        var p = Parse("Govind K\nSenior Software Engineer\n\nWORK EXPERIENCE\n\nSenior Software Engineer\n\nCloud Lending Solutions -\nBangalore, Karnataka -\n\n"
            + "January 2018 to Present\n\nPresent\n\nSenior Consultant\n\nOracle -\nBangalore, Karnataka -\n\nNovember 2016 to December 2017\n\n"
            + "Staff Consultant\n\nOracle -\nBangalore, Karnataka -\n\nJanuary 2014 to October 2016\n\nEDUCATION\n\nB.E in Computer Science\n");
        Assert.Equal(["Senior Software Engineer", "Senior Consultant", "Staff Consultant"], p.Work.Select(w => w.Position));
        Assert.Equal(["Cloud Lending Solutions", "Oracle", "Oracle"], p.Work.Select(w => w.Name));
        Assert.Equal(["2018-01", "2016-11", "2014-01"], p.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void Achievement_labels_within_an_entry_do_not_end_the_experience_section()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            PROFESSIONAL EXPERIENCE
            LEANDER CORPORATION, Boston, MA
            2000 to Present
            Vice President of International Sales
            Select achievements:
            Fueled international sales growth by 50% in 5 years.
            HERNANDEZ & ASSOCIATES, Boston, MA
            1995 to 2000
            Chief Executive Officer
            Select achievements:
            Built a company from scratch to a robust enterprise.
            """);
        Assert.Equal(["LEANDER CORPORATION", "HERNANDEZ & ASSOCIATES"], p.Work.Select(w => w.Name));
        Assert.Equal(["Vice President of International Sales", "Chief Executive Officer"], p.Work.Select(w => w.Position));
        Assert.Empty(p.Awards);
    }

    [Fact]
    public void A_title_case_line_ending_in_experience_above_dated_entries_heads_the_section()
    {
        var p = Parse("""
            John Doe
            john@example.com

            Skills and Expertise
            Account Management
            Inside Sales

            Wine and Spirits Sales Experience
            DeLeon Tequila, Venice Beach, CA
            2010-Present
            Sales Manager
            Responsible for business development and sales growth within territory.
            """);
        AssertOnlyRole(p, "DeLeon Tequila", "Sales Manager");
    }

    [Fact]
    public void Dates_over_firm_and_place_take_the_role_under_the_place_and_a_lone_season_heads_its_own_entry()
    {
        var p = Parse("""
            Dana Whitfield
            dana@example.com

            WORK EXPERIENCE
            June 2009
            Present
            Link Solutions
            Waterloo, IA
            Accounting Assistant
            • Review expense reports and cash advances
            Summer 2008
            Unified
            New York, NY
            Accounting Summer Intern
            • Reconciled balance sheets
            """);

        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Accounting Assistant", "Link Solutions", "2009-06"), (p.Work[0].Position, p.Work[0].Name, p.Work[0].StartDate));
        Assert.Equal(("Accounting Summer Intern", "Unified", "2008-06"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate));
    }

    [Fact]
    public void A_list_label_before_its_colon_is_the_group_not_a_skill()
    {
        var p = Parse("""
            Govardhana K
            govardhana@example.com

            SKILLS
            Operating Systems: Linux, Windows, Solaris
            ❑ Operating Systems: Windows 7
            Migrated to AWS: moved the services
            """);

        var ids = p.Meta.Skills.Select(s => s.Id).ToList();
        Assert.Contains("linux", ids);
        Assert.Contains("aws", ids);
        Assert.DoesNotContain("operating-systems", ids);
    }

    [Fact]
    public void A_certificate_is_named_by_the_words_before_it_and_the_body_awarding_it_is_no_certificate()
    {
        var p = Parse("""
            Nathan Talovsky
            nathan@example.com

            EDUCATION, TRAINING, & CERTIFICATIONS
            B.B.A. (Honors.)
            Human Resource Management, University of Clifton, Clifton Forge, VA.
            PHR certification
            HR Certification Institute, Pomona, NY [2006]
            """);

        Assert.Equal("B.B.A. | PHR certification", string.Join(" | ", p.Education.Select(e => e.StudyType)));
        Assert.Null(p.Education[0].Area);
        Assert.Equal("HR Certification Institute", p.Education[1].Institution);
    }

    [Fact]
    public void A_field_of_study_ends_before_what_it_comes_with_and_a_spelled_out_degree_is_no_field()
    {
        var p = Parse("""
            Kartik Sharma
            kartik@example.com

            EDUCATION
            B.Tech in Information Technology with 2.5 years of project work
            Northern India Engineering College, 2015
            B.E (Bachelor of Engineering)
            Pune University, 2011
            """);

        Assert.Equal("Information Technology", p.Education[0].Area);
        Assert.Equal(("B.E", null), (p.Education[1].StudyType, p.Education[1].Area));
    }

    [Fact]
    public void A_bullet_wrapped_over_a_blank_line_names_role_employer_and_dates_in_one_sentence()
    {
        var p = Parse("""
            Kasturika Borah
            kasturika@example.com

            WORK EXPERIENCE

            • Working as Software Engineer for Cisco System India Private Ltd under Capgemini India Pvt.

            Ltd.. From May 25th 2017 till now

            • Worked as Billing Analyst for IBM Daksh from March 2013 to June 2013.
            """);

        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Software Engineer", "Cisco System India Private Ltd", "2017-05"), (p.Work[0].Position, p.Work[0].Name, p.Work[0].StartDate));
        Assert.Equal(("Billing Analyst", "IBM Daksh", "2013-03", "2013-06"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate, p.Work[1].EndDate));
    }

    [Fact]
    public void A_short_company_mark_counts_only_as_written_capitalized()
    {
        Assert.True(EntryText.HasCompanyMarker("Equinor AS"));
        Assert.False(EntryText.HasCompanyMarker("worked as"));
    }

    [Fact]
    public void A_template_title_around_the_role_gives_the_role_as_headline()
    {
        var p = Parse("""
            Sample Resume for Head Waitress
            Maria Garofalo
            maria@example.com

            SKILLS
            Table service, Wine pairing
            """);

        Assert.Equal("Head Waitress", p.Basics.Label);
    }

    [Fact]
    public void A_known_place_on_its_own_is_where_the_role_was_not_who_it_was_with()
    {
        var p = Parse("""
            Harini Komaravelli
            harini@example.com

            WORK EXPERIENCE
            Test Analyst
            Infosys Ltd
            Hyderabad from Nov 2011 to Feb 2016
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal(("Test Analyst", "Infosys Ltd", "Hyderabad"), (w.Position, w.Name, w.Location));
    }

    [Fact]
    public void A_multi_word_heading_is_known_in_either_number_and_a_table_heading_names_no_school()
    {
        var p = Parse("""
            Satheesh Kumar
            satheesh@example.com

            Educational Qualification
            M.B.A (H.R)
            Board / University
            Pondicherry University
            2005-2007
            """);

        var e = Assert.Single(p.Education);
        Assert.Equal(("M.B.A", "Pondicherry University"), (e.StudyType, e.Institution));
        Assert.Equal(ResumeSection.Education, KnowledgeBase.Default.Vocabulary.SectionOf("Educational Qualification"));
        Assert.Equal(ResumeSection.None, KnowledgeBase.Default.Vocabulary.SectionOf("Project"));
        Assert.Equal(ResumeSection.Education, KnowledgeBase.Default.Vocabulary.SectionOf("Education & Achievements"));
    }

    [Fact]
    public void Unfilled_dates_still_head_their_roles_and_give_no_dates()
    {
        var p = Parse("""
            Jesse Kendall
            jkendall@example.com

            EXPERIENCE
            Industrial Engineer, ABC Enterprises, Miami, FL, 20xx - 20xx
            Completed and participated in new plant projects.
            Divisional Industrial Engineer, BCD Vehicles, Miami, FL, 20xx - 20xx
            Directed all activities for three stamping plants.

            EMPLOYMENT HISTORY
            Date to Date
            HR Consultant
            Position
            In my role as HR Consultant, I visit clients and provide HR advice.
            """);

        Assert.Equal(3, p.Work.Count);
        Assert.Equal(("Industrial Engineer", "ABC Enterprises"), (p.Work[0].Position, p.Work[0].Name));
        Assert.Equal(("Divisional Industrial Engineer", "BCD Vehicles"), (p.Work[1].Position, p.Work[1].Name));
        Assert.Equal(("HR Consultant", null), (p.Work[2].Position, p.Work[2].Name));
        Assert.All(p.Work, w => Assert.Null(w.StartDate));
    }

    [Fact]
    public void A_masked_birth_date_is_no_role()
    {
        var p = Parse("""
            Ravi Kumar
            ravi@example.com

            EXPERIENCE
            Date of Birth: XX/XX/19XX
            Software Engineer, Infosys Ltd, 2015 - 2018
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal(("Software Engineer", "Infosys Ltd", "2015"), (w.Position, w.Name, w.StartDate));
    }

    [Theory]
    [InlineData("Bilingual in English and Spanish.", "English|Spanish")]
    [InlineData("Languages known\n: English, Kannada, Hindi, Marathi.", "English|Kannada|Hindi|Marathi")]
    public void Spoken_languages_outside_a_languages_section_are_found(string line, string expected)
    {
        var p = Parse("Anil Rao\nanil@example.com\n\nPERSONAL DETAILS\n" + line + "\n");

        Assert.Equal(expected, string.Join("|", p.Languages.Select(l => l.Language)));
    }

    [Fact]
    public void Words_sharing_one_skills_noun_each_name_a_skill_and_soft_skills_are_known_as_written()
    {
        var p = Parse("""
            Kasturika Borah
            kasturika@example.com

            SUMMARY
            Excellent communication and interpersonal skills. Strong problem solver with a strong work ethic.
            """);

        var ids = p.Meta.Skills.Select(s => s.Id).ToList();
        Assert.Contains("communication", ids);
        Assert.Contains("interpersonal-skills", ids);
        Assert.Contains("problem-solving", ids);
        Assert.Contains("work-ethic", ids);
    }

    [Fact]
    public void A_place_and_a_lone_date_under_role_and_employer_head_the_entry()
    {
        var p = Parse("""
            Lillian Parker
            lillian@example.com

            WORK EXPERIENCE
            Intern | HSBC
            Las Vegas, NV | Summer 2013
            • Assisted in counting the cash in drawer at the start of shift
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal(("Intern", "HSBC", "Las Vegas, NV", "2013-06"), (w.Position, w.Name, w.Location, w.StartDate));
    }

    [Fact]
    public void A_title_glued_to_its_employer_is_split_and_a_template_dates_label_heads_its_role()
    {
        var p = Parse("""
            Dana Reyes
            dana@example.com

            WORK HISTORY
            01/2000 to 07/2000
            Human Services Program AssistantThe City of Tacoma
            Tacoma, WA
            Streamlined the monthly reporting process.

            WORK EXPERIENCE
            Company Z
            Dates:
            Job Title: HR Administrator
            Responsibilities:
            Coordinating with all people managers.
            """);

        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Human Services Program Assistant", "The City of Tacoma"), (p.Work[0].Position, p.Work[0].Name));
        Assert.Equal(("HR Administrator", "Company Z", null), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate));
    }

    [Fact]
    public void Dates_or_a_section_name_are_neither_employer_nor_title()
    {
        var p = Parse("""
            Alex Morgan
            alex@example.com

            EXTERNSHIPS
            Information Architecture Assistant, Summer 2009 - Summer 2010
            Completed externships during summer breaks.

            CAREER PROGRESSION
            ABC CONSULTING (Sometown, NY), Senior Project Manager, 2009 to Present
            Representative Projects (1999 to 2011)
            Systems Engineering: Led design and rollout of EDI systems.
            """);

        Assert.Equal("Information Architecture Assistant", p.Work[0].Position);
        Assert.Null(p.Work[0].Name);
        Assert.Equal(("Senior Project Manager", "ABC CONSULTING"), (p.Work[1].Position, p.Work[1].Name));
        Assert.DoesNotContain(p.Work, w => w.Position == "Representative Projects");
    }

    private static void AssertOnlyRole(ResumeProfile p, string organization, string position)
    {
        var w = Assert.Single(p.Work);
        Assert.Equal((organization, position), (w.Name, w.Position));
    }

    [Fact]
    public void A_label_line_inside_an_entry_is_not_its_organization()
    {
        var p = Parse("""
            Robert Wales
            robert@example.com

            EMPLOYMENT HISTORY:
            January 2007 - Till date
            HR Executive, XYZ Company
            Company Profile:
            A leading recruitment firm in the Gulf region.
            """);
        AssertOnlyRole(p, "XYZ Company", "HR Executive");
    }

    [Fact]
    public void A_single_date_beside_the_role_anchors_an_entry_in_the_experience_section()
    {
        var p = Parse("""
            Sara Smith
            sara@example.com

            WORK EXPERIENCE
            Software Engineering Intern | Crowdtap, New York, NY | Summer 2015
            • Designed, built and tested the core components of the platform
            Jan 2004
            Dec 2006: HR Assistant Manager
            Hiltown Hotel
            Responsible for payroll records.
            """);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Software Engineering Intern", "Crowdtap", "2015-06"), (p.Work[0].Position, p.Work[0].Name, p.Work[0].StartDate));
        Assert.Equal(("HR Assistant Manager", "Hiltown Hotel", "2004-01", "2006-12"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate, p.Work[1].EndDate));
    }

    [Fact]
    public void Dated_roles_under_an_unrecognized_heading_are_still_work()
    {
        var p = Parse("""
            Sam Yu
            sy@example.com

            Skills Summary
            Requirements Analysis, Database Design, Vendor Management

            Leadership:
            Cross-functional team building and mentoring

            Career Progression
            ABC CONSULTING (Sometown, NY), Senior Project Manager, 2009 to Present
            XYZ CONSULTING (Sometown, NY), Project Manager, 2007 to 2009
            """);
        Assert.Equal(["Senior Project Manager", "Project Manager"], p.Work.Select(w => w.Position));
        Assert.Equal(["ABC CONSULTING", "XYZ CONSULTING"], p.Work.Select(w => w.Name));
    }

    [Fact]
    public void A_key_skills_label_between_roles_does_not_end_the_experience_section()
    {
        var p = Parse("""
            Karthik GV
            karthik@example.com

            WORK EXPERIENCE

            Architect

            Microsoft India -
            Hyderabad, Telangana -

            September 2013 to March 2016

            Key Skills - Microsoft Azure SQL DW, Azure Data Factory, SQL Server 2016, Power BI dashboard,
            Rest API

            Key Skills

            Sr Test Engineer

            Microsoft India -
            Hyderabad, Telangana -

            February 2005 to June 2008
            """);
        Assert.Equal(["Architect", "Sr Test Engineer"], p.Work.Select(w => w.Position));
        Assert.All(p.Work, w => Assert.Equal("Microsoft India", w.Name));
    }

    [Fact]
    public void A_role_s_technologies_line_keeps_the_roles_below_it_in_the_experience_section()
    {
        var p = Parse("""
            Kasturika Borah
            kasturika@example.com

            WORK EXPERIENCE

            Team Member

            Cisco -

            October 2017 to Present

            Environment: Splunk
            Technologies: SPL command

            Responsibilities
            • Designing the report dashboard

            Senior developer and tester

            https://www.indeed.com/r/Kasturika-Borah/9e71468914b38ee8

            Fidelity National Financial -

            June 2013 to October 2014

            Technologies: MS-Excel, PPT, MS-Outlook

            Responsibilities
            • Generating performance reports for the team

            EDUCATION

            Rajasthan University
            2012
            """);
        Assert.Equal(["Team Member", "Senior developer and tester"], p.Work.Select(w => w.Position));
        Assert.Equal(["Cisco", "Fidelity National Financial"], p.Work.Select(w => w.Name));
        Assert.Contains("Generating performance reports for the team", p.Work[1].Highlights);
        Assert.DoesNotContain(p.Skills.SelectMany(g => g.Keywords ?? []), k => k.Contains("Responsibilities", StringComparison.Ordinal));
    }

    [Fact]
    public void Earlier_roles_listed_firm_first_without_dates_are_roles()
    {
        var p = Parse("""
            Pat Doe
            pat@example.com

            PROFESSIONAL EXPERIENCE
            LEANDER CORPORATION, Boston, MA 2005 - Present
            Vice President of International Sales
            • Grew export revenue

            Earlier Career:
            ARLINGTON CORPORATION, Product Development Specialist
            SCHLUMBERGER OILFIELD SERVICES, Field Technician
            """);
        Assert.Equal(["Vice President of International Sales", "Product Development Specialist", "Field Technician"], p.Work.Select(w => w.Position));
        Assert.Equal(["LEANDER CORPORATION", "ARLINGTON CORPORATION", "SCHLUMBERGER OILFIELD SERVICES"], p.Work.Select(w => w.Name));
    }

    [Fact]
    public void A_sentence_summing_up_prior_roles_gives_each_role_and_a_wrapped_sentence_end_opens_no_section()
    {
        var p = Parse("""
            Pat Doe
            pat@example.com

            EXPERIENCE
            CONTINENTAL COMPUTER CORPORATION, Shrewsbury, MA 1983-1998
            Senior Human Resources Manager
            Provided leadership in the acquisition by eliminating redundancies across both
            organizations.
            Awarded: Continental Achievement Award for Outstanding Contributions to Diversity
            Work (1994), Continental Achievement Award for Competitive Benchmarking (1993),
            Managerial Excellence Award (1991), and Educational Services Instructor Excellence
            Award (1985).
            Prior experience includes Employee Relations Manager at Fidelity Investments, Training
            Manager at The Talbots, and Training Consultant at Polaroid Corporation.

            EDUCATION
            BA Communications, State University College of New York at Buffalo
            """);
        Assert.Equal(["Senior Human Resources Manager", "Employee Relations Manager", "Training Manager", "Training Consultant"], p.Work.Select(w => w.Position));
        Assert.Equal(["CONTINENTAL COMPUTER CORPORATION", "Fidelity Investments", "The Talbots", "Polaroid Corporation"], p.Work.Select(w => w.Name));
        Assert.Equal("1983", p.Work[0].StartDate);
    }

    [Fact]
    public void An_upper_case_heading_ending_in_career_history_opens_the_experience_section_above_a_four_line_header()
    {
        var p = Parse("""
            Helen Richardson
            helen@example.com

            SALES ACHIEVEMENTS & CAREER HISTORY
            Vehicle Sales Showroom
            Birmingham, UK
            CAR SALES MANAGER
            Jan 2012 – Present
            Explaining vehicle features to customers.
            """);
        var w = Assert.Single(p.Work);
        Assert.Equal("CAR SALES MANAGER", w.Position);
        Assert.Equal("Vehicle Sales Showroom", w.Name);
    }

    [Fact]
    public void Military_service_under_its_own_heading_is_work_history()
    {
        var p = Parse("""
            John Smith
            j_smith@example.com

            CERTIFICATIONS
            Certified Community Supervision Officer

            MILITARY SERVICE
            UNITED STATES MARINE CORPS, Commissioned Officer (1st Lieutenant)
            1975 to 1978
            """);
        var w = Assert.Single(p.Work);
        Assert.Equal("UNITED STATES MARINE CORPS", w.Name);
        Assert.Equal("1975", w.StartDate);
    }

    [Fact]
    public void A_skills_line_with_its_list_after_the_experience_section_still_opens_the_skills_section()
    {
        var p = Parse("""
            Jane Roe
            jane@example.com

            EXPERIENCE
            Data Analyst, Acme Corp, 2019 - 2022
            • Built reports

            Skills: Python, Tableau, Orangebox
            """);
        Assert.Equal(["Data Analyst"], p.Work.Select(w => w.Position));
        Assert.Contains(p.Skills.SelectMany(g => g.Keywords ?? []), k => k == "Orangebox");
    }

    [Fact]
    public void A_date_range_broken_over_two_lines_is_one_range()
    {
        var p = Parse("""
            Nathan T
            nathan@example.com

            PROFESSIONAL EXPERIENCE
            Williams-Sonoma Inc.
            Maplewood, MN. [7/2010
            7/2013]
            Human Resources Generalist
            Assisted and supported management and the leadership team with handling and resolving issues.
            """);
        var w = Assert.Single(p.Work);
        Assert.Equal(("Human Resources Generalist", "Williams-Sonoma Inc.", "2010-07", "2013-07"), (w.Position, w.Name, w.StartDate, w.EndDate));
    }

    [Theory]
    [InlineData("Ph.D. in Computer Science, Hong Kong University of Science and\nTechnology (HKUST), 2004", "Hong Kong University of Science and Technology")]
    [InlineData("Honours Bachelor of Science, 202 McLaughlin College, 2010", "McLaughlin College")]
    [InlineData("Bachelor of Commerce\nTMI The Episcopal School of Texas: Responsible for hiring staff", "TMI The Episcopal School of Texas")]
    public void Institution_names_are_completed_and_cleaned(string lines, string institution)
    {
        var p = Parse($"Jane Doe\njane@example.com\n\nEDUCATION\n{lines}\n");
        Assert.Contains(p.Education, e => e.Institution == institution);
    }

    [Fact]
    public void An_aside_about_the_employer_is_neither_its_name_nor_the_role()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            EXPERIENCE
            TECHNOCORP, Westborough, MA (headquartered in San Francisco) 1998-2002
            Senior Human Resources Manager
            Reorganized the management structure for an engineering division.
            CONTINENTAL COMPUTER CORPORATION (acquired by XCom, 1998), Shrewsbury, MA 1983-1998
            Human Resources Manager
            Built a training programme for new managers.
            """);
        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("TECHNOCORP", "Senior Human Resources Manager"), (p.Work[0].Name, p.Work[0].Position));
        Assert.Equal(("CONTINENTAL COMPUTER CORPORATION", "Human Resources Manager"), (p.Work[1].Name, p.Work[1].Position));
    }

    [Fact]
    public void A_bracket_beside_the_dates_keeps_its_partner()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            EXPERIENCE
            Software Engineer (Compulsory Military Service) 2019 - 2020
            Acme Corp
            Built the payroll service.
            HR Senior Executive (01st July 2009 - till date)
            Globex Ltd
            Ran campus hiring.
            """);
        Assert.Equal(["Software Engineer (Compulsory Military Service)", "HR Senior Executive"], p.Work.Select(w => w.Position));
    }

    [Fact]
    public void A_template_blank_is_no_institution()
    {
        var p = Parse("Jane Doe\njane@example.com\n\nEDUCATION\nBachelor of Arts, NAME OF UNIVERSITY, 2001\n");
        var e = Assert.Single(p.Education);
        Assert.Null(e.Institution);
        Assert.Equal("Bachelor of Arts", e.StudyType);
    }

    [Theory]
    [InlineData("Pursuing BS Degree in Software Engineering", "BS", "Software Engineering")]
    [InlineData("Bachelor of Arts, Major in Communications", "Bachelor of Arts", "Communications")]
    [InlineData("MBA, GPA: 3.8, XYZ University", "MBA", null)]
    [InlineData("BA Communications, Speech, and English, State University College of New York at Buffalo", "BA", "Communications")]
    [InlineData("MS Electrical Engineering, Stanford University, 2012", "MS", "Electrical Engineering")]
    [InlineData("MBA Executive Program, Babson College, Babson Park, MA", "MBA", null)]
    [InlineData("BA, Boston, MA", "BA", null)]
    public void The_field_of_study_is_read_past_degree_words_and_major_labels(string line, string degree, string? field)
    {
        var e = Assert.Single(Parse($"Jane Doe\njane@example.com\n\nEDUCATION\n{line}\n").Education);
        Assert.Equal((degree, field), (e.StudyType, e.Area));
    }

    [Theory]
    [InlineData("BBA : Accounting 1988 Niagara University City , State , USA", "BBA", "Accounting", "Niagara University", "1988")]
    [InlineData("Bachelor of Science : Psychology VIRGINIA STATE UNIVERSITY 2002 City , State Psychology", "Bachelor of Science", "Psychology", "VIRGINIA STATE UNIVERSITY", "2002")]
    [InlineData("AS : Business Management , Present Albany State Technical College Business Management", "AS", "Business Management", "Albany State Technical College", null)]
    [InlineData("Bachelor of Arts : Psychology, Corporate Strategy Vanderbilt University City , State", "Bachelor of Arts", "Psychology", "Vanderbilt University", null)]
    [InlineData("Bachelor's Degree : Aviation Safety 4 2014 Embry Riddle Aeronautical University GPA: 3.8", "Bachelor's Degree", "Aviation Safety", "Embry Riddle Aeronautical University", "2014")]
    [InlineData("Associate's Degree : Aeronautical Science 10 2012 Embry Riddle Aeronautical University", "Associate's Degree", "Aeronautical Science", "Embry Riddle Aeronautical University", "2012")]
    public void A_degree_colon_field_year_school_line_gives_each_part(string line, string degree, string field, string school, string? year)
    {
        var e = Assert.Single(Parse($"Jane Doe\njane@example.com\n\nEducation and Training\n{line}\n").Education);
        Assert.Equal((degree, field, school, year), (e.StudyType, e.Area, e.Institution, e.EndDate));
    }

    [Fact]
    public void An_anonymized_employer_and_place_leave_the_title_whole_and_name_no_employer()
    {
        var p = Parse("""
            AVIATION PARTS SALESMAN
            jo@example.com

            Work Experience
            Company Name City , State Aviation Parts Salesman 05/2013 to 01/2014
            Responsible for sales and customer service.
            Senior Lending Officer - VP Executive Officer 11/2009 to Current Company Name City , State
            Managed a commercial loan portfolio.
            Digital Marketing Intern Company Name ï¼​ City , State
            06/2008 to 08/2008
            Ran campaigns.
            """);
        Assert.Equal(["Aviation Parts Salesman", "Senior Lending Officer", "Digital Marketing Intern"], p.Work.Select(w => w.Position));
        Assert.All(p.Work, w => Assert.Null(w.Name));
        Assert.All(p.Work, w => Assert.Equal("City , State", w.Location));
    }

    [Fact]
    public void A_trainee_role_keeps_its_employer_and_its_client_is_not_the_employer()
    {
        var p = Parse("""
            Karthihayini C
            karthi@example.com

            WORK EXPERIENCE

            Systems Engineer

            Infosys Limited -  Chennai, Tamil Nadu -

            December 2016 to Present

            Trainee

            Infosys Limited -  Mysore, Karnataka -

            June 2016 to November 2016

            Client: Renault
            Project Details:
            • Trained in .Net technology.
            """);
        Assert.Equal(["Systems Engineer", "Trainee"], p.Work.Select(w => w.Position));
        Assert.All(p.Work, w => Assert.Equal("Infosys Limited", w.Name));
    }

    [Fact]
    public void A_region_under_the_employer_is_its_place_not_the_title()
    {
        var p = Parse("""
            Anthony Brown
            anthony@example.com

            CAREER HISTORY
            Local School
            West Midlands
            OFFICE JUNIOR
            Aug 2008 – Feb 2009
            Filed documents.
            """);
        var w = Assert.Single(p.Work);
        Assert.Equal(("OFFICE JUNIOR", "Local School", "West Midlands"), (w.Position, w.Name, w.Location));
    }

    [Fact]
    public void A_school_named_for_its_level_keeps_its_whole_name()
    {
        var e = Assert.Single(Parse("Jane Doe\njane@example.com\n\nEDUCATION\n2009 Silver Valley High School , City , State , United States\n").Education);
        Assert.Equal(("Silver Valley High School", "high-school", null), (e.Institution, e.Level, e.Area));
    }

    [Theory]
    [InlineData("Gary White\nMarketing executive\ngary@example.com\n", "Marketing executive")]
    [InlineData("Karthik GV\nArchitect - Microsoft India\nHyderabad, Telangana\n", "Architect")]
    [InlineData("Interior Designer Resume\nHarold Phillips\nharold@example.com\n", "Interior Designer")]
    public void The_headline_under_the_name_is_the_label(string top, string label)
    {
        var p = Parse(top + "\nEXPERIENCE\nSales Assistant, Clothes Store, 2001 - 2003\n");
        Assert.Equal(label, p.Basics.Label);
    }

    [Fact]
    public void Without_a_headline_the_latest_role_is_the_label()
    {
        var p = Parse("Jane Doe\njane@example.com\n\nEXPERIENCE\nSales Assistant, Clothes Store, 2001 - 2003\n");
        Assert.Equal("Sales Assistant", p.Basics.Label);
    }

    [Fact]
    public void Roles_written_as_sentences_give_employer_and_title()
    {
        var p = Parse("""
            Satheesh
            satheesh@example.com

            EXPERIENCE
            Presently working with Interra Systems India Pvt Ltd as Executive - HRD -Bangalore from
            October 2008 till date
            Roles and Responsibilities
            • Recruitment and onboarding.
            Worked as Deputy Manager with Genius Consultants Ltd -Bangalore from Sep 2007 to Sep 2008
            • Payroll.
            """);
        Assert.Equal(["Interra Systems India Pvt Ltd", "Genius Consultants Ltd"], p.Work.Select(w => w.Name));
        Assert.Equal(["Executive - HRD", "Deputy Manager"], p.Work.Select(w => w.Position));
        Assert.All(p.Work, w => Assert.Equal("Bangalore", w.Location));
    }

    [Fact]
    public void A_template_blank_is_no_employer()
    {
        var p = Parse("Jane Doe\njane@example.com\n\nEXPERIENCE\nSales Assistant, NAME OF COMPANY, 2001 - 2003\n");
        var w = Assert.Single(p.Work);
        Assert.Null(w.Name);
        Assert.Equal("Sales Assistant", w.Position);
    }

    [Fact]
    public void A_role_opening_the_description_fills_a_header_that_names_only_the_place_and_dates()
    {
        var p = Parse("""
            Jane Doe
            jane@example.com

            PROFESSIONAL WORK HISTORY
            Confidential, San Antonio, TX June 2009 to present
            Food Service Director at TMI The Episcopal School of Texas: Responsible for hiring and training of staff.
            Maintain systems and procedures for the ordering of food.

            Confidential, Towson, MD Aug. 2006 to Nov. 2007
            Culinary Support Team Manager, Traveling nationwide to start and train new accounts.

            EDUCATION
            Courses in Budgeting and Menu Writing
            """);

        Assert.Equal(["Food Service Director", "Culinary Support Team Manager"], p.Work.Select(w => w.Position));
        Assert.Equal(["TMI The Episcopal School of Texas", null], p.Work.Select(w => w.Name));
        Assert.Equal(["San Antonio, TX", "Towson, MD"], p.Work.Select(w => w.Location));
        Assert.DoesNotContain(p.Education, e => e.StudyType == "MD");
    }

    [Fact]
    public void A_header_keeps_its_name_across_an_abbreviation_a_firm_blurb_empty_bullets_and_a_broken_range()
    {
        var p = Parse("""
            Jenny Chang
            jenny@example.com

            PROFESSIONAL EXPERIENCE
            User Experience Director, CityVoter, Inc.
            Cambridge, MA

            May 2008
            June 2009

            Joined the team to own and lead user experience across all web
            companys product strategies, after the September 2005 acquisition of the firm.

            Creative Director / Director of the User Experience Design Group, ArcStream Solutions
            Watertown, MA
            A venture backed business and technology consulting firm.
            \uF0A7
            \uF0A7

            July 2002
            November 2004

            Built and managed the User Experience team from the ground up.
            """.Replace("\\uF0A7", "\uF0A7", StringComparison.Ordinal));

        Assert.Equal(["User Experience Director", "Creative Director / Director of the User Experience Design Group"], p.Work.Select(w => w.Position));
        Assert.Equal(["CityVoter, Inc.", "ArcStream Solutions"], p.Work.Select(w => w.Name));
        Assert.Equal(["Cambridge, MA", "Watertown, MA"], p.Work.Select(w => w.Location));
        Assert.Equal(["2008-05", "2002-07"], p.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void An_employer_line_with_no_title_takes_the_title_under_its_dates()
    {
        var p = Parse("""
            Jane Roe
            jane@example.com

            PROFESSIONAL EXPERIENCE
            CONSUMER PRODUCTS, Brampton, Ontario
            Mar 2006
            Present
            Human Resources & Payroll Manager
            Function as a HR Generalist, responsible for payroll administration and employee relations.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("Human Resources & Payroll Manager", w.Position);
        Assert.Equal("2006-03", w.StartDate);
        Assert.Null(w.EndDate);
        Assert.NotEqual("CONSUMER PRODUCTS", w.Position);
    }

    [Fact]
    public void A_line_about_the_firm_between_the_dates_and_the_title_is_skipped()
    {
        var p = Parse("""
            David Winston
            david@example.com

            PROFESSIONAL EXPERIENCE
            POMEGRANATES, Avon, CT
            2004
            2007
            Upscale restaurants with full banquet facilities offering gourmet international cuisine
            Executive Chef
            Managed a staff of up to 44. Oversaw all kitchen and food operations for 2 restaurants.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("Executive Chef", w.Position);
        Assert.Equal("POMEGRANATES", w.Name);
        Assert.Equal("Avon, CT", w.Location);
    }

    [Fact]
    public void An_accomplishments_label_under_a_role_does_not_end_the_experience_section()
    {
        var p = Parse("""
            Jane Roe
            jane@example.com

            PROFESSIONAL EXPERIENCE
            CONSUMER PRODUCTS, Brampton, Ontario
            Mar 2006 – Present
            Human Resources & Payroll Manager
            • Manage and process bi-weekly payroll for 200 employees
            Accomplishments
            • Implemented Payroll and HR policies resulting in annual cost savings of $237,000
            AMPOAH CONTRACTING CO., LTD., Hamilton, Ontario
            2000 – 2005
            Manager of Administration & Accounting
            • Administered payroll for 1,710 employees

            AWARDS
            Dean's list, 1999
            """, new DateOnly(2010, 1, 1));

        Assert.Equal(["Human Resources & Payroll Manager", "Manager of Administration & Accounting"], p.Work.Select(w => w.Position));
        Assert.Equal("AMPOAH CONTRACTING CO., LTD.", p.Work[1].Name);
        Assert.Contains(p.Work[0].Highlights, h => h.Contains("$237,000", StringComparison.Ordinal));
        Assert.Single(p.Awards);
    }

    [Theory]
    [InlineData("FI/CO Consultant in Tech Mahindra", "FI/CO Consultant", "Tech Mahindra")]
    [InlineData("Specialist in Marketing - Acme Corp", "Specialist in Marketing", "Acme Corp")]
    public void A_role_in_a_named_firm_gives_both_but_a_role_in_a_field_stays_whole(string header, string position, string firm)
    {
        var p = Parse($"""
            Jitendra Babu
            jitendra@example.com

            WORK EXPERIENCE
            {header}
            2015 to Present
            """, new DateOnly(2018, 1, 1));

        var w = Assert.Single(p.Work);
        Assert.Equal(position, w.Position);
        Assert.Equal(firm, w.Name);
    }

    [Fact]
    public void A_paragraph_right_over_the_next_dates_heads_them_not_the_role_above()
    {
        var p = Parse("""
            Jitendra Babu
            jitendra@example.com

            WORK EXPERIENCE
            FI/CO Consultant in Tech Mahindra
            2015 to Present

            Specialist in Marketing - Acme Corp
            2012 to 2015
            """, new DateOnly(2018, 1, 1));

        Assert.Equal(["FI/CO Consultant", "Specialist in Marketing"], p.Work.Select(w => w.Position));
        Assert.Equal(["Tech Mahindra", "Acme Corp"], p.Work.Select(w => w.Name));
        Assert.Equal(["2015", "2012"], p.Work.Select(w => w.StartDate));
    }

    [Theory]
    [InlineData("Wisconsin Hospital and Health Association Madison, WI", "Wisconsin Hospital and Health Association", "Madison, WI")]
    [InlineData("Jewell Professional Insurance, LLC West Hartford, CT", "Jewell Professional Insurance, LLC", "West Hartford, CT")]
    public void A_place_run_into_the_firm_is_split_after_the_firm(string header, string firm, string place)
    {
        var p = Parse($"""
            Pat Agent
            pat@example.com

            PROFESSIONAL EXPERIENCE
            {header}
            Associate Vice President of the Corporate Insurance Division
            1998 - 2001
            """, new DateOnly(2010, 1, 1));

        var w = Assert.Single(p.Work);
        Assert.Equal(firm, w.Name);
        Assert.Equal(place, w.Location);
        Assert.Equal("Associate Vice President of the Corporate Insurance Division", w.Position);
    }

    [Fact]
    public void A_role_line_closed_by_a_full_stop_heads_the_dates_below_it()
    {
        var p = Parse("""
            Raj Kumar
            raj@example.com

            PROFESSIONAL EXPERIENCE
            EXECUTIVE H R - LMNO, Bangalore.
            Sept 95 to Feb 97
            PERSONNEL OFFICER - UVW Private Ltd., Bangalore.
            May 95 to Aug 95
            FIELD OFFICER - MNPQ Consultants, Bangalore
            Feb 94 to May 95
            """, new DateOnly(2000, 1, 1));

        Assert.Equal(["EXECUTIVE H R", "PERSONNEL OFFICER", "FIELD OFFICER"], p.Work.Select(w => w.Position));
        Assert.Equal("UVW Private Ltd.", p.Work[1].Name);
        Assert.Equal(["1995-09", "1995-05", "1994-02"], p.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void Template_blanks_are_not_employers()
    {
        var p = Parse("""
            Sam Cashier
            sam@example.com

            EXPERIENCE
            CASHIER
            Employers name
            January 2010 - present

            HR ASSISTANT
            Location
            May 2008 - January 2010
            """, new DateOnly(2012, 1, 1));

        Assert.Equal(["CASHIER", "HR ASSISTANT"], p.Work.Select(w => w.Position));
        Assert.All(p.Work, w => Assert.Null(w.Name));
    }

    [Fact]
    public void Of_two_titles_in_a_header_the_one_beside_the_dates_is_the_role()
    {
        var p = Parse("""
            Sam Civil
            sam@example.com

            EXPERIENCE
            XYZ Developers, Dubai
            AM Developer
            Area Construction Manager (Sept 2005-Till date)
            Coordinating with clients, local authorities, consultants and contractors.
            """, new DateOnly(2010, 1, 1));

        var w = Assert.Single(p.Work);
        Assert.Equal("Area Construction Manager", w.Position);
        Assert.Equal("2005-09", w.StartDate);
    }

    [Fact]
    public void A_sentence_about_the_firm_between_firm_and_title_line_keeps_the_firm()
    {
        var p = Parse("""
            Jonathan Burns
            jonathan@example.com

            PROFESSIONAL EXPERIENCE
            ABC COMPANY — Los Angeles, CA
            Provides voice and data communications systems for small and mid-sized companies.
            HR Generalist, 2002 to Present
            Recruited to help open new company branch in Los Angeles, guiding the startup of HR operations.
            """, new DateOnly(2010, 1, 1));

        var w = Assert.Single(p.Work);
        Assert.Equal("HR Generalist", w.Position);
        Assert.Equal("ABC COMPANY", w.Name);
        Assert.Equal("Los Angeles, CA", w.Location);
        Assert.Equal("2002", w.StartDate);
    }

    [Fact]
    public void A_degree_line_naming_its_school_after_from_gives_field_and_institution()
    {
        var p = Parse("""
            Satheesh Kumar
            satheesh@example.com

            EDUCATION
            Diploma in Business Administration From ICFAI University - Trichur
            2005
            Masters of Commerce From Mumbai University
            2003
            Bachelor of Science, University of California at Berkeley
            """);

        Assert.Equal(["Business Administration", "Commerce", null], p.Education.Select(e => e.Area));
        Assert.Equal(["ICFAI University", "Mumbai University"], p.Education.Take(2).Select(e => e.Institution));
        Assert.StartsWith("University of California", p.Education[2].Institution);
    }

    [Fact]
    public void Undated_roles_set_as_title_and_employer_paragraphs_are_read()
    {
        var p = Parse("""
            Jyoti Patnaik
            jyoti@example.com

            WORK EXPERIENCE

            Associate consultant

            Sap labs

            Incident and change management coordinator, dealing with the escalation process of company products.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("Associate consultant", w.Position);
        Assert.Equal("Sap labs", w.Name);
    }

    [Fact]
    public void A_role_written_as_a_bulleted_sentence_gives_title_and_employer()
    {
        var p = Parse("""
            Kasturika Borah
            kasturika@example.com

            EXPERIENCE
            • Worked as Data Analyst for Fidelity India Financial Inc. from June 2013 till Oct 2014.
            • Worked as Billing Analyst for IBM Daksh from March 2013 to June 2013.
            """);

        Assert.Equal(["Data Analyst", "Billing Analyst"], p.Work.Select(w => w.Position));
        Assert.Equal(["Fidelity India Financial Inc", "IBM Daksh"], p.Work.Select(w => w.Name));
    }

    [Fact]
    public void A_title_naming_its_field_after_of_is_taken_from_under_the_firm_line()
    {
        var p = Parse("""
            George Hernandez
            george@example.com

            PROFESSIONAL EXPERIENCE
            LEANDER CORPORATION, Boston, MA
            2000 to Present
            World leader in analytical instrumentation serving energy and pharmaceutical industries.
            Vice President of International Sales
            Oversee 60+ representatives internationally.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("Vice President of International Sales", w.Position);
        Assert.Equal("LEANDER CORPORATION", w.Name);
        Assert.Equal("Boston, MA", w.Location);
    }

    [Fact]
    public void School_names_broken_over_table_rows_are_rejoined()
    {
        var p = Parse("""
            Megha Regmi
            megha@example.com

            EDUCATION
            M.Sc. in Civil Engineering
            Vinnitsa National
            Technical University, Ukraine, 1981-1986
            Graduate Diploma in Environmental Engineering
            Murdoch
            University
            Perth, Australia
            """);

        Assert.Equal(["Vinnitsa National Technical University", "Murdoch University"], p.Education.Select(e => e.Institution));
    }

    [Fact]
    public void A_region_code_left_from_the_place_is_no_title()
    {
        var p = Parse("""
            Alan Cheng
            alan@example.com

            EXPERIENCE
            2005 - 2007

            Raindrop Geomagic Inc. Research Triangle Park, NC

            Developed geometry software for the research group.
            """);

        Assert.All(p.Work, w => Assert.NotEqual("NC", w.Position));
    }

    [Fact]
    public void An_employer_paragraph_repeating_the_title_belongs_to_the_dated_role_above()
    {
        var p = Parse("""
            Sari Limari
            sari@example.com

            EXPERIENCE
            2007 - 2009
            Art director

            Arffman Consulting - Art Director
            Responsible for corporate identity and marketing of Arffman Consulting.
            """);

        var w = Assert.Single(p.Work);
        Assert.Equal("Art director", w.Position);
        Assert.Equal("Arffman Consulting", w.Name);
    }

    [Fact]
    public void Dates_that_strayed_into_a_skills_list_are_not_skills()
    {
        var p = Parse("""
            Kasturika Borah
            kasturika@example.com

            SKILLS
            EM7, Quicksilver, December 2014 to Present, Splunk
            """);

        var keywords = p.Skills.SelectMany(s => s.Keywords ?? []).ToList();
        Assert.Contains("Quicksilver", keywords);
        Assert.DoesNotContain("December 2014 to Present", keywords);
    }

    [Fact]
    public void Lines_each_followed_by_a_blank_line_read_as_one_entry_per_date()
    {
        var p = Parse("""
            Alan Cheng

            alan.cheng@example.com

            Employment

            1997 - 2000

            Raindrop Geomagic Inc., Research Triangle Park, NC

            Software Development and Engineering Intern

            Projects include:

            • Geometric application development and research

            1995

            Creature House Ltd.

            Hong Kong

            Senior Software Engineer

            Software development of Expression, a graphics design package
            """);

        Assert.Equal(2, p.Work.Count);
        Assert.Equal(("Software Development and Engineering Intern", "1997", "2000"), (p.Work[0].Position, p.Work[0].StartDate, p.Work[0].EndDate));
        Assert.Equal(("Senior Software Engineer", "Creature House Ltd.", "1995"), (p.Work[1].Position, p.Work[1].Name, p.Work[1].StartDate));
    }

    [Fact]
    public void A_role_and_employer_opening_the_section_without_dates_are_an_entry()
    {
        var p = Parse("""
            Maria Garof
            maria.garof@example.com

            Employment Experience
            Customer Service Representative
            Future Shop, Toronto
            Awarded Employee of the Month in 2011 and 2012 for extraordinary customer service and loyalty program sign ups
            Academic Resource Advisor
            York University, Toronto
            2011 - Present
            Advised students on essay writing and presentations
            """);

        Assert.Contains(p.Work, w => (w.Position, w.Name) == ("Customer Service Representative", "Future Shop"));
        Assert.Contains(p.Work, w => (w.Position, w.Name, w.StartDate) == ("Academic Resource Advisor", "York University", "2011"));
    }

    [Fact]
    public void A_templates_column_labels_give_way_to_the_value_filled_in_under_them()
    {
        var p = Parse("""
            Alan Bloggs
            abloggs@example.com

            Experience
            Date
            Position

            Company Name
            Accounts Assistant

            Accounts Payable
            Processing of purchase invoices, matching relevant delivery dockets and posting them to the ledger
            """);

        var job = Assert.Single(p.Work);
        Assert.Equal(("Accounts Assistant", null), (job.Position, job.Name));
    }

    [Fact]
    public void A_double_degree_is_written_as_both()
    {
        var p = Parse("""
            Ethan Engineer
            ethan@example.com

            Qualifications
            Bachelor of Engineering / Bachelor of Commerce
            Mar 2012 - Current
            Monash University
            """);

        var degree = Assert.Single(p.Education);
        Assert.Equal(("Bachelor of Engineering / Bachelor of Commerce", "Monash University", "2012-03"), (degree.StudyType, degree.Institution, degree.StartDate));
    }

    [Fact]
    public void Dates_above_a_degree_open_that_entry_rather_than_close_the_one_before()
    {
        var p = Parse("""
            Alan Cheng
            alan.cheng@example.com

            Education
            1996 - 2001
            Ph.D., Computer Science, University of Illinois at Urbana-Champaign
            1994 - 1996
            M. Phil., Computer Science, Hong Kong University of Science and Technology
            1990 - 1994
            B. Sc., Computer Science, Chinese University of Hong Kong
            """);

        Assert.Equal(3, p.Education.Count);
        Assert.Equal([("1996", "2001"), ("1994", "1996"), ("1990", "1994")], p.Education.Select(e => (e.StartDate, e.EndDate)));
    }
}
