using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>The approvals waiting and the obligations falling due. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class InboxApi
{
    [Function(ApiFunctionNames.ListApprovals)]
    public static IActionResult ListApprovals(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "approvals")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListApprovals, request, client);

    [Function(ApiFunctionNames.ListObligations)]
    public static IActionResult ListObligations(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "obligations")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListObligations, request, client);
}
