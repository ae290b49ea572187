using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResumeLens.Web.Data;

namespace ResumeLens.Web.Features.Work;

/// <summary>
/// The durable work queue: a table in the application database. Enqueueing only adds a row to the
/// caller's context, so the work is saved in the same transaction as the data it is about.
/// </summary>
public sealed class WorkQueue(DatabaseSettings database, TimeProvider clock, WorkSignal signal, Microsoft.Extensions.Options.IOptions<WorkOptions> options)
{
    private readonly WorkOptions _options = options.Value;

    /// <summary>Adds a work item to <paramref name="db"/>; it is stored when the caller saves.</summary>
    public WorkItem Enqueue<TPayload>(AppDbContext db, string kind, TPayload payload, TimeSpan? delay = null, int? maxAttempts = null)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var item = new WorkItem
        {
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            Status = WorkStatus.Pending,
            MaxAttempts = maxAttempts ?? _options.MaxAttempts,
            RunAfterMs = now + (long)(delay?.TotalMilliseconds ?? 0),
            CreatedMs = now,
            UpdatedMs = now,
        };
        db.WorkItems.Add(item);
        signal.Notify();
        return item;
    }

    /// <summary>
    /// Takes the next due item, or one whose lease expired because its worker died, and leases it to
    /// <paramref name="owner"/>. One statement: on PostgreSQL concurrent claimers skip each other's
    /// locked rows; SQLite has a single writer.
    /// </summary>
    public async Task<WorkContext?> ClaimAsync(AppDbContext db, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var lockClause = database.Provider == DatabaseProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE work_items
            SET status = {(int)WorkStatus.Running}, lease_owner = @owner, lease_expires_ms = @expires,
                attempts = attempts + 1, updated_ms = @now
            WHERE id = (
                SELECT id FROM work_items
                WHERE (status = {(int)WorkStatus.Pending} AND run_after_ms <= @now)
                   OR (status = {(int)WorkStatus.Running} AND lease_expires_ms < @now)
                ORDER BY run_after_ms, id
                LIMIT 1
                {lockClause})
            RETURNING id, kind, payload, attempts, max_attempts
            """;
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@owner", owner);
        Add(command, "@expires", now + _options.LeaseSeconds * 1000L);
        Add(command, "@now", now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new WorkContext(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    /// <summary>Extends the lease while a handler runs; false when another worker has taken the item over.</summary>
    public async Task<bool> RenewLeaseAsync(AppDbContext db, long id, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var expires = now + _options.LeaseSeconds * 1000L;
        var updated = await db.WorkItems
            .Where(w => w.Id == id && w.LeaseOwner == owner && w.Status == WorkStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LeaseExpiresMs, expires).SetProperty(w => w.UpdatedMs, now), cancellationToken);
        return updated == 1;
    }

    public async Task CompleteAsync(AppDbContext db, long id, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.WorkItems
            .Where(w => w.Id == id && w.LeaseOwner == owner && w.Status == WorkStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkStatus.Succeeded)
                .SetProperty(w => w.LeaseOwner, (string?)null)
                .SetProperty(w => w.LeaseExpiresMs, (long?)null)
                .SetProperty(w => w.LastError, (string?)null)
                .SetProperty(w => w.CompletedMs, now)
                .SetProperty(w => w.UpdatedMs, now), cancellationToken);
    }

    /// <summary>Schedules a retry with exponential backoff and jitter, or fails the item for good.</summary>
    public async Task<WorkStatus> FailAsync(AppDbContext db, WorkContext work, string owner, string error, bool permanent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var message = error.Length > 2000 ? error[..2000] : error;
        if (permanent || work.Attempt >= work.MaxAttempts)
        {
            await db.WorkItems
                .Where(w => w.Id == work.Id && w.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.Status, WorkStatus.Failed)
                    .SetProperty(w => w.LeaseOwner, (string?)null)
                    .SetProperty(w => w.LeaseExpiresMs, (long?)null)
                    .SetProperty(w => w.LastError, message)
                    .SetProperty(w => w.CompletedMs, now)
                    .SetProperty(w => w.UpdatedMs, now), cancellationToken);
            return WorkStatus.Failed;
        }
        var runAfter = now + (long)BackoffDelay(work.Attempt).TotalMilliseconds;
        await db.WorkItems
            .Where(w => w.Id == work.Id && w.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkStatus.Pending)
                .SetProperty(w => w.LeaseOwner, (string?)null)
                .SetProperty(w => w.LeaseExpiresMs, (long?)null)
                .SetProperty(w => w.LastError, message)
                .SetProperty(w => w.RunAfterMs, runAfter)
                .SetProperty(w => w.UpdatedMs, now), cancellationToken);
        return WorkStatus.Pending;
    }

    /// <summary>Delay before the retry that follows attempt <paramref name="attempt"/>: doubling, capped, half of it random.</summary>
    public TimeSpan BackoffDelay(int attempt)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var delay = Math.Min((double)_options.BackoffMaxMs, _options.BackoffBaseMs * Math.Pow(2, exponent));
        var jittered = delay / 2 + Random.Shared.NextDouble() * delay / 2;
        return TimeSpan.FromMilliseconds(jittered);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}

/// <summary>Wakes this process's idle workers as soon as work is enqueued locally.</summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    public void Notify()
    {
        if (_signal.CurrentCount < 64) _signal.Release();
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(timeout, cancellationToken);
    }
}
