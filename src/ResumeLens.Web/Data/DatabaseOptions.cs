namespace ResumeLens.Web.Data;

/// <summary>Which database the platform uses and how it connects.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, one file under ./data) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Provider connection string; for SQLite defaults to <c>Data Source=data/resumelens.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Default: on for SQLite and in Development.</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>Seconds to wait for the database when checking it at start-up.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 10;
}

/// <summary>The supported database engines.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Database settings after validation.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart, int ConnectTimeoutSeconds)
{
    public static DatabaseSettings From(DatabaseOptions options, IHostEnvironment environment)
    {
        var provider = options.Provider?.Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new Hosting.StartupException(
                $"Database:Provider: '{options.Provider}' is not supported; use Sqlite or Postgres."),
        };
        var connection = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new Hosting.StartupException("Database:ConnectionString: required when Database:Provider is Postgres.");
            connection = "Data Source=" + Path.Combine("data", "resumelens.db");
        }
        if (provider == DatabaseProvider.Sqlite) connection = AnchorSqlitePath(connection, environment.ContentRootPath);
        if (options.ConnectTimeoutSeconds is < 1 or > 300)
            throw new Hosting.StartupException("Database:ConnectTimeoutSeconds: must be between 1 and 300.");
        var migrate = options.MigrateOnStart ?? (provider == DatabaseProvider.Sqlite || environment.IsDevelopment());
        return new DatabaseSettings(provider, connection, migrate, options.ConnectTimeoutSeconds);
    }

    // A relative SQLite file is placed under the content root, like the file store, whatever the working folder.
    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        Microsoft.Data.Sqlite.SqliteConnectionStringBuilder builder;
        try
        {
            builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new Hosting.StartupException($"Database:ConnectionString: not a valid SQLite connection string ({ex.Message}).");
        }
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || Path.IsPathRooted(source))
            return builder.ToString();
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        return builder.ToString();
    }
}
