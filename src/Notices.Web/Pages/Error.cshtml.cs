using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Notices.Web.Pages;

/// <summary>The page shown for an error status on a page request (the JSON API answers with problem details).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";

    public string Explanation { get; private set; } = "Try again later.";

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        // The API refused the person's sign-in as the forms passed it on: their token has expired, or was never given.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is HttpRequestException { StatusCode: HttpStatusCode.Unauthorized })
        {
            (Title, Explanation) = ("Sign in again", "Your sign-in has expired, so the service could not act for you. Sign out, sign in again, and try once more.");
            return;
        }

        (Title, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."),
            StatusCodes.Status403Forbidden => ("You cannot do this", "Your roles do not allow this page or action."),
            StatusCodes.Status401Unauthorized => ("Sign in to continue", "You need to sign in to use this service."),
            StatusCodes.Status400BadRequest => ("The request could not be used", "Go back and try again."),
            _ => (Title, Explanation),
        };
    }
}
