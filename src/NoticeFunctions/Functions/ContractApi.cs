using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>The award, the contract, its changes and its end, and the contracts register. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class ContractApi
{
    [Function(ApiFunctionNames.RecordAward)]
    public static IActionResult RecordAward(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/award")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RecordAward, request, client);

    [Function(ApiFunctionNames.RecordContractEntered)]
    public static IActionResult RecordContractEntered(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/contract")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RecordContractEntered, request, client);

    [Function(ApiFunctionNames.RecordContractChange)]
    public static IActionResult RecordContractChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/contract/changes")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RecordContractChange, request, client);

    [Function(ApiFunctionNames.RecordContractEnded)]
    public static IActionResult RecordContractEnded(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/contract/ending")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.RecordContractEnded, request, client);

    [Function(ApiFunctionNames.ListContracts)]
    public static IActionResult ListContracts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListContracts, request, client);
}
