using Microsoft.Extensions.Options;

namespace ResumeLens.Web.Features.Work;

/// <summary>
/// Background workers of this process: each slot claims one item at a time, runs its handler while
/// renewing the lease, then completes it or schedules a retry. A lost database connection is waited
/// out, never fatal to the process.
/// </summary>
public sealed class WorkerLoop(
    IServiceScopeFactory scopes,
    WorkSignal signal,
    IOptions<WorkOptions> options,
    ILogger<WorkerLoop> logger) : BackgroundService
{
    private readonly WorkOptions _options = options.Value;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var slots = new Task[_options.EffectiveConcurrency];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = i;
            slots[i] = Task.Run(() => RunSlotAsync($"{_owner}/{slot}", stoppingToken), stoppingToken);
        }
        return Task.WhenAll(slots);
    }

    private async Task RunSlotAsync(string owner, CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(_options.PollIntervalMs);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var worked = await RunOnceAsync(owner, stoppingToken);
                failures = 0;
                if (!worked) await signal.WaitAsync(idle, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Typically the database is unreachable: back off and try again; leases protect the work.
                failures++;
                var wait = TimeSpan.FromMilliseconds(Math.Min(30_000, _options.PollIntervalMs * Math.Pow(2, Math.Min(failures, 10))));
                logger.LogWarning(ex, "Worker {Owner} cannot reach the work queue; retrying in {Delay}", owner, wait);
                try
                {
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and runs one item; false when nothing was due.</summary>
    internal async Task<bool> RunOnceAsync(string owner, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Data.AppDbContext>();
        var queue = services.GetRequiredService<WorkQueue>();
        var work = await queue.ClaimAsync(db, owner, stoppingToken);
        if (work is null) return false;

        IWorkHandler? handler = null;
        foreach (var h in services.GetServices<IWorkHandler>())
        {
            if (string.Equals(h.Kind, work.Kind, StringComparison.Ordinal)) handler = h;
        }
        if (handler is null)
        {
            await queue.FailAsync(db, work, owner, $"No handler is registered for work of kind '{work.Kind}'.", permanent: true, CancellationToken.None);
            logger.LogError("Work item {Id} has unknown kind {Kind}", work.Id, work.Kind);
            return true;
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = HeartbeatAsync(work.Id, owner, running);
        try
        {
            await handler.HandleAsync(work, running.Token);
            await running.CancelAsync();
            await heartbeat;
            await queue.CompleteAsync(db, work.Id, owner, CancellationToken.None);
            logger.LogInformation("Work item {Id} ({Kind}) succeeded on attempt {Attempt}", work.Id, work.Kind, work.Attempt);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: leave the lease to expire so another worker picks the item up.
            await running.CancelAsync();
            await heartbeat;
            throw;
        }
        catch (Exception ex)
        {
            await running.CancelAsync();
            await heartbeat;
            var permanent = ex is PermanentWorkException;
            var status = await queue.FailAsync(db, work, owner, ex.Message, permanent, CancellationToken.None);
            if (status == WorkStatus.Failed)
                logger.LogError(ex, "Work item {Id} ({Kind}) failed for good after attempt {Attempt}", work.Id, work.Kind, work.Attempt);
            else
                logger.LogWarning(ex, "Work item {Id} ({Kind}) failed on attempt {Attempt}; retry scheduled", work.Id, work.Kind, work.Attempt);
        }
        return true;
    }

    private async Task HeartbeatAsync(long id, string owner, CancellationTokenSource running)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, _options.LeaseSeconds / 3.0));
        try
        {
            while (true)
            {
                await Task.Delay(every, running.Token);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
                var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();
                if (!await queue.RenewLeaseAsync(db, id, owner, running.Token))
                {
                    logger.LogWarning("Work item {Id} was taken over by another worker; stopping this run", id);
                    await running.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Lease renewal for work item {Id} failed", id);
        }
    }
}
