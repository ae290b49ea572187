namespace ResumeLens.Core.Knowledge;

/// <summary>Given names and surnames from many countries, for telling a person's name from other capitalized lines.</summary>
public sealed class NameCatalog
{
    private readonly HashSet<string> _given;
    private readonly HashSet<string> _surnames;

    private NameCatalog(HashSet<string> given, HashSet<string> surnames)
    {
        _given = given;
        _surnames = surnames;
    }

    public bool IsGivenName(string word) => _given.Contains(word.ToLowerInvariant());

    public bool IsSurname(string word) => _surnames.Contains(word.ToLowerInvariant());

    internal static NameCatalog Load(List<string> given, List<string> surnames) =>
        new(new HashSet<string>(given, StringComparer.Ordinal), new HashSet<string>(surnames, StringComparer.Ordinal));
}
