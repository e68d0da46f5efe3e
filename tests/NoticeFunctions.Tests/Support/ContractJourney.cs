using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;
using Xunit;
using Notices.Testing;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// A procurement brought to a £7.8 million contract through the app's own workflow (the steps before a contract
/// copy are not what these tests are about), and the multipart upload a browser sends.
/// </summary>
internal static class ContractJourney
{
    public static readonly Actor Commissioner = new("ada.lovelace", "Ada Lovelace", [Role.Commissioner]);
    public static readonly Actor Approver = new("grace.hopper", "Grace Hopper", [Role.Approver]);

    public const string CopyKey = "contract-copy";

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// Registers, publishes the tender and award notices, passes the standstill and enters into the contract; returns the id.
    /// A title given is the procurement's and its notices'; buyer and suppliers are Example Borough Council's and Green Bins unless given.
    /// </summary>
    public static async Task<string> ContractedAsync(TestApp app, string? title = null, string? buyerId = null, IReadOnlyList<AwardedSupplier>? suppliers = null)
    {
        var workflow = app.Services.GetRequiredService<ProcurementWorkflow>();
        var ids = app.Services.GetRequiredService<IIdSource>();
        var id = ProcurementId.New(ids);
        DecisionContext As(Actor actor) => DecisionContext.For(actor, app.Clock, ids);
        async Task Must(ProcurementCommand command)
        {
            var result = await workflow.Commands.HandleAsync(id, command);
            Assert.True(result.Succeeded, $"{command.GetType().Name}: {string.Join(" ", result.Problems.Select(p => p.Message))}");
        }

        async Task PublishAsync(NoticeType type)
        {
            var notice = SampleNotices.All.Single(n => n.Type == type);
            var drafted = await workflow.Commands.HandleAsync(id, new DraftNotice(As(Commissioner), type, NoticeJson.Serialize(title is null ? notice : notice with { Title = title })));
            var key = ((Notices.Workflow.Events.NoticeDrafted)drafted.Events[0]).NoticeKey;
            await Must(new SubmitNotice(As(Commissioner), key));
            await Must(new ApproveNotice(As(Approver), key, NoConflictOfInterest: true));
            await WaitForAsync(app, id.Value, s => s.Notices[key] is PublishedNoticeState);
        }

        await Must(new RegisterProcurement(
            As(Commissioner), buyerId ?? ApiJourney.BuyerId, "Example Borough Council", title ?? "Waste collection services", 7_800_000m,
            Procedure.Open, ContractNature.Services, SpecialRegime.None, [new Notices.Workflow.Procurements.Lot(1, "North", 3_900_000m), new Notices.Workflow.Procurements.Lot(2, "South", 3_900_000m)]));
        await PublishAsync(NoticeType.UK4);
        await Must(new RecordAwardDecision(As(Commissioner), suppliers ?? [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Notices.Domain.Time.UkTime.Today(app.Clock)));
        await PublishAsync(NoticeType.UK6);
        app.Clock.Advance(TimeSpan.FromDays(14));
        var today = Notices.Domain.Time.UkTime.Today(app.Clock);
        await Must(new RecordContractEntered(As(Commissioner), today, 7_800_000m, today.AddDays(14), today.AddYears(5)));
        return id.Value;
    }

    /// <summary>Waits (the in-process trigger loop works the queue) until the procurement's state satisfies <paramref name="done"/>.</summary>
    public static async Task<Registered> WaitForAsync(TestApp app, string id, Func<Registered, bool> done)
    {
        var workflow = app.Services.GetRequiredService<ProcurementWorkflow>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Registered state;
        do
        {
            state = (await workflow.Queries.ProcurementAsync(new ProcurementId(id)))!.State;
            if (done(state))
            {
                return state;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Procurement {id} never reached the awaited state.");
        return state;
    }

    /// <summary>Posts the upload form as a browser does: the anti-forgery token first, then the file.</summary>
    public static async Task<HttpResponseMessage> UploadThroughFormAsync(WebClient client, string id, byte[] file, string fileName, string mediaType)
    {
        var path = $"/procurements/{id}/contract-copies/{CopyKey}/upload";
        var token = AntiforgeryTokens.From(await client.GetPageAsync(path));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        form.Add(content, "file", fileName);
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>Uploads through the API: the body is the file.</summary>
    public static async Task<HttpResponseMessage> UploadThroughApiAsync(WebClient client, string id, byte[] file, string fileName, string mediaType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return await client.Http.PutAsync(new Uri($"/api/procurements/{id}/contract-copies/{CopyKey}/original?fileName={Uri.EscapeDataString(fileName)}", UriKind.Relative), content);
    }

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response, string body) =>
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
}
