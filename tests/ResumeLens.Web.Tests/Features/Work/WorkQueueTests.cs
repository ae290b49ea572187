using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeLens.Web.Data;
using ResumeLens.Web.Features.Work;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Features.Work;

/// <summary>Handlers used by the queue tests, keyed by behaviour.</summary>
internal sealed class RecordingHandler(string kind, Func<WorkContext, Task> behaviour) : IWorkHandler
{
    public string Kind => kind;

    public Task HandleAsync(WorkContext context, CancellationToken cancellationToken) => behaviour(context);
}

public abstract class WorkQueueTests<TFactory> : IAsyncLifetime where TFactory : AppFactory, new()
{
    private readonly TFactory _factory = new();
    private readonly ConcurrentBag<(long Id, int Attempt)> _runs = [];
    private int _flakyFailures;

    public ValueTask InitializeAsync()
    {
        _factory.With("Work:PollIntervalMs", "50").With("Work:BackoffBaseMs", "50").With("Work:BackoffMaxMs", "200")
            .With("Work:Concurrency", "2").With("Work:LeaseSeconds", "30")
            .WithServices(services =>
            {
                services.AddSingleton<IWorkHandler>(new RecordingHandler("test.ok", c => Record(c)));
                services.AddSingleton<IWorkHandler>(new RecordingHandler("test.always-fails", c =>
                {
                    Record(c);
                    throw new InvalidOperationException("the remote parser is down");
                }));
                services.AddSingleton<IWorkHandler>(new RecordingHandler("test.flaky", c =>
                {
                    Record(c);
                    return Interlocked.Increment(ref _flakyFailures) <= 2 ? throw new IOException("transient") : Task.CompletedTask;
                }));
                services.AddSingleton<IWorkHandler>(new RecordingHandler("test.bad-input", c => throw new PermanentWorkException("the file is not a resume")));
            });
        return _factory.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private Task Record(WorkContext context)
    {
        _runs.Add((context.Id, context.Attempt));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Enqueued_item_is_processed_and_marked_succeeded()
    {
        _factory.SkipIfUnavailable();
        var id = await EnqueueAsync("test.ok", new { resumeId = 7 });

        var item = await WaitForAsync(id, WorkStatus.Succeeded);

        Assert.Equal(1, item.Attempts);
        Assert.Null(item.LeaseOwner);
        Assert.NotNull(item.CompletedMs);
        Assert.Contains(_runs, r => r.Id == id && r.Attempt == 1);
    }

    [Fact]
    public async Task Failing_item_is_retried_with_backoff_until_max_attempts_then_failed_with_its_error()
    {
        _factory.SkipIfUnavailable();
        var id = await EnqueueAsync("test.always-fails", new { }, maxAttempts: 3);

        var item = await WaitForAsync(id, WorkStatus.Failed);

        Assert.Equal(3, item.Attempts);
        Assert.Equal("the remote parser is down", item.LastError);
        Assert.Equal([1, 2, 3], _runs.Where(r => r.Id == id).Select(r => r.Attempt).Order());
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_success()
    {
        _factory.SkipIfUnavailable();
        var id = await EnqueueAsync("test.flaky", new { });

        var item = await WaitForAsync(id, WorkStatus.Succeeded);

        Assert.Equal(3, item.Attempts);
    }

    [Fact]
    public async Task Permanent_failure_is_not_retried()
    {
        _factory.SkipIfUnavailable();
        var id = await EnqueueAsync("test.bad-input", new { });

        var item = await WaitForAsync(id, WorkStatus.Failed);

        Assert.Equal(1, item.Attempts);
        Assert.Equal("the file is not a resume", item.LastError);
    }

    [Fact]
    public async Task Item_of_unknown_kind_fails_with_a_clear_error()
    {
        _factory.SkipIfUnavailable();
        var id = await EnqueueAsync("test.nobody-handles-this", new { });

        var item = await WaitForAsync(id, WorkStatus.Failed);

        Assert.Contains("test.nobody-handles-this", item.LastError);
    }

    [Fact]
    public async Task Item_leased_by_a_crashed_worker_is_taken_over_after_the_lease_expires()
    {
        _factory.SkipIfUnavailable();
        _ = _factory.Server;
        long id;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var orphan = new WorkItem
            {
                Kind = "test.ok",
                Payload = "{}",
                Status = WorkStatus.Running,
                Attempts = 1,
                MaxAttempts = 5,
                RunAfterMs = now - 60_000,
                LeaseOwner = "dead-host:123/0",
                LeaseExpiresMs = now - 1,
                CreatedMs = now - 60_000,
                UpdatedMs = now - 30_000,
            };
            db.WorkItems.Add(orphan);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = orphan.Id;
        }

        var item = await WaitForAsync(id, WorkStatus.Succeeded);

        Assert.Equal(2, item.Attempts);
    }

    [Fact]
    public async Task Concurrent_claims_never_hand_one_item_to_two_workers()
    {
        _factory.SkipIfUnavailable();
        _factory.With("Role", "web"); // no background workers: this test claims by hand
        _ = _factory.Server;
        const int count = 40;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();
            for (var i = 0; i < count; i++) queue.Enqueue(db, "test.ok", new { i });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var claimed = new ConcurrentBag<long>();
        var claimers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = _factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();
                WorkContext? work;
                try
                {
                    work = await queue.ClaimAsync(db, $"claimer-{n}", TestContext.Current.CancellationToken);
                }
                catch (Exception ex) when (IsBusy(ex))
                {
                    continue; // SQLite's single writer: another claimer holds the lock, try again
                }
                if (work is null) return;
                claimed.Add(work.Id);
            }
        }));
        await Task.WhenAll(claimers);

        Assert.Equal(count, claimed.Count);
        Assert.Equal(count, claimed.Distinct().Count());
    }

    [Fact]
    public async Task Backoff_doubles_per_attempt_with_jitter_and_a_cap()
    {
        _factory.SkipIfUnavailable();
        _ = _factory.Server;
        await using var scope = _factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();

        for (var i = 0; i < 50; i++)
        {
            var first = queue.BackoffDelay(1).TotalMilliseconds;
            var second = queue.BackoffDelay(2).TotalMilliseconds;
            var late = queue.BackoffDelay(20).TotalMilliseconds;
            Assert.InRange(first, 25, 50);
            Assert.InRange(second, 50, 100);
            Assert.InRange(late, 100, 200);
        }
    }

    private static bool IsBusy(Exception ex) =>
        ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } || ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 };

    private async Task<long> EnqueueAsync<T>(string kind, T payload, int? maxAttempts = null)
    {
        _ = _factory.Server;
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = scope.ServiceProvider.GetRequiredService<WorkQueue>().Enqueue(db, kind, payload, maxAttempts: maxAttempts);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item.Id;
    }

    private async Task<WorkItem> WaitForAsync(long id, WorkStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var item = await db.WorkItems.AsNoTracking().SingleAsync(w => w.Id == id, TestContext.Current.CancellationToken);
            if (item.Status == status) return item;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"work item {id} is {item.Status} (attempts {item.Attempts}, error {item.LastError}), expected {status}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}

public sealed class SqliteWorkQueueTests : WorkQueueTests<SqliteAppFactory>;

public sealed class PostgresWorkQueueTests : WorkQueueTests<PostgresAppFactory>;
