using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>UK10 contract change notice (s.75, reg 40), published before the modification is made.</summary>
public sealed record ContractChangeNotice : ContractStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK10;

    public ContractAmendment? Amendment { get; init; }
}
