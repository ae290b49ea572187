using ResumeLens.Web.Data;
using ResumeLens.Web.Features.Health;
using ResumeLens.Web.Features.Site;
using ResumeLens.Web.Features.Work;
using ResumeLens.Web.Hosting;
using ResumeLens.Web.Storage;

try
{
    var builder = WebApplication.CreateBuilder(args);
    var role = HostRoleSetup.ReadRole(builder.Configuration);

    builder.AddPlatform();   // JSON logs, problem details, request ids, CORS, rate limits, OpenAPI
    builder.AddDatabase();   // SQLite or PostgreSQL, versioned migrations
    builder.AddStorage();    // uploaded originals: file system or database
    builder.AddHealth();     // /health/live, /health/ready, /health
    builder.AddWork(role);   // durable work queue; worker loop when the role runs workers
    builder.AddSite();       // Razor Pages UI

    var app = builder.Build();

    app.UsePlatform();
    app.MapHealthEndpoints();
    if (role.ServesWeb())
    {
        app.MapApiDocs();
        app.MapSite();
    }

    return await app.RunResumeLensAsync(args);
}
catch (StartupException ex)
{
    Console.Error.WriteLine($"ResumeLens cannot start: {ex.Message}");
    return 1;
}

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
