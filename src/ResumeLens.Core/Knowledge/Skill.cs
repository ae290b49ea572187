namespace ResumeLens.Core.Knowledge;

/// <summary>One skill of the taxonomy: canonical name, category, aliases and links.</summary>
/// <param name="Rarity">Prior IDF-like weight 0..1: rarer skills weigh more when matching.</param>
public sealed record Skill(string Id, string Name, string Category, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Parents, IReadOnlyList<string> Related, double Rarity);

/// <summary>A skill found in text: its id and the exact span that names it.</summary>
public readonly record struct SkillMention(string SkillId, int Start, int Length, string Text);

/// <summary>Normalized education levels, ordered from lowest to highest.</summary>
public enum DegreeLevel { None, HighSchool, Certificate, Associate, Bachelor, Master, Doctorate }
