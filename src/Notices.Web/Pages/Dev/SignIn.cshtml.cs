using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Notices.Api.Security;

namespace Notices.Web.Pages.Dev;

/// <summary>Picks a user and roles on a developer's machine. Absent (404) unless the development sign-in is on,
/// which the app allows in Development only.</summary>
[AllowAnonymous]
internal sealed class DevelopmentSignInModel(IOptions<SignInOptions> options) : PageModel
{
    public IReadOnlyList<DevelopmentUser> Users => options.Value.DevelopmentUsers;

    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => options.Value.DevelopmentSignIn ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!options.Value.DevelopmentSignIn)
        {
            return NotFound();
        }

        var user = Users.FirstOrDefault(u => u.Id == UserId);
        if (user is null)
        {
            ModelState.AddModelError(nameof(UserId), "Select who you are");
            return Page();
        }

        var unknown = Roles.FirstOrDefault(r => !Notices.Api.Security.Roles.All.Contains(r, StringComparer.Ordinal));
        if (unknown is not null)
        {
            ModelState.AddModelError(nameof(Roles), $"'{unknown}' is not a role: choose from {string.Join(", ", Notices.Api.Security.Roles.All)}");
            return Page();
        }

        var roles = Roles.Count > 0 ? Roles : user.Roles;
        var principal = AppUser.CreatePrincipal(user.Id, user.Name, roles, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
    }
}
