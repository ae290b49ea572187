using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ResumeLens.Web.Data;

/// <summary>One versioned schema change for one provider.</summary>
public sealed record MigrationScript(string Version, string Sql);

/// <summary>
/// Applies the hand-written, versioned SQL migrations of the current provider in order, each in its own
/// transaction, and records them in <c>__resumelens_migrations</c>. On PostgreSQL an advisory lock keeps
/// several nodes starting at once from migrating twice.
/// </summary>
public sealed class SchemaMigrator(AppDbContext db, DatabaseSettings settings, ILogger<SchemaMigrator> logger)
{
    internal const string HistoryTable = "__resumelens_migrations";
    private const long AdvisoryLockKey = 0x5245_5355_4d45; // "RESUME"

    /// <summary>All migration scripts shipped for a provider, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"migrations/{provider.ToString().ToLowerInvariant()}/";
        var scripts = new List<MigrationScript>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(prefix, StringComparison.Ordinal) || !normalized.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var version = normalized[prefix.Length..^4];
            scripts.Add(new MigrationScript(version, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => string.CompareOrdinal(a.Version, b.Version));
        return scripts;
    }

    /// <summary>Versions shipped with this build that the database has not applied yet.</summary>
    public async Task<IReadOnlyList<string>> GetPendingAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        var applied = await ReadAppliedAsync(connection, null, cancellationToken);
        var pending = new List<string>();
        foreach (var script in Scripts(settings.Provider))
        {
            if (!applied.Contains(script.Version)) pending.Add(script.Version);
        }
        return pending;
    }

    /// <summary>Applies every pending migration and returns the versions applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        var appliedNow = new List<string>();
        if (settings.Provider == DatabaseProvider.Postgres)
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateHistorySql(), cancellationToken);
            var applied = await ReadAppliedAsync(connection, null, cancellationToken);
            foreach (var script in Scripts(settings.Provider))
            {
                if (applied.Contains(script.Version)) continue;
                await using var tx = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, tx, script.Sql, cancellationToken);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = $"INSERT INTO {HistoryTable} (version, applied_at) VALUES (@v, @t)";
                    AddParameter(record, "@v", script.Version);
                    AddParameter(record, "@t", DateTimeOffset.UtcNow.ToString("O"));
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }
                await tx.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {Version}", script.Version);
                appliedNow.Add(script.Version);
            }
        }
        finally
        {
            if (settings.Provider == DatabaseProvider.Postgres)
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
        return appliedNow;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        return connection;
    }

    private static string CreateHistorySql() =>
        $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version VARCHAR(100) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)";

    private async Task<HashSet<string>> ReadAppliedAsync(DbConnection connection, DbTransaction? tx, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        if (!await HistoryExistsAsync(connection, cancellationToken)) return applied;
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT version FROM {HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetString(0));
        return applied;
    }

    private async Task<bool> HistoryExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = settings.Provider == DatabaseProvider.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{HistoryTable}'";
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return count > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
