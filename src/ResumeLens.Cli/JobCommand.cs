using System.CommandLine;
using System.Text.Json;
using ResumeLens.Core.Postings;

namespace ResumeLens.Cli;

/// <summary><c>resumelens job FILE-or-URL</c>: the job description as schema.org JobPosting JSON on stdout.</summary>
internal static class JobCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("FILE-or-URL")
        {
            Description = "A job description file (TXT, DOCX, PDF, HTML, ...) or an http(s) URL of a job posting page.",
        };
        var command = new Command("job", "Parse a job description into schema.org JobPosting JSON with normalized required and preferred skills. "
            + "URLs to private, loopback or link-local addresses are refused.")
        {
            input,
        };
        command.SetAction((result, ct) =>
        {
            var config = result.InvocationConfiguration;
            return RunAsync(result.GetValue(input)!, config.Output, config.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(string input, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var posting = await LoadAsync(input, stderr, ct);
        if (posting is null) return 1;
        await stdout.WriteLineAsync(JsonSerializer.Serialize(posting, PostingJson.Options));
        await stdout.FlushAsync(ct);
        return 0;
    }

    /// <summary>Loads a posting from a file or URL, reporting a failure on stderr and returning null.</summary>
    public static async Task<JobPosting?> LoadAsync(string input, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            return await new JobImporter().ImportAsync(input, ct);
        }
        catch (JobImportException ex)
        {
            FileBatch.ReportProblem(stderr, input, $"{ex.Code}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Core.Extraction.DocumentReadException)
        {
            FileBatch.ReportProblem(stderr, input, FileBatch.Describe(ex));
        }
        return null;
    }
}
