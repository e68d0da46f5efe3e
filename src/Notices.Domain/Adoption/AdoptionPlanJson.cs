using System.Text.Json;
using System.Text.Json.Serialization;
using Notices.Domain.Notices;

namespace Notices.Domain.Adoption;

/// <summary>
/// An adoption plan as JSON, for the command line and the API: camelCase, notice types as <c>UK6</c>,
/// other codes as the notice JSON writes them (<c>subCentral</c>), days as <c>2025-06-12</c>.
/// </summary>
public static class AdoptionPlanJson
{
    public static string Serialize(AdoptionPlan plan) => JsonSerializer.Serialize(plan, AdoptionPlanJsonContext.Default.AdoptionPlan);
}

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(JsonStringEnumConverter<NoticeType>),
        typeof(CamelCaseEnumConverter<AwardStatus>),
        typeof(CamelCaseEnumConverter<SupplierScale>),
        typeof(CamelCaseEnumConverter<Procurement.AuthorityType>),
    ])]
[JsonSerializable(typeof(AdoptionPlan))]
internal sealed partial class AdoptionPlanJsonContext : JsonSerializerContext;
