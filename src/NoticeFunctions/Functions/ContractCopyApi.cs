using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>Contract copies: upload, redact, submit, review, approve, and the published copies. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class ContractCopyApi
{
    [Function(ApiFunctionNames.ListContractCopies)]
    public static IActionResult ListContractCopies(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/contract-copies")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListContractCopies, request, client);

    [Function(ApiFunctionNames.UploadContractCopy)]
    public static IActionResult UploadContractCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "procurements/{id}/contract-copies/{copyKey}/original")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.UploadContractCopy, request, client);

    [Function(ApiFunctionNames.GetRedactionSuggestions)]
    public static IActionResult GetRedactionSuggestions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/contract-copies/{copyKey}/suggestions")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetRedactionSuggestions, request, client);

    [Function(ApiFunctionNames.ChooseRedactions)]
    public static IActionResult ChooseRedactions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "procurements/{id}/contract-copies/{copyKey}/redactions")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ChooseRedactions, request, client);

    [Function(ApiFunctionNames.SubmitContractCopy)]
    public static IActionResult SubmitContractCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/contract-copies/{copyKey}/submission")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.SubmitContractCopy, request, client);

    [Function(ApiFunctionNames.ReviewContractCopy)]
    public static IActionResult ReviewContractCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/contract-copies/{copyKey}/review")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ReviewContractCopy, request, client);

    [Function(ApiFunctionNames.DecideContractCopy)]
    public static IActionResult DecideContractCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/contract-copies/{copyKey}/approval")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.DecideContractCopy, request, client);

    [Function(ApiFunctionNames.ListContractCopyApprovals)]
    public static IActionResult ListContractCopyApprovals(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contract-copy-approvals")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListContractCopyApprovals, request, client);

    [Function(ApiFunctionNames.GetPublishedContractCopy)]
    public static IActionResult GetPublishedContractCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contract-copies/{id}/{fileName}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetPublishedContractCopy, request, client);
}
