using System.Net;
using System.Text.Json;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Hosting;

public sealed class PlatformTests
{
    [Fact]
    public async Task OpenApi_document_and_swagger_ui_are_served()
    {
        await using var factory = new SqliteAppFactory();
        var client = factory.CreateClient();

        var doc = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, doc.StatusCode);
        using var json = JsonDocument.Parse(await doc.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString());
        Assert.Equal("ResumeLens API", json.RootElement.GetProperty("info").GetProperty("title").GetString());

        var ui = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public async Task Client_over_its_request_budget_gets_429_problem_with_retry_after()
    {
        await using var factory = new SqliteAppFactory();
        factory.With("RateLimiting:PermitLimit", "3").With("RateLimiting:WindowSeconds", "60");
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var ok = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        var limited = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));
        var health = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Configured_cors_origin_is_allowed_and_others_are_not()
    {
        await using var factory = new SqliteAppFactory();
        factory.With("Cors:Origins:0", "https://app.example.com");
        var client = factory.CreateClient();

        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/health/live");
        allowed.Headers.Add("Origin", "https://app.example.com");
        allowed.Headers.Add("Access-Control-Request-Method", "GET");
        var yes = await client.SendAsync(allowed, TestContext.Current.CancellationToken);
        Assert.Equal("https://app.example.com", yes.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Options, "/health/live");
        other.Headers.Add("Origin", "https://evil.example.net");
        other.Headers.Add("Access-Control-Request-Method", "GET");
        var no = await client.SendAsync(other, TestContext.Current.CancellationToken);
        Assert.False(no.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Worker_role_serves_health_but_not_the_api_documents()
    {
        await using var factory = new SqliteAppFactory();
        factory.With("Role", "worker");
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).StatusCode);
    }
}
