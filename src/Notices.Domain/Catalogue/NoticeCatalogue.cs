using Notices.Domain.Notices;

namespace Notices.Domain.Catalogue;

/// <summary>
/// The seventeen transparency notices of the Procurement Act 2023 as Find a Tender numbers them,
/// with the provisions of the Act and of the Procurement Regulations 2024 ("reg") behind each.
/// Each stage of a procurement has its own file of definitions.
/// </summary>
public static partial class NoticeCatalogue
{
    /// <summary>The notices drafted from a form in this product.</summary>
    public static IReadOnlySet<NoticeType> DraftedByWorkflow { get; } = new HashSet<NoticeType>
    {
        NoticeType.UK1, NoticeType.UK2, NoticeType.UK3, NoticeType.UK4, NoticeType.UK5, NoticeType.UK6,
        NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11, NoticeType.UK12,
    };

    /// <summary>Every notice, UK1 to UK17, in order.</summary>
    public static IReadOnlyList<NoticeDefinition> All { get; } =
        [.. new[] { Planning(), Tendering(), Award(), Contract(), DynamicMarket(), AuthorityReporting() }.SelectMany(n => n).OrderBy(n => n.Type)];

    public static NoticeDefinition Get(NoticeType type) =>
        All.FirstOrDefault(n => n.Type == type)
        ?? throw new ArgumentOutOfRangeException(nameof(type), type, $"There is no notice {type}; Find a Tender numbers them UK1 to UK17.");

    // Two blocks of content that almost every notice carries.
    private static ContentRequirement AuthorityInformation => new(
        "Contracting authority information: name, postal and email address and unique identifier of each authority, of anyone acting on its behalf (with their role), and a contact for enquiries about the notice",
        "reg 13");

    private static ContentRequirement SubjectMatter => new(
        "Subject-matter of the contract: goods, services or works; what is to be supplied and how; when and for how long; estimated quantity; CPV codes; where (ITL areas, or country and region abroad)",
        "reg 14");

    private static ContentRequirement ProcurementIdentifier => new(
        "The procurement's unique identifier (and the contract's, where there is more than one contract)",
        "reg 8");

    private static ContentRequirement ConflictsAssessment => new(
        "Confirmation that a conflicts assessment has been prepared and is kept under review", "s.83(5)");

    private static ContentRequirement SupplierDetails(string regulation) =>
        new("For each supplier: name, contact details and unique identifier", regulation);

    private static ContentRequirement DirectAwardJustification(string regulation) =>
        new("For a direct award: the justification, as in the transparency notice", regulation);

    private static ContentRequirement SpecialRegimeFlag(string regulation) =>
        new("Whether it is a concession, defence and security, light touch or utilities contract", regulation);

    private static ContentRequirement SmeSuitability(string regulation) =>
        new("Whether the contract is suitable for SMEs and VCSEs", regulation);

    private static CarveOut NoPrivateUtilities(string provision) =>
        new(CarveOutKind.PrivateUtilities, "Private utilities do not publish this notice.", provision);
}
