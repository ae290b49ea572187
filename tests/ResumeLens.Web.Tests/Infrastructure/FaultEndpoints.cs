using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ResumeLens.Web.Tests.Infrastructure;

/// <summary>
/// Test-only paths that fail on purpose. Added after the app's own pipeline, so they run inside its
/// error handling exactly like a failing endpoint would.
/// </summary>
internal sealed class FaultEndpoints : IStartupFilter
{
    public const string SecretMessage = "connection failed for password=hunter2 at /srv/internal";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(async (context, nextMiddleware) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/test/crash":
                    throw new InvalidOperationException(SecretMessage);
                case "/test/bad-request":
                    throw new BadHttpRequestException("The field 'count' must be a number.", StatusCodes.Status400BadRequest);
                default:
                    await nextMiddleware(context);
                    break;
            }
        });
    };
}
