using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;

namespace ResumeLens.Cli;

/// <summary>
/// <c>resumelens parse PATH... [--out DIR]</c>: one JSON Resume document per input. One input goes to stdout
/// (indented); several go to stdout as JSON Lines, or with --out to DIR/&lt;name&gt;.json each.
/// </summary>
internal static class ParseCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Resume files (the format is detected from content), or folders searched recursively for .pdf, .docx, .odt, .rtf, .html, .htm, .txt, .md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out", "-o")
        {
            Description = "Folder to write <name>.json per input into (created if missing). Without it one file prints as JSON and several as JSON Lines.",
            HelpName = "DIR",
        };
        var command = new Command("parse",
            "Parse resumes into JSON Resume documents with normalized skills. Exit codes: 0 all parsed; 1 some file could not be read "
            + "(reported on stderr, the rest are still processed).")
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

    /// <summary>Starts loading the knowledge base in the background: the first files are read while it loads.</summary>
    public static void WarmUpKnowledge() => _ = Task.Run(() => KnowledgeBase.Default);

    /// <summary>Reads, extracts and parses one file; the profile records the file name and content hash.</summary>
    public static ResumeProfile ParseFile(string path, CancellationToken ct)
    {
        var limits = ExtractionLimits.Default;
        var name = Path.GetFileName(path);
        var data = DocumentExtractor.ReadFile(path, limits);
        var doc = DocumentExtractor.Extract(data, name, limits, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        return ResumeParser.Parse(doc, new ResumeParseOptions(FileName: name, Sha256: sha));
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string? outDir, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        WarmUpKnowledge();
        var (files, problems) = InputFiles.Expand(paths);
        if (outDir is null)
        {
            var single = files.Count == 1 && problems.Count == 0;
            var outcome = await FileBatch.RunAsync(files, problems,
                (path, token) => JsonSerializer.Serialize(ParseFile(path, token), single ? ResumeJson.Options : ResumeJson.Compact),
                (_, json) => stdout.Write(json + "\n"),
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

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) targets[file] = InputFiles.OutputPath(outDir, file, ".json", taken);

        var result = await FileBatch.RunAsync(files, problems,
            (path, token) =>
            {
                File.WriteAllText(targets[path], JsonSerializer.Serialize(ParseFile(path, token), ResumeJson.Options), Utf8NoBom);
                return targets[path];
            },
            (_, _) => { },
            stderr, ct);
        return result.ExitCode;
    }
}
