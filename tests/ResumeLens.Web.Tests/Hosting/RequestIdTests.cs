using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Hosting;

public sealed class RequestIdTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Caller_request_id_is_echoed_in_the_response()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Request-Id", "client-req-42");

        var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("client-req-42", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Missing_request_id_is_generated()
    {
        var response = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Equal(32, id.Length);
        Assert.All(id, c => Assert.True(char.IsAsciiHexDigit(c)));
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("semi;colon")]
    [InlineData("<script>")]
    public async Task Unsafe_request_id_is_replaced(string hostile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-Id", hostile);

        var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEqual(hostile, response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Log_lines_of_a_request_carry_its_request_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/crash");
        request.Headers.Add("X-Request-Id", "trace-me-7");

        await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        var errorLine = Assert.Single(factory.Logs.Lines, l => l.Category.EndsWith("ProblemExceptionHandler", StringComparison.Ordinal)
            && l.Scope.TryGetValue("RequestId", out var id) && id == "trace-me-7");
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, errorLine.Level);
    }
}
