using Notices.Domain.Notices;
using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// Which notices the Act and the order of steps allow at each phase, with the sentence that explains a
/// refusal. Checked when a notice is drafted and again when it is submitted, because the procurement may
/// have moved on in between.
/// </summary>
internal static class NoticeRules
{
    /// <summary>The notices this workflow takes through approval and publication.</summary>
    public static readonly IReadOnlySet<NoticeType> Supported = DraftedNotices.Types.ToHashSet();

    /// <summary>Notices a procurement has at most one of (contract performance and change notices recur).</summary>
    private static readonly HashSet<NoticeType> OncePerProcurement = new HashSet<NoticeType>
    {
        NoticeType.UK1, NoticeType.UK2, NoticeType.UK3, NoticeType.UK4, NoticeType.UK5, NoticeType.UK6,
        NoticeType.UK7, NoticeType.UK11, NoticeType.UK12,
    };

    /// <summary>Why a notice of <paramref name="type"/> cannot go ahead now, or null if it can.</summary>
    public static string? WhyNot(NoticeType type, Registered s, string? ownKey = null)
    {
        if (!Supported.Contains(type))
        {
            return $"A {NoticeNames.Of(type)} is not part of a procurement's lifecycle in Notice Functions.";
        }

        if (s.Phase == Phase.Terminated)
        {
            return "This procurement has been terminated, so no more notices can be drafted for it.";
        }

        if (OncePerProcurement.Contains(type) && s.NoticesOfType(type).Any(n => n.Key != ownKey))
        {
            return $"This procurement already has a {NoticeNames.Of(type)}; change that one instead.";
        }

        return type switch
        {
            NoticeType.UK1 or NoticeType.UK2 => BeforeTender(type, s),
            NoticeType.UK3 => s.Details.Procedure == Procedure.DirectAward
                ? "A planned procurement notice (UK3) announces a competitive tender, but this procurement is a direct award."
                : BeforeTender(type, s),
            NoticeType.UK4 => s.Details.Procedure == Procedure.DirectAward
                ? "A direct award is announced with a transparency notice (UK5), not a tender notice (UK4)."
                : BeforeTender(type, s),
            NoticeType.UK5 => s.Details.Procedure != Procedure.DirectAward
                ? "A transparency notice (UK5) announces a direct award, but this procurement is competitive: it needs a tender notice (UK4)."
                : BeforeTender(type, s),
            NoticeType.UK6 => s.Phase switch
            {
                Phase.Awarded => null,
                Phase.Planning or Phase.Tendering => "A contract award notice (UK6) needs the award decision to have been recorded first.",
                _ => "The contract award notice (UK6) has already been published.",
            },
            NoticeType.UK7 or NoticeType.UK9 => s.Phase is Phase.Contracted or Phase.ContractEnded
                ? null
                : $"A {NoticeNames.Of(type)} needs the contract to have been entered into first.",
            NoticeType.UK10 => s.Phase == Phase.Contracted
                ? null
                : s.Phase == Phase.ContractEnded
                    ? "The contract has ended, so it can no longer be changed."
                    : "A contract change notice (UK10) needs the contract to have been entered into first.",
            NoticeType.UK11 => s.Phase == Phase.ContractEnded
                ? null
                : "A contract termination notice (UK11) needs the end of the contract to have been recorded first.",
            NoticeType.UK12 => s.Phase switch
            {
                Phase.Tendering or Phase.Awarded or Phase.Standstill or Phase.ReadyToContract => null,
                Phase.Planning => "A procurement termination notice (UK12) follows a published tender or transparency notice; nothing has been published yet.",
                _ => "The contract has been entered into, so the procurement can no longer be terminated; record the end of the contract instead.",
            },
            _ => $"A {NoticeNames.Of(type)} is not part of a procurement's lifecycle in Notice Functions.",
        };
    }

    private static string? BeforeTender(NoticeType type, Registered s) =>
        s.Phase == Phase.Planning
            ? null
            : $"A {NoticeNames.Of(type)} comes before the tender or transparency notice, which has already been published.";
}
