using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Testing.Notices;

/// <summary>
/// One complete, valid notice of every drafted type, for a council's waste collection procurement:
/// the starting point for tests (change one field, expect one error) and for the benchmark.
/// </summary>
public static class SampleNotices
{
    public const string Ocid = "ocds-h6vhtk-0a1b2c";

    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    public static Buyer Council { get; } = new()
    {
        Name = "Westshire County Council",
        Identifier = new OrganisationIdentifier(IdentifierSchemes.Ppon, "PABC-1234-WXYZ"),
        Address = new Address { StreetAddress = "County Hall", Locality = "Westbury", PostalCode = "WB1 1AA", Region = "UKK15" },
        ContactPoint = new ContactPoint { Name = "Procurement Team", Email = "procurement@westshire.gov.uk", Telephone = "01234 567890" },
        Url = "https://www.westshire.gov.uk/",
        AuthorityType = AuthorityType.SubCentral,
    };

    public static Supplier GreenBins { get; } = new()
    {
        Name = "Green Bins Limited",
        Identifier = new OrganisationIdentifier(IdentifierSchemes.CompaniesHouse, "08229264"),
        Address = new Address { StreetAddress = "1 Depot Road", Locality = "Bristol", PostalCode = "BS1 4QS", Region = "UKK11" },
        ContactPoint = new ContactPoint { Email = "bids@greenbins.co.uk" },
        Scale = SupplierScale.Sme,
        Vcse = false,
    };

    public static Supplier RecycleTrust { get; } = new()
    {
        Name = "Westshire Recycling Trust",
        Identifier = new OrganisationIdentifier(IdentifierSchemes.CharityCommission, "1159512"),
        Address = new Address { Locality = "Westbury", PostalCode = "WB2 2BB", Region = "UKK15" },
        ContactPoint = new ContactPoint { Email = "hello@recycletrust.org.uk" },
        Scale = SupplierScale.Sme,
        Vcse = true,
    };

    public static IReadOnlyList<Lot> Lots { get; } =
    [
        new Lot
        {
            Id = "1",
            Title = "Household waste collection",
            Description = "Weekly kerbside collection of residual waste.",
            Value = new Money { Amount = 4_000_000m, AmountGross = 4_800_000m },
            Classifications = [new Classification { Id = "90511000", Description = "Refuse collection services" }],
            DeliveryRegions = ["UKK15"],
            ContractPeriod = new DatePeriod { StartDate = At(2027, 4, 1), EndDate = At(2032, 3, 31, 23, 59, 59), MaxExtentDate = At(2034, 3, 31, 23, 59, 59) },
            AwardCriteria =
            [
                new AwardCriterion { Type = AwardCriterionType.Price, Name = "Price", Weight = 40 },
                new AwardCriterion { Type = AwardCriterionType.Quality, Name = "Service quality", Weight = 60 },
            ],
            SuitableForSme = true,
        },
        new Lot
        {
            Id = "2",
            Title = "Recycling collection",
            Description = "Fortnightly kerbside collection of dry recyclables.",
            Value = new Money { Amount = 2_500_000m, AmountGross = 3_000_000m },
            Classifications = [new Classification { Id = "90514000", Description = "Refuse recycling services" }],
            DeliveryRegions = ["UKK15"],
            ContractPeriod = new DatePeriod { StartDate = At(2027, 4, 1), EndDate = At(2032, 3, 31, 23, 59, 59) },
            AwardCriteria =
            [
                new AwardCriterion { Type = AwardCriterionType.Price, Name = "Price", Weight = 40 },
                new AwardCriterion { Type = AwardCriterionType.Quality, Name = "Social value", Weight = 60 },
            ],
            SuitableForSme = true,
            SuitableForVcse = true,
        },
    ];

    public static Money TotalValue { get; } = new Money { Amount = 6_500_000m, AmountGross = 7_800_000m };

    public static IReadOnlyList<NoticeDocument> TenderDocuments { get; } =
    [
        new NoticeDocument { Id = "ITT-1", DocumentType = "biddingDocuments", Title = "Invitation to tender", Url = "https://tenders.westshire.gov.uk/waste/itt" },
        new NoticeDocument { Id = "conflictOfInterest", DocumentType = "conflictOfInterest", Description = "Conflicts assessment prepared and kept under review" },
    ];

