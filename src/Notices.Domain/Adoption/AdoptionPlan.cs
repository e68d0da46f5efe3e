using Notices.Domain.Notices;

namespace Notices.Domain.Adoption;

/// <summary>
/// What it takes to carry on a procurement that is already under way on Find a Tender: the procurement as
/// its published notices describe it, the award and contract they announce, and what the Act still asks
/// of the authority, with the dates it fixes. Nothing here is stored; the workflow registers it.
/// </summary>
public sealed record AdoptionPlan
{
    public required string Ocid { get; init; }
    /// <summary>The contracting authority as its latest notice describes it.</summary>
    public Buyer? Buyer { get; init; }

    public string? Title { get; init; }

    /// <summary>The published notices, oldest first.</summary>
    public required IReadOnlyList<AdoptedNotice> Notices { get; init; }

    /// <summary>The awards of the latest notice that announced any.</summary>
    public IReadOnlyList<Award> Awards { get => field ?? []; init; }

    /// <summary>The suppliers that notice names, so that each award's suppliers can be shown by name.</summary>
    public IReadOnlyList<Supplier> Suppliers { get => field ?? []; init; }

    /// <summary>The contract as the latest notice about it states it (a change notice restates it).</summary>
    public Contract? Contract { get; init; }

    /// <summary>The notices that may follow the latest one in this procurement's life, the likeliest first.</summary>
    public IReadOnlyList<NoticeType> NextNotices { get => field ?? []; init; }

    /// <summary>What the authority must still do, in date order; those with no date come last.</summary>
    public required IReadOnlyList<OpenObligation> Obligations { get; init; }

    /// <summary>What drafting here would have asked of the published notices, each under its notice id.</summary>
    public IReadOnlyList<ValidationError> Warnings { get => field ?? []; init; }
}
