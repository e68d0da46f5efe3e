using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Decisions;

/// <summary>
/// What an adoption needs from the published notices. The commissioner cannot change what Find a Tender published,
/// so each message says what is missing and which notice to adopt with it.
/// </summary>
internal static class AdoptionChecks
{
    private static readonly NoticeType[] ContractStage = [NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11];

    public static List<Problem> Check(AdoptProcurement c)
    {
        var problems = new List<Problem>();
        if (ProcurementOcid.IsLocal(c.Ocid))
        {
            problems.Add(new Problem(
                $"{c.Ocid} was given by this product's own register, not by Find a Tender; only a procurement published on Find a Tender can be adopted.", "ocid"));
        }
        else if (!ProcurementOcid.IsValid(c.Ocid))
        {
            problems.Add(new Problem(
                $"'{c.Ocid}' is not a Find a Tender ocid: it is '{ProcurementOcid.Prefix}' followed by six lower-case hexadecimal digits, as each notice of the procurement shows.", "ocid"));
        }

        if (string.IsNullOrWhiteSpace(c.BuyerId) || c.BuyerId.Length > CommandLimits.OrganisationId
            || c.BuyerId.Any(ch => ch is '/' or '\\' or '#' or '?' || char.IsControl(ch)))
        {
            problems.Add(new Problem(
                $"The published notices must name the contracting authority by its identifier (such as GB-PPON-ABCD-1234-EFGH, up to {CommandLimits.OrganisationId} characters, without / \\ # or ?).", "buyerId"));
        }

        if (string.IsNullOrWhiteSpace(c.BuyerName))
        {
            problems.Add(new Problem("The published notices must name the contracting authority.", "buyerName"));
        }

        if (string.IsNullOrWhiteSpace(c.Title) || c.Title.Length > AdoptionDecisions.MaxTitleLength)
        {
            problems.Add(new Problem($"The published notices must give the procurement's title (up to {AdoptionDecisions.MaxTitleLength:N0} characters).", "title"));
        }

        if (c.EstimatedValue <= 0)
        {
            problems.Add(new Problem(
                "The published notices give no value for the procurement, its lots, its award or its contract; adopt it with a notice that states one.", "estimatedValue"));
        }

        if (c.Procedure is null)
        {
            problems.Add(new Problem(
                "None of the published notices says which procedure the procurement follows; adopt it with its tender notice (UK4) or transparency notice (UK5) as well.", "procedure"));
        }

        if (c.Nature is null)
        {
            problems.Add(new Problem(
                "None of the published notices says whether the contract is for goods, services or works; adopt it with its tender notice (UK4) as well.", "nature"));
        }

        problems.AddRange(CheckNotices(c));
        problems.AddRange(CheckAwardAndContract(c));
        return problems;
    }

    private static IEnumerable<Problem> CheckNotices(AdoptProcurement c)
    {
        if (c.Notices.Count == 0)
        {
            yield return new Problem("Give at least one notice Find a Tender published for the procurement.", "notices");
            yield break;
        }

        if (c.Notices.Count > AdoptionDecisions.MaxNotices)
        {
            yield return new Problem($"Adopt a procurement with at most {AdoptionDecisions.MaxNotices} of its published notices.", "notices");
            yield break;
        }

        if (c.Notices.Sum(n => (long)(n.Content?.Length ?? 0)) > AdoptionDecisions.MaxTotalContentLength)
        {
            yield return new Problem(
                $"The published notices together are too long to keep in one adoption (at most {AdoptionDecisions.MaxTotalContentLength:N0} characters); adopt the procurement from its latest notices.",
                "notices");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Notices.Count; i++)
        {
            var n = c.Notices[i];
            var field = $"notices[{i}]";
            if (!FtsNoticeId.IsValid(n.NoticeId))
            {
                yield return new Problem($"'{n.NoticeId}' is not a Find a Tender notice id; it is six digits, a hyphen and the year, such as 029664-2025.", $"{field}.noticeId");
            }
            else if (!seen.Add(n.NoticeId))
            {
                yield return new Problem($"Notice {n.NoticeId} is given twice; give each published notice once.", $"{field}.noticeId");
            }

            if (n.PublishedAt > c.Context.At)
            {
                yield return new Problem($"Notice {n.NoticeId} is dated after today, so it cannot have been published yet.", $"{field}.publishedAt");
            }

            if (string.IsNullOrWhiteSpace(n.Content))
            {
                yield return new Problem($"Notice {n.NoticeId} has no content.", $"{field}.content");
            }
            else if (n.Content.Length > NoticeDecisions.MaxContentLength)
            {
                yield return new Problem(
                    $"Notice {n.NoticeId} is too long to keep: it must be {NoticeDecisions.MaxContentLength:N0} characters or fewer.", $"{field}.content");
            }
        }
    }

    private static IEnumerable<Problem> CheckAwardAndContract(AdoptProcurement c)
    {
        if (c.Award is null && c.Notices.Any(n => n.Type == NoticeType.UK6))
        {
            yield return new Problem(
                "The contract award notice (UK6) names no award that still stands, so there is nothing to carry on from it.", "award");
        }

        if (c.Award is { } award)
        {
            if (award.Suppliers.Count == 0 || award.Suppliers.Any(s => string.IsNullOrWhiteSpace(s.Name) || string.IsNullOrWhiteSpace(s.Identifier)))
            {
                yield return new Problem("The award must name each supplier with its identifier (for example its GB-PPON).", "award.suppliers");
            }

            if (award.Value <= 0)
            {
                yield return new Problem("The published notices give no value for the award; it must be more than £0.", "award.value");
            }
        }

        if (c.Contract is null && c.Notices.Any(n => n.Type == NoticeType.UK7))
        {
            yield return new Problem(
                "The contract details notice (UK7) must say when the contract was entered into (its date signed), its value and when it starts and ends.", "contract");
        }
        else if (c.Contract is null && c.Notices.FirstOrDefault(n => ContractStage.Contains(n.Type)) is { } contractNotice)
        {
            yield return new Problem(
                $"The {NoticeNames.Of(contractNotice.Type)} follows a contract, but no contract details notice (UK7) says when it was entered into, its value and its term; adopt the procurement with its contract details notice as well.",
                "contract");
        }

        if (c.Contract is { } contract)
        {
            if (contract.Value <= 0)
            {
                yield return new Problem("The published notices give no value for the contract; it must be more than £0.", "contract.value");
            }

            if (contract.EndsOn < contract.StartsOn)
            {
                yield return new Problem("The contract's end date must be on or after its start date.", "contract.endsOn");
            }

            if (contract.EnteredOn > ActRules.UkDate(c.Context.At))
            {
                yield return new Problem("The date the contract was entered into cannot be in the future.", "contract.enteredOn");
            }
        }
    }
}
