using Notices.Domain.Notices;

namespace Notices.Workflow.Law;

/// <summary>Notice names as a commissioner knows them, for messages.</summary>
public static class NoticeNames
{
    public static string Of(NoticeType type) => type switch
    {
        NoticeType.UK1 => "pipeline notice (UK1)",
        NoticeType.UK2 => "preliminary market engagement notice (UK2)",
        NoticeType.UK3 => "planned procurement notice (UK3)",
        NoticeType.UK4 => "tender notice (UK4)",
        NoticeType.UK5 => "transparency notice (UK5)",
        NoticeType.UK6 => "contract award notice (UK6)",
        NoticeType.UK7 => "contract details notice (UK7)",
        NoticeType.UK8 => "payments information notice (UK8)",
        NoticeType.UK9 => "contract performance notice (UK9)",
        NoticeType.UK10 => "contract change notice (UK10)",
        NoticeType.UK11 => "contract termination notice (UK11)",
        NoticeType.UK12 => "procurement termination notice (UK12)",
        NoticeType.UK13 => "dynamic market intention notice (UK13)",
        NoticeType.UK14 => "dynamic market establishment notice (UK14)",
        NoticeType.UK15 => "dynamic market modification notice (UK15)",
        NoticeType.UK16 => "dynamic market cessation notice (UK16)",
        NoticeType.UK17 => "payments compliance notice (UK17)",
        _ => type.ToString(),
    };
}
