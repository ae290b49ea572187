using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResumeLens.Core.Postings;

namespace ResumeLens.Core.Tests.Postings;

/// <summary>A real HTTP server on 127.0.0.1 serving a posting, redirects and hostile answers.</summary>
public sealed class LocalJobServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/job", () => Results.Content(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Platform Engineer\",\"hiringOrganization\":{\"name\":\"Contoso\"},\"description\":\"Kubernetes and Terraform.\"}</script></head><body></body></html>",
            "text/html; charset=utf-8"));
        _app.MapGet("/big", () => Results.Content(new string('x', 50_000), "text/html"));
        _app.MapGet("/big-chunked", async (HttpContext ctx) =>
        {
            ctx.Response.ContentType = "text/html";
            var chunk = new byte[8192];
            for (var i = 0; i < 10; i++) await ctx.Response.Body.WriteAsync(chunk);
        });
        _app.MapGet("/image", () => Results.Bytes(new byte[] { 0x89, 0x50, 0x4e, 0x47 }, "image/png"));
        _app.MapGet("/redirect", (string to) => Results.Redirect(to));
        _app.MapGet("/loop", () => Results.Redirect("/loop"));
        _app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Content("late", "text/html");
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public sealed class JobPageFetcherTests(LocalJobServer server) : IClassFixture<LocalJobServer>
{
    private static readonly FetchOptions TestOptions = new() { AllowLoopback = true, MaxBytes = 20_000, Timeout = TimeSpan.FromSeconds(30) };

    private Uri Url(string pathAndQuery) => new(server.BaseUrl, pathAndQuery);

    private static async Task<JobImportException> Refused(FetchOptions options, Uri url) =>
        await Assert.ThrowsAsync<JobImportException>(() => new JobPageFetcher(options).FetchAsync(url, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Page_on_an_allowed_address_is_fetched_and_imported()
    {
        var importer = new JobImporter(fetcher: new JobPageFetcher(TestOptions));

        var posting = await importer.ImportUrlAsync(Url("/job"), TestContext.Current.CancellationToken);

        Assert.Equal("Platform Engineer", posting.Title);
        Assert.Equal("Contoso", posting.HiringOrganization?.Name);
        Assert.Contains("kubernetes", posting.RequiredSkills);
    }

    [Fact]
    public async Task Loopback_is_refused_by_default()
    {
        var ex = await Refused(new FetchOptions(), Url("/job"));
        Assert.Equal("forbidden-address", ex.Code);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.254/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://224.0.0.1/")]
    public async Task Private_and_reserved_addresses_are_refused(string url)
    {
        var ex = await Refused(new FetchOptions(), new Uri(url));
        Assert.Equal("forbidden-address", ex.Code);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("::ffff:10.0.0.1")]
    public async Task Host_name_resolving_to_a_private_address_is_refused(string resolved)
    {
        var options = new FetchOptions { Resolve = (_, _) => Task.FromResult(new[] { IPAddress.Parse(resolved) }) };

        var ex = await Refused(options, new Uri("http://jobs.example.com/posting"));

        Assert.Equal("forbidden-address", ex.Code);
    }

    [Fact]
    public async Task Connection_goes_to_the_vetted_resolved_address()
    {
        // The name resolves (through the seam) to the local server, so the fetch only succeeds if the vetted IP is dialled.
        var options = TestOptions with { Resolve = (_, _) => Task.FromResult(new[] { IPAddress.Loopback }) };
        var url = new Uri($"http://jobs.example.com:{server.BaseUrl.Port}/job");

        var doc = await new JobPageFetcher(options).FetchAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal("text/html", doc.ContentType);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://[::ffff:192.168.0.1]/")]
    public async Task Redirect_from_an_allowed_to_a_forbidden_address_is_refused(string target)
    {
        var ex = await Refused(TestOptions, Url("/redirect?to=" + Uri.EscapeDataString(target)));
        Assert.Equal("forbidden-address", ex.Code);
    }

    [Fact]
    public async Task Redirect_to_a_name_resolving_privately_is_refused()
    {
        var options = TestOptions with
        {
            Resolve = (host, _) => Task.FromResult(new[] { host == "internal.corp" ? IPAddress.Parse("10.10.10.10") : IPAddress.Loopback }),
        };

        var ex = await Refused(options, Url("/redirect?to=" + Uri.EscapeDataString("http://internal.corp/secret")));

        Assert.Equal("forbidden-address", ex.Code);
    }

    [Fact]
    public async Task Endless_redirects_stop_at_the_limit()
    {
        var ex = await Refused(TestOptions, Url("/loop"));
        Assert.Equal("too-many-redirects", ex.Code);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/job.txt")]
    [InlineData("gopher://example.com/")]
    public async Task Non_http_schemes_are_refused(string url)
    {
        var ex = await Refused(new FetchOptions(), new Uri(url));
        Assert.Equal("bad-url", ex.Code);
    }

    [Fact]
    public async Task Importer_refuses_file_urls_instead_of_reading_them()
    {
        var ex = await Assert.ThrowsAsync<JobImportException>(() => new JobImporter().ImportAsync("file:///etc/passwd", TestContext.Current.CancellationToken));
        Assert.Equal("bad-url", ex.Code);
    }

    [Fact]
    public async Task Credentials_in_the_url_are_refused()
    {
        var ex = await Refused(TestOptions, new Uri($"http://user:secret@127.0.0.1:{server.BaseUrl.Port}/job"));
        Assert.Equal("bad-url", ex.Code);
    }

    [Theory]
    [InlineData("/big")]
    [InlineData("/big-chunked")]
    public async Task Bodies_over_the_limit_are_refused(string path)
    {
        var ex = await Refused(TestOptions, Url(path));
        Assert.Equal("too-large", ex.Code);
    }

    [Fact]
    public async Task Wrong_content_type_is_refused()
    {
        var ex = await Refused(TestOptions, Url("/image"));
        Assert.Equal("unsupported-content-type", ex.Code);
    }

    [Fact]
    public async Task Slow_server_times_out()
    {
        var ex = await Refused(TestOptions with { Timeout = TimeSpan.FromMilliseconds(500) }, Url("/slow"));
        Assert.Equal("timeout", ex.Code);
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("2606:4700:4700::1111", false)]
    [InlineData("100.64.0.1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("ff02::1", true)]
    [InlineData("64:ff9b::a00:1", true)]
    [InlineData("2002:c0a8:0101::1", true)]
    [InlineData("255.255.255.255", true)]
    public void Address_policy_classifies_addresses(string address, bool forbidden) =>
        Assert.Equal(forbidden, AddressPolicy.IsForbidden(IPAddress.Parse(address)));
}
