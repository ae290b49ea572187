using System.Text.Json;
using ResumeLens.Cli;

namespace ResumeLens.Core.Tests.Parsing;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task One_file_prints_one_json_resume_with_its_source()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var file = TestData.Path("resumes", "docx", "theresumeparser_sample_resume.docx");
        var code = await ParseCommand.RunAsync([file], null, stdout, stderr, TestContext.Current.CancellationToken);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("Jane Smith", json.RootElement.GetProperty("basics").GetProperty("name").GetString());
        var source = json.RootElement.GetProperty("meta").GetProperty("source");
        Assert.Equal("theresumeparser_sample_resume.docx", source.GetProperty("file").GetString());
        Assert.Equal(64, source.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task Many_files_print_json_lines_and_a_missing_one_fails_without_stopping_the_rest()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), "no-such-resume-" + Guid.NewGuid().ToString("N") + ".pdf");
        var code = await ParseCommand.RunAsync([TestData.Path("resumes", "docx"), missing], null, stdout, stderr, TestContext.Current.CancellationToken);
        Assert.Equal(1, code);
        Assert.Contains(missing, stderr.ToString(), StringComparison.Ordinal);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(TestData.Path("resumes", "docx"), "*.docx", SearchOption.AllDirectories).Length, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.True(doc.RootElement.TryGetProperty("meta", out _));
        }
    }

    [Fact]
    public async Task Out_folder_receives_one_json_file_per_input()
    {
        var dir = Directory.CreateTempSubdirectory("resumelens-parse-");
        try
        {
            var code = await ParseCommand.RunAsync([TestData.Path("resumes", "docx")], dir.FullName, new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken);
            Assert.Equal(0, code);
            Assert.NotEmpty(dir.GetFiles("*.json"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
