using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NoticeFunctions.Pages;

internal sealed class DashboardModel : PageModel
{
    public string UserName { get; private set; } = "";

    public void OnGet() => UserName = User.Identity?.Name ?? "";
}
