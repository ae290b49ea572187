using System.Net;
using System.Text.Json;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Health;

public abstract class HealthEndpointTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Live_answers_healthy()
    {
        factory.SkipIfUnavailable();
        var response = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_is_healthy_once_migrated_with_writable_storage()
    {
        factory.SkipIfUnavailable();
        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Detailed_health_reports_version_uptime_database_latency_and_memory()
    {
        factory.SkipIfUnavailable();
        var response = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.True(root.GetProperty("uptimeSeconds").GetDouble() >= 0);
        Assert.True(root.GetProperty("memory").GetProperty("workingSetBytes").GetInt64() > 0);
        var database = root.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(factory.ProviderName, database.GetProperty("data").GetProperty("provider").GetString());
        Assert.True(database.GetProperty("data").GetProperty("latencyMs").GetDouble() >= 0);
        Assert.Equal("Healthy", root.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
        Assert.Equal("Healthy", root.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }
}

public sealed class SqliteHealthEndpointTests(SqliteAppFactory factory) : HealthEndpointTests<SqliteAppFactory>(factory);

public sealed class PostgresHealthEndpointTests(PostgresAppFactory factory) : HealthEndpointTests<PostgresAppFactory>(factory);
