using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Matching;

/// <summary>Filters for a ranking.</summary>
/// <param name="MinScore">Candidates scoring below this (0–100) are left out.</param>
/// <param name="ExcludeMustHaveFailures">Leave out candidates who miss a must-have instead of listing them with score 0.</param>
public sealed record RankOptions(double MinScore = 0, bool ExcludeMustHaveFailures = false);

/// <summary>One ranked candidate: 1-based rank, position in the input, and the explained result.</summary>
public sealed record RankedCandidate(int Rank, int Index, string Id, MatchResult Result);

/// <summary>Ranks a pool of resumes against one job: highest score first, ties broken by id then input order.</summary>
public static class Ranker
{
    /// <summary>Ranks <paramref name="candidates"/> with rarity weights taken from the pool itself.</summary>
    public static async Task<IReadOnlyList<RankedCandidate>> RankAsync(
        Matcher matcher, JobPosting posting, IReadOnlyList<MatchProfile> candidates, RankOptions? options = null,
        IReadOnlyList<ISimilarityCategory>? extra = null, CancellationToken cancellationToken = default)
    {
        var pool = new CandidatePool(candidates);
        var job = matcher.Prepare(posting, pool, extra);
        var extraScores = new IReadOnlyList<double>[job.Extra.Count];
        for (var i = 0; i < job.Extra.Count; i++)
        {
            extraScores[i] = await job.Extra[i].ScoreAsync(posting, candidates, cancellationToken).ConfigureAwait(false);
        }
        return Rank(job, candidates, options, extraScores);
    }

    /// <summary>Ranks with an already prepared job (and, when it has extra categories, their scores per candidate).</summary>
    public static IReadOnlyList<RankedCandidate> Rank(PreparedJob job, IReadOnlyList<MatchProfile> candidates, RankOptions? options = null, IReadOnlyList<double>[]? extraScores = null)
    {
        options ??= new RankOptions();
        var extra = new double[job.Extra.Count];
        var results = new List<(int Index, MatchResult Result)>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var e = 0; e < extra.Length; e++) extra[e] = extraScores is not null && i < extraScores[e].Count ? extraScores[e][i] : 0;
            var result = Matcher.Explain(job, candidates[i], extra);
            if (options.ExcludeMustHaveFailures && result.MustHaveFailed.Count > 0) continue;
            if (result.Score < options.MinScore) continue;
            results.Add((i, result));
        }
        // Stable and total order: score, then id, then input position.
        results.Sort((a, b) =>
        {
            var c = b.Result.Score.CompareTo(a.Result.Score);
            if (c != 0) return c;
            c = string.CompareOrdinal(candidates[a.Index].Id, candidates[b.Index].Id);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var ranked = new RankedCandidate[results.Count];
        for (var r = 0; r < results.Count; r++)
        {
            ranked[r] = new RankedCandidate(r + 1, results[r].Index, candidates[results[r].Index].Id, results[r].Result);
        }
        return ranked;
    }
}
