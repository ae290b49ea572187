using System.CommandLine;
using ResumeLens.Cli;

var root = new RootCommand("ResumeLens: extract, parse, match and analyze resumes offline.");
foreach (var command in Commands.All())
{
    root.Subcommands.Add(command);
}
return await root.Parse(args).InvokeAsync();
