using Microsoft.AspNetCore.Mvc.RazorPages;
using ResumeLens.Web.Features.Health;

namespace ResumeLens.Web.Pages;

/// <summary>Version and the attributions of the reference data the product ships.</summary>
public sealed class AboutModel : PageModel
{
    private static readonly Lazy<string?> NoticeText = new(ReadNotice);

    public string Version => HealthEndpoints.Version;

    public string? Notice => NoticeText.Value;

    private static string? ReadNotice()
    {
        using var stream = typeof(AboutModel).Assembly.GetManifestResourceStream("NOTICE.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
