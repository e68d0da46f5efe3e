using Notices.Testing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Notices.Domain.Adoption;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Adoption;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.PublishedReleases;

namespace Notices.Workflow.Tests.Adoption;

/// <summary>The adoption command as built from real releases, and Find a Tender's API as the adoption reads it.</summary>
public sealed class AdoptionCommandTests
{
    [Fact]
    public void FromReleases_ContractAwardNotice_TakesEveryStandingAwardWithItsSuppliersAndStandstill()
    {
        var command = AdoptionOf(AwardRelease, DuringTheAwardStandstill);

        Assert.Equal(("ocds-h6vhtk-04e9fb", Procedure.Open, ContractNature.Services), (command.Ocid, command.Procedure, command.Nature));
        var award = command.Award!;
        Assert.Equal(
            ["GB-COH-08229264", "GB-COH-00414220", "GB-COH-03880506", "GB-CHC-1159512", "GB-COH-04150627"],
            award.Suppliers.Select(s => s.Identifier));
        Assert.All(award.Suppliers, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.Equal((680_146.8m, new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 12)), (award.Value, award.DecidedOn, award.StandstillLastDay));
        Assert.Null(command.Contract);
    }

    [Fact]
    public void FromReleases_ContractDetailsNotice_TakesTheContractOnTheDaysItWasWrittenWith()
    {
        // The release writes the end as 2026-09-20T23:59:59Z, which is 21 September in UK summer time; the day meant is the 20th.
        var command = AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices);

        Assert.Equal(new AdoptedContract(new DateOnly(2026, 9, 3), 0.01m, new DateOnly(2026, 9, 4), new DateOnly(2026, 9, 20)), command.Contract);
        Assert.Equal(SpecialRegime.LightTouch, command.Regime);
    }

    [Fact]
    public void FromReleases_NoticesOfTwoProcurements_AreRefusedInWords()
    {
        var e = Assert.Throws<AdoptionException>(() => AdoptionCommand.FromReleases(
            Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), [Read(TenderRelease), Read(ContractDetailsRelease)]));
        Assert.StartsWith("The notices belong to 2 procurements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFindATender_ByNoticeId_IsTheSameAdoptionAsFromTheRelease()
    {
        var findATender = new FakeFindATender(new Dictionary<string, string> { ["083608-2026"] = Read(ContractDetailsRelease) });
        var context = Contexts.By(People.Commissioner, AfterTheSeptember2026Notices);

        var fetched = await AdoptionCommand.FromFindATenderAsync(context, findATender, ["083608-2026"], CancellationToken.None);

        var read = AdoptionCommand.FromReleases(context, [Read(ContractDetailsRelease)]);
        Assert.Equal(["083608-2026"], findATender.Requested);
        Assert.Equal((read.Ocid, read.Contract, read.Notices[0].NoticeId), (fetched.Ocid, fetched.Contract, fetched.Notices[0].NoticeId));
    }

    [Fact]
    public async Task FindATenderApi_AsksForTheReleasePackageAndReadsIt()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"releases":[]}""");
        using var http = new HttpClient(handler);

        var package = await new FindATenderApi(http).GetReleasePackageAsync("083608-2026", CancellationToken.None);

        Assert.Equal("""{"releases":[]}""", package);
        Assert.Equal(new Uri("https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages/083608-2026"), handler.Asked);
    }

    [Fact]
    public async Task FindATenderApi_NoticeItDoesNotHave_IsNull()
    {
        using var http = new HttpClient(new AnsweringHandler(HttpStatusCode.NotFound, ""));
        Assert.Null(await new FindATenderApi(http).GetReleasePackageAsync("999999-2026", CancellationToken.None));
    }

    [Fact]
    public void WorkflowServices_GiveFindATendersApiForAdoptionByNoticeId()
    {
        using var services = new ServiceCollection().AddProcurementWorkflow().BuildServiceProvider();
        Assert.IsType<FindATenderApi>(services.GetRequiredService<IFindATenderReleases>());
    }

    /// <summary>Find a Tender's web server at the edge: one answer, and the address asked for.</summary>
    private sealed class AnsweringHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public Uri? Asked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
        }
    }
}