    public static PipelineNotice Pipeline { get; } = new()
    {
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        EstimatedValue = TotalValue,
        Lots = Lots,
        EstimatedTenderNoticeDate = At(2026, 9, 1),
    };

    public static MarketEngagementNotice MarketEngagement { get; } = new()
    {
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        EstimatedValue = TotalValue,
        EngagementEndDate = At(2026, 7, 31, 17, 0, 0),
        EngagementDescription = "Supplier day at County Hall on 15 July 2026; written questions until 31 July 2026.",
    };

    public static PlannedProcurementNotice PlannedProcurement { get; } = new()
    {
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        EstimatedValue = TotalValue,
        Lots = Lots,
        AboveThreshold = true,
        Procedure = Procedure.Open,
        EstimatedTenderNoticeDate = At(2026, 9, 1),
        EstimatedTenderDeadline = At(2026, 10, 15, 12, 0, 0),
        EstimatedAwardDate = At(2026, 12, 1),
    };

    public static TenderNotice Tender { get; } = new()
    {
        Ocid = Ocid,
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        EstimatedValue = TotalValue,
        Lots = Lots,
        AboveThreshold = true,
        Procedure = Procedure.Open,
        TenderDeadline = At(2026, 10, 15, 12, 0, 0),
        EnquiryDeadline = At(2026, 10, 5, 17, 0, 0),
        EstimatedAwardDate = At(2026, 12, 1, 23, 59, 59),
        SubmissionDetails = "Submit through the council's e-tendering portal.",
        Documents = TenderDocuments,
    };

    private static readonly Money[] AwardedValues = [new Money { Amount = 3_900_000m, AmountGross = 4_680_000m }, new Money { Amount = 2_400_000m, AmountGross = 2_880_000m }];

    private static IReadOnlyList<Award> Awards(AwardStatus status, bool withDecision) =>
        [Award(0, GreenBins, status, withDecision), Award(1, RecycleTrust, status, withDecision)];

    /// <summary>The award of lot <paramref name="lot"/> (0 or 1); decided on Monday 30 November 2026.</summary>
    private static Award Award(int lot, Supplier supplier, AwardStatus status, bool withDecision) => new()
    {
        Id = Lots[lot].Id,
        Title = Lots[lot].Title,
        Status = status,
        Date = withDecision ? At(2026, 11, 30) : null,
        Value = AwardedValues[lot],
        SupplierIds = [supplier.Identifier!.PartyId],
        RelatedLots = [Lots[lot].Id!],
        ContractPeriod = Lots[lot].ContractPeriod,
        AboveThreshold = true,
        StandstillEnd = withDecision ? At(2026, 12, 10, 23, 59, 59, TimeSpan.Zero) : null,
        AssessmentSummariesSent = withDecision ? At(2026, 11, 30, 0, 0, 0, TimeSpan.Zero) : null,
        EstimatedSignatureDate = At(2026, 12, 11, 23, 59, 59, TimeSpan.Zero),
    };

    private static Contract ContractFor(int lot) => new()
    {
        Id = Lots[lot].Id,
        AwardId = Lots[lot].Id,
        Title = Lots[lot].Title,
        DateSigned = At(2026, 12, 14),
        Period = Lots[lot].ContractPeriod,
        Value = AwardedValues[lot],
        AboveThreshold = true,
    };

    public static TransparencyNotice Transparency { get; } = new()
    {
        Reference = "WCC-WASTE-2027-DA",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        EstimatedValue = new Money { Amount = 6_300_000m, AmountGross = 7_560_000m },
        Lots = Lots.Select(l => l with { Value = null }).ToList(),
        AboveThreshold = true,
        Procedure = Procedure.DirectAward,
        DirectAwardJustification = "Schedule 5 paragraph 13: extreme urgency after the incumbent supplier entered administration.",
        Suppliers = [GreenBins, RecycleTrust],
        Awards = Awards(AwardStatus.Pending, withDecision: false),
    };

