using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

// The notices read but not drafted, one record each so that each keeps its own noticeType in the
// project's JSON.

/// <summary>UK8 contract payment notice (s.70): a payment over £30,000 under a public contract.</summary>
public sealed record ContractPaymentNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK8;
}

/// <summary>UK13 dynamic market intention notice (s.39(2), reg 25(1)-(2)).</summary>
public sealed record DynamicMarketIntentionNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK13;
}

/// <summary>UK14 dynamic market establishment notice (s.39(3), reg 25(3)-(4)).</summary>
public sealed record DynamicMarketEstablishmentNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK14;
}

/// <summary>UK15 dynamic market modification notice (s.39(4), reg 25(5)-(6)): suppliers admitted or removed.</summary>
public sealed record DynamicMarketModificationNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK15;
}

/// <summary>UK16 dynamic market cessation notice (s.39(5), reg 25(7)-(8)).</summary>
public sealed record DynamicMarketCessationNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK16;
}

/// <summary>UK17 payments compliance notice (s.69, reg 38): how promptly the authority paid in the period.</summary>
public sealed record PaymentsComplianceNotice : ReadOnlyNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK17;
}
