using Notices.Domain.Ocds;

namespace Notices.Domain.Notices;

/// <summary>What every notice carries: the authority (reg 13), a title, and well-formed identifiers and documents.</summary>
internal static class CommonRules
{
    public static void Check(ValidationErrors e, Notice notice)
    {
        FieldRules.Ocid(e, notice.Ocid, required: notice is ContractStageNotice or ProcurementTerminationNotice, "this notice follows notices already published for it");
        if (notice.Publication is { } publication && !FtsNoticeId.IsValid(publication.NoticeId))
        {
            e.Add("publication.noticeId", $"'{publication.NoticeId}' is not a Find a Tender notice id; it should be six digits, a hyphen and the year, such as 029664-2025.");
        }

        FieldRules.OptionalText(e, notice.Reference, "reference", "the procurement reference", FieldLimits.Reference);
        CheckBuyer(e, notice.Buyer);
        FieldRules.RequiredText(e, notice.Title, "title", "a title for the procurement", FieldLimits.Title);
        if (notice is ProcurementNotice)
        {
            FieldRules.RequiredText(e, notice.Description, "description", "a description of what is being bought", FieldLimits.LongDescription);
            if (notice.Nature is null)
            {
                e.Add("nature", "Say whether the contract is mainly for goods, services or works.");
            }
        }
        else
        {
            FieldRules.OptionalText(e, notice.Description, "description", "the description", FieldLimits.LongDescription);
        }

        CheckDocuments(e, notice.Documents);
    }

    private static void CheckBuyer(ValidationErrors e, Buyer? buyer)
    {
        if (buyer is null)
        {
            e.Add("buyer", "Enter the contracting authority publishing the notice: its name, identifier and an email address for enquiries.");
            return;
        }

        FieldRules.RequiredText(e, buyer.Name, "buyer.name", "the contracting authority's name", FieldLimits.OrganisationName);
        FieldRules.Identifier(e, buyer.Identifier, "buyer.identifier", "the contracting authority's");
        FieldRules.Address(e, buyer.Address, "buyer.address");
        FieldRules.Contact(e, buyer.ContactPoint, "buyer.contactPoint", emailRequired: true);
        FieldRules.Url(e, buyer.Url, "buyer.url", "the authority's website");
    }

    private static void CheckDocuments(ValidationErrors e, IReadOnlyList<NoticeDocument> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            if (string.IsNullOrWhiteSpace(document.Id))
            {
                e.Add($"documents[{i}].id", "Give the document an id, unique within the notice.");
            }

            if (document.DocumentType is null)
            {
                e.Add($"documents[{i}].documentType", "Say what kind of document this is, such as biddingDocuments or conflictOfInterest.");
            }
            else if (!OcdsCodelists.DocumentType.Contains(document.DocumentType))
            {
                e.Add($"documents[{i}].documentType", $"'{document.DocumentType}' is not in the OCDS document type codelist; use a code such as biddingDocuments, technicalSpecifications or conflictOfInterest.");
            }

            FieldRules.Url(e, document.Url, $"documents[{i}].url", "the document's address");
            FieldRules.OptionalText(e, document.Title, $"documents[{i}].title", "the document's title", FieldLimits.Title);
            FieldRules.OptionalText(e, document.Description, $"documents[{i}].description", "the document's description", FieldLimits.Description);
        }

        for (var i = 1; i < documents.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (documents[i].Id is { } id && id == documents[j].Id)
                {
                    e.Add($"documents[{i}].id", $"Document id '{id}' is used twice; give each document its own id.");
                }
            }
        }
    }
}
