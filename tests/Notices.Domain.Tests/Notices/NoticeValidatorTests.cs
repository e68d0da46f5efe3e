using Xunit;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;

namespace Notices.Domain.Tests.Notices;

public sealed class NoticeValidatorTests
{
    public static TheoryData<string> DraftedTypes() => new(SampleNotices.All.Select(n => n.Type.ToString()));

    private static readonly DateTimeOffset Published = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void Validate_CompleteSample_IsValid(string type)
    {
        var result = NoticeValidator.Validate(SampleNotices.All.Single(n => n.Type.ToString() == type));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void Validate_EmptyDraft_AsksForTheBuyerAndTitle(string type)
    {
        var empty = (Notice)Activator.CreateInstance(SampleNotices.All.Single(n => n.Type.ToString() == type).GetType())!;

        var result = NoticeValidator.Validate(empty);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Path == "buyer");
        Assert.Contains(result.Errors, e => e.Path == "title" && e.Message == "Enter a title for the procurement.");
    }

    [Fact]
    public void Validate_LotValuesDoNotAddUp_NamesTheTotalAndBothSums()
    {
        var notice = SampleNotices.Tender with { EstimatedValue = new Money { Amount = 6_000_000m, AmountGross = 7_800_000m } };

        var error = SingleError(notice);

        Assert.Equal("estimatedValue.amount", error.Path);
        Assert.Equal("The lots' values add up to £6,500,000.00 excluding VAT but the estimated value is £6,000,000.00; change the lot values or the estimated value so that they agree.", error.Message);
    }

