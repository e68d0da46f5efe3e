using System.Collections.Frozen;
using Notices.Domain.Catalogue;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Domain.Ocds;

/// <summary>
/// How Find a Tender writes each notice type into an OCDS release: its tags, the document type of the
/// notice document, the tender and lot statuses, and the codes it uses for procedures and authorities.
/// </summary>
internal static class ReleaseConventions
{
    public const string NoticeUrlPrefix = "https://www.find-tender.service.gov.uk/Notice/";
    public const string LegalBasisId = "2023/54";
    public const string LegalBasisScheme = "UKPGA";
    public const string LegalBasisUri = "https://www.legislation.gov.uk/ukpga/2023/54/contents";
    public const string AuthorityTypeScheme = "UK_CA_TYPE";
    public const string ModificationGroundScheme = "UK_MODIFICATION_GROUND";
    public const string TerminationReasonScheme = "UK_TERMINATION_REASON";
    public const string KpiRatingScheme = "UK_KPI_RATING";

    private static readonly string[] PlanningTags = ["planning"];
    private static readonly string[] TenderTags = ["tender"];
    private static readonly string[] AwardTags = ["award", "contract"];
    private static readonly string[] ImplementationTags = ["implementation"];
    private static readonly string[] AmendmentTags = ["contractAmendment"];
    private static readonly string[] TerminationTags = ["contractTermination"];
    private static readonly string[] CancellationTags = ["tenderCancellation"];

    public static IReadOnlyList<string> Tags(NoticeType type) => type switch
    {
        NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3 => PlanningTags,
        NoticeType.UK4 => TenderTags,
        NoticeType.UK5 or NoticeType.UK6 or NoticeType.UK7 => AwardTags,
        NoticeType.UK9 => ImplementationTags,
        NoticeType.UK10 => AmendmentTags,
        NoticeType.UK11 => TerminationTags,
        NoticeType.UK12 => CancellationTags,
        _ => throw Undrafted(type),
    };

    /// <summary>Shared by several notice types, which is why readers key on <c>noticeType</c> instead.</summary>
    public static string DocumentType(NoticeType type) => type switch
    {
        NoticeType.UK1 or NoticeType.UK3 => "plannedProcurementNotice",
        NoticeType.UK2 => "marketEngagementNotice",
        NoticeType.UK4 => "tenderNotice",
        NoticeType.UK5 or NoticeType.UK6 => "awardNotice",
        NoticeType.UK7 or NoticeType.UK10 => "contractNotice",
        NoticeType.UK9 => "implementationNotice",
        NoticeType.UK11 => "contractTerminationNotice",
        NoticeType.UK12 => "tenderCancellationNotice",
        _ => throw Undrafted(type),
    };

    /// <summary>
    /// The tender's status in each notice. A transparency notice (UK5) announces a direct award already
    /// decided, so its tender and lots are complete while its awards are pending, as in a contract award
    /// notice; a procurement termination notice (UK12) withdraws them.
    /// </summary>
    public static string TenderStatus(NoticeType type) => type switch
    {
        NoticeType.UK1 or NoticeType.UK3 => "planned",
        NoticeType.UK2 => "planning",
        NoticeType.UK4 => "active",
        NoticeType.UK12 => "withdrawn",
        _ => "complete",
    };

    public static LotStatus LotStatus(NoticeType type) => type switch
    {
        NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3 => Notices.LotStatus.Planned,
        NoticeType.UK4 => Notices.LotStatus.Active,
        NoticeType.UK12 => Notices.LotStatus.Withdrawn,
        _ => Notices.LotStatus.Complete,
    };

    private static readonly FrozenDictionary<NoticeType, string> DocumentDescriptions =
        NoticeCatalogue.All.ToFrozenDictionary(d => d.Type, d => $"{d.Name} on Find a Tender");

    public static string NoticeDescription(NoticeType type) => DocumentDescriptions[type];

    public static (string Method, string Details) ProcurementMethod(Procedure procedure) => procedure switch
    {
        Procedure.Open => ("open", "Open procedure"),
        Procedure.CompetitiveFlexible => ("selective", "Competitive flexible procedure"),
        Procedure.DirectAward => ("direct", "Direct award"),
        Procedure.FrameworkCallOff => ("selective", "Award under framework"),
        Procedure.DynamicMarketCallOff => ("selective", "Award under dynamic market"),
        Procedure.BelowThresholdOpen => ("open", "Below threshold - open competition"),
        Procedure.BelowThresholdLimited => ("limited", "Below threshold - limited competition"),
        Procedure.BelowThresholdWithoutCompetition => ("direct", "Below threshold - without competition"),
        _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, null),
    };

    /// <summary>The procedure from Find a Tender's details text, or failing that from the OCDS method.</summary>
    public static Procedure? ProcedureFrom(string? method, string? details)
    {
        foreach (var procedure in Enum.GetValues<Procedure>())
        {
            if (string.Equals(ProcurementMethod(procedure).Details, details, StringComparison.OrdinalIgnoreCase))
            {
                return procedure;
            }
        }

        return method switch
        {
            "open" => Procedure.Open,
            "selective" => Procedure.CompetitiveFlexible,
            "direct" => Procedure.DirectAward,
            _ => null,
        };
    }

    public static (string Code, string Description) AuthorityTypeCode(AuthorityType type) => type switch
    {
        AuthorityType.CentralGovernment => ("publicAuthorityCentralGovernment", "Public authority - central government"),
        AuthorityType.SubCentral => ("publicAuthoritySubCentralGovernment", "Public authority - sub-central government"),
        AuthorityType.Utility => ("publicUndertaking", "Public undertaking"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static AuthorityType? AuthorityTypeFrom(string? code) => code switch
    {
        "publicAuthorityCentralGovernment" => AuthorityType.CentralGovernment,
        "publicAuthoritySubCentralGovernment" => AuthorityType.SubCentral,
        "publicUndertaking" or "privateUtility" => AuthorityType.Utility,
        _ => null,
    };

    /// <summary>The UK extension's observation measure codes for the reg 39 ratings.</summary>
    public static string KpiRatingCode(KpiRating rating) => rating switch
    {
        KpiRating.Good => "met",
        KpiRating.ApproachingTarget => "slightlyBelow",
        KpiRating.RequiresImprovement => "below",
        KpiRating.Inadequate => "significantlyBelow",
        _ => "other",
    };

    public static KpiRating? KpiRatingFrom(string? code) => code switch
    {
        "met" => KpiRating.Good,
        "slightlyBelow" => KpiRating.ApproachingTarget,
        "below" => KpiRating.RequiresImprovement,
        "significantlyBelow" => KpiRating.Inadequate,
        "other" => KpiRating.Other,
        _ => null,
    };

    public static string CountryName(string country) => country == "GB" ? "United Kingdom" : country;

    private static ArgumentOutOfRangeException Undrafted(NoticeType type) =>
        new(nameof(type), type, $"{type} is not a notice this service drafts or renders.");
}
