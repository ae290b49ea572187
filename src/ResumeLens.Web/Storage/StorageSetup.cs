using Microsoft.Extensions.Options;

namespace ResumeLens.Web.Storage;

/// <summary>Where uploaded originals are kept.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>FileSystem</c> (default) or <c>Database</c>.</summary>
    public string Provider { get; set; } = "FileSystem";

    /// <summary>Folder for the FileSystem store.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "files");
}

/// <summary>Registers the configured <see cref="IFileStore"/>.</summary>
public static class StorageSetup
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        builder.Services.AddSingleton<IFileStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider?.Trim().ToLowerInvariant() switch
            {
                "filesystem" or "files" => CreateFileSystemStore(options, sp.GetRequiredService<IHostEnvironment>()),
                "database" => new DatabaseFileStore(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>()),
                _ => throw new Hosting.StartupException(
                    $"Storage:Provider: '{options.Provider}' is not supported; use FileSystem or Database."),
            };
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static FileSystemFileStore CreateFileSystemStore(StorageOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
            throw new Hosting.StartupException("Storage:Path: required when Storage:Provider is FileSystem.");
        var root = System.IO.Path.IsPathRooted(options.Path)
            ? options.Path
            : System.IO.Path.Combine(environment.ContentRootPath, options.Path);
        return new FileSystemFileStore(root);
    }
}
