using System.CommandLine;

namespace ResumeLens.Cli;

/// <summary>The resumelens sub-commands, in the order --help lists them.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All()
    {
        yield return ExtractCommand.Create();
        yield return ParseCommand.Create();
        yield return JobCommand.Create();
        yield return MatchCommand.Create();
    }
}
