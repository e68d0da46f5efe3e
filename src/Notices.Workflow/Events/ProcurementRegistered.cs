using Procedure = Notices.Domain.Notices.Procedure;
using Notices.Domain.Procurement;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>The procurement was registered: the first event of every stream.</summary>
public sealed record ProcurementRegistered(
    DecisionContext Context,
    string BuyerId,
    string BuyerName,
    string Title,
    decimal EstimatedValue,
    Procedure Procedure,
    ContractNature Nature,
    SpecialRegime Regime,
    IReadOnlyList<Lot> Lots) : ProcurementEvent(Context);

/// <summary>The procurement was terminated before a contract was entered into (its UK12 was published).</summary>
public sealed record ProcurementTerminated(DecisionContext Context, string NoticeKey) : ProcurementEvent(Context);
