using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>The registers as CSV downloads. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class ExportApi
{
    [Function(ApiFunctionNames.ExportContracts)]
    public static IActionResult ExportContracts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts.csv")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ExportContracts, request, client);

    [Function(ApiFunctionNames.ExportObligations)]
    public static IActionResult ExportObligations(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "obligations.csv")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ExportObligations, request, client);

    [Function(ApiFunctionNames.ExportPublishedNotices)]
    public static IActionResult ExportPublishedNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "published-notices.csv")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ExportPublishedNotices, request, client);
}
