using Microsoft.AspNetCore.Mvc.RazorPages;
using ResumeLens.Web.Data;

namespace ResumeLens.Web.Pages;

/// <summary>The landing page: what this installation is and where its API lives.</summary>
public sealed class IndexModel(DatabaseSettings database) : PageModel
{
    public string DatabaseDescription { get; } = database.Provider.ToString();
}
