using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// Source-generated serialisation metadata for the notice model, so that reading and writing a notice
/// never reflects over its types at run time.
/// </summary>
/// <remarks>
/// The generator sets an init-only property that the JSON leaves out to its type's default, not to the
/// property's initialiser; so lists and defaulted strings in the model supply their default in the getter
/// (<c>get => field ?? []</c>) rather than in an initialiser, and a sparse notice still validates.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(CamelCaseEnumConverter<Procurement.ContractNature>),
        typeof(CamelCaseEnumConverter<Procurement.SpecialRegime>),
        typeof(CamelCaseEnumConverter<Procurement.AuthorityType>),
        typeof(CamelCaseEnumConverter<SupplierScale>),
        typeof(CamelCaseEnumConverter<AwardCriterionType>),
        typeof(CamelCaseEnumConverter<Procedure>),
        typeof(CamelCaseEnumConverter<AwardStatus>),
        typeof(CamelCaseEnumConverter<LotStatus>),
        typeof(CamelCaseEnumConverter<ElectronicSubmission>),
        typeof(CamelCaseEnumConverter<KpiRating>),
        typeof(CamelCaseEnumConverter<ModificationGround>),
        typeof(CamelCaseEnumConverter<TerminationReason>),
    ])]
[JsonSerializable(typeof(Notice))]
internal sealed partial class NoticeJsonContext : JsonSerializerContext;

/// <summary>Enum values as camelCase names (<c>lightTouch</c>), refusing numbers.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
