namespace ResumeLens.Bench;

/// <summary>A named benchmark or accuracy harness.</summary>
internal sealed record Suite(string Description, Func<string[], Task<int>> Run);

internal static class Suites
{
    public static Dictionary<string, Suite> All() => new(StringComparer.Ordinal)
    {
        ["parse-accuracy"] = new("parser precision/recall/F1 per field against the labeled resumes in ../shared/data", ParserAccuracy.Run),
        ["extract"] = ExtractBench.Suite,
        ["match-speed"] = new("scoring speed: one prepared job against 10,000 prepared profiles on one thread [COUNT]", MatchSpeedBench.Run),
        ["ranking"] = new("ranking quality: O*NET job descriptions against labeled resumes, ResumeLens vs TF-IDF, BM25 and keyword coverage (NDCG@50, P@10)", RankingBench.Run),
        ["parse"] = ParseBench.Suite,
    };

    /// <summary>The shared data folder beside the repository, found by walking up from the working directory.</summary>
    public static string SharedData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("../shared/data was not found above " + AppContext.BaseDirectory);
    }
}
