using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>Health and the OpenAPI document. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class ServiceApi
{
    [Function(ApiFunctionNames.Health)]
    public static IActionResult Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.Health, request, client);

    [Function(ApiFunctionNames.OpenApiDocument)]
    public static IActionResult OpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.OpenApiDocument, request, client);
}
