using Notices.Domain.Notices;
using Notices.Testing.Notices;

namespace Notices.Workflow.Tests.Support;

/// <summary>Notice JSON for the scenarios: a complete notice of each type, and one with a required field missing.</summary>
public static class SampleContent
{
    public static string Valid(NoticeType type) => NoticeJson.Serialize(Sample(type));

    public static string Invalid(NoticeType type) => NoticeJson.Serialize(Sample(type) with { Title = null });

    /// <summary>The field the invalid notice gets wrong, as the validator names it.</summary>
    public const string InvalidField = "title";

    private static Notice Sample(NoticeType type) => SampleNotices.All.Single(n => n.Type == type);
}
