namespace Notices.Domain.Notices;

/// <summary>
/// Checks a notice read from a release Find a Tender published, as opposed to one drafted here. Find a
/// Tender has published it, so whatever it accepted for the notice type is accepted: what drafting here
/// would have required becomes a warning. Only a release that is not a notice of its type at all (a
/// contract award notice without an award, a contract change notice without a change) is refused.
/// </summary>
public static class PublishedNoticeCheck
{
    public static PublishedCheckResult Check(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var refusals = new ValidationErrors();
        CheckShape(refusals, notice);

        // Read-only notices have no drafting rules here; every drafted type is held to its form's rules.
        var warnings = notice is ReadOnlyNotice ? [] : NoticeValidator.Validate(notice).Errors;
        return new PublishedCheckResult(refusals.ToResult().Errors, warnings);
    }

    /// <summary>What a release must hold to be a notice of its type at all.</summary>
    private static void CheckShape(ValidationErrors e, Notice notice)
    {
        var name = Catalogue.NoticeCatalogue.Get(notice.Type).Name.ToLowerInvariant();
        switch (notice)
        {
            case ContractDetailsNotice { Contracts.Count: 0 }:
                e.Add("contracts", $"A {name} gives the contract entered into; this release has no contract, so it is not a {notice.Type}.");
                break;
            case AwardStageNotice { Awards.Count: 0 } and not ContractDetailsNotice:
                e.Add("awards", $"A {name} announces at least one award; this release has none, so it is not a {notice.Type}.");
                break;
            case ContractStageNotice { ContractId: null }:
                e.Add("contractId", $"A {name} is about a contract already entered into; this release names no contract, so it is not a {notice.Type}.");
                break;
            case ContractChangeNotice { Amendment: null }:
                e.Add("amendment", $"A {name} describes a modification; this release has no amendment, so it is not a {notice.Type}.");
                break;
        }
    }
}
