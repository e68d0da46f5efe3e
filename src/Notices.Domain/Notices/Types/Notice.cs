using System.Text.Json;
using System.Text.Json.Serialization;
using Notices.Domain.Procurement;

namespace Notices.Domain.Notices;

/// <summary>
/// A transparency notice as the buyer drafts it. Every content field may be empty while the notice is a
/// draft; NoticeValidator says what is still missing before it can go for approval.
/// The JSON form is polymorphic on <c>noticeType</c> (<c>"UK4"</c> and so on): see <see cref="NoticeJson"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = NoticeJson.TypeProperty)]
[JsonDerivedType(typeof(PipelineNotice), "UK1")]
[JsonDerivedType(typeof(MarketEngagementNotice), "UK2")]
[JsonDerivedType(typeof(PlannedProcurementNotice), "UK3")]
[JsonDerivedType(typeof(TenderNotice), "UK4")]
[JsonDerivedType(typeof(TransparencyNotice), "UK5")]
[JsonDerivedType(typeof(ContractAwardNotice), "UK6")]
[JsonDerivedType(typeof(ContractDetailsNotice), "UK7")]
[JsonDerivedType(typeof(ContractPerformanceNotice), "UK9")]
[JsonDerivedType(typeof(ContractChangeNotice), "UK10")]
[JsonDerivedType(typeof(ContractTerminationNotice), "UK11")]
[JsonDerivedType(typeof(ProcurementTerminationNotice), "UK12")]
[JsonDerivedType(typeof(ContractPaymentNotice), "UK8")]
[JsonDerivedType(typeof(DynamicMarketIntentionNotice), "UK13")]
[JsonDerivedType(typeof(DynamicMarketEstablishmentNotice), "UK14")]
[JsonDerivedType(typeof(DynamicMarketModificationNotice), "UK15")]
[JsonDerivedType(typeof(DynamicMarketCessationNotice), "UK16")]
[JsonDerivedType(typeof(PaymentsComplianceNotice), "UK17")]
public abstract record Notice
{
    [JsonIgnore]
    public abstract NoticeType Type { get; }

    /// <summary>The procurement's ocid, once Find a Tender has allocated one (see <see cref="ProcurementOcid"/>).</summary>
    public string? Ocid { get; init; }

    /// <summary>Set on a notice read from a published release: its notice id and publication time.</summary>
    public Publication? Publication { get; init; }

    /// <summary>
    /// Set on a notice read from a published release: the release exactly as Find a Tender published it.
    /// Rendering such a notice starts from it, so every field Find a Tender published is kept, including
    /// those the model does not hold (see docs/decisions/published-releases.md).
    /// </summary>
    public JsonElement? PublishedRelease { get; init; }

    /// <summary>The buyer's own reference for the procurement (OCDS <c>tender.id</c>).</summary>
    public string? Reference { get; init; }

    public Buyer? Buyer { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Goods, services or works: the main subject matter (reg 14).</summary>
    public ContractNature? Nature { get; init; }

    public SpecialRegime SpecialRegime { get; init; } = SpecialRegime.None;

    /// <summary>Documents published with the notice, other than the notice itself.</summary>
    public IReadOnlyList<NoticeDocument> Documents { get => field ?? []; init; }
}
