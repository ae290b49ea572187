namespace ResumeLens.Web.Tests.Infrastructure;

/// <summary>Dynamic skips for tests that need an outside service, which CI turns into failures.</summary>
public static class TestEnvironment
{
    /// <summary>Set by CI: every test must run, so a missing service fails instead of skipping.</summary>
    public const string RequireAllVariable = "RESUMELENS_REQUIRE_ALL_TESTS";

    public static void SkipUnless(bool available, string reason)
    {
        if (available) return;
        if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
            Assert.Fail(reason + $" ({RequireAllVariable}=1 requires it.)");
        Assert.Skip(reason);
    }
}
