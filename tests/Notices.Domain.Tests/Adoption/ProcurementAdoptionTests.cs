using System.Text.Json.Nodes;
using Notices.Domain.Adoption;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Domain.Tests.Ocds;
using Notices.Domain.Time;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Adoption;

public sealed class ProcurementAdoptionTests
{
    [Fact]
    public void Plan_TenderNoticeSample_IsAwaitingItsAwardWithNoDateYet()
    {
        var plan = PlanFromReleases([FtsSamples.Read(FtsSamples.TenderNotice)]);

        Assert.Equal("ocds-h6vhtk-06f17d", plan.Ocid);
        Assert.Equal("Science Museum Group", plan.Buyer!.Name);
        Assert.Equal("GB-PPON-PDTR-3338-MNPG", plan.Buyer.Identifier!.PartyId);
        var notice = Assert.Single(plan.Notices);
        Assert.Equal((NoticeType.UK4, "083563-2026", true), (notice.Type, notice.NoticeId, notice.Drafted));
        Assert.Equal([NoticeType.UK6, NoticeType.UK12], plan.NextNotices);
        var obligation = Assert.Single(plan.Obligations);
        Assert.Null(obligation.Due);
        Assert.Contains("UK6", obligation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ContractAwardSample_StandstillThenContractDetailsFromTheExpectedSignature()
    {
        var plan = PlanFromReleases([FtsSamples.Read(FtsSamples.ContractAwardNotice)]);

        Assert.Equal(5, plan.Awards.Count);
        Assert.Equal([NoticeType.UK7, NoticeType.UK12], plan.NextNotices);
        var standstill = plan.Obligations[0];
        Assert.Equal("s.51", standstill.Section);

        // Published Tuesday 3 June 2025: eight working days end on Thursday 12 June.
        Assert.Equal(Deadlines.Standstill(new DateOnly(2025, 6, 3)).LastDay, standstill.Due);
        var details = plan.Obligations[1];
        Assert.Equal("s.53(1)", details.Section);
        Assert.True(details.Estimated);

        // The award notice expects signature on 13 June; 30 days beginning with it end on 12 July.
        Assert.Equal(Deadlines.ContractDetailsNoticeDue(new DateOnly(2025, 6, 13), lightTouch: false), details.Due);
        Assert.Equal(2, plan.Obligations.Count);
    }

    [Fact]
    public void Plan_ContractDetailsSample_TerminationNoticeDueFromTheContractsEnd()
    {
        var plan = PlanFromReleases([FtsSamples.Read(FtsSamples.ContractDetailsNotice)]);

        Assert.Equal("1", plan.Contract!.Id);
        Assert.Equal(0.01m, plan.Contract.Value!.Amount);
        Assert.Equal([NoticeType.UK9, NoticeType.UK10, NoticeType.UK11], plan.NextNotices);
        var termination = Assert.Single(plan.Obligations);
        Assert.Equal("s.80", termination.Section);
        // Published as 2026-09-20T23:59:59Z: the contract ends on the 20th as written, not at 00:59:59 on
        // the 21st in UK summer time.
        Assert.Equal(Deadlines.TerminationNoticeDue(new DateOnly(2026, 9, 20)), termination.Due);
    }

    [Fact]
    public void Plan_ContractAwardSample_TakenToItsContractDetailsNotice()
    {
        var plan = PlanFromReleases([FtsSamples.Read(FtsSamples.ContractAwardNotice)]);
        var signed = new DateTimeOffset(2025, 6, 16, 0, 0, 0, TimeSpan.FromHours(1));
        var award = plan.Awards[3];

        // The next notice, drafted from the plan alone with what only the contract itself says.
        var details = new ContractDetailsNotice
        {
            Ocid = plan.Ocid,
            Buyer = plan.Buyer,
            Title = plan.Title,
            Description = "Improvement action process pilot for a named local authority.",
            Nature = Procurement.ContractNature.Services,
            Procedure = Procedure.Open,
            Lots = [new Lot { Id = "1" }],
            Suppliers = [.. plan.Suppliers.Where(s => award.SupplierIds.Contains(s.Identifier!.PartyId))],
            Awards = [award],
            Contracts = [new Contract { Id = award.Id, AwardId = award.Id, DateSigned = signed, Period = award.ContractPeriod, Value = award.Value, AboveThreshold = award.AboveThreshold }],
        };

        var errors = NoticeValidator.Validate(details).Errors;

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var release = OcdsReleaseWriter.Write(details, new PublicationContext(plan.Ocid, "035000-2025", signed.AddDays(2)));
        var published = Assert.IsType<ContractDetailsNotice>(OcdsReleaseReader.Read(release));
        Assert.Equal(plan.Ocid, published.Ocid);
        Assert.Equal("GB-CHC-1159512", Assert.Single(published.Suppliers).Identifier!.PartyId);
    }

    [Fact]
    public void Plan_ContractDetailsSample_TakenToItsContractTerminationNotice()
    {
        var plan = PlanFromReleases([FtsSamples.Read(FtsSamples.ContractDetailsNotice)]);

        var termination = new ContractTerminationNotice
        {
            Ocid = plan.Ocid,
            Buyer = plan.Buyer,
            Title = plan.Title,
            ContractId = plan.Contract!.Id,
            Suppliers = plan.Suppliers,
            TerminationDate = plan.Contract.Period!.EndDate,
            Reasons = [TerminationReason.Expired],
            FinalValue = plan.Contract.Value,
        };

        var errors = NoticeValidator.Validate(termination).Errors;

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal([NoticeType.UK9, NoticeType.UK10, NoticeType.UK11], plan.NextNotices);
    }

    [Fact]
    public void Plan_NoticesOfOneProcurementGivenOutOfOrder_ListsThemByPublication()
    {
        var tender = Released(SampleNotices.Tender, "000101-2026", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(1)));
        var award = Released(SampleNotices.ContractAward, "000202-2026", new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero));

        var plan = PlanFromReleases([award, tender, award]);

        Assert.Equal(["000101-2026", "000202-2026"], plan.Notices.Select(n => n.NoticeId));
        Assert.Equal(SampleNotices.Ocid, plan.Ocid);
        Assert.Equal([NoticeType.UK7, NoticeType.UK12], plan.NextNotices);
    }

