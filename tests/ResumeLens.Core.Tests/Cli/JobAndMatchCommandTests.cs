using System.Text.Json;

namespace ResumeLens.Core.Tests.Cli;

public sealed class JobAndMatchCommandTests : CliRunner
{
    private static readonly string BackendJob = TestData.Path("jd", "resume_matcher_txt", "backend-eng.txt");

    [Fact]
    public async Task Job_prints_the_posting_as_json_and_exits_zero()
    {
        var (code, stdout, stderr) = await Run("job", BackendJob);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("", "no-input")]
    [InlineData(" ", "no-input")]
    [InlineData("ftp://example.com/job.txt", "bad-url")]
    [InlineData("http://", "bad-url")]
    public async Task Job_input_that_is_no_file_or_url_is_one_clear_line_and_exit_one(string input, string reason)
    {
        var (code, stdout, stderr) = await Run("job", input);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("resumelens: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_given_a_folder_or_a_missing_file_says_which()
    {
        var folder = await Run("job", Scratch);
        var missing = await Run("job", System.IO.Path.Combine(Scratch, "nope.txt"));

        Assert.Equal(1, folder.Code);
        Assert.Contains("not-a-file", folder.Err, StringComparison.Ordinal);
        Assert.Equal(1, missing.Code);
        Assert.Contains("no such file", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_ranks_every_resume_of_a_folder_and_exits_zero()
    {
        var resumes = TestData.Path("resumes", "docx");
        var (code, stdout, stderr) = await Run("match", "--job", BackendJob, resumes, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var candidates = json.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(resumes, "*.docx", SearchOption.AllDirectories).Length, candidates.Count);
        var scores = candidates.Select(c => c.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Match_without_a_readable_job_stops_before_reading_resumes()
    {
        var (code, stdout, stderr) = await Run("match", "--job", "", TestData.Path("resumes", "docx"));

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("no-input", stderr, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("job")]
    [InlineData("parse")]
    [InlineData("extract")]
    public async Task A_file_that_never_ends_is_refused_not_read_into_memory(string command)
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs a device file that reports no length (/dev/zero)");

        var (code, _, stderr) = await Run(command, "/dev/zero");

        Assert.Equal(1, code);
        Assert.Contains("TooLarge", stderr, StringComparison.Ordinal);
    }
}
