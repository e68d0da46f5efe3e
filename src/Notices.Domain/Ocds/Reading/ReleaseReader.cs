using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Domain.Ocds;

/// <summary>Reads one release into a notice; each part of the release has its own file.</summary>
internal sealed partial class ReleaseReader(ReleaseNode release)
{
    private readonly ReleaseNode tender = release.Get("tender") ?? new ReleaseNode(default, "tender");

    public Notice Read()
    {
        var ocid = release.String("ocid") ?? throw new NoticeFormatException("ocid", "is missing: a release names its procurement's ocid.");
        if (!ProcurementOcid.IsValid(ocid))
        {
            throw new NoticeFormatException("ocid", $"'{ocid}' is not a Find a Tender ocid: {ProcurementOcid.Prefix} followed by six lowercase hexadecimal digits.");
        }

        var noticeId = release.String("id") ?? throw new NoticeFormatException("id", "is missing: a release carries the notice id.");
        var published = release.Date("date") ?? throw new NoticeFormatException("date", "is missing: a release carries its publication date.");
        var type = NoticeTypeOf();
        Notice notice = type switch
        {
            NoticeType.UK1 => ReadProcurement(new PipelineNotice { EstimatedTenderNoticeDate = FutureNoticeDate() }),
            NoticeType.UK2 => ReadProcurement(ReadMarketEngagement()),
            NoticeType.UK3 => ReadProcurement(new PlannedProcurementNotice
            {
                EstimatedTenderNoticeDate = FutureNoticeDate(),
                EstimatedTenderDeadline = tender.Get("tenderPeriod")?.Date("endDate"),
                EstimatedAwardDate = tender.Get("awardPeriod")?.Date("endDate"),
            }),
            NoticeType.UK4 => ReadProcurement(ReadTender()),
            NoticeType.UK5 => ReadAwarding(new TransparencyNotice { DirectAwardJustification = tender.String("procurementMethodRationale") }),
            NoticeType.UK6 => ReadAwarding(new ContractAwardNotice
            {
                DirectAwardJustification = tender.String("procurementMethodRationale"),
                BidStatistics = ReadBidStatistics(),
            }),
            NoticeType.UK7 => ReadAwarding(ReadContractDetails()),
            NoticeType.UK9 => ReadContractStage(ReadPerformance()),
            NoticeType.UK10 => ReadContractStage(ReadChange()),
            NoticeType.UK11 => ReadContractStage(ReadTermination()),
            NoticeType.UK12 => new ProcurementTerminationNotice
            {
                DecisionDate = tender.Date("finalStatusDate"),
                Reason = tender.String("statusDetails"),
                LotIds = [.. tender.Array("lots").Select(l => l.String("id")).OfType<string>()],
                AwardIds = [.. release.Array("awards").Where(a => a.String("status") == "cancelled").Select(a => a.String("id")).OfType<string>()],
            },
            NoticeType.UK8 => new ContractPaymentNotice { Suppliers = ReadSuppliers() },
            NoticeType.UK13 => new DynamicMarketIntentionNotice { Suppliers = ReadSuppliers() },
            NoticeType.UK14 => new DynamicMarketEstablishmentNotice { Suppliers = ReadSuppliers() },
            NoticeType.UK15 => new DynamicMarketModificationNotice { Suppliers = ReadSuppliers() },
            NoticeType.UK16 => new DynamicMarketCessationNotice { Suppliers = ReadSuppliers() },
            NoticeType.UK17 => new PaymentsComplianceNotice { Suppliers = ReadSuppliers() },
            _ => throw new NoticeFormatException("documents[].noticeType", $"{type} is not a Find a Tender notice type; they are numbered UK1 to UK17."),
        };

        var reference = tender.String("id");
        return notice with
        {
            Ocid = ocid,
            Publication = new Publication(noticeId, published),
            PublishedRelease = release.Element.Clone(),
            Reference = reference == ocid ? null : reference,
            Buyer = ReadBuyer(),
            Title = tender.String("title"),
            Description = tender.String("description"),
            Nature = tender.Code<ContractNature>("mainProcurementCategory")
                ?? release.Array("awards").Select(a => a.Code<ContractNature>("mainProcurementCategory")).FirstOrDefault(c => c is not null),
            SpecialRegime = SpecialRegimeOf(),
            Documents = ReadDocuments(),
        };
    }

    private NoticeType NoticeTypeOf()
    {
        foreach (var document in AllDocuments())
        {
            if (document.String("noticeType") is { } code)
            {
                // Every notice Find a Tender publishes is read, including those this product does not draft.
                return Enum.TryParse<NoticeType>(code, ignoreCase: false, out var type) && code.StartsWith("UK", StringComparison.Ordinal) && Enum.IsDefined(type)
                    ? type
                    : throw new NoticeFormatException(document.Path + ".noticeType", $"'{code}' is not a Find a Tender notice type; they are numbered UK1 to UK17.");
            }
        }

        throw new NoticeFormatException("documents[].noticeType", "no document in the release says which notice it is; Find a Tender lists the notice among the documents with its noticeType, such as UK4.");
    }

    /// <summary>Every documents list Find a Tender uses, in release order.</summary>
    private IEnumerable<ReleaseNode> AllDocuments()
    {
        var lists = new List<ReleaseNode?> { release.Get("planning"), tender.Element.ValueKind == default ? null : tender };
        lists.AddRange(release.Array("awards").Select(a => (ReleaseNode?)a));
        foreach (var contract in release.Array("contracts"))
        {
            lists.Add(contract);
            lists.Add(contract.Get("implementation"));
        }

        return lists.OfType<ReleaseNode>().SelectMany(l => l.Array("documents"));
    }

    private List<NoticeDocument> ReadDocuments()
    {
        var documents = new List<NoticeDocument>();
        foreach (var document in AllDocuments())
        {
            if (document.String("noticeType") is not null)
            {
                continue;
            }

            var id = document.String("id");
            if (documents.Any(d => d.Id == id))
            {
                continue;
            }

            documents.Add(new NoticeDocument
            {
                Id = id,
                DocumentType = document.String("documentType"),
                Title = document.String("title"),
                Description = document.String("description"),
                Url = document.String("url"),
            });
        }

        return documents;
    }

    private SpecialRegime SpecialRegimeOf()
    {
        foreach (var regime in tender.Array("specialRegime"))
        {
            var code = regime.AsString();
            return EnumCodes<SpecialRegime>.TryParse(code, out var value)
                ? value
                : throw new NoticeFormatException(regime.Path, $"'{code}' is not a special regime: use {EnumCodes<SpecialRegime>.AllowedCodes}.");
        }

        return SpecialRegime.None;
    }

    private DateTimeOffset? FutureNoticeDate() => tender.Get("communication")?.Date("futureNoticeDate");
}
