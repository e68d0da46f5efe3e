using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Notices.Testing.Contracts;

/// <summary>
/// Generates the contract as a Word package with everything that can hide personal data: headers
/// and footers, tables, a footnote, a comment, tracked insertions and deletions, a text box, a
/// hyperlink and field codes with an email address, an email split across runs, core, extended and
/// custom document properties naming people, an embedded Word document, and a signature page.
/// </summary>
public static class ContractDocx
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace O = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace Ap = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    public static byte[] Build(int pages = 200, bool withPlantedData = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            Feed(header, new XElement(W + "hdr", Namespaces(), Paragraph(
                withPlantedData ? $"{ContractText.Reference} | Supplier contact: {PlantedData.SupplierEmail}" : ContractText.Reference)));
            var footer = main.AddNewPart<FooterPart>();
            Feed(footer, new XElement(W + "ftr", Namespaces(), new XElement(W + "p",
                Run(withPlantedData ? $"Enquiries: {PlantedData.ContractManager}, {PlantedData.ContractManagerPhone}. Page " : "Page "),
                new XElement(W + "fldSimple", new XAttribute(W + "instr", " PAGE "), Run("1")))));
            var linkId = "";
            if (withPlantedData)
            {
                AddPlantedParts(document, main);
                linkId = main.AddHyperlinkRelationship(new Uri("mailto:" + PlantedData.SupplierEmail), true).Id;
            }
            var embeddedId = withPlantedData ? AddEmbeddedDocument(main) : "";
            var body = new XElement(W + "body");
            var contractPages = ContractText.Pages(pages, withPlantedData);
            body.Add(new XElement(W + "p", new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", "Title"))), Run(ContractText.Title)));
            for (var i = 0; i < contractPages.Count; i++)
            {
                XElement? table = null;
                foreach (var paragraph in contractPages[i])
                {
                    if (paragraph.Cells is { } cells)
                    {
                        if (table is null)
                        {
                            table = new XElement(W + "tbl", new XElement(W + "tblPr", new XElement(W + "tblStyle", new XAttribute(W + "val", "TableGrid"))));
                            body.Add(table);
                        }
                        table.Add(new XElement(W + "tr", cells.Select(c => new XElement(W + "tc", Paragraph(c)))));
                        continue;
                    }
                    table = null;
                    body.Add(paragraph.Heading
                        ? new XElement(W + "p", new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", "Heading1"))), Run(paragraph.Text))
                        : Paragraph(paragraph.Text));
                }
                if (withPlantedData) AddPlantedBodyContent(body, i + 1, linkId, embeddedId);
                if (i < contractPages.Count - 1) body.Add(new XElement(W + "p", new XElement(W + "r", new XElement(W + "br", new XAttribute(W + "type", "page")))));
            }
            body.Add(new XElement(W + "sectPr",
                new XElement(W + "headerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", main.GetIdOfPart(header))),
                new XElement(W + "footerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", main.GetIdOfPart(footer))),
                new XElement(W + "pgSz", new XAttribute(W + "w", 11906), new XAttribute(W + "h", 16838))));
            Feed(main, new XElement(W + "document", Namespaces(), body));
            document.PackageProperties.Title = ContractText.Title;
            document.PackageProperties.Creator = withPlantedData ? PlantedData.ContractManager : "Leeds North Council";
            document.PackageProperties.LastModifiedBy = withPlantedData ? PlantedData.SupplierManager : "Leeds North Council";
            document.PackageProperties.Created = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        }
        return stream.ToArray();
    }

    private static void AddPlantedParts(WordprocessingDocument document, MainDocumentPart main)
    {
        var footnotes = main.AddNewPart<FootnotesPart>();
        Feed(footnotes, new XElement(W + "footnotes", Namespaces(),
            new XElement(W + "footnote", new XAttribute(W + "type", "separator"), new XAttribute(W + "id", -1), new XElement(W + "p", new XElement(W + "r", new XElement(W + "separator")))),
            new XElement(W + "footnote", new XAttribute(W + "type", "continuationSeparator"), new XAttribute(W + "id", 0), new XElement(W + "p", new XElement(W + "r", new XElement(W + "continuationSeparator")))),
            new XElement(W + "footnote", new XAttribute(W + "id", 1), Paragraph($"Confirmed by telephone with {PlantedData.Employee} on {PlantedData.EmployeeMobile}."))));
        var endnotes = main.AddNewPart<EndnotesPart>();
        Feed(endnotes, new XElement(W + "endnotes", Namespaces(),
            new XElement(W + "endnote", new XAttribute(W + "id", 1), Paragraph($"Bank details supplied by {PlantedData.SupplierManager}."))));
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        Feed(comments, new XElement(W + "comments", Namespaces(),
            new XElement(W + "comment", new XAttribute(W + "id", 0), new XAttribute(W + "author", PlantedData.ContractManager), new XAttribute(W + "initials", "SK"),
                Paragraph($"Check the rate with {PlantedData.AuthorityEmail} before signature."))));
        var extended = document.AddExtendedFilePropertiesPart();
        Feed(extended, new XElement(Ap + "Properties", new XAttribute(XNamespace.Xmlns + "vt", Vt),
            new XElement(Ap + "Application", "Microsoft Office Word"), new XElement(Ap + "Company", "Leeds North Council"), new XElement(Ap + "Manager", PlantedData.ContractManager)));
        var custom = document.AddCustomFilePropertiesPart();
        Feed(custom, new XElement(Cp + "Properties", new XAttribute(XNamespace.Xmlns + "vt", Vt),
            new XElement(Cp + "property", new XAttribute("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"), new XAttribute("pid", 2), new XAttribute("name", "Supplier contract manager"),
                new XElement(Vt + "lpwstr", PlantedData.SupplierManager)),
            new XElement(Cp + "property", new XAttribute("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"), new XAttribute("pid", 3), new XAttribute("name", "Supplier phone"),
                new XElement(Vt + "lpwstr", PlantedData.SupplierMobile))));
    }

    private static string AddEmbeddedDocument(MainDocumentPart main)
    {
        var embedded = main.AddEmbeddedPackagePart("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var inner = new MemoryStream();
        using (var innerDocument = WordprocessingDocument.Create(inner, WordprocessingDocumentType.Document))
        {
            var innerMain = innerDocument.AddMainDocumentPart();
            Feed(innerMain, new XElement(W + "document", Namespaces(), new XElement(W + "body",
                Paragraph($"Pay schedule: {PlantedData.Employee} transfers on a {PlantedData.EmbeddedSalary}."))));
        }
        inner.Position = 0;
        embedded.FeedData(inner);
        return main.GetIdOfPart(embedded);
    }

    private static void AddPlantedBodyContent(XElement body, int page, string linkId, string embeddedId)
    {
        switch (page)
        {
            case 5:
                // An email address split across three runs with different formatting.
                body.Add(new XElement(W + "p", Run("Notices to the Supplier go to "), Run("daniel."),
                    new XElement(W + "r", new XElement(W + "rPr", new XElement(W + "b")), new XElement(W + "t", "okafor@brightwater")), Run("-services.co.uk"), Run(" or by post.")));
                // A hyperlink to the same address, and a field code with the Authority's.
                body.Add(new XElement(W + "p", Run("Write to "), new XElement(W + "hyperlink", new XAttribute(R + "id", linkId), Run("the Supplier's Contract Manager")), Run(".")));
                body.Add(new XElement(W + "p",
                    new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "begin"))),
                    new XElement(W + "r", new XElement(W + "instrText", new XAttribute(XNamespace.Xml + "space", "preserve"), " HYPERLINK \"mailto:priya.raman@")),
                    new XElement(W + "r", new XElement(W + "instrText", "leedsnorth.gov.uk\" ")),
                    new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "separate"))),
                    Run("the Authority's Representative"),
                    new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "end")))));
                break;
            case 8:
                // A comment and a footnote and an endnote on the same paragraph.
                body.Add(new XElement(W + "p",
                    new XElement(W + "commentRangeStart", new XAttribute(W + "id", 0)),
                    Run("The rates in Schedule 2 were agreed at the clarification meeting."),
                    new XElement(W + "commentRangeEnd", new XAttribute(W + "id", 0)),
                    new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", 0))),
                    new XElement(W + "r", new XElement(W + "footnoteReference", new XAttribute(W + "id", 1))),
                    new XElement(W + "r", new XElement(W + "endnoteReference", new XAttribute(W + "id", 1)))));
                break;
            case 9:
                // Tracked changes: an insertion and a deletion, by named authors.
                body.Add(new XElement(W + "p", Run("Urgent requests may be made by telephone"),
                    new XElement(W + "ins", new XAttribute(W + "id", 10), new XAttribute(W + "author", PlantedData.SupplierManager), new XAttribute(W + "date", "2026-03-02T10:00:00Z"),
                        Run($" or by email to {PlantedData.SupplierEmail}")),
                    new XElement(W + "del", new XAttribute(W + "id", 11), new XAttribute(W + "author", PlantedData.ContractManager), new XAttribute(W + "date", "2026-03-02T11:00:00Z"),
                        new XElement(W + "r", new XElement(W + "delText", new XAttribute(XNamespace.Xml + "space", "preserve"), $" on {PlantedData.DeletedMobile}"))),
                    Run(".")));
                break;
            case 15:
                // A text box (VML) holding personal data.
                body.Add(new XElement(W + "p", Run("Out-of-hours arrangements are shown in the box."),
                    new XElement(W + "r", new XElement(W + "pict",
                        new XElement(V + "shape", new XAttribute("id", "TextBox1"), new XAttribute("style", "width:200pt;height:60pt"),
                            new XElement(V + "textbox", new XElement(W + "txbxContent",
                                Paragraph($"Emergency contact: {PlantedData.Employee}, {PlantedData.EmployeeMobile}"))))))));
                break;
            case 20:
                // An embedded Word document (a pay schedule) shown as an object.
                body.Add(new XElement(W + "p", Run("The pay schedule is embedded below."),
                    new XElement(W + "r", new XElement(W + "object",
                        new XElement(O + "OLEObject", new XAttribute("Type", "Embed"), new XAttribute("ProgID", "Word.Document.12"), new XAttribute(R + "id", embeddedId))))));
                break;
        }
    }

    private static XAttribute[] Namespaces() =>
    [
        new(XNamespace.Xmlns + "w", W), new(XNamespace.Xmlns + "r", R), new(XNamespace.Xmlns + "v", V), new(XNamespace.Xmlns + "o", O),
    ];

    private static XElement Paragraph(string text) => new(W + "p", Run(text));

    private static XElement Run(string text) =>
        new(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    private static void Feed(OpenXmlPart part, XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(writer, SaveOptions.DisableFormatting);
        }
        stream.Position = 0;
        part.FeedData(stream);
    }
}
