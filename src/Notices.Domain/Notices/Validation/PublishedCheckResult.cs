namespace Notices.Domain.Notices;

/// <summary>
/// The outcome of reading a published notice: <see cref="Refusals"/> say why the release is not a notice of
/// its type; <see cref="Warnings"/> name what drafting here would have asked for before approval.
/// </summary>
public sealed record PublishedCheckResult(IReadOnlyList<ValidationError> Refusals, IReadOnlyList<ValidationError> Warnings)
{
    public bool IsReadable => Refusals.Count == 0;
}
