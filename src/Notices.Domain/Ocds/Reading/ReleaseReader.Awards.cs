using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseReader
{
    private T ReadAwarding<T>(T notice)
        where T : AwardStageNotice
    {
        AwardStageNotice read = ReadProcurement(notice) with
        {
            Suppliers = ReadSuppliers(),
            Awards = [.. release.Array("awards").Select(ReadAward)],
        };
        return (T)read;
    }

    private Award ReadAward(ReleaseNode award) => new()
    {
        Id = award.String("id"),
        Title = award.String("title"),
        Status = award.Code<AwardStatus>("status") ?? AwardStatus.Pending,
        Date = award.Date("date"),
        Value = ReadMoney(award.Get("value")),
        SupplierIds = PartyIds(award, "suppliers"),
        RelatedLots = award.Strings("relatedLots"),
        ContractPeriod = ReadPeriod(award.Get("contractPeriod")),
        AboveThreshold = award.Bool("aboveThreshold"),
        StandstillEnd = award.Get("standstillPeriod")?.Date("endDate"),
        AssessmentSummariesSent = award.Date("assessmentSummariesDateSent"),
        EstimatedSignatureDate = SignatureMilestone(award)?.Date("dueDate"),
        SignatureMilestoneId = SignatureMilestone(award)?.String("id"),
        FinalStatusDate = award.Date("finalStatusDate"),
        Subcontracts = [.. (award.Get("subcontracting")?.Array("subcontracts") ?? []).Select(s => new Subcontract
        {
            Id = s.String("id"),
            Description = s.String("description"),
            MainContractorIds = PartyIds(s, "mainContractors"),
        })],
    };

    private static ReleaseNode? SignatureMilestone(ReleaseNode award) =>
        award.Array("milestones").Where(m => m.String("type") == "futureSignatureDate").Select(m => (ReleaseNode?)m).FirstOrDefault();

    private List<BidStatistic> ReadBidStatistics() =>
    [
        .. (release.Get("bids")?.Array("statistics") ?? []).Select(s => new BidStatistic
        {
            Id = s.String("id"),
            Measure = s.String("measure"),
            Value = s.Number("value"),
            RelatedLot = s.String("relatedLot"),
        }),
    ];
}
