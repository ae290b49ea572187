using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ResumeLens.Web.Tests.Infrastructure;

/// <summary>
/// The real web app over a real database. One subclass per provider; each instance gets its own
/// empty database and file folder, deleted when the fixture is disposed.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    protected AppFactory()
    {
        Folder = Directory.CreateTempSubdirectory("resumelens-test-").FullName;
        _settings["Storage:Path"] = Path.Combine(Folder, "files");
        _settings["Database:MigrateOnStart"] = "true";
        _settings["RateLimiting:PermitLimit"] = "100000";
    }

    /// <summary>Scratch folder of this factory (database file, stored files).</summary>
    public string Folder { get; }

    public abstract string ProviderName { get; }

    /// <summary>False when the provider's server is not configured; tests then skip with <see cref="SkipReason"/>.</summary>
    public virtual bool IsAvailable => true;

    public virtual string SkipReason => "";

    public CapturedLogs Logs { get; } = new();

    /// <summary>Extra settings for this factory; call before the first client is created.</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Skips the calling test when the provider is not configured; in CI a missing provider is a failure.</summary>
    /// <summary>Extra service registrations (test handlers); call before the first client is created.</summary>
    public AppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public void SkipIfUnavailable() => TestEnvironment.SkipUnless(IsAvailable, SkipReason);

    protected void Set(string key, string? value) => _settings[key] = value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, FaultEndpoints>();
            foreach (var configure in _services) configure(services);
        });
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>The app on a SQLite file in a scratch folder, files on disk.</summary>
public class SqliteAppFactory : AppFactory
{
    public SqliteAppFactory()
    {
        Set("Database:Provider", "Sqlite");
        Set("Database:ConnectionString", $"Data Source={Path.Combine(Folder, "app.db")};Pooling=False");
    }

    public override string ProviderName => "Sqlite";
}

/// <summary>
/// The app on a fresh PostgreSQL database, when RESUMELENS_TEST_POSTGRES holds a connection string to a
/// server where the user may create databases.
/// </summary>
public class PostgresAppFactory : AppFactory
{
    public const string Variable = "RESUMELENS_TEST_POSTGRES";
    private readonly string? _admin = Environment.GetEnvironmentVariable(Variable);
    private readonly string _database = "resumelens_test_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresAppFactory()
    {
        Set("Database:Provider", "Postgres");
        if (_admin is not null)
        {
            var b = new NpgsqlConnectionStringBuilder(_admin) { Database = _database, Pooling = false };
            Set("Database:ConnectionString", b.ConnectionString);
        }
    }

    public override string ProviderName => "Postgres";

    public override bool IsAvailable => !string.IsNullOrWhiteSpace(_admin);

    public override string SkipReason => $"PostgreSQL tests skipped: set {Variable} to an admin connection string to run them.";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _database, Pooling = false }.ConnectionString;

    public override async ValueTask InitializeAsync()
    {
        if (!IsAvailable) return;
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (!IsAvailable) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Log lines written during tests, with the scope values active when each was written.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<LogLine> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string> Scope);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string>(StringComparer.Ordinal);
            owner._scopes.ForEachScope((value, dict) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var (k, v) in pairs) dict[k] = v?.ToString() ?? "";
                }
            }, scope);
            owner._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), scope));
        }
    }
}