    [Fact]
    public void Plan_ContractChangedAfterDetails_RestatedContractAndModifiedCopyDue()
    {
        var details = Released(SampleNotices.ContractDetails, "000303-2027", new DateTimeOffset(2027, 4, 20, 12, 0, 0, TimeSpan.FromHours(1)));
        var change = Released(SampleNotices.ContractChange, "000404-2028", new DateTimeOffset(2028, 2, 1, 12, 0, 0, TimeSpan.Zero));
        var amendment = SampleNotices.ContractChange.Amendment!;

        var plan = PlanFromReleases([details, change]);

        // The change gives a new value and keeps the term, so the contract still ends when it was to.
        var end = SampleNotices.ContractDetails.Contracts[0].Period!.EndDate!.Value;
        Assert.Equal(amendment.Value!.AmountGross, plan.Contract!.Value!.AmountGross);
        Assert.Equal(end, plan.Contract.Period!.EndDate);
        Assert.Contains(plan.Obligations, o => o.Section == "s.77" && o.Due == Deadlines.ModifiedContractCopyDue(DateOnly.FromDateTime(amendment.Date!.Value.DateTime)));
        Assert.Contains(plan.Obligations, o => o.Section == "s.80" && o.Due == Deadlines.TerminationNoticeDue(DateOnly.FromDateTime(end.DateTime)));
    }

    [Fact]
    public void Plan_NoticesOfTwoProcurements_IsRefusedNamingBoth()
    {
        var other = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractDetailsNotice))!;

        var e = Assert.Throws<AdoptionException>(() => PlanFromReleases([FtsSamples.Read(FtsSamples.TenderNotice), other.ToJsonString()]));

        Assert.Contains("ocds-h6vhtk-06f17d", e.Message, StringComparison.Ordinal);
        Assert.Contains("ocds-h6vhtk-06f19e", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AwardNoticeWithoutAwards_IsRefusedAsNotAContractAwardNotice()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractAwardNotice))!;
        var documents = release["awards"]![0]!["documents"]!.DeepClone();
        release.AsObject().Remove("awards");
        release["tender"]!["documents"] = documents;

        var e = Assert.Throws<AdoptionException>(() => PlanFromReleases([release.ToJsonString()]));

        Assert.StartsWith("029664-2025: awards:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DynamicMarketModificationNotice_IsShownWithNothingToFollow()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractAwardNotice))!;
        foreach (var award in release["awards"]!.AsArray())
        {
            award!["documents"]![0]!["noticeType"] = "UK15";
        }

        var plan = PlanFromReleases([release.ToJsonString()]);

        var notice = Assert.Single(plan.Notices);
        Assert.Equal((NoticeType.UK15, "Dynamic market modification notice", false), (notice.Type, notice.Name, notice.Drafted));
        Assert.Empty(plan.NextNotices);
        Assert.Empty(plan.Obligations);
    }

    [Fact]
    public async Task PlanFromFindATender_NoticeIds_FetchesEachAndPlans()
    {
        var findATender = new FakeFindATender(new Dictionary<string, string>
        {
            ["029664-2025"] = FtsSamples.Read(FtsSamples.ContractAwardNotice),
        });

        var plan = await PlanFromFindATenderAsync(findATender, ["029664-2025"], CancellationToken.None);

        Assert.Equal(["029664-2025"], findATender.Requested);
        Assert.Equal("ocds-h6vhtk-04e9fb", plan.Ocid);
    }

    [Theory]
    [InlineData("123456-2026", "has no notice 123456-2026")]
    [InlineData("12345-2026", "not a Find a Tender notice id")]
    public async Task PlanFromFindATender_UnknownOrMalformedNoticeId_SaysSo(string noticeId, string expected)
    {
        var findATender = new FakeFindATender(new Dictionary<string, string>());

        var e = await Assert.ThrowsAsync<AdoptionException>(() => PlanFromFindATenderAsync(findATender, [noticeId], CancellationToken.None));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static string Released(Notice notice, string noticeId, DateTimeOffset published) =>
        OcdsReleaseWriter.Write(notice, new PublicationContext(SampleNotices.Ocid, noticeId, published));

    // The releases read as the workflow reads them, then planned.
    private static AdoptionPlan PlanFromReleases(IEnumerable<string> releases) =>
        ProcurementAdoption.Plan([.. releases.Select(OcdsReleaseReader.Read)]);

    private static async Task<AdoptionPlan> PlanFromFindATenderAsync(IFindATenderReleases findATender, IEnumerable<string> noticeIds, CancellationToken cancellationToken) =>
        PlanFromReleases(await ProcurementAdoption.FetchReleasesAsync(findATender, noticeIds, cancellationToken));
}
