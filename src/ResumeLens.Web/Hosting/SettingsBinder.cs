using System.ComponentModel.DataAnnotations;

namespace ResumeLens.Web.Hosting;

/// <summary>
/// Binds a settings section at start-up and checks its data annotations, turning a bad value into a
/// one-line start-up error that names the setting.
/// </summary>
public static class SettingsBinder
{
    public static T Bind<T>(IConfiguration configuration, string section) where T : class, new()
    {
        T value;
        try
        {
            value = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the value, e.g. "... value 'abc' at 'RateLimiting:PermitLimit' ...".
            throw new StartupException(ex.Message, ex);
        }
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            var first = results[0];
            var member = first.MemberNames.FirstOrDefault() ?? "";
            throw new StartupException($"{section}:{member}: {first.ErrorMessage}");
        }
        return value;
    }
}
