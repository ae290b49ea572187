using ResumeLens.Core.Extraction;
using Spectre.Console;

namespace ResumeLens.Cli;

/// <summary>
/// Runs one operation over many files on all cores, reports each failure on stderr with its path
/// and reason, keeps going, and shows a progress bar only when both output streams are a terminal.
/// </summary>
internal static class FileBatch
{
    /// <summary>Result of a batch: how many files failed (including paths that did not exist).</summary>
    public sealed record Outcome(int Succeeded, int Failed)
    {
        public int ExitCode => Failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// Processes <paramref name="files"/> in parallel. <paramref name="work"/> returns a value per file;
    /// <paramref name="emit"/> is called in input order on one thread so stdout stays ordered.
    /// </summary>
    public static async Task<Outcome> RunAsync<T>(
        IReadOnlyList<string> files,
        IReadOnlyList<FileProblem> problems,
        Func<string, CancellationToken, T> work,
        Action<string, T> emit,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        foreach (var p in problems) ReportProblem(stderr, p.Path, p.Reason);

        var results = new Result<T>[files.Count];
        var failed = problems.Count;
        var succeeded = 0;
        var nextToEmit = 0;
        var emitLock = new object();

        void Flush()
        {
            // Emit finished results in input order as soon as the prefix is complete.
            while (nextToEmit < results.Length && results[nextToEmit] is { } r)
            {
                if (r.Error is null) emit(files[nextToEmit], r.Value!);
                else ReportProblem(stderr, files[nextToEmit], r.Error);
                results[nextToEmit] = null!;
                nextToEmit++;
            }
        }

        async Task ProcessAll(Action? tick)
        {
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            await Parallel.ForAsync(0, files.Count, options, (i, ct) =>
            {
                Result<T> r;
                try
                {
                    r = new Result<T>(work(files[i], ct), null);
                    Interlocked.Increment(ref succeeded);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    r = new Result<T>(default, Describe(ex));
                    Interlocked.Increment(ref failed);
                }
                lock (emitLock)
                {
                    results[i] = r;
                    Flush();
                }
                tick?.Invoke();
                return ValueTask.CompletedTask;
            });
        }

        if (ShowProgress(files.Count, stderr))
        {
            await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Processing", maxValue: files.Count);
                    await ProcessAll(() => task.Increment(1));
                });
        }
        else
        {
            await ProcessAll(null);
        }

        return new Outcome(succeeded, failed);
    }

    /// <summary>A short, human reason for a failure; typed extraction errors carry their code.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        DocumentReadException d => $"{d.Code}: {d.Message}",
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such folder",
        IOException io => io.Message,
        _ => ex.Message,
    };

    public static void ReportProblem(TextWriter stderr, string path, string reason)
    {
        lock (stderr) stderr.WriteLine($"resumelens: {path}: {reason}");
    }

    // Only the real console gets a bar: callers that capture stderr (tests, embedding) want plain lines.
    private static bool ShowProgress(int count, TextWriter stderr) =>
        count > 1 && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null;

    private sealed record Result<TValue>(TValue? Value, string? Error);
}
