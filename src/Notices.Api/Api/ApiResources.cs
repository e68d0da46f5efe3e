using System.Text.Json;
using NoticeType = Notices.Domain.Notices.NoticeType;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;

namespace Notices.Api;

/// <summary>
/// A procurement as the API shows it: its details, where it is, its notices, award, contract and duties; and
/// <c>amountsIncludeVat</c>, saying that its estimated values, award and contract values are in pounds including VAT.
/// </summary>
internal sealed record ProcurementResource(
    string Id,
    long Version,
    Phase Status,
    string NextStep,
    string? Ocid,
    ProcurementDetails Details,
    IReadOnlyList<NoticeSummary> Notices,
    Award? Award,
    StandstillPeriodRecord? Standstill,
    Contract? Contract,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<FailedWorkResource> FailedWork)
{
    public bool AmountsIncludeVat { get; } = Pounds.IncludeVat;

    public static ProcurementResource From(ProcurementView view)
    {
        var s = view.State;
        return new ProcurementResource(
            view.Id.Value, view.Version, s.Phase, NextSteps.For(s), s.Ocid, s.Details,
            s.Notices.Values.Select(NoticeSummary.From).ToList(), s.Award, s.Standstill, s.Contract,
            s.Obligations.Values.ToList(),
            s.Failures.Select(f => new FailedWorkResource(f.Key, f.Value.Work.Kind.ToString(), f.Value.Error, f.Value.FailedAt)).ToList());
    }
}

/// <summary>A work item that failed every attempt; retry it by its id.</summary>
internal sealed record FailedWorkResource(string Id, string Kind, string Error, DateTimeOffset FailedAt);

/// <summary>Where a notice is: Draft, AwaitingApproval, Approved or Published.</summary>
internal enum NoticeStatus
{
    Draft,
    AwaitingApproval,
    Approved,
    Published,
}

/// <summary>
/// A notice of a procurement, without its content: where it is, and who submitted it and who approved it, with when
/// (from its submission on; a notice adopted from Find a Tender was signed off elsewhere and has neither).
/// </summary>
internal sealed record NoticeSummary(
    string Key, NoticeType Type, NoticeStatus Status, int Submissions, string? Rejection, SignedBy? SubmittedBy,
    SignedBy? ApprovedBy, PublicationReceipt? Publication)
{
    public static NoticeSummary From(NoticeState notice) => notice switch
    {
        DraftNoticeState d => new(d.Key, d.Type, NoticeStatus.Draft, d.Submissions, d.Rejection, null, null, null),
        AwaitingApprovalState a => new(a.Key, a.Type, NoticeStatus.AwaitingApproval, a.Submissions, null, new(a.SubmittedBy, a.SubmittedAt), null, null),
        ApprovedNoticeState a => new(
            a.Key, a.Type, NoticeStatus.Approved, a.Submissions, null, SignedBy.Submitter(a.SignOff),
            SignedBy.Approver(a.SignOff) ?? new(a.ApprovedBy, null), null),
        PublishedNoticeState p => new(
            p.Key, p.Type, NoticeStatus.Published, p.Submissions, null, SignedBy.Submitter(p.SignOff), SignedBy.Approver(p.SignOff), p.Publication),
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.GetType().Name, "A notice state this API does not know."),
    };
}

/// <summary>A person who submitted or approved a notice: their sign-in id, their name, and when they did.</summary>
internal sealed record SignedBy(string Id, string Name, DateTimeOffset? At)
{
    public SignedBy(Actor actor, DateTimeOffset? at)
        : this(actor.UserId, actor.Name, at)
    {
    }

    public static SignedBy? Submitter(NoticeSignOff? signOff) => signOff is null ? null : new(signOff.SubmittedBy, signOff.SubmittedAt);

    public static SignedBy? Approver(NoticeSignOff? signOff) => signOff is null ? null : new(signOff.ApprovedBy, signOff.ApprovedAt);
}

/// <summary>A notice with its content, as the domain's notice JSON.</summary>
internal sealed record NoticeResource(NoticeSummary Notice, JsonElement Content)
{
    public static NoticeResource From(NoticeState notice)
    {
        using var content = JsonDocument.Parse(notice.Content);
        return new NoticeResource(NoticeSummary.From(notice), content.RootElement.Clone());
    }
}

/// <summary>What an accepted command answers: the outcome, the stream's version, and the events recorded.</summary>
internal sealed record CommandAccepted(string Outcome, long Version, IReadOnlyList<ProcurementEvent> Events);

/// <summary>A registered procurement: its id and the stream's version.</summary>
internal sealed record ProcurementCreated(string Id, long Version);
