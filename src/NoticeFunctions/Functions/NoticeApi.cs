using Microsoft.DurableTask.Client;
using Notices.Api;

namespace NoticeFunctions.Functions;

/// <summary>A procurement's notices: draft, amend, submit, approve, and read them with their release; and the published notices. Each function runs the API endpoint of its name (routes under host.json's <c>api</c> prefix).</summary>
public static class NoticeApi
{
    [Function(ApiFunctionNames.ListNotices)]
    public static IActionResult ListNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/notices")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListNotices, request, client);

    [Function(ApiFunctionNames.GetNotice)]
    public static IActionResult GetNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/notices/{noticeKey}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetNotice, request, client);

    [Function(ApiFunctionNames.GetNoticeRelease)]
    public static IActionResult GetNoticeRelease(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurements/{id}/notices/{noticeKey}/release")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.GetNoticeRelease, request, client);

    [Function(ApiFunctionNames.DraftNotice)]
    public static IActionResult DraftNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/notices")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.DraftNotice, request, client);

    [Function(ApiFunctionNames.AmendNotice)]
    public static IActionResult AmendNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "procurements/{id}/notices/{noticeKey}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.AmendNotice, request, client);

    [Function(ApiFunctionNames.SubmitNotice)]
    public static IActionResult SubmitNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/notices/{noticeKey}/submission")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.SubmitNotice, request, client);

    [Function(ApiFunctionNames.DecideNotice)]
    public static IActionResult DecideNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurements/{id}/notices/{noticeKey}/approval")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.DecideNotice, request, client);

    [Function(ApiFunctionNames.ListPublishedNotices)]
    public static IActionResult ListPublishedNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "published-notices")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiEndpointResult(ApiFunctionNames.ListPublishedNotices, request, client);
}
