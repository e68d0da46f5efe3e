using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>Registering, adopting and reading procurements, their timeline, and retrying failed work. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class ProcurementApi
{
    [Function(ApiFunctionNames.RegisterProcurement)]
    public static IActionResult RegisterProcurement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RegisterProcurement, request, client);

    [Function(ApiFunctionNames.AdoptProcurement)]
    public static IActionResult AdoptProcurement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/adoptions")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.AdoptProcurement, request, client);

    [Function(ApiFunctionNames.ListProcurements)]
    public static IActionResult ListProcurements(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListProcurements, request, client);

    [Function(ApiFunctionNames.GetProcurement)]
    public static IActionResult GetProcurement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetProcurement, request, client);

    [Function(ApiFunctionNames.GetProcurementTimeline)]
    public static IActionResult GetProcurementTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/timeline")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetProcurementTimeline, request, client);

    [Function(ApiFunctionNames.RetryFailedWork)]
    public static IActionResult RetryFailedWork(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/failed-work/{workId}/retry")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RetryFailedWork, request, client);
}
