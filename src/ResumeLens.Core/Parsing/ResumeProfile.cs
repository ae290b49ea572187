using System.Text.Json.Serialization;

namespace ResumeLens.Core.Parsing;

// The parsed resume is a JSON Resume (schema v1) document with one extra object, "meta".
// Property names serialize in camelCase through ResumeJson.Options.

/// <summary>A parsed resume in JSON Resume form plus ResumeLens metadata.</summary>
public sealed record ResumeProfile
{
    public Basics Basics { get; init; } = new();
    public IReadOnlyList<WorkEntry> Work { get; init; } = [];
    public IReadOnlyList<VolunteerEntry> Volunteer { get; init; } = [];
    public IReadOnlyList<EducationEntry> Education { get; init; } = [];
    public IReadOnlyList<AwardEntry> Awards { get; init; } = [];
    public IReadOnlyList<CertificateEntry> Certificates { get; init; } = [];
    public IReadOnlyList<PublicationEntry> Publications { get; init; } = [];
    public IReadOnlyList<SkillEntry> Skills { get; init; } = [];
    public IReadOnlyList<LanguageEntry> Languages { get; init; } = [];
    public IReadOnlyList<InterestEntry> Interests { get; init; } = [];
    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];
    public IReadOnlyList<ProjectEntry> Projects { get; init; } = [];
    public ResumeMeta Meta { get; init; } = new();
}

public sealed record Basics
{
    public string? Name { get; init; }
    public string? Label { get; init; }
    public string? Image { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }
    public Location? Location { get; init; }
    public IReadOnlyList<ProfileLink> Profiles { get; init; } = [];
}

public sealed record Location
{
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
    public string? Region { get; init; }
}

public sealed record ProfileLink(string Network, string? Username, string Url);

public sealed record WorkEntry
{
    public string? Name { get; init; }
    public string? Position { get; init; }
    public string? Location { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
}

public sealed record VolunteerEntry
{
    public string? Organization { get; init; }
    public string? Position { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
}

public sealed record EducationEntry
{
    public string? Institution { get; init; }
    public string? Url { get; init; }
    public string? Area { get; init; }
    public string? StudyType { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Score { get; init; }
    public IReadOnlyList<string> Courses { get; init; } = [];

    /// <summary>Normalized level: high-school, associate, bachelor, master, doctorate, certificate.</summary>
    [JsonPropertyName("x-level")]
    public string? Level { get; init; }
}

public sealed record AwardEntry(string Title, string? Date = null, string? Awarder = null, string? Summary = null);

public sealed record CertificateEntry(string Name, string? Date = null, string? Issuer = null, string? Url = null);

public sealed record PublicationEntry(string Name, string? Publisher = null, string? ReleaseDate = null, string? Url = null, string? Summary = null);

public sealed record SkillEntry(string Name, string? Level = null, IReadOnlyList<string>? Keywords = null);

public sealed record LanguageEntry(string Language, string? Fluency = null);

public sealed record InterestEntry(string Name, IReadOnlyList<string>? Keywords = null);

public sealed record ReferenceEntry(string Name, string? Reference = null);

public sealed record ProjectEntry
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Url { get; init; }
}

/// <summary>ResumeLens additions: source, parser, normalized skills with evidence, confidence, warnings.</summary>
public sealed record ResumeMeta
{
    public SourceInfo? Source { get; init; }
    public ParserInfo Parser { get; init; } = new("resumelens", "0");
    public int TotalExperienceMonths { get; init; }
    public IReadOnlyList<NormalizedSkill> Skills { get; init; } = [];
    public IReadOnlyDictionary<string, double> Confidence { get; init; } = new Dictionary<string, double>();
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}

public sealed record SourceInfo(string? File, string? Sha256, string Format, int Pages, string? DocumentDate);

public sealed record ParserInfo(string Name, string Version);

/// <summary>A skill normalized to a taxonomy id with the resume text that shows it.</summary>
public sealed record NormalizedSkill(string Id, string Name, string Category, IReadOnlyList<string> Evidence, int Months = 0);

public sealed record ParseWarning(string Code, string Message);
