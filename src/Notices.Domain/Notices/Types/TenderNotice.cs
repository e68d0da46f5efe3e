using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK4 tender notice (s.21, regs 18-24), which opens an open or competitive flexible procedure, and the
/// below-threshold tender notice (s.87(1)).
/// </summary>
public sealed record TenderNotice : ProcurementNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK4;

    /// <summary>Deadline for tenders.</summary>
    public DateTimeOffset? TenderDeadline { get; init; }

    /// <summary>Deadline for clarification questions.</summary>
    public DateTimeOffset? EnquiryDeadline { get; init; }

    /// <summary>Deadline for requests to participate (competitive flexible procedure).</summary>
    public DateTimeOffset? ParticipationDeadline { get; init; }

    public DateTimeOffset? EstimatedAwardDate { get; init; }

    /// <summary>Where and how to submit a tender.</summary>
    public string? SubmissionDetails { get; init; }

    /// <summary>Whether tenders are submitted electronically.</summary>
    public ElectronicSubmission? ElectronicSubmission { get; init; }

    /// <summary>The languages tenders may be written in (ISO 639-1, such as <c>en</c> and <c>cy</c>).</summary>
    public IReadOnlyList<string> SubmissionLanguages { get => field ?? []; init; }

    /// <summary>Why the contract is not divided into lots (reg 18; not for light touch or utilities).</summary>
    public string? NoLotsRationale { get; init; }
}
