using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues.Models;
using NoticeFunctions.Hosting;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Workflow.Reactions;
using Notices.Workflow.Runtime;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The app as the Functions host runs it (FUNCTIONS_CUSTOMHANDLER_PORT set): the host's queue and timer
/// invocations, in the payload shapes of the reference, answered in the host's response shape; and the
/// public paths the host proxies (the forms under /app), which must never reach the invocation endpoints.
/// </summary>
public sealed class CustomHandlerContractTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private TestApp _app = null!;

    // Activities go through the work queue here (rather than running in the process that made the append), so an
    // approval leaves its publication on the queue for the test to deliver as the host would.
    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { [NoticeFunctionsExtensions.CustomHandlerPortVariable] = "free" }, azurite: azurite.Process,
        workflow: new WorkflowOptions { RunActivitiesInProcess = false });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProcessWork_QueueInvocationAsTheHostSendsIt_WorksTheItemAndAnswersInTheHostsShape(bool messageAsString)
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);
        (await ApiJourney.SubmitAsync(commissioner, id, key)).Dispose();
        (await ApiJourney.ApproveAsync(approver, id, key)).Dispose();

        // As the host: take each message from the work queue and invoke the function with it.
        var queue = _app.Storage.Queues.GetQueueClient(_app.Names.WorkQueue);
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var data = messageAsString ? JsonSerializer.Serialize(message.Body.ToString()) : message.Body.ToString();
            var metadata = new JsonObject
            {
                ["DequeueCount"] = message.DequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Id"] = message.MessageId,
                ["PopReceipt"] = message.PopReceipt,
                ["InsertionTime"] = "2025-06-02T08:00:00+00:00",
                ["ExpirationTime"] = "9999-12-31T23:59:59+00:00",
                ["NextVisibleTime"] = "2025-06-02T08:00:30+00:00",
                ["sys"] = Sys("ProcessWork"),
            };
            var envelope = new JsonObject { ["Data"] = new JsonObject { ["msg"] = JsonNode.Parse(data) }, ["Metadata"] = metadata };
            using var response = await InvokeAsync("/ProcessWork", envelope.ToJsonString());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertHostShapeAsync(response);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt!);
        }

        await ApiJourney.WaitForTimelineAsync(commissioner, id, "Published the");
    }

    [Fact]
    public async Task ProcessWork_ItemFailingOnEveryDelivery_Answers500UntilTheLastThenShowsTheFailureForRetry()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var id = await ApiJourney.RegisterAsync(commissioner);
        // Publishing a notice the procurement does not have fails however often it is tried.
        var message = new WorkMessage(id, new PublishNotice("publish-uk4-9", "uk4-9")).ToJson();

        using var first = await InvokeAsync("/ProcessWork", QueueEnvelope(message, dequeueCount: 1));
        var afterFirst = await ProcurementAsync(commissioner, id);
        using var last = await InvokeAsync("/ProcessWork", QueueEnvelope(message, dequeueCount: 5));
        var afterLast = await ProcurementAsync(commissioner, id);

        // Any non-2xx fails the invocation: the host retries, then moves the message to the poison queue.
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Contains("failed on delivery 1", (await AssertHostShapeAsync(first))[0], StringComparison.Ordinal);
        Assert.Equal(0, afterFirst.GetProperty("failedWork").GetArrayLength());
        Assert.Equal(HttpStatusCode.InternalServerError, last.StatusCode);
        Assert.Equal("publish-uk4-9", afterLast.GetProperty("failedWork")[0].GetProperty("id").GetString());

        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/failed-work/publish-uk4-9/retry", "{}");
        Assert.Equal(0, (await ProcurementAsync(commissioner, id)).GetProperty("failedWork").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}""")]
    [InlineData("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2025-06-02T07:59:00+00:00","Next":"2025-06-02T08:00:00+00:00","LastUpdated":"2025-06-02T07:59:00+00:00"},"IsPastDue":true}""")]
    public async Task Sweep_TimerInvocationAsTheHostSendsIt_RunsTheSweepAndAnswersInTheHostsShape(string timer)
    {
        var envelope = new JsonObject { ["Data"] = new JsonObject { ["timer"] = JsonNode.Parse(timer) }, ["Metadata"] = new JsonObject { ["sys"] = Sys("Sweep") } };
        using var response = await InvokeAsync("/Sweep", envelope.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logs = await AssertHostShapeAsync(response);
        Assert.StartsWith("Sweep dispatched", logs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessWork_NotAnEnvelope_Is400SoTheHostFailsTheInvocation()
    {
        using var response = await InvokeAsync("/ProcessWork", """{"msg":"no envelope"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/app/ProcessWork")]
    [InlineData("/app/Sweep")]
    [InlineData("/api/../ProcessWork")]
    [InlineData("/%50rocessWork")]
    [InlineData("/processwork")]
    [InlineData("/ProcessWork?x=1")]
    public async Task InvocationEndpoint_ReachedByAnyPathButTheHostsOwn_IsNotThere(string target)
    {
        // Sent as written: HttpClient would normalise the dots and the escape away before sending.
        var status = await RawPostAsync(target, """{"Data":{"msg":{"kind":"x"}},"Metadata":{"DequeueCount":1}}""");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Forms_UnderTheHostsAppPrefix_RedirectAndLinkUnderThatPrefix()
    {
        using var client = _app.Client();

        using var dashboard = await client.GetAsync("/app/");
        var signIn = await client.GetPageAsync("/app/dev/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/app/dev/sign-in?ReturnUrl=%2Fapp%2F", new Uri(_app.Address, dashboard.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_SignedInUnderTheHostsAppPrefix_LinksAndAssetsCarryThePrefix()
    {
        using var client = _app.Client();
        using var signedIn = await client.SubmitFormAsync("/app/dev/sign-in", [new("UserId", "ada.lovelace")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/app/", new Uri(_app.Address, signedIn.Headers.Location!).AbsolutePath);

        var dashboard = await client.GetPageAsync("/app/");
        using var stylesheet = await client.GetAsync("/app/assets/govuk-frontend.min.css");

        Assert.Contains("href=\"/app/assets/govuk-frontend.min.css\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/procurements\"", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
    }

    [Fact]
    public async Task Api_UnderTheHostsApiPrefix_IsServedAsItIs()
    {
        using var client = _app.Client();

        using var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>POSTs with the request target exactly as given, over a plain socket; returns the status code.</summary>
    private async Task<int> RawPostAsync(string target, string body)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_app.Address.Host, _app.Address.Port);
        await using var stream = tcp.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"POST {target} HTTP/1.1\r\nHost: {_app.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string QueueEnvelope(string message, int dequeueCount) => new JsonObject
    {
        ["Data"] = new JsonObject { ["msg"] = JsonNode.Parse(message) },
        ["Metadata"] = new JsonObject { ["DequeueCount"] = dequeueCount, ["Id"] = Guid.NewGuid().ToString(), ["sys"] = Sys("ProcessWork") },
    }.ToJsonString();

    private static async Task<JsonElement> ProcurementAsync(Support.WebClient client, string id)
    {
        using var document = JsonDocument.Parse(await client.GetPageAsync($"/api/procurements/{id}"));
        return document.RootElement.Clone();
    }

    private static JsonObject Sys(string method) => new()
    {
        ["MethodName"] = method,
        ["UtcNow"] = "2025-06-02T08:00:00Z",
        ["RandGuid"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
    };

    private async Task<HttpResponseMessage> InvokeAsync(string path, string envelope)
    {
        using var http = new HttpClient { BaseAddress = _app.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(envelope, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1040.300.0");
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1040.300.0");
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The host reads {"Outputs": {...}, "Logs": [...], "ReturnValue": ...}; returns the log lines.</summary>
    private static async Task<List<string>> AssertHostShapeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(JsonValueKind.Object, root.GetProperty("Outputs").ValueKind);
        Assert.True(root.TryGetProperty("ReturnValue", out _));
        var logs = root.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.NotEmpty(logs);
        return logs;
    }
}
