using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK5 transparency notice (s.44, reg 26), published before a direct award under s.41 or s.43: the
/// justification, the suppliers and the estimated contract date.
/// </summary>
public sealed record TransparencyNotice : AwardStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK5;

    /// <summary>Why direct award is justified (the Schedule 5 ground and an explanation).</summary>
    public string? DirectAwardJustification { get; init; }
}
