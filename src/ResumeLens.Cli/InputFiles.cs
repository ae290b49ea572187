namespace ResumeLens.Cli;

/// <summary>Turns command-line PATH arguments into the list of documents to process.</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".odt", ".rtf", ".html", ".htm", ".txt", ".md", ".markdown",
    };

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// Files are taken as given (their content decides the format); folders are searched recursively
    /// for supported extensions. Paths that do not exist are returned as problems, not thrown.
    /// </summary>
    public static (List<string> Files, List<FileProblem> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<FileProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in paths)
        {
            if (File.Exists(raw))
            {
                if (seen.Add(Path.GetFullPath(raw))) files.Add(raw);
            }
            else if (Directory.Exists(raw))
            {
                var found = new List<string>();
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                };
                foreach (var file in Directory.EnumerateFiles(raw, "*", options))
                {
                    if (IsSupported(file)) found.Add(file);
                }
                found.Sort(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    if (seen.Add(Path.GetFullPath(file))) files.Add(file);
                }
            }
            else
            {
                problems.Add(new FileProblem(raw, "no such file or folder"));
            }
        }
        return (files, problems);
    }

    /// <summary>Output name for an input inside --out: the input's name with the new extension, made unique.</summary>
    public static string OutputPath(string outDir, string input, string extension, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var candidate = Path.Combine(outDir, stem + extension);
        var n = 2;
        lock (taken)
        {
            while (!taken.Add(candidate))
            {
                candidate = Path.Combine(outDir, $"{stem}-{n++}{extension}");
            }
        }
        return candidate;
    }
}

/// <summary>A file that could not be processed, and why.</summary>
internal sealed record FileProblem(string Path, string Reason);
