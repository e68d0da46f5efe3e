using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Domain.Ocds;

/// <summary>
/// Writes one release; each part of the release has its own file. <c>fresh</c> is a notice not yet
/// published, to which the writer adds what Find a Tender adds to every release (legal basis, statuses,
/// the notice document); a published notice's release already says these, as published.
/// </summary>
internal sealed partial class ReleaseWriter(Utf8JsonWriter w, Notice notice, PublicationContext context, bool fresh)
{
    public void WriteRelease()
    {
        w.WriteStartObject();
        w.WriteString("ocid", context.Ocid);
        w.WriteString("id", context.NoticeId);
        w.WriteString("date", context.Published);
        w.WriteStartArray("tag");
        foreach (var tag in ReleaseConventions.Tags(notice.Type))
        {
            w.WriteStringValue(tag);
        }

        if (notice is ProcurementTerminationNotice { AwardIds.Count: > 0 })
        {
            w.WriteStringValue("awardCancellation");
        }

        w.WriteEndArray();
        WriteConvention("initiationType", "tender");
        WriteParties();
        if (notice.Buyer is { Identifier: { } buyerId } buyer)
        {
            w.WriteStartObject("buyer");
            w.WriteString("id", buyerId.PartyId);
            WriteReferenceName(buyer.Name);
            w.WriteEndObject();
        }

        if (notice.Type is NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3)
        {
            WritePlanning();
        }

        WriteTender();
        if (notice is ContractAwardNotice { BidStatistics.Count: > 0 } award)
        {
            WriteBids(award.BidStatistics);
        }

        if (notice is AwardStageNotice { Awards.Count: > 0 } awarding)
        {
            WriteAwards(awarding);
        }

        if (notice is ProcurementTerminationNotice { AwardIds.Count: > 0 } termination)
        {
            WriteCancelledAwards(termination);
        }

        WriteContracts();
        WriteConvention("language", "en");
        w.WriteEndObject();
    }

    /// <summary>The notice itself, as Find a Tender lists it among the documents: the one place its type is reliable.</summary>
    private void WriteNoticeDocument()
    {
        w.WriteStartObject();
        w.WriteString("id", context.NoticeId);
        w.WriteString("documentType", ReleaseConventions.DocumentType(notice.Type));
        w.WriteString("noticeType", notice.Type.ToString());
        w.WriteString("description", ReleaseConventions.NoticeDescription(notice.Type));
        w.WriteString("url", ReleaseConventions.NoticeUrlPrefix + context.NoticeId);
        w.WriteString("datePublished", context.Published);
        w.WriteString("format", "text/html");
        w.WriteEndObject();
    }

    private void WriteDocuments(string name, bool withNotice, IReadOnlyList<NoticeDocument> documents)
    {
        if ((!withNotice || !fresh) && documents.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var document in documents)
        {
            w.WriteStartObject();
            WriteOptional("id", document.Id);
            WriteOptional("documentType", document.DocumentType);
            WriteOptional("title", document.Title);
            WriteOptional("description", document.Description);
            WriteOptional("url", document.Url);
            w.WriteEndObject();
        }

        if (withNotice && fresh)
        {
            WriteNoticeDocument();
        }

        w.WriteEndArray();
    }

    private void WriteValue(string name, Money? money)
    {
        if (money is null)
        {
            return;
        }

        w.WriteStartObject(name);
        if (money.AmountGross is { } gross)
        {
            w.WriteNumber("amountGross", gross);
        }

        if (money.Amount is { } net)
        {
            w.WriteNumber("amount", net);
        }

        w.WriteString("currency", money.Currency);
        w.WriteEndObject();
    }

    private void WritePeriod(string name, DatePeriod? period)
    {
        if (period is null)
        {
            return;
        }

        w.WriteStartObject(name);
        WriteOptional("startDate", period.StartDate);
        WriteOptional("endDate", period.EndDate);
        WriteOptional("maxExtentDate", period.MaxExtentDate);
        w.WriteEndObject();
    }

    private void WriteEndDate(string name, DateTimeOffset? endDate)
    {
        if (endDate is { } end)
        {
            w.WriteStartObject(name);
            w.WriteString("endDate", end);
            w.WriteEndObject();
        }
    }

    private void WriteOrganisationReference(Supplier supplier)
    {
        w.WriteStartObject();
        WriteOptional("id", supplier.Identifier?.PartyId);
        WriteReferenceName(supplier.Name);
        w.WriteEndObject();
    }

    private void WriteOrganisationReferences(string name, IReadOnlyList<string> partyIds, IReadOnlyList<Supplier> suppliers)
    {
        if (partyIds.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var partyId in partyIds)
        {
            w.WriteStartObject();
            w.WriteString("id", partyId);
            WriteReferenceName(suppliers.FirstOrDefault(s => s.Identifier?.PartyId == partyId)?.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The name beside a reference to a party is the party's name in a fresh release; a published release
    /// keeps the name it gave there, which need not match the party's.
    /// </summary>
    private void WriteReferenceName(string? name)
    {
        if (fresh)
        {
            WriteOptional("name", name);
        }
    }

    /// <summary>
    /// A code of one of the UK extension's classifications (grounds, reasons). The extension names the codes
    /// but not the scheme, so a fresh release uses this product's scheme name and a published one keeps its own.
    /// </summary>
    private void WriteCodeClassification(string scheme, string id)
    {
        w.WriteStartObject();
        WriteConvention("scheme", scheme);
        w.WriteString("id", id);
        w.WriteEndObject();
    }

    private void WriteClassification(string scheme, string id, string? description)
    {
        w.WriteStartObject();
        w.WriteString("scheme", scheme);
        w.WriteString("id", id);
        WriteOptional("description", description);
        w.WriteEndObject();
    }

    private void WriteStrings(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>A value Find a Tender writes by convention rather than from the notice: only for a fresh release.</summary>
    private void WriteConvention(string name, string value)
    {
        if (fresh)
        {
            w.WriteString(name, value);
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private void WriteOptional(string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date);
        }
    }

    private void WriteOptional(string name, bool? value)
    {
        if (value is { } flag)
        {
            w.WriteBoolean(name, flag);
        }
    }

    private static string? NatureCode(ContractNature? nature) => nature is { } n ? EnumCodes<ContractNature>.Code(n) : null;
}
