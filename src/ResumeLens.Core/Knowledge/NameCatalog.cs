using System.Collections.Frozen;

namespace ResumeLens.Core.Knowledge;

/// <summary>Given names and surnames from many countries, for telling a person's name from other capitalized lines.</summary>
public sealed class NameCatalog
{
    private readonly FrozenSet<string> _given;
    private readonly FrozenSet<string> _surnames;

    private NameCatalog(FrozenSet<string> given, FrozenSet<string> surnames)
    {
        _given = given;
        _surnames = surnames;
    }

    public bool IsGivenName(string word) => _given.Contains(word.ToLowerInvariant());

    public bool IsSurname(string word) => _surnames.Contains(word.ToLowerInvariant());

    internal static NameCatalog Load(List<string> given, List<string> surnames) =>
        new(given.ToFrozenSet(StringComparer.Ordinal), surnames.ToFrozenSet(StringComparer.Ordinal));
}
