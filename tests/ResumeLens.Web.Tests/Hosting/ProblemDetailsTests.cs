using System.Net;
using System.Text.Json;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Hosting;

public sealed class ProblemDetailsTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Unknown_route_gets_a_404_problem_document()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here", TestContext.Current.CancellationToken);

        var problem = await ReadProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("/api/v1/nothing-here", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Bad_request_gets_a_400_problem_document_with_the_reason()
    {
        var response = await factory.CreateClient().GetAsync("/test/bad-request", TestContext.Current.CancellationToken);

        var problem = await ReadProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("must be a number", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Server_error_gets_a_500_problem_document_without_internals()
    {
        var response = await factory.CreateClient().GetAsync("/test/crash", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var problem = await ReadProblem(response, HttpStatusCode.InternalServerError);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("/srv/internal", body);
        Assert.DoesNotContain(" at ", body);
    }

    private static async Task<JsonElement> ReadProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement.Clone();
        Assert.True(root.TryGetProperty("type", out _));
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), root.GetProperty("requestId").GetString());
        return root;
    }
}
