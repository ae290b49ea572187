namespace ResumeLens.Core.Tests;

/// <summary>Locates the shared real-document folder (../shared/data beside the repository).</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Dir => Root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Dir, .. parts]);

    public static IEnumerable<string> Files(string subFolder, string pattern) =>
        Directory.EnumerateFiles(Path(subFolder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("../shared/data was not found above " + AppContext.BaseDirectory);
    }
}
