using Notices.Domain.Notices;

namespace Notices.Workflow.Tests.Support;

/// <summary>Notice JSON for the scenarios: a complete notice of each type, and one with a required field missing.</summary>
public static class SampleContent
{
    public static string Valid(NoticeType type) => $$"""{"noticeType":"{{type}}","title":"Household waste collection"}""";

    public static string Invalid(NoticeType type) => $$"""{"noticeType":"{{type}}"}""";

    /// <summary>The field the invalid notice gets wrong, as the validator names it.</summary>
    public const string InvalidField = "title";
}
