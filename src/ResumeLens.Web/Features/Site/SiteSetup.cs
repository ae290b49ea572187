namespace ResumeLens.Web.Features.Site;

/// <summary>The server-rendered web UI: Razor Pages and static assets.</summary>
public static class SiteSetup
{
    public static IHostApplicationBuilder AddSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }
}