    public static ContractAwardNotice ContractAward { get; } = new()
    {
        Ocid = Ocid,
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        Lots = Lots,
        AboveThreshold = true,
        Procedure = Procedure.Open,
        Suppliers = [GreenBins, RecycleTrust],
        Awards = Awards(AwardStatus.Pending, withDecision: true),
        BidStatistics =
        [
            new BidStatistic { Measure = "bids", Value = 6, RelatedLot = "1" },
            new BidStatistic { Measure = "smeFinalStageBids", Value = 3, RelatedLot = "1" },
            new BidStatistic { Measure = "bids", Value = 4, RelatedLot = "2" },
        ],
    };

    public static ContractDetailsNotice ContractDetails { get; } = new()
    {
        Ocid = Ocid,
        Reference = "WCC-WASTE-2027",
        Buyer = Council,
        Title = "Waste and recycling collection services",
        Description = "Kerbside collection of household waste and recycling across the county from April 2027.",
        Nature = ContractNature.Services,
        Lots = Lots,
        AboveThreshold = true,
        Procedure = Procedure.Open,
        Suppliers = [GreenBins, RecycleTrust],
        Awards = Awards(AwardStatus.Active, withDecision: true),
        Contracts = [ContractFor(0), ContractFor(1)],
    };

    public static ContractPerformanceNotice ContractPerformance { get; } = new()
    {
        Ocid = Ocid,
        Buyer = Council,
        Title = "Waste and recycling collection services",
        ContractId = "1",
        Suppliers = [GreenBins],
        AssessmentPeriod = new DatePeriod { StartDate = At(2027, 4, 1), EndDate = At(2028, 3, 31, 23, 59, 59) },
        KpiAssessments =
        [
            new KpiAssessment { KpiId = "1", KpiTitle = "Missed collections per 100,000", Rating = KpiRating.Good },
            new KpiAssessment { KpiId = "2", KpiTitle = "Complaints resolved within 10 days", Rating = KpiRating.ApproachingTarget },
            new KpiAssessment { KpiId = "3", KpiTitle = "Vehicle emissions", Rating = KpiRating.RequiresImprovement, Comment = "Fleet renewal delayed." },
        ],
    };

    public static ContractChangeNotice ContractChange { get; } = new()
    {
        Ocid = Ocid,
        Buyer = Council,
        Title = "Waste and recycling collection services",
        ContractId = "1",
        Suppliers = [GreenBins],
        Amendment = new ContractAmendment
        {
            Id = "1",
            Date = At(2028, 6, 1),
            Ground = ModificationGround.UnforeseeableCircumstances,
            Rationale = "New statutory food waste collections from April 2028 could not have been foreseen when the contract was awarded.",
            Description = "Add weekly food waste collection.",
            Value = new Money { Amount = 4_300_000m, AmountGross = 5_160_000m },
            VoluntaryStandstill = true,
        },
    };

    public static ContractTerminationNotice ContractTermination { get; } = new()
    {
        Ocid = Ocid,
        Buyer = Council,
        Title = "Waste and recycling collection services",
        ContractId = "2",
        Suppliers = [RecycleTrust],
        TerminationDate = At(2030, 3, 31, 23, 59, 59),
        Reasons = [TerminationReason.TerminatedByAgreement],
        Rationale = "The trust and the council agreed to end the contract early when collections moved in-house.",
        FinalValue = new Money { Amount = 1_400_000m, AmountGross = 1_680_000m },
    };

    public static ProcurementTerminationNotice ProcurementTermination { get; } = new()
    {
        Ocid = Ocid,
        Buyer = Council,
        Title = "Waste and recycling collection services",
        DecisionDate = At(2026, 11, 20),
        Reason = "The council decided to bring the service in-house.",
    };

    /// <summary>Every drafted notice type, once.</summary>
    public static IReadOnlyList<Notice> All { get; } =
    [
        Pipeline, MarketEngagement, PlannedProcurement, Tender, Transparency, ContractAward,
        ContractDetails, ContractPerformance, ContractChange, ContractTermination, ProcurementTermination,
    ];

    /// <summary>Dates in UK summer time unless an offset is given.</summary>
    private static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, TimeSpan? offset = null)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, offset ?? (month is > 3 and < 11 ? Bst : TimeSpan.Zero));
    }
}
