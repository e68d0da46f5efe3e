using Notices.Domain.Notices;

namespace Notices.Domain.Catalogue;

/// <summary>Where a notice sits in the life of a procurement.</summary>
public enum NoticeStage
{
    Planning,
    Tendering,
    Award,
    Contract,
    DynamicMarket,
    AuthorityReporting,
}

/// <summary>Whether the Act requires the notice.</summary>
public enum NoticeObligation
{
    /// <summary>Always required once its trigger happens (a contract is entered into, ends, a payment is made).</summary>
    Required,

    /// <summary>Required only in the circumstances <see cref="NoticeDefinition.WhenRequired"/> describes.</summary>
    Conditional,

    /// <summary>The authority may publish it; the Act rewards doing so but never requires it.</summary>
    Optional,
}

/// <summary>How the Act fixes when the notice is published.</summary>
public enum DeadlineKind
{
    /// <summary>Before something else happens (the tender notice, the award, the modification).</summary>
    Before,

    /// <summary>Within a number of calendar days beginning with a day (that day is day 1).</summary>
    DaysBeginningWith,

    /// <summary>Within a window each year.</summary>
    AnnualWindow,

    /// <summary>As soon as reasonably practicable after an event: no fixed number of days.</summary>
    AsSoonAsReasonablyPracticable,

    /// <summary>No deadline: the notice may be published at any time before a later one.</summary>
    AnyTime,
}

/// <summary>
/// When the notice is due. <see cref="Days"/> and <see cref="LightTouchDays"/> are the Act's numbers
/// of calendar days for <see cref="DeadlineKind.DaysBeginningWith"/>; the dates themselves come
/// from <see cref="Time.Deadlines"/>.
/// </summary>
public sealed record DeadlineRule(DeadlineKind Kind, string Description, int? Days = null, int? LightTouchDays = null);

/// <summary>The kinds of contract or authority for which the Act changes or removes a notice duty.</summary>
public enum CarveOutKind
{
    LightTouch,
    BelowThreshold,
    Utilities,
    PrivateUtilities,
    Frameworks,
    UserChoiceContracts,
    DefenceAndSecurity,
    DirectAward,
    DynamicMarkets,
    Concessions,
    Schools,
    DevolvedAndTransferred,
}

/// <summary>One way the duty changes for a kind of contract or authority, with the provision that says so.</summary>
public sealed record CarveOut(CarveOutKind Kind, string Effect, string Provision);

/// <summary>One thing the notice must contain, with the regulation that requires it.</summary>
public sealed record ContentRequirement(string Item, string Regulation);

/// <summary>
/// One of the seventeen notices: its name, the provisions that create it, whether and when it is
/// required, its deadline, how it changes for special kinds of contract, and what it must say.
/// </summary>
public sealed record NoticeDefinition(
    NoticeType Type,
    string Name,
    NoticeStage Stage,
    string Sections,
    string ContentRegulations,
    NoticeObligation Obligation,
    string WhenRequired,
    DeadlineRule Deadline,
    IReadOnlyList<CarveOut> CarveOuts,
    IReadOnlyList<ContentRequirement> Content)
{
    /// <summary>The code Find a Tender prints, for example UK6.</summary>
    public string Code => Type.ToString();

    /// <summary>The notices the workflow drafts from a form; the others are published by other means or not yet supported.</summary>
    public bool DraftedByWorkflow => NoticeCatalogue.DraftedByWorkflow.Contains(Type);
}
