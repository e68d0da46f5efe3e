using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.State;

namespace Notices.Web.Forms;

/// <summary>The words the pages use for the workflow's and the domain's values.</summary>
internal static class Labels
{
    public static string Of(Phase phase) => phase switch
    {
        Phase.Planning => "Planning",
        Phase.Tendering => "Tendering",
        Phase.Awarded => "Award decided",
        Phase.Standstill => "Standstill",
        Phase.ReadyToContract => "Ready to contract",
        Phase.Contracted => "Contract in force",
        Phase.ContractEnded => "Contract ended",
        _ => "Terminated",
    };

    /// <summary>The GOV.UK tag colour for a phase.</summary>
    public static string Tag(Phase phase) => phase switch
    {
        Phase.Planning => "govuk-tag--grey",
        Phase.Tendering => "govuk-tag--blue",
        Phase.Awarded or Phase.Standstill => "govuk-tag--yellow",
        Phase.ReadyToContract or Phase.Contracted => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    public static string Of(Procedure procedure) => procedure switch
    {
        Procedure.Open => "Open procedure",
        Procedure.CompetitiveFlexible => "Competitive flexible procedure",
        Procedure.DirectAward => "Direct award",
        Procedure.FrameworkCallOff => "Call-off from a framework",
        Procedure.DynamicMarketCallOff => "Call-off from a dynamic market",
        Procedure.BelowThresholdOpen => "Below threshold, open",
        Procedure.BelowThresholdLimited => "Below threshold, limited",
        _ => "Below threshold, without competition",
    };

    public static string Of(ContractNature nature) => nature switch
    {
        ContractNature.Goods => "Goods",
        ContractNature.Services => "Services",
        _ => "Works",
    };

    public static string Of(SpecialRegime regime) => regime switch
    {
        SpecialRegime.None => "None",
        SpecialRegime.LightTouch => "Light touch",
        SpecialRegime.Utilities => "Utilities",
        SpecialRegime.DefenceAndSecurity => "Defence and security",
        _ => "Concession",
    };

    /// <summary>Where a notice is in drafting, approval and publication.</summary>
    public static (string Text, string Tag) Of(NoticeState notice) => notice switch
    {
        DraftNoticeState { Rejection: not null } => ("Rejected", "govuk-tag--red"),
        DraftNoticeState => ("Draft", "govuk-tag--grey"),
        AwaitingApprovalState => ("Waiting for approval", "govuk-tag--yellow"),
        ApprovedNoticeState => ("Approved, publishing", "govuk-tag--blue"),
        _ => ("Published", "govuk-tag--green"),
    };

    public static IReadOnlyList<FieldOption> Options<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new FieldOption(v.ToString(), text(v))).ToList();
}
