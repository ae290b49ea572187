using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ResumeLens.Web.Data;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Data;

public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task Sqlite_migrations_build_exactly_the_schema_of_the_model()
    {
        var folder = Directory.CreateTempSubdirectory("resumelens-schema-").FullName;
        try
        {
            var migrated = $"Data Source={Path.Combine(folder, "migrated.db")};Pooling=False";
            var modeled = $"Data Source={Path.Combine(folder, "model.db")};Pooling=False";
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, migrated, true, 10);

            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(migrated).Options))
            {
                var applied = await new SchemaMigrator(db, settings, NullLogger<SchemaMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken);
                Assert.NotEmpty(applied);
                Assert.Empty(await new SchemaMigrator(db, settings, NullLogger<SchemaMigrator>.Instance).GetPendingAsync(TestContext.Current.CancellationToken));
            }
            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(modeled).Options))
            {
                await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            }

            await using var a = new SqliteConnection(migrated);
            await using var b = new SqliteConnection(modeled);
            await a.OpenAsync(TestContext.Current.CancellationToken);
            await b.OpenAsync(TestContext.Current.CancellationToken);
            var fromMigrations = await SchemaSnapshot.ReadSqliteAsync(a);
            var fromModel = await SchemaSnapshot.ReadSqliteAsync(b);

            Assert.NotEmpty(fromModel);
            Assert.Equal(fromModel, fromMigrations);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Postgres_migrations_build_exactly_the_schema_of_the_model()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresAppFactory.Variable);
        TestEnvironment.SkipUnless(!string.IsNullOrWhiteSpace(admin), $"PostgreSQL tests skipped: set {PostgresAppFactory.Variable} to run them.");
        var migratedName = "resumelens_schema_m_" + Guid.NewGuid().ToString("N")[..10];
        var modelName = "resumelens_schema_e_" + Guid.NewGuid().ToString("N")[..10];
        await ExecuteAsync(admin!, $"CREATE DATABASE \"{migratedName}\"; CREATE DATABASE \"{modelName}\"");
        try
        {
            var migrated = new NpgsqlConnectionStringBuilder(admin) { Database = migratedName, Pooling = false }.ConnectionString;
            var modeled = new NpgsqlConnectionStringBuilder(admin) { Database = modelName, Pooling = false }.ConnectionString;
            var settings = new DatabaseSettings(DatabaseProvider.Postgres, migrated, true, 10);

            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(migrated).Options))
            {
                Assert.NotEmpty(await new SchemaMigrator(db, settings, NullLogger<SchemaMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken));
                Assert.Empty(await new SchemaMigrator(db, settings, NullLogger<SchemaMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken));
            }
            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(modeled).Options))
            {
                await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            }

            await using var a = new NpgsqlConnection(migrated);
            await using var b = new NpgsqlConnection(modeled);
            await a.OpenAsync(TestContext.Current.CancellationToken);
            await b.OpenAsync(TestContext.Current.CancellationToken);
            var fromMigrations = await SchemaSnapshot.ReadPostgresAsync(a);
            var fromModel = await SchemaSnapshot.ReadPostgresAsync(b);

            Assert.NotEmpty(fromModel);
            Assert.Equal(fromModel, fromMigrations);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS \"{migratedName}\" WITH (FORCE); DROP DATABASE IF EXISTS \"{modelName}\" WITH (FORCE)");
        }
    }

    [Fact]
    public void Every_provider_ships_the_same_migration_versions()
    {
        var sqlite = SchemaMigrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Version);
        var postgres = SchemaMigrator.Scripts(DatabaseProvider.Postgres).Select(s => s.Version);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
