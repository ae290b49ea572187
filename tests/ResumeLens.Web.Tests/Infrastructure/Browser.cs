using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ResumeLens.Web.Tests.Infrastructure;

/// <summary>Headless Chromium (the system's, named by RESUMELENS_TEST_CHROMIUM) driven by Playwright.</summary>
public static class Browser
{
    public const string Variable = "RESUMELENS_TEST_CHROMIUM";

    public static string RequireChromium()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        TestEnvironment.SkipUnless(!string.IsNullOrWhiteSpace(path) && File.Exists(path),
            $"Browser tests skipped: set {Variable} to a Chromium executable (e.g. /usr/bin/chromium) to run them.");
        return path!;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(string executable)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>Starts the factory on a real loopback port and returns its base address.</summary>
    public static string StartOnKestrel(AppFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
