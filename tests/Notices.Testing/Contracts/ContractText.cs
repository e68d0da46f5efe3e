namespace Notices.Testing.Contracts;

/// <summary>One paragraph of the generated contract: a heading, body text, or a table row.</summary>
public sealed record ContractParagraph(string Text, bool Heading = false, string[]? Cells = null);

/// <summary>
/// The words of a realistic 200-page services contract between a council and a supplier, page by
/// page, shared by the DOCX and the PDF generator. Planted personal data sits on known pages; the
/// rest is clean but deliberately full of things that look like personal data and are not: company
/// numbers, dates, the council's own office address, shared mailboxes, money amounts.
/// </summary>
public static class ContractText
{
    public const string Title = "Contract for Highways Maintenance Services";
    public const string Reference = "LNC-2026-0147";

    private static readonly string[] Clauses =
    [
        "Definitions and interpretation", "Commencement and term", "The Services", "Service levels and key performance indicators",
        "Charges and payment", "Invoicing", "Key personnel", "Staff vetting", "Data protection", "Confidentiality",
        "Freedom of information", "Intellectual property", "Warranties", "Liability", "Insurance", "Health and safety",
        "Equality and diversity", "Social value", "Subcontracting", "Change control", "Business continuity", "Audit",
        "Termination", "Consequences of termination", "Dispute resolution", "Force majeure", "Notices", "Governing law",
    ];

    private static readonly string[] Sentences =
    [
        "The Supplier shall provide the Services in accordance with the Specification and Good Industry Practice.",
        "The Authority may, acting reasonably, request a variation to the Services by giving written notice to the Supplier.",
        "Neither party shall be liable for any delay in performing its obligations caused by a Force Majeure Event.",
        "The Charges are fixed for the Initial Term and shall be reviewed annually in line with the Consumer Prices Index.",
        "The Supplier shall maintain the insurances set out in Schedule 6 for the duration of this Contract and for six years after.",
        "Any dispute shall first be referred to the Contract Managers, who shall meet within ten Working Days to resolve it.",
        "The Supplier shall comply with the Procurement Act 2023 and with all applicable law in performing this Contract.",
        "The Supplier is a company registered in England and Wales with company number 04567891.",
        "Invoices shall be sent to the shared mailbox accounts@leedsnorth.gov.uk and paid within 30 days of receipt.",
        "The Authority's offices are at Civic Hall, Portland Way, Leeds LS1 1UR, where notices may be delivered by hand.",
        "Performance shall be reported monthly, the first report falling due on 01-05-2026 and each later one a month after.",
        "The Supplier shall achieve the response times in Table 3 in at least 95 per cent of cases in each Service Period.",
        "Each party shall keep the other party's Confidential Information secret and use it only for the purposes of this Contract.",
        "The Supplier shall process Personal Data only on the documented instructions of the Authority as Controller.",
        "The total value of the Contract is estimated at £7,350,000 including VAT over the Initial Term of five years.",
        "Nothing in this Contract creates a partnership or joint venture between the parties.",
        "The Supplier shall provide a Social Value report each year, measured against the Authority's Social Value framework.",
        "Clause 14.3 survives termination or expiry of this Contract, as do the other clauses listed in Schedule 9.",
    ];

    /// <summary>The contract, one list of paragraphs per page.</summary>
    public static List<List<ContractParagraph>> Pages(int pageCount = 200, bool withPlantedData = true)
    {
        var pages = new List<List<ContractParagraph>>(pageCount);
        var random = new Random(2026);
        for (var page = 1; page <= pageCount; page++)
        {
            var paragraphs = new List<ContractParagraph>();
            var clause = (page - 1) % Clauses.Length;
            paragraphs.Add(new ContractParagraph($"{page}. {Clauses[clause]}", Heading: true));
            for (var p = 1; p <= 5; p++)
            {
                var words = Enumerable.Range(0, 4).Select(_ => Sentences[random.Next(Sentences.Length)]);
                paragraphs.Add(new ContractParagraph($"{page}.{p} " + string.Join(" ", words)));
            }
            if (page % 10 == 0)
            {
                paragraphs.Add(new ContractParagraph("Table of charges", Cells: ["Item", "Unit", "Price (£)"]));
                paragraphs.Add(new ContractParagraph("", Cells: ["Pothole repair", "each", $"{80 + page}.00"]));
                paragraphs.Add(new ContractParagraph("", Cells: ["Gully cleansing", "per gully", $"{12 + page % 7}.50"]));
            }
            if (withPlantedData) AddPlantedData(page, pageCount, paragraphs);
            pages.Add(paragraphs);
        }
        return pages;
    }

    private static void AddPlantedData(int page, int pageCount, List<ContractParagraph> paragraphs)
    {
        if (page == 3)
        {
            paragraphs.Add(new ContractParagraph("The Authority's Representative is:"));
            paragraphs.Add(new ContractParagraph($"Ms {PlantedData.AuthorityRepresentative}"));
            paragraphs.Add(new ContractParagraph(PlantedData.RepresentativeAddress));
            paragraphs.Add(new ContractParagraph($"Email: {PlantedData.AuthorityEmail}"));
        }
        else if (page == 12)
        {
            paragraphs.Add(new ContractParagraph("Key personnel", Cells: ["Name", "Role", "Email", "Telephone"]));
            paragraphs.Add(new ContractParagraph("", Cells: [PlantedData.SupplierManager, "Contract Manager", PlantedData.SupplierEmail, PlantedData.SupplierMobile]));
            paragraphs.Add(new ContractParagraph("", Cells: [PlantedData.ContractManager, "Authority Contract Manager", "procurement@leedsnorth.gov.uk", PlantedData.ContractManagerPhone]));
        }
        else if (page == 40)
        {
            paragraphs.Add(new ContractParagraph("Payments to the sole-trader subcontractor shall be made to:"));
            paragraphs.Add(new ContractParagraph($"Sort code: {PlantedData.SortCode}"));
            paragraphs.Add(new ContractParagraph($"Account number: {PlantedData.AccountNumber}"));
        }
        else if (page == 41)
        {
            paragraphs.Add(new ContractParagraph($"The day rate for additional design work is {PlantedData.DayRate}, fixed for the Initial Term."));
        }
        else if (page == 77)
        {
            paragraphs.Add(new ContractParagraph($"Transferring employee: {PlantedData.Employee}, National Insurance number {PlantedData.EmployeeNationalInsurance}, mobile {PlantedData.EmployeeMobile}."));
        }
        else if (page == pageCount)
        {
            paragraphs.Add(new ContractParagraph("Signed for and on behalf of Leeds North Council"));
            paragraphs.Add(new ContractParagraph($"Name: {PlantedData.AuthorityRepresentative}"));
            paragraphs.Add(new ContractParagraph("Position: Head of Commercial Services"));
            paragraphs.Add(new ContractParagraph("Signature: P. Raman"));
            paragraphs.Add(new ContractParagraph("Date: 12 March 2026"));
            paragraphs.Add(new ContractParagraph($"Signed by {PlantedData.SupplierManager} for and on behalf of Brightwater Services Limited"));
            paragraphs.Add(new ContractParagraph($"Name: {PlantedData.SupplierManager}"));
            paragraphs.Add(new ContractParagraph("Signature: D. Okafor"));
            paragraphs.Add(new ContractParagraph("Date: 12 March 2026"));
            paragraphs.Add(new ContractParagraph($"Witness name: {PlantedData.Witness}"));
            paragraphs.Add(new ContractParagraph($"Witness address: {PlantedData.WitnessAddress}"));
        }
    }
}
