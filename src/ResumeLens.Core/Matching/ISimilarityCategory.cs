using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Matching;

/// <summary>
/// An extra scoring category computed outside the built-in engine, such as semantic similarity from an
/// embedding model behind an OpenAI-compatible endpoint. It scores a whole pool at once so a remote
/// model can be called in batches; the matcher folds the results in like any other category.
/// </summary>
public interface ISimilarityCategory
{
    /// <summary>Category name in results, e.g. "semanticSimilarity".</summary>
    string Name { get; }

    /// <summary>Relative weight next to <see cref="MatchCategories.DefaultWeights"/>.</summary>
    double DefaultWeight { get; }

    /// <summary>Similarity 0..1 of each candidate to the job, in candidate order.</summary>
    Task<IReadOnlyList<double>> ScoreAsync(JobPosting job, IReadOnlyList<MatchProfile> candidates, CancellationToken cancellationToken);
}
