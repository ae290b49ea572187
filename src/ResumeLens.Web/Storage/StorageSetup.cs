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
        var options = Hosting.SettingsBinder.Bind<StorageOptions>(builder.Configuration, StorageOptions.Section);
        switch (options.Provider?.Trim().ToLowerInvariant())
        {
            case "filesystem" or "files":
                var store = CreateFileSystemStore(options, builder.Environment);
                builder.Services.AddSingleton<IFileStore>(store);
                break;
            case "database":
                builder.Services.AddSingleton<IFileStore>(sp =>
                    new DatabaseFileStore(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>()));
                break;
            default:
                throw new Hosting.StartupException($"Storage:Provider: '{options.Provider}' is not supported; use FileSystem or Database.");
        }
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
