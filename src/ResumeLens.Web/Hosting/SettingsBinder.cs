namespace ResumeLens.Web.Hosting;

/// <summary>Binds a settings section at start-up, turning a value of the wrong type into a one-line start-up error.</summary>
public static class SettingsBinder
{
    public static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the value, e.g. "... value 'abc' at 'RateLimiting:PermitLimit' ...".
            throw new StartupException(ex.Message, ex);
        }
    }
}
