using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>What an HTTP function answers: the API endpoint of the same name, run on the request.</summary>
internal sealed class ApiEndpointResult(string name, HttpRequest request, DurableTaskClient client) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        var services = request.HttpContext.RequestServices;
        services.GetRequiredService<DurableClientHolder>().Set(client);
        return services.GetRequiredService<ApiEndpointTable>().InvokeAsync(name, request.HttpContext);
    }
}
