using System.Text.Json.Serialization;

namespace ResumeLens.Core.Postings;

// A job description is a schema.org JobPosting. ResumeLens additions that schema.org has no
// property for (normalized skill ids, languages, per-skill years, weights, must-haves) sit
// beside the standard properties and serialize in camelCase through PostingJson.Options.

/// <summary>A job description in schema.org JobPosting form plus normalized requirements for matching.</summary>
public sealed record JobPosting
{
    [JsonPropertyName("@context")]
    public string Context { get; init; } = "https://schema.org/";

    [JsonPropertyName("@type")]
    public string Type { get; init; } = "JobPosting";

    public string? Title { get; init; }
    public string? Description { get; init; }
    public Organization? HiringOrganization { get; init; }
    public Place? JobLocation { get; init; }

    /// <summary>"TELECOMMUTE" for remote positions, as schema.org spells it.</summary>
    public string? JobLocationType { get; init; }

    /// <summary>schema.org values: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER.</summary>
    public string? EmploymentType { get; init; }

    public string? DatePosted { get; init; }
    public string? Url { get; init; }

    /// <summary>Skill names as the posting writes them.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Requirement sentences, required and preferred alike.</summary>
    public IReadOnlyList<string> Qualifications { get; init; } = [];

    public IReadOnlyList<string> Responsibilities { get; init; } = [];
    public EducationRequirement? EducationRequirements { get; init; }
    public ExperienceRequirement? ExperienceRequirements { get; init; }

    /// <summary>Normalized taxonomy ids of skills the posting requires.</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];

    /// <summary>Normalized taxonomy ids of skills the posting only prefers ("nice to have", "a plus").</summary>
    public IReadOnlyList<string> PreferredSkills { get; init; } = [];

    /// <summary>Minimum experience with one skill: "at least three years of Java".</summary>
    public IReadOnlyList<SkillExperience> SkillExperience { get; init; } = [];

    /// <summary>Human languages asked for, by English name ("Spanish").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Certifications and licences asked for, as written ("PMP", "AWS Certified Solutions Architect").</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>Category weights for this job; categories left out keep their default weight.</summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>
    /// Requirements a candidate must meet or be knocked out: skill ids, "experience", "education",
    /// "language:NAME" or "certification:NAME".
    /// </summary>
    public IReadOnlyList<string> MustHave { get; init; } = [];
}

/// <summary>schema.org Organization reduced to what a posting needs.</summary>
public sealed record Organization(string Name, string? SameAs = null)
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Organization";
}

/// <summary>schema.org Place with its postal address.</summary>
public sealed record Place(PostalAddress Address)
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Place";

    /// <summary>"City, Region, Country" with empty parts left out.</summary>
    public override string ToString() => Address.ToString();
}

/// <summary>schema.org PostalAddress; free-text locations land in AddressLocality.</summary>
public sealed record PostalAddress(string? AddressLocality = null, string? AddressRegion = null, string? AddressCountry = null, string? StreetAddress = null, string? PostalCode = null)
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "PostalAddress";

    public override string ToString() =>
        string.Join(", ", new[] { AddressLocality, AddressRegion, AddressCountry }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>schema.org EducationalOccupationalCredential: the minimum degree and, when named, its field.</summary>
/// <param name="CredentialCategory">As schema.org words it: "bachelor degree", "master degree", "high school".</param>
/// <param name="Level">Normalized level as the resume model spells it: high-school, certificate, associate, bachelor, master, doctorate.</param>
public sealed record EducationRequirement(string CredentialCategory, string Level, string? Field = null)
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "EducationalOccupationalCredential";
}

/// <summary>schema.org OccupationalExperienceRequirements.</summary>
public sealed record ExperienceRequirement(int MonthsOfExperience)
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "OccupationalExperienceRequirements";
}

/// <summary>Minimum months of experience with one skill (taxonomy id).</summary>
public sealed record SkillExperience(string SkillId, int Months);
