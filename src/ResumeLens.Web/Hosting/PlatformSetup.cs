using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ResumeLens.Web.Hosting;

/// <summary>Browser origins allowed to call the API.</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    public string[] Origins { get; set; } = [];
}

/// <summary>The global per-client request budget.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Cross-cutting web concerns: logs, errors, request ids, CORS, rate limits, API documents.</summary>
public static class PlatformSetup
{
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        builder.AddErrorHandling();

        var cors = SettingsBinder.Bind<CorsSettings>(builder.Configuration, CorsSettings.Section);
        foreach (var origin in cors.Origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") || uri.AbsolutePath != "/")
                throw new StartupException($"Cors:Origins: '{origin}' is not an origin like https://app.example.com.");
        }
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (cors.Origins.Length > 0)
                policy.WithOrigins(cors.Origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(RequestIdMiddleware.HeaderName);
        }));

        var limits = SettingsBinder.Bind<RateLimitSettings>(builder.Configuration, RateLimitSettings.Section);
        if (limits.PermitLimit < 1) throw new StartupException("RateLimiting:PermitLimit: must be at least 1.");
        if (limits.WindowSeconds < 1) throw new StartupException("RateLimiting:WindowSeconds: must be at least 1.");
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests.", Detail = "Slow down and retry after the time in Retry-After." },
                });
            };
            if (limits.Enabled)
            {
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    }));
            }
        });

        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ResumeLens API";
                document.Info.Version = "v1";
                document.Info.Description = "Resume parsing, job matching and candidate analysis.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseErrorHandling();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "ResumeLens API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "ResumeLens API";
        });
        return app;
    }

    // A client is its API key or signed-in user when present, else its address.
    private static string ClientKey(HttpContext context)
    {
        if (context.Request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count > 0)
            return "key:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.ToString())))[..16];
        if (context.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { } name)
            return "user:" + name;
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
