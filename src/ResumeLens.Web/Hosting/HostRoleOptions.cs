namespace ResumeLens.Web.Hosting;

/// <summary>Which parts of the platform this process runs.</summary>
public enum HostRole
{
    All,
    Web,
    Worker,
}

/// <summary>Binds and validates the process role given as <c>--role web|worker|all</c> or the <c>Role</c> setting.</summary>
public static class HostRoleSetup
{
    public static HostRole ReadRole(IConfiguration configuration)
    {
        var raw = configuration["Role"];
        if (string.IsNullOrWhiteSpace(raw)) return HostRole.All;
        return raw.Trim().ToLowerInvariant() switch
        {
            "all" => HostRole.All,
            "web" => HostRole.Web,
            "worker" => HostRole.Worker,
            _ => throw new StartupException($"Role: '{raw}' is not a role; use web, worker or all."),
        };
    }

    public static bool ServesWeb(this HostRole role) => role is HostRole.All or HostRole.Web;

    public static bool RunsWorkers(this HostRole role) => role is HostRole.All or HostRole.Worker;
}
