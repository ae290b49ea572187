using System.CommandLine;
using System.Text;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Cli;

/// <summary>
/// <c>resumelens extract PATH... [--out DIR]</c>: plain UTF-8 text in reading order. One input goes to
/// stdout; several inputs need --out and become DIR/&lt;name&gt;.txt each.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Exit code for a command line that cannot be carried out as given.</summary>
    public const int UsageError = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files to read (the format is detected from content), or folders searched recursively for .pdf, .docx, .odt, .rtf, .html, .htm, .txt, .md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out", "-o")
        {
            Description = "Folder to write <name>.txt per input into (created if missing). Required when the PATHs name more than one file; "
                + "with a single file and no --out the text goes to standard output.",
            HelpName = "DIR",
        };
        var command = new Command("extract",
            "Extract plain UTF-8 text in reading order. Exit codes: 0 all read; 1 some file could not be read (reported on stderr, the rest "
            + "are still processed); 2 several files without --out.")
        {
            paths,
            outDir,
        };
        command.SetAction((result, ct) =>
        {
            var config = result.InvocationConfiguration;
            return RunAsync(result.GetValue(paths) ?? [], result.GetValue(outDir), config.Output, config.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string? outDir, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (files, problems) = InputFiles.Expand(paths);
        if (outDir is null && files.Count > 1)
        {
            await stderr.WriteLineAsync(
                $"resumelens: extract: {files.Count} files to extract; give --out DIR to write one <name>.txt per input (only a single file is written to standard output).");
            return UsageError;
        }

        if (outDir is null)
        {
            var outcome = await FileBatch.RunAsync(files, problems,
                (path, token) => DocumentExtractor.Extract(path, null, token).ToPlainText(),
                (_, text) => stdout.Write(text),
                stderr, ct);
            await stdout.FlushAsync(ct);
            return outcome.ExitCode;
        }

        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            FileBatch.ReportProblem(stderr, outDir, "cannot create output folder: " + FileBatch.Describe(ex));
            return 1;
        }

        // Output names are fixed up front, in input order, so duplicate stems number the same way on every run.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) targets[file] = InputFiles.OutputPath(outDir, file, ".txt", taken);

        var result = await FileBatch.RunAsync(files, problems,
            (path, token) =>
            {
                var text = DocumentExtractor.Extract(path, null, token).ToPlainText();
                File.WriteAllText(targets[path], text, Utf8NoBom);
                return targets[path];
            },
            (_, _) => { },
            stderr, ct);
        return result.ExitCode;
    }
}
