using Notices.Workflow.Events;

namespace Notices.Workflow.Reactions;

/// <summary>Obligations described as a commissioner would say them.</summary>
public static class ObligationText
{
    public static string Of(ObligationKind kind) => kind switch
    {
        ObligationKind.ContractDetailsNotice => "publish the contract details notice (UK7)",
        ObligationKind.ContractCopy => "publish a redacted copy of the contract",
        ObligationKind.KpiAssessment => "assess the contract's KPIs and publish a contract performance notice (UK9)",
        ObligationKind.TerminationNotice => "publish the contract termination notice (UK11)",
        ObligationKind.ModifiedContractCopy => "publish a redacted copy of the modified contract",
        ObligationKind.ChangeNotice => "publish the contract change notice (UK10) before the change takes effect",
        _ => kind.ToString(),
    };
}
