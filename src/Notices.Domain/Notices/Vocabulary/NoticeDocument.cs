namespace Notices.Domain.Notices;

/// <summary>
/// A document published with the notice, such as the tender documents (<c>biddingDocuments</c>) or the
/// conflicts assessment (<c>conflictOfInterest</c>). The notice itself is added when it is rendered.
/// </summary>
public sealed record NoticeDocument
{
    public string? Id { get; init; }

    /// <summary>Code from the OCDS documentType codelist with the UK extension's additions.</summary>
    public string? DocumentType { get; init; }

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
}
