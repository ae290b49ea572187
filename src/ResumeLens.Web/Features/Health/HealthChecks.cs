using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResumeLens.Web.Data;
using ResumeLens.Web.Storage;

namespace ResumeLens.Web.Features.Health;

/// <summary>The database answers a trivial query; reports the round-trip latency.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{DatabaseSetup.Describe(settings)} is not reachable.",
                data: new Dictionary<string, object> { ["provider"] = settings.Provider.ToString() });
        }
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return HealthCheckResult.Healthy(DatabaseSetup.Describe(settings), new Dictionary<string, object>
        {
            ["provider"] = settings.Provider.ToString(),
            ["latencyMs"] = Math.Round(latency, 2),
        });
    }
}

/// <summary>Every migration shipped with this build has been applied.</summary>
public sealed class MigrationsHealthCheck(SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.GetPendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("All migrations applied.")
                : HealthCheckResult.Unhealthy($"Pending migrations: {string.Join(", ", pending)}. Run the migrate command.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Migration state cannot be read.");
        }
    }
}

/// <summary>The file store accepts a write now.</summary>
public sealed class StorageHealthCheck(IFileStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckWritableAsync(cancellationToken);
            return HealthCheckResult.Healthy(store.GetType().Name);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("File storage is not writable.");
        }
    }
}
