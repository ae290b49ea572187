using ResumeLens.Cli;

namespace ResumeLens.Core.Tests.Cli;

public sealed class ExtractCommandTests : CliRunner
{
    private string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Scratch, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task One_file_is_written_to_stdout_and_exits_zero()
    {
        var (code, stdout, stderr) = await Run("extract", TestData.Path("resumes", "docx", "theresumeparser_sample_resume.docx"));

        Assert.Equal(0, code);
        Assert.StartsWith("Jane Smith\n", stdout);
        Assert.Contains("Python, FastAPI", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Pdf_text_comes_out_in_reading_order_as_utf8()
    {
        var outDir = System.IO.Path.Combine(Scratch, "out");

        var (code, stdout, stderr) = await Run("extract", TestData.Path("resumes", "pdf", "rendercv_tests", "classic_minimal.pdf"), "-o", outDir);

        Assert.Equal(0, code);
        Assert.Equal("", stdout + stderr);
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(outDir, "classic_minimal.txt"));
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "no byte-order mark");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.True(text.IndexOf("John Doe", StringComparison.Ordinal) < text.IndexOf("Software Engineer at Company X", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_files_without_out_are_a_usage_error()
    {
        var a = Write("a.txt", "A");
        var b = Write("b.txt", "B");

        var (code, stdout, stderr) = await Run("extract", a, b);

        Assert.Equal(ExtractCommand.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public async Task Folder_with_out_writes_one_text_file_per_input_and_reports_unreadable_ones()
    {
        Write("in/cv.txt", "Jane Doe\n");
        Write("in/sub/cv.md", "# John Roe\n");
        File.WriteAllBytes(System.IO.Path.Combine(Scratch, "in", "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var outDir = System.IO.Path.Combine(Scratch, "out");
        var missing = System.IO.Path.Combine(Scratch, "nope.pdf");

        var (code, stdout, stderr) = await Run("extract", System.IO.Path.Combine(Scratch, "in"), missing, "--out", outDir);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal("Jane Doe\n", File.ReadAllText(System.IO.Path.Combine(outDir, "cv.txt")));
        Assert.Equal("John Roe\n", File.ReadAllText(System.IO.Path.Combine(outDir, "cv-2.txt")));
        Assert.False(File.Exists(System.IO.Path.Combine(outDir, "broken.txt")));
        Assert.Contains($"resumelens: {missing}: no such file or folder", stderr);
        Assert.Contains("broken.docx: ", stderr);
        Assert.Equal(2, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Unreadable_single_file_is_reported_with_its_reason_and_exits_one()
    {
        var empty = Write("empty.txt", "");

        var (code, stdout, stderr) = await Run("extract", empty);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal($"resumelens: {empty}: Empty: The file is empty.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Missing_path_argument_is_a_parse_error()
    {
        var (code, _, stderr) = await Run("extract");

        Assert.NotEqual(0, code);
        Assert.Contains("Required argument missing", stderr);
    }

    [Fact]
    public async Task Help_lists_the_extract_command_and_its_options()
    {
        var (rootCode, rootHelp, _) = await Run("--help");
        var (code, help, _) = await Run("extract", "--help");

        Assert.Equal(0, rootCode);
        Assert.Contains("extract", rootHelp);
        Assert.Equal(0, code);
        Assert.Contains("--out", help);
        Assert.Contains("PATH", help);
    }

    [Fact]
    public async Task Version_prints_the_product_version()
    {
        var (code, stdout, _) = await Run("--version");

        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", stdout.Trim());
    }
}
