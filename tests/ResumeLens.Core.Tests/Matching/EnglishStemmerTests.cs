using ResumeLens.Core.Matching;

namespace ResumeLens.Core.Tests.Matching;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("manage", "managed", "managing", "management", "manages")]
    [InlineData("develop", "developed", "developing", "development", "develops")]
    [InlineData("database", "databases", "database", "database", "databases")]
    [InlineData("plan", "planned", "planning", "plans", "plan")]
    [InlineData("engineer", "engineers", "engineering", "engineered", "engineer")]
    public void Inflections_share_one_stem(string a, string b, string c, string d, string e)
    {
        var stem = EnglishStemmer.Stem(a);
        Assert.All(new[] { b, c, d, e }, w => Assert.Equal(stem, EnglishStemmer.Stem(w)));
    }

    [Theory]
    [InlineData("c++")]
    [InlineData("s3")]
    [InlineData("class")]
    [InlineData("analysis")]
    public void Symbols_and_short_or_latin_endings_are_kept(string word) => Assert.Equal(word, EnglishStemmer.Stem(word));

    [Fact]
    public void Same_line_repeated_counts_once()
    {
        var once = TermBag.From(["Python developer"]);
        var many = TermBag.From([.. Enumerable.Repeat("Python developer", 20), "Python Python Python developer"]);

        Assert.Equal(once.Terms, many.Terms);
        Assert.Equal(2, many.Counts.Max());
    }
}
