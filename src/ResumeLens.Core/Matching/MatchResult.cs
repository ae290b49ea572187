namespace ResumeLens.Core.Matching;

/// <summary>How well one resume fits one job, 0–100, with the reasons per category.</summary>
/// <param name="MustHaveFailed">Must-have requirements the candidate does not meet; when any, the score is 0.</param>
/// <param name="Version">Scorer version: results of equal versions for equal inputs are identical.</param>
public sealed record MatchResult(double Score, IReadOnlyList<CategoryScore> Categories, IReadOnlyList<string> MustHaveFailed, string Version);

/// <summary>One scoring category: its share of the total (percent), its own score 0–100 and what was found or missing.</summary>
public sealed record CategoryScore(string Name, double Weight, double Score, IReadOnlyList<string> Found, IReadOnlyList<string> Missing, IReadOnlyList<MatchEvidence> Evidence);

/// <summary>The resume text that satisfies a requirement, and how strongly ("exact", "child", "parent", "sibling", "related").</summary>
public sealed record MatchEvidence(string Requirement, string Text, string Credit);

/// <summary>Category names and the default weights a job can override.</summary>
public static class MatchCategories
{
    public const string RequiredSkills = "requiredSkills";
    public const string PreferredSkills = "preferredSkills";
    public const string Experience = "experience";
    public const string Education = "education";
    public const string Title = "title";
    public const string TextSimilarity = "textSimilarity";
    public const string Languages = "languages";
    public const string Certifications = "certifications";

    /// <summary>Default relative weights; categories a job does not ask about drop out and the rest are rescaled.</summary>
    public static readonly IReadOnlyDictionary<string, double> DefaultWeights = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [RequiredSkills] = 35,
        [PreferredSkills] = 10,
        [Experience] = 15,
        [Education] = 10,
        [Title] = 10,
        [TextSimilarity] = 15,
        [Languages] = 3,
        [Certifications] = 2,
    };

    /// <summary>The built-in categories in output order.</summary>
    public static readonly string[] BuiltIn = [RequiredSkills, PreferredSkills, Experience, Education, Title, TextSimilarity, Languages, Certifications];
}
