using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.Projections;

/// <summary>The next thing a commissioner has to do, in a sentence, for the procurement list.</summary>
public static class NextSteps
{
    public static string For(Registered s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Failures.Count > 0)
        {
            return "Some work failed and needs to be retried.";
        }

        if (s.Notices.Values.OfType<AwaitingApprovalState>().FirstOrDefault() is { } waiting)
        {
            return $"The {NoticeNames.Of(waiting.Type)} is waiting for approval.";
        }

        if (s.Notices.Values.OfType<ApprovedNoticeState>().FirstOrDefault() is { } approved)
        {
            return $"The {NoticeNames.Of(approved.Type)} is being published.";
        }

        return s.Phase switch
        {
            Phase.Planning => "Draft the tender notice (UK4) or, for a direct award, the transparency notice (UK5).",
            Phase.Tendering => "Record the award decision.",
            Phase.Awarded => "Draft the contract award notice (UK6).",
            Phase.Standstill => $"Wait for the standstill period to end ({s.Standstill?.LastDay:d MMM yyyy}).",
            Phase.ReadyToContract => "Record the contract being entered into.",
            Phase.Contracted => "Publish the contract details notice (UK7) and keep the contract's obligations.",
            Phase.ContractEnded => "Publish the contract termination notice (UK11).",
            _ => "Nothing more to do: the procurement was terminated.",
        };
    }
}