    [Fact]
    public void Validate_GrossBelowNet_PointsAtTheLotsGrossAmount()
    {
        var lots = SampleNotices.Lots.ToList();
        lots[1] = lots[1] with { Value = new Money { Amount = 2_500_000m, AmountGross = 2_400_000m } };
        var notice = SampleNotices.Tender with { Lots = lots, EstimatedValue = new Money { Amount = 6_500_000m, AmountGross = 7_200_000m } };

        var error = SingleError(notice);

        Assert.Equal("lots[1].value.amountGross", error.Path);
        Assert.Contains("less than the amount excluding VAT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueInEuros_AsksForPoundsSterling()
    {
        var notice = SampleNotices.Tender with { EstimatedValue = SampleNotices.TotalValue with { Currency = "EUR" } };

        Assert.Equal("estimatedValue.currency", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_CurrencyNotInCodelist_SaysItIsNotACurrency()
    {
        var notice = SampleNotices.Tender with { EstimatedValue = SampleNotices.TotalValue with { Currency = "XYZ" } };

        Assert.Contains("not an ISO 4217 currency code", SingleError(notice).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WeightingsNotAddingUpTo100_GivesTheTotal()
    {
        var lots = SampleNotices.Lots.ToList();
        lots[0] = lots[0] with
        {
            AwardCriteria = [new AwardCriterion { Type = AwardCriterionType.Price, Name = "Price", Weight = 50 }, new AwardCriterion { Type = AwardCriterionType.Quality, Name = "Quality", Weight = 40 }],
        };

        var error = SingleError(SampleNotices.Tender with { Lots = lots });

        Assert.Equal("lots[0].awardCriteria", error.Path);
        Assert.Equal("The weightings add up to 90%; change them so that they add up to 100%.", error.Message);
    }

    [Fact]
    public void Validate_BadCpvCode_AsksForEightDigits()
    {
        var lots = SampleNotices.Lots.ToList();
        lots[0] = lots[0] with { Classifications = [new Classification { Id = "9051100" }] };

        var error = SingleError(SampleNotices.Tender with { Lots = lots });

        Assert.Equal("lots[0].classifications[0].id", error.Path);
        Assert.Contains("eight digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadDeliveryRegion_AsksForAnItlCode()
    {
        var lots = SampleNotices.Lots.ToList();
        lots[1] = lots[1] with { DeliveryRegions = ["Westshire"] };

        var error = SingleError(SampleNotices.Tender with { Lots = lots });

        Assert.Equal("lots[1].deliveryRegions[0]", error.Path);
        Assert.Contains("ITL region code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateLotIds_NamesTheSecond()
    {
        var lots = SampleNotices.Lots.ToList();
        lots[1] = lots[1] with { Id = "1" };

        Assert.Equal("lots[1].id", SingleError(SampleNotices.Tender with { Lots = lots }).Path);
    }

    [Fact]
    public void Validate_EnquiryDeadlineAfterTenderDeadline_SaysWhichComesFirst()
    {
        var notice = SampleNotices.Tender with { EnquiryDeadline = SampleNotices.Tender.TenderDeadline!.Value.AddDays(1) };

        var error = SingleError(notice);

        Assert.Equal("enquiryDeadline", error.Path);
        Assert.Contains("is after the tender deadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TenderDeadlineBeforePublication_IsRefused()
    {
        var notice = SampleNotices.Tender with { Publication = new Publication("083563-2026", SampleNotices.Tender.TenderDeadline!.Value.AddDays(1)) };

        Assert.Equal("tenderDeadline", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_CompetitiveFlexibleWithoutParticipationDeadline_AsksForIt()
    {
        var notice = SampleNotices.Tender with { Procedure = Procedure.CompetitiveFlexible };

        Assert.Equal("participationDeadline", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_SingleLotTenderWithoutRationale_AsksWhyNoLots()
    {
        var notice = SampleNotices.Tender with { Lots = [SampleNotices.Lots[0]], EstimatedValue = SampleNotices.Lots[0].Value };

        Assert.Equal("noLotsRationale", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_SingleLotLightTouchTender_NeedsNoLotsRationale()
    {
        var notice = SampleNotices.Tender with { Lots = [SampleNotices.Lots[0]], EstimatedValue = SampleNotices.Lots[0].Value, SpecialRegime = SpecialRegime.LightTouch };

        Assert.True(NoticeValidator.Validate(notice).IsValid);
    }

    [Fact]
    public void Validate_BadPpon_SaysWhatAPponLooksLike()
    {
        var notice = SampleNotices.Tender with { Buyer = SampleNotices.Council with { Identifier = new OrganisationIdentifier("GB-PPON", "12345") } };

        var error = SingleError(notice);

        Assert.Equal("buyer.identifier.id", error.Path);
        Assert.Equal("'12345' is not a GB-PPON number; it should be four letters, four digits and four letters, such as PNBD-3289-CDGX.", error.Message);
    }

    [Fact]
    public void Validate_UnknownRegister_IsRefused()
    {
        var notice = SampleNotices.Tender with { Buyer = SampleNotices.Council with { Identifier = new OrganisationIdentifier("GB-XYZ", "1") } };

        Assert.Equal("buyer.identifier.scheme", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_BuyerWithoutEmail_AsksForAnEnquiryAddress()
    {
        var notice = SampleNotices.Tender with { Buyer = SampleNotices.Council with { ContactPoint = new ContactPoint { Name = "Procurement" } } };

        Assert.Equal("buyer.contactPoint.email", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_OverlongBuyerName_GivesTheLimit()
    {
        var notice = SampleNotices.Tender with { Buyer = SampleNotices.Council with { Name = new string('a', 301) } };

        var error = SingleError(notice);

        Assert.Equal("buyer.name", error.Path);
        Assert.Equal("Shorten the contracting authority's name to 300 characters or fewer; it has 301.", error.Message);
    }

    [Fact]
    public void Validate_MalformedOcid_SaysWhatAnOcidLooksLike()
    {
        var error = SingleError(SampleNotices.Tender with { Ocid = "ocds-h6vhtk-XYZ" });

        Assert.Equal("ocid", error.Path);
    }

    [Fact]
    public void Validate_ChangeNoticeWithoutOcid_AsksForIt()
    {
        Assert.Equal("ocid", SingleError(SampleNotices.ContractChange with { Ocid = null }).Path);
    }

    [Fact]
    public void Validate_DocumentTypeNotInCodelist_IsRefused()
    {
        var notice = SampleNotices.Tender with { Documents = [new NoticeDocument { Id = "1", DocumentType = "itt" }] };

        var error = SingleError(notice);

        Assert.Equal("documents[0].documentType", error.Path);
        Assert.Contains("document type codelist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UkExtensionDocumentType_IsAccepted()
    {
        var notice = SampleNotices.Tender with { Documents = [new NoticeDocument { Id = "1", DocumentType = "marketEngagementNotice" }] };

        Assert.True(NoticeValidator.Validate(notice).IsValid);
    }

    [Fact]
    public void Validate_AwardToUnlistedSupplier_NamesTheReference()
    {
        var awards = SampleNotices.ContractAward.Awards.ToList();
        awards[1] = awards[1] with { SupplierIds = ["GB-COH-99999999"] };

        var error = SingleError(SampleNotices.ContractAward with { Awards = awards });

        Assert.Equal("awards[1].supplierIds[0]", error.Path);
    }

    [Fact]
    public void Validate_AwardForMissingLot_NamesTheLot()
    {
        var awards = SampleNotices.ContractAward.Awards.ToList();
        awards[0] = awards[0] with { RelatedLots = ["3"] };

        Assert.Equal("awards[0].relatedLots[0]", SingleError(SampleNotices.ContractAward with { Awards = awards }).Path);
    }

    [Fact]
    public void Validate_PendingAwardWithoutStandstillEnd_AsksForIt()
    {
        var awards = SampleNotices.ContractAward.Awards.ToList();
        awards[0] = awards[0] with { StandstillEnd = null };

        var error = SingleError(SampleNotices.ContractAward with { Awards = awards });

        Assert.Equal("awards[0].standstillEnd", error.Path);
        Assert.Contains("eight working days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FrameworkCallOffWithoutStandstill_IsValid()
    {
        var awards = SampleNotices.ContractAward.Awards.Select(a => a with { StandstillEnd = null }).ToList();

        var result = NoticeValidator.Validate(SampleNotices.ContractAward with { Awards = awards, Procedure = Procedure.FrameworkCallOff });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void Validate_SignatureBeforeStandstillEnds_IsRefused()
    {
        var awards = SampleNotices.ContractAward.Awards.ToList();
        awards[0] = awards[0] with { EstimatedSignatureDate = awards[0].StandstillEnd!.Value.AddDays(-1) };

        Assert.Equal("awards[0].estimatedSignatureDate", SingleError(SampleNotices.ContractAward with { Awards = awards }).Path);
    }

    [Fact]
    public void Validate_StandstillOfEightWorkingDaysFromPublication_IsValid()
    {
        // Published on St Andrew's Day (a bank holiday in Scotland), so day 1 is Tuesday 1 December
        // and day 8 is Thursday 10 December.
        var notice = SampleNotices.ContractAward with { Publication = new Publication("083000-2026", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)) };

        var result = NoticeValidator.Validate(notice);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void Validate_StandstillShorterThanEightWorkingDays_GivesTheEarliestEnd()
    {
        var notice = SampleNotices.ContractAward with { Publication = new Publication("083000-2026", new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)) };

        var result = NoticeValidator.Validate(notice);

        Assert.Equal(["awards[0].standstillEnd", "awards[1].standstillEnd"], result.Errors.Select(e => e.Path));
        Assert.Equal(
            "The standstill period must run for at least eight working days beginning with the day of publication (2 December 2026), so it cannot end before 23:59:59 on Friday 11 December 2026; change the end date.",
            result.Errors[0].Message);
    }

    [Fact]
    public void Validate_FindATenderExample_StandstillEndingTwelfthJuneIsValid()
    {
        // Find a Tender's own example: published Tuesday 3 June 2025 at 22:01, standstill ended 12 June 2025.
        var published = new DateTimeOffset(2025, 6, 3, 22, 1, 2, TimeSpan.FromHours(1));
        var end = new DateTimeOffset(2025, 6, 12, 23, 59, 59, TimeSpan.FromHours(1));
        var awards = SampleNotices.ContractAward.Awards
            .Select(a => a with { Date = published.Date, AssessmentSummariesSent = published.Date, StandstillEnd = end, EstimatedSignatureDate = end.AddDays(1) })
            .ToList();
        var notice = SampleNotices.ContractAward with { Publication = new Publication("029664-2025", published), Awards = awards };

        var result = NoticeValidator.Validate(notice);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.False(NoticeValidator.Validate(notice with { Awards = awards.Select(a => a with { StandstillEnd = end.AddDays(-1) }).ToList() }).IsValid);
    }

    [Fact]
    public void Validate_UnknownBidStatistic_IsRefused()
    {
        var notice = SampleNotices.ContractAward with { BidStatistics = [new BidStatistic { Measure = "tenders", Value = 3, RelatedLot = "1" }] };

        Assert.Equal("bidStatistics[0].measure", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_TransparencyWithoutJustification_AsksForTheScheduleFiveGround()
    {
        var error = SingleError(SampleNotices.Transparency with { DirectAwardJustification = null });

        Assert.Equal("directAwardJustification", error.Path);
        Assert.Contains("Schedule 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContractSignedDuringStandstill_IsRefused()
    {
        var contracts = SampleNotices.ContractDetails.Contracts.ToList();
        contracts[0] = contracts[0] with { DateSigned = new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero) };

        var error = SingleError(SampleNotices.ContractDetails with { Contracts = contracts });

        Assert.Equal("contracts[0].dateSigned", error.Path);
        Assert.Contains("before the standstill period ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContractOverFiveMillionWithoutKpis_AsksForThreeKpis()
    {
        var contracts = SampleNotices.ContractDetails.Contracts.ToList();
        contracts[0] = contracts[0] with { Value = new Money { Amount = 4_500_000m, AmountGross = 5_400_000m } };

        var error = SingleError(SampleNotices.ContractDetails with { Contracts = contracts });

        Assert.Equal("kpis", error.Path);
        Assert.Contains("three KPIs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContractOverFiveMillionWithKpis_IsValid()
    {
        var contracts = SampleNotices.ContractDetails.Contracts.ToList();
        contracts[0] = contracts[0] with { Value = new Money { Amount = 4_500_000m, AmountGross = 5_400_000m } };
        Kpi[] kpis = [new() { Title = "Missed collections" }, new() { Title = "Complaints" }, new() { Title = "Emissions" }];

        Assert.True(NoticeValidator.Validate(SampleNotices.ContractDetails with { Contracts = contracts, Kpis = kpis }).IsValid);
    }

    [Fact]
    public void Validate_ContractForUnknownAward_NamesTheAwardId()
    {
        var contracts = SampleNotices.ContractDetails.Contracts.ToList();
        contracts[1] = contracts[1] with { AwardId = "9" };

        Assert.Equal("contracts[1].awardId", SingleError(SampleNotices.ContractDetails with { Contracts = contracts }).Path);
    }

    [Fact]
    public void Validate_KpiAssessmentWithoutRating_AsksForOneOfTheRatings()
    {
        var assessments = SampleNotices.ContractPerformance.KpiAssessments.ToList();
        assessments[2] = assessments[2] with { Rating = null };

        var error = SingleError(SampleNotices.ContractPerformance with { KpiAssessments = assessments });

        Assert.Equal("kpiAssessments[2].rating", error.Path);
        Assert.Contains("approaching target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ModificationDuringVoluntaryStandstill_GivesTheFirstPossibleDay()
    {
        // Published Monday 22 May 2028: eight working days are 22-26 May and 30 May-1 June (29 May is the late May bank holiday).
        var notice = SampleNotices.ContractChange with { Publication = new Publication("050000-2028", new DateTimeOffset(2028, 5, 22, 9, 0, 0, TimeSpan.FromHours(1))) };

        var error = SingleError(notice);

        Assert.Equal("amendment.date", error.Path);
        Assert.Equal("With a voluntary standstill the modification cannot be made until eight working days beginning with the day of publication have passed, so not before Friday 2 June 2028; choose a later date.", error.Message);
    }

    [Fact]
    public void Validate_ModificationAfterVoluntaryStandstill_IsValid()
    {
        var notice = SampleNotices.ContractChange with { Publication = new Publication("050000-2028", new DateTimeOffset(2028, 5, 19, 9, 0, 0, TimeSpan.FromHours(1))) };

        Assert.True(NoticeValidator.Validate(notice).IsValid);
    }

    [Fact]
    public void Validate_ModificationWithoutStandstill_MayFollowPublicationAtOnce()
    {
        var notice = SampleNotices.ContractChange with
        {
            Publication = new Publication("050000-2028", new DateTimeOffset(2028, 5, 31, 9, 0, 0, TimeSpan.FromHours(1))),
            Amendment = SampleNotices.ContractChange.Amendment! with { VoluntaryStandstill = false },
        };

        Assert.True(NoticeValidator.Validate(notice).IsValid);
    }

    [Fact]
    public void Validate_RestructuringWithoutSupplierChange_AsksWhoJoinsAndLeaves()
    {
        var notice = SampleNotices.ContractChange with
        {
            Amendment = SampleNotices.ContractChange.Amendment! with { Ground = ModificationGround.CorporateRestructuring },
        };

        Assert.Equal("amendment.suppliersAdded", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_TerminationForBreachWithoutDetails_AsksForTheBreach()
    {
        var notice = SampleNotices.ContractTermination with { Reasons = [TerminationReason.Breach] };

        Assert.Equal("breach", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_TerminationWithoutReason_AsksWhyTheContractEnded()
    {
        Assert.Equal("reasons", SingleError(SampleNotices.ContractTermination with { Reasons = [] }).Path);
    }

    [Fact]
    public void Validate_ProcurementTerminationDecidedAfterPublication_IsRefused()
    {
        var notice = SampleNotices.ProcurementTermination with { Publication = new Publication("090000-2026", new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero)) };

        Assert.Equal("decisionDate", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_PlannedProcurementDatesOutOfOrder_IsRefused()
    {
        var notice = SampleNotices.PlannedProcurement with { EstimatedAwardDate = SampleNotices.PlannedProcurement.EstimatedTenderDeadline!.Value.AddDays(-1) };

        Assert.Equal("estimatedAwardDate", SingleError(notice).Path);
    }

    [Fact]
    public void Validate_MarketEngagementWithoutDescription_AsksHowItRuns()
    {
        Assert.Equal("engagementDescription", SingleError(SampleNotices.MarketEngagement with { EngagementDescription = " " }).Path);
    }

    [Fact]
    public void Validate_PipelineWithoutEstimatedValue_AsksForBothAmounts()
    {
        var error = SingleError(SampleNotices.Pipeline with { EstimatedValue = null, Lots = [] });

        Assert.Equal("estimatedValue", error.Path);
        Assert.Equal("Enter the estimated value, both excluding and including VAT.", error.Message);
    }

    private static ValidationError SingleError(Notice notice)
    {
        var result = NoticeValidator.Validate(notice);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("English")]
    [InlineData("EN")]
    public void Validate_SubmissionLanguageNotATwoLetterCode_NamesTheLanguage(string language)
    {
        var result = NoticeValidator.Validate(SampleNotices.Tender with { SubmissionLanguages = ["en", language] });

        var error = Assert.Single(result.Errors);
        Assert.Equal("submissionLanguages[1]", error.Path);
        Assert.Contains($"'{language}' is not a language code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SubmissionLanguagesEnglishAndWelsh_AreValid() =>
        Assert.True(NoticeValidator.Validate(SampleNotices.Tender with { SubmissionLanguages = ["en", "cy"] }).IsValid);
}
