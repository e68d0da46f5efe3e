using Microsoft.AspNetCore.Diagnostics;

namespace Notices.Api;

/// <summary>
/// Problem details for the answers the JSON API's endpoints never write themselves: sign-in and role
/// refusals, and routing's own (no such address, wrong method, a body that is not JSON, a query value that cannot be read).
/// </summary>
internal static class ApiStatusProblems
{
    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext);

    /// <summary>Writes the problem for the response's status code.</summary>
    public static async Task WriteAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("The request is not valid",
                "A value in the address could not be read: give dates as YYYY-MM-DD and numbers as digits. The API's description (/api/openapi.json) lists each parameter."),
            StatusCodes.Status401Unauthorized => ("Sign in", "Sign in to use the API: no signed-in user came with the request."),
            StatusCodes.Status403Forbidden => ("Forbidden", "Your roles do not allow this."),
            StatusCodes.Status404NotFound => ("Not found", $"There is nothing at {http.Request.Path}."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{http.Request.Method} is not allowed at {http.Request.Path}."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported content type", $"Send the body as application/json, not '{http.Request.ContentType ?? "nothing"}'."),
            _ => ("Error", $"The request could not be handled ({status})."),
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
