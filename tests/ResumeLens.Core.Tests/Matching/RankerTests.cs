using ResumeLens.Core.Matching;
using ResumeLens.Core.Postings;
using static ResumeLens.Core.Tests.Matching.MatcherTests;

namespace ResumeLens.Core.Tests.Matching;

public sealed class RankerTests
{
    private static readonly JobPosting Job = new()
    {
        Title = "DevOps Engineer",
        Description = "Run Kubernetes and Terraform in production.",
        RequiredSkills = ["kubernetes", "terraform"],
        PreferredSkills = ["helm"],
        MustHave = ["kubernetes"],
    };

    private static List<MatchProfile> Pool() =>
    [
        Matcher.Default.Profile(Resume("carol", "DevOps Engineer", ["Kubernetes", "Terraform", "Helm"])),
        Matcher.Default.Profile(Resume("bob", "DevOps Engineer", ["Kubernetes"])),
        Matcher.Default.Profile(Resume("alice", "DevOps Engineer", ["Kubernetes"])),
        Matcher.Default.Profile(Resume("dave", "Chef", ["Cooking"])),
    ];

    [Fact]
    public async Task Best_candidate_first_and_ties_broken_by_id()
    {
        var ranked = await Ranker.RankAsync(Matcher.Default, Job, Pool(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["carol.pdf", "alice.pdf", "bob.pdf", "dave.pdf"], ranked.Select(r => r.Id));
        Assert.Equal(ranked[1].Result.Score, ranked[2].Result.Score);
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank));
    }

    [Fact]
    public async Task Input_order_does_not_change_the_ranking()
    {
        var pool = Pool();
        var reversed = Enumerable.Reverse(pool).ToList();

        var a = await Ranker.RankAsync(Matcher.Default, Job, pool, cancellationToken: TestContext.Current.CancellationToken);
        var b = await Ranker.RankAsync(Matcher.Default, Job, reversed, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(a.Select(r => (r.Id, r.Result.Score)), b.Select(r => (r.Id, r.Result.Score)));
    }

    [Fact]
    public async Task Minimum_score_and_must_have_filters_leave_candidates_out()
    {
        var ranked = await Ranker.RankAsync(Matcher.Default, Job, Pool(), new RankOptions(MinScore: 1, ExcludeMustHaveFailures: true),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.DoesNotContain(ranked, r => r.Id == "dave.pdf");
        Assert.All(ranked, r => Assert.True(r.Result.Score >= 1));
    }
}
