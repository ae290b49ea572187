namespace ResumeLens.Core.Matching;

/// <summary>
/// Document frequencies over the resumes being ranked, so a skill or word most candidates share weighs
/// less than one few have. Built once per pool; read-only afterwards.
/// </summary>
public sealed class CandidatePool
{
    private readonly Dictionary<string, int> _skillFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _termFrequency = [];

    public CandidatePool(IReadOnlyList<MatchProfile> profiles)
    {
        Count = profiles.Count;
        long length = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            seen.Clear();
            // A skill counts for a profile when the profile has it or a more specific one.
            foreach (var id in p.Skills.Keys) seen.Add(id);
            foreach (var id in p.Ancestors.Keys) seen.Add(id);
            foreach (var id in seen) _skillFrequency[id] = _skillFrequency.GetValueOrDefault(id) + 1;
            foreach (var t in p.Text.Terms) _termFrequency[t] = _termFrequency.GetValueOrDefault(t) + 1;
            length += p.Text.Length;
        }
        AverageLength = Count == 0 ? 1 : Math.Max(1, (double)length / Count);
    }

    public int Count { get; }
    public double AverageLength { get; }

    public int SkillFrequency(string skillId) => _skillFrequency.GetValueOrDefault(skillId);

    public int TermFrequency(ulong term) => _termFrequency.GetValueOrDefault(term);

    /// <summary>BM25 inverse document frequency, always positive.</summary>
    public static double Idf(int count, int frequency) => Math.Log(1 + (count - frequency + 0.5) / (frequency + 0.5));
}
