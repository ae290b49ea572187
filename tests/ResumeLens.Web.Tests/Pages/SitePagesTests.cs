using ResumeLens.Web.Features.Health;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Pages;

public sealed class SitePagesTests
{
    [Fact]
    public async Task Home_page_links_to_the_about_page_with_version_and_attributions()
    {
        var chromium = Browser.RequireChromium();
        await using var factory = new SqliteAppFactory();
        var baseAddress = Browser.StartOnKestrel(factory);
        var (playwright, browser) = await Browser.LaunchAsync(chromium);
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(baseAddress + "/");
            Assert.Equal("Home · ResumeLens", await page.TitleAsync());
            Assert.Contains("Sqlite", await page.InnerTextAsync("main"));

            // The wait is armed before the click, so a navigation that loads quickly is not missed.
            var navigated = page.WaitForURLAsync("**/about");
            await page.ClickAsync("nav >> text=About");
            await navigated;

            Assert.Equal("About ResumeLens", await page.InnerTextAsync("h1"));
            Assert.Contains(HealthEndpoints.Version, await page.InnerTextAsync("main"));
            var styles = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.topbar')).display");
            Assert.Equal("flex", styles);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
