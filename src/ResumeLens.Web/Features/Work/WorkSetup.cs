using ResumeLens.Web.Hosting;

namespace ResumeLens.Web.Features.Work;

/// <summary>Registers the work queue everywhere and the worker loop in processes whose role runs workers.</summary>
public static class WorkSetup
{
    public static IHostApplicationBuilder AddWork(this IHostApplicationBuilder builder, HostRole role)
    {
        var options = SettingsBinder.Bind<WorkOptions>(builder.Configuration, WorkOptions.Section);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton<WorkSignal>();
        builder.Services.AddScoped<WorkQueue>();
        if (role.RunsWorkers()) builder.Services.AddHostedService<WorkerLoop>();
        return builder;
    }
}
