using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ResumeLens.Web.Data;

/// <summary>Registers the application database for the configured provider.</summary>
public static class DatabaseSetup
{
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(
            Hosting.SettingsBinder.Bind<DatabaseOptions>(builder.Configuration, DatabaseOptions.Section), builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<AppDbContext>(options =>
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
                options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteConnectionSetup());
            else
                options.UseNpgsql(settings.ConnectionString);
        });
        builder.Services.AddScoped<SchemaMigrator>();
        return builder;
    }

    /// <summary>Where a provider's connection string points, without secrets, for messages.</summary>
    public static string Describe(DatabaseSettings settings)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
                return "SQLite file " + new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            var b = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            return $"PostgreSQL at {b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return settings.Provider + " (connection string cannot be parsed)";
        }
    }
}
