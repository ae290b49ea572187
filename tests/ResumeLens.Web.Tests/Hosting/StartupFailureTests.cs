using System.Diagnostics;

namespace ResumeLens.Web.Tests.Hosting;

/// <summary>Starts the real web host process with a bad setting and reads what it prints.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Unknown_database_provider_stops_startup_with_one_line_naming_the_setting()
    {
        var (exit, stderr, stdout) = await RunHostAsync("--Database:Provider=Oracle");

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Database:Provider", line);
        Assert.Contains("Oracle", line);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public async Task Unreachable_postgres_stops_startup_with_one_line_naming_the_setting()
    {
        var (exit, stderr, stdout) = await RunHostAsync(
            "--Database:Provider=Postgres",
            "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=3",
            "--Database:ConnectTimeoutSeconds=5");

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Database:ConnectionString", line);
        Assert.Contains("127.0.0.1:1", line);
        Assert.DoesNotContain("Password=y", line);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public async Task Unwritable_data_folder_stops_startup_with_one_line_naming_the_setting()
    {
        var blocker = Path.GetTempFileName(); // a file where a folder is expected cannot be written into
        try
        {
            var (exit, stderr, stdout) = await RunHostAsync($"--Storage:Path={Path.Combine(blocker, "files")}");

            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Storage:Path", line);
            Assert.DoesNotContain("   at ", stdout + stderr);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Theory]
    [InlineData("--RateLimiting:PermitLimit=lots", "RateLimiting:PermitLimit")]
    [InlineData("--RateLimiting:PermitLimit=0", "RateLimiting:PermitLimit")]
    [InlineData("--Storage:Provider=S3", "Storage:Provider")]
    [InlineData("--Cors:Origins:0=not a url", "Cors:Origins")]
    [InlineData("--Database:MigrateOnStart=maybe", "Database:MigrateOnStart")]
    [InlineData("--Work:PollIntervalMs=1", "Work:PollIntervalMs")]
    public async Task Malformed_setting_stops_startup_with_one_line_naming_it(string argument, string setting)
    {
        var (exit, stderr, stdout) = await RunHostAsync(argument);

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(setting, line);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public async Task Unknown_role_stops_startup_with_one_line_naming_the_setting()
    {
        var (exit, stderr, _) = await RunHostAsync("--role", "janitor");

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Role", line);
    }

    [Fact]
    public async Task Migrate_command_applies_migrations_and_exits()
    {
        var folder = Directory.CreateTempSubdirectory("resumelens-migrate-").FullName;
        try
        {
            var (exit, stderr, stdout) = await RunHostAsync("migrate",
                $"--Database:ConnectionString=Data Source={Path.Combine(folder, "m.db")}");

            Assert.Equal(0, exit);
            Assert.Empty(stderr.Trim());
            Assert.Contains("0001_initial", stdout);
            Assert.True(File.Exists(Path.Combine(folder, "m.db")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static async Task<(int Exit, string Stderr, string Stdout)> RunHostAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ResumeLens.Web.dll");
        var work = Directory.CreateTempSubdirectory("resumelens-host-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.ArgumentList.Add("--urls=http://127.0.0.1:0");
        info.ArgumentList.Add("--contentRoot=" + work);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The host did not stop on a bad setting: " + await stdout);
            }
            return (process.ExitCode, await stderr, await stdout);
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }
}
