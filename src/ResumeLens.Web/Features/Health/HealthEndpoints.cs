using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResumeLens.Web.Features.Health;

/// <summary>Liveness, readiness and a detailed health report.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteStatus,
        }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResponseWriter = WriteStatus,
        }).DisableRateLimiting();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteDetailed,
        }).DisableRateLimiting();
        return app;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, Json));
    }

    private static Task WriteDetailed(HttpContext context, HealthReport report)
    {
        var process = Process.GetCurrentProcess();
        var checks = new Dictionary<string, object?>();
        foreach (var (name, entry) in report.Entries)
        {
            checks[name] = new
            {
                status = entry.Status.ToString(),
                description = entry.Description,
                durationMs = Math.Round(entry.Duration.TotalMilliseconds, 2),
                data = entry.Data.Count == 0 ? null : entry.Data,
            };
        }
        var body = new
        {
            status = report.Status.ToString(),
            version = Version,
            uptimeSeconds = Math.Round((DateTime.Now - process.StartTime).TotalSeconds, 1),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 2),
            memory = new
            {
                workingSetBytes = process.WorkingSet64,
                gcHeapBytes = GC.GetTotalMemory(false),
                gcCollections = GC.CollectionCount(0),
            },
            checks,
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    /// <summary>The product version of this build.</summary>
    public static string Version { get; } =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
