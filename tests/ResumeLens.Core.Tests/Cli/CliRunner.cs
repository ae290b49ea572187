using System.CommandLine;
using ResumeLens.Cli;

namespace ResumeLens.Core.Tests.Cli;

/// <summary>Runs the resumelens command line in-process, the way Program.cs wires it, in a scratch folder of its own.</summary>
public abstract class CliRunner : IDisposable
{
    protected string Scratch { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "resumelens-cli-" + Guid.NewGuid().ToString("N"));

    protected CliRunner() => Directory.CreateDirectory(Scratch);

    public void Dispose()
    {
        Directory.Delete(Scratch, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var root = new RootCommand("ResumeLens: extract, parse, match and analyze resumes offline.");
        foreach (var command in Commands.All()) root.Subcommands.Add(command);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
