using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Matching;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Cli;

/// <summary>
/// <c>resumelens match --job FILE-or-URL PATH... [--format table|csv|json]</c>: every resume parsed and
/// ranked against the job, best first, with the top reasons per candidate.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var job = new Option<string>("--job", "-j")
        {
            Description = "The job description: a file (TXT, DOCX, PDF, HTML, ...) or an http(s) URL of a posting page.",
            HelpName = "FILE-or-URL",
            Required = true,
        };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Resume files, or folders searched recursively for supported formats.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: table (readable in a terminal), csv or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var minScore = new Option<double>("--min-score")
        {
            Description = "Leave out candidates scoring below this (0-100).",
            DefaultValueFactory = _ => 0,
        };
        var mustHave = new Option<bool>("--must-have")
        {
            Description = "Leave out candidates who miss a must-have requirement of the job.",
        };
        var command = new Command("match", "Rank resumes against a job description with scores and the reasons behind them. Exit codes: 0 all read; "
            + "1 the job or some resume could not be read (reported on stderr, the rest are still ranked).")
        {
            job,
            paths,
            format,
            minScore,
            mustHave,
        };
        command.SetAction((result, ct) =>
        {
            var config = result.InvocationConfiguration;
            return RunAsync(result.GetValue(job)!, result.GetValue(paths) ?? [], result.GetValue(format) ?? "table",
                new RankOptions(result.GetValue(minScore), result.GetValue(mustHave)), config.Output, config.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(string jobInput, IReadOnlyList<string> paths, string format, RankOptions options,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ParseCommand.WarmUpKnowledge();
        var posting = await JobCommand.LoadAsync(jobInput, stderr, ct);
        if (posting is null) return 1;
        var matcher = Matcher.Default;
        var (files, problems) = InputFiles.Expand(paths);
        var profiles = new List<(string File, MatchProfile Profile, ResumeProfile Resume)>();
        var outcome = await FileBatch.RunAsync(files, problems,
            (path, token) => Prepare(matcher, path, token),
            (path, value) => profiles.Add((path, value.Profile, value.Resume)),
            stderr, ct);

        var ranked = await Ranker.RankAsync(matcher, posting, [.. profiles.Select(p => p.Profile)], options, cancellationToken: ct);
        switch (format)
        {
            case "json":
                WriteJson(stdout, posting, ranked, profiles);
                break;
            case "csv":
                WriteCsv(stdout, ranked, profiles);
                break;
            default:
                WriteTable(stdout, posting, ranked, profiles);
                break;
        }
        await stdout.FlushAsync(ct);
        return outcome.ExitCode;
    }

    private static (MatchProfile Profile, ResumeProfile Resume) Prepare(Matcher matcher, string path, CancellationToken ct)
    {
        var data = DocumentExtractor.ReadFile(path, ExtractionLimits.Default);
        var name = Path.GetFileName(path);
        var doc = DocumentExtractor.Extract(data, name, ExtractionLimits.Default, ct);
        var resume = ResumeParser.Parse(doc, new ResumeParseOptions(FileName: name, Sha256: Convert.ToHexStringLower(SHA256.HashData(data))));
        // The path identifies the candidate, so ties order the same way on every run.
        return (matcher.Profile(resume, doc, path), resume);
    }

    private static string Name(ResumeProfile r, string file) => string.IsNullOrWhiteSpace(r.Basics.Name) ? Path.GetFileNameWithoutExtension(file) : r.Basics.Name!;

    /// <summary>Short reasons: the strongest found and the most important missing requirements.</summary>
    private static (string Strengths, string Gaps) Reasons(MatchResult result)
    {
        var found = new List<string>();
        var missing = new List<string>();
        foreach (var c in result.Categories.Where(c => c.Weight > 0).OrderByDescending(c => c.Weight))
        {
            if (c.Name == MatchCategories.TextSimilarity) continue;
            found.AddRange(c.Found.Take(3));
            missing.AddRange(c.Missing.Take(3));
        }
        foreach (var m in result.MustHaveFailed) missing.Insert(0, "must-have " + m);
        return (string.Join(", ", found.Take(5)), string.Join(", ", missing.Take(4)));
    }

    private static void WriteTable(TextWriter w, JobPosting posting, IReadOnlyList<RankedCandidate> ranked, List<(string File, MatchProfile Profile, ResumeProfile Resume)> profiles)
    {
        w.WriteLine($"Job: {posting.Title ?? "(untitled)"}{(posting.HiringOrganization is { } o ? " at " + o.Name : "")}");
        w.WriteLine($"Required: {string.Join(", ", posting.RequiredSkills)}");
        if (posting.PreferredSkills.Count > 0) w.WriteLine($"Preferred: {string.Join(", ", posting.PreferredSkills)}");
        w.WriteLine();
        w.WriteLine($"{"#",3}  {"Score",5}  {"Candidate",-28}  Reasons");
        foreach (var r in ranked)
        {
            var p = profiles[r.Index];
            var (strengths, gaps) = Reasons(r.Result);
            var name = Name(p.Resume, p.File);
            if (name.Length > 28) name = name[..27] + "…";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Rank,3}  {r.Result.Score,5:0.0}  {name,-28}  + {(strengths.Length == 0 ? "-" : strengths)}"));
            if (gaps.Length > 0) w.WriteLine($"{"",3}  {"",5}  {"",-28}  - {gaps}");
        }
    }

    private static void WriteCsv(TextWriter w, IReadOnlyList<RankedCandidate> ranked, List<(string File, MatchProfile Profile, ResumeProfile Resume)> profiles)
    {
        var header = new List<string> { "rank", "score", "name", "file" };
        header.AddRange(MatchCategories.BuiltIn);
        header.AddRange(["found", "missing", "mustHaveFailed"]);
        w.WriteLine(string.Join(',', header));
        foreach (var r in ranked)
        {
            var p = profiles[r.Index];
            var (strengths, gaps) = Reasons(r.Result);
            var fields = new List<string>
            {
                r.Rank.ToString(CultureInfo.InvariantCulture),
                r.Result.Score.ToString("0.0", CultureInfo.InvariantCulture),
                Name(p.Resume, p.File),
                p.File,
            };
            foreach (var name in MatchCategories.BuiltIn)
            {
                var c = r.Result.Categories.FirstOrDefault(x => x.Name == name);
                fields.Add(c is null || c.Weight == 0 ? "" : c.Score.ToString("0.0", CultureInfo.InvariantCulture));
            }
            fields.AddRange([strengths, gaps, string.Join(' ', r.Result.MustHaveFailed)]);
            w.WriteLine(string.Join(',', fields.Select(Csv)));
        }
    }

    // Quote fields that need it and defuse spreadsheet formulas in names taken from resumes.
    private static string Csv(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static void WriteJson(TextWriter w, JobPosting posting, IReadOnlyList<RankedCandidate> ranked, List<(string File, MatchProfile Profile, ResumeProfile Resume)> profiles)
    {
        var payload = new
        {
            job = posting,
            candidates = ranked.Select(r => new
            {
                rank = r.Rank,
                file = profiles[r.Index].File,
                name = profiles[r.Index].Resume.Basics.Name,
                score = r.Result.Score,
                categories = r.Result.Categories,
                mustHaveFailed = r.Result.MustHaveFailed,
                version = r.Result.Version,
            }),
        };
        w.WriteLine(JsonSerializer.Serialize(payload, PostingJson.Options));
    }
}
