using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ResumeLens.Web.Data;
using ResumeLens.Web.Storage;

namespace ResumeLens.Web.Hosting;

/// <summary>
/// Start-up sequence: validate settings, reach the database, check the file store, migrate where
/// configured, then serve; or run the <c>migrate</c> command and exit.
/// </summary>
public static class AppRunner
{
    public static async Task<int> RunResumeLensAsync(this WebApplication app, string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "schema-script", StringComparison.OrdinalIgnoreCase))
        {
            // Prints the schema EF Core derives from the model: the reference for writing the next migration script.
            await using var scope = app.Services.CreateAsyncScope();
            Console.Out.WriteLine(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
            return 0;
        }
        var migrateOnly = args.Length > 0 && string.Equals(args[0], "migrate", StringComparison.OrdinalIgnoreCase);
        await PrepareAsync(app.Services, migrateOnly, app.Lifetime.ApplicationStopping);
        if (migrateOnly) return 0;
        await app.RunAsync();
        return 0;
    }

    /// <summary>Runs every start-up check; throws <see cref="StartupException"/> naming the setting at fault.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool migrate, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        HostRoleSetup.ReadRole(services.GetRequiredService<IConfiguration>());
        await CheckDatabaseAsync(services, settings, cancellationToken);

        if (migrate || settings.MigrateOnStart)
        {
            await using var scope = services.CreateAsyncScope();
            var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
            var applied = await migrator.MigrateAsync(cancellationToken);
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ResumeLens.Startup");
            logger.LogInformation("Database ready ({Applied} migrations applied now)", applied.Count);
        }

        // After migrating: the database file store needs its table to prove it can be written.
        await CheckStorageAsync(services, cancellationToken);
    }

    private static async Task CheckDatabaseAsync(IServiceProvider services, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(file));
                try
                {
                    if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new StartupException($"Database:ConnectionString: the folder '{folder}' for the SQLite file cannot be created ({ex.Message}).");
                }
            }
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds));
        try
        {
            await db.Database.OpenConnectionAsync(timeout.Token);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            await db.Database.CloseConnectionAsync();
        }
        catch (Exception ex) when (ex is not StartupException && !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException ? $"no answer within {settings.ConnectTimeoutSeconds} s" : Innermost(ex).Message;
            throw new StartupException($"Database:ConnectionString: cannot connect to {DatabaseSetup.Describe(settings)} ({reason}).", ex);
        }
    }

    private static async Task CheckStorageAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IFileStore>();
        try
        {
            await store.CheckWritableAsync(cancellationToken);
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && store is FileSystemFileStore)
        {
            throw new StartupException($"Storage:Path: the folder '{((FileSystemFileStore)store).Root}' is not writable ({ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StartupException($"Storage:Provider: the {store.GetType().Name} cannot be written ({ex.Message}).", ex);
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
