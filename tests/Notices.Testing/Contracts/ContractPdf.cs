using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Pdf;

namespace Notices.Testing.Contracts;

/// <summary>
/// Generates the contract as a PDF with PDFsharp: one page per contract page, a header and a
/// footer on each, tables, an email address split over three text operators and a name split by
/// kerning, a sticky-note annotation, a form field with the signatory's name, and the document
/// information and XMP metadata naming people. Also the PDFs the service must refuse.
/// </summary>
public static class ContractPdf
{
    public static byte[] Build(int pages = 200, bool withPlantedData = true)
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        document.Info.Title = ContractText.Title;
        document.Info.Author = withPlantedData ? PlantedData.ContractManager : "Leeds North Council";
        document.Info.Subject = withPlantedData ? $"Prepared for {PlantedData.SupplierEmail}" : ContractText.Reference;
        var font = PdfPageWriter.AddHelvetica(document);
        var contractPages = ContractText.Pages(pages, withPlantedData);
        for (var i = 0; i < contractPages.Count; i++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            var writer = new PdfPageWriter();
            writer.Line(PdfPageWriter.Left, 810, 8, withPlantedData ? $"{ContractText.Reference} | Supplier contact: {PlantedData.SupplierEmail}" : ContractText.Reference);
            writer.Line(PdfPageWriter.Left, 30, 8, (withPlantedData ? $"Enquiries: {PlantedData.ContractManager}, {PlantedData.ContractManagerPhone}. " : "") + $"Page {i + 1} of {contractPages.Count}");
            var y = 780.0;
            if (i == 0) y = writer.Paragraph(y, 16, ContractText.Title);
            foreach (var paragraph in contractPages[i])
            {
                if (paragraph.Cells is { } cells)
                {
                    var columnWidth = PdfPageWriter.Width / cells.Length;
                    for (var c = 0; c < cells.Length; c++) writer.Line(PdfPageWriter.Left + c * columnWidth, y, 8, cells[c]);
                    y -= 12;
                    continue;
                }
                y = writer.Paragraph(y, paragraph.Heading ? 13 : 10, paragraph.Text);
            }
            if (withPlantedData) AddPlantedContent(document, page, writer, i + 1, y);
            PdfPageWriter.Finish(page, font, writer.Content);
        }
        if (withPlantedData) AddXmp(document);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void AddPlantedContent(PdfDocument document, PdfPage page, PdfPageWriter writer, int number, double y)
    {
        switch (number)
        {
            case 5:
                // One email address over three text-showing operators.
                writer.Raw(string.Create(CultureInfo.InvariantCulture,
                    $"BT /F1 10 Tf {PdfPageWriter.Left} {y:0.##} Td (Notices to the Supplier go to daniel.) Tj (okafor@brightwater) Tj (-services.co.uk or by post.) Tj ET"));
                break;
            case 6:
                // A name split by kerning inside one TJ, and a word space made by kerning alone.
                writer.Raw(string.Create(CultureInfo.InvariantCulture,
                    $"BT /F1 10 Tf {PdfPageWriter.Left} {y:0.##} Td [(Daniel O) 15 (kafor) -300 (agreed the programme.)] TJ ET"));
                break;
            case 9:
                writer.Line(PdfPageWriter.Left, y, 10, $"Urgent requests may be made by telephone on {PlantedData.DeletedMobile}.");
                break;
            case 8:
                AddAnnotation(document, page, new PdfDictionary(document)
                {
                    Elements =
                    {
                        ["/Type"] = new PdfName("/Annot"),
                        ["/Subtype"] = new PdfName("/Text"),
                        ["/Rect"] = new PdfArray(document, new PdfInteger(500), new PdfInteger(700), new PdfInteger(520), new PdfInteger(720)),
                        ["/Contents"] = new PdfString($"Check the rate with {PlantedData.AuthorityEmail} before signature."),
                        ["/T"] = new PdfString(PlantedData.ContractManager),
                    },
                });
                break;
        }
        if (number == document.PageCount && number > 8) AddSignatoryField(document, page);
    }

    private static void AddAnnotation(PdfDocument document, PdfPage page, PdfDictionary annotation)
    {
        document.Internals.AddObject(annotation);
        if (page.Elements["/Annots"] is not PdfArray annotations)
        {
            annotations = new PdfArray(document);
            page.Elements["/Annots"] = annotations;
        }
        annotations.Elements.Add(annotation.Reference!);
    }

    // A filled-in form field, with an appearance stream that draws its value.
    private static void AddSignatoryField(PdfDocument document, PdfPage page)
    {
        var appearance = new PdfDictionary(document);
        appearance.Elements["/Type"] = new PdfName("/XObject");
        appearance.Elements["/Subtype"] = new PdfName("/Form");
        appearance.Elements["/BBox"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(200), new PdfInteger(20));
        appearance.CreateStream(PdfPageWriter.Bytes($"/Tx BMC BT /F1 10 Tf 2 6 Td {PdfPageWriter.Literal(PlantedData.SupplierManager)} Tj ET EMC"));
        document.Internals.AddObject(appearance);
        var appearances = new PdfDictionary(document);
        appearances.Elements["/N"] = appearance.Reference;
        var field = new PdfDictionary(document)
        {
            Elements =
            {
                ["/Type"] = new PdfName("/Annot"),
                ["/Subtype"] = new PdfName("/Widget"),
                ["/FT"] = new PdfName("/Tx"),
                ["/T"] = new PdfString("Supplier signatory"),
                ["/V"] = new PdfString(PlantedData.SupplierManager),
                ["/Rect"] = new PdfArray(document, new PdfInteger(300), new PdfInteger(100), new PdfInteger(500), new PdfInteger(120)),
                ["/AP"] = appearances,
            },
        };
        AddAnnotation(document, page, field);
        var form = new PdfDictionary(document);
        form.Elements["/Fields"] = new PdfArray(document, field.Reference!);
        document.Internals.Catalog.Elements["/AcroForm"] = form;
    }

    private static void AddXmp(PdfDocument document)
    {
        var xmp = new PdfDictionary(document);
        xmp.Elements["/Type"] = new PdfName("/Metadata");
        xmp.Elements["/Subtype"] = new PdfName("/XML");
        xmp.CreateStream(Encoding.UTF8.GetBytes(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>" + PlantedData.ContractManager
            + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        document.Internals.AddObject(xmp);
        document.Internals.Catalog.Elements["/Metadata"] = xmp.Reference;
    }

    /// <summary>A one-page scan: an image covering the page and no text.</summary>
    public static byte[] ImageOnly()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var image = new PdfDictionary(document);
        image.Elements["/Type"] = new PdfName("/XObject");
        image.Elements["/Subtype"] = new PdfName("/Image");
        image.Elements["/Width"] = new PdfInteger(8);
        image.Elements["/Height"] = new PdfInteger(8);
        image.Elements["/ColorSpace"] = new PdfName("/DeviceGray");
        image.Elements["/BitsPerComponent"] = new PdfInteger(8);
        image.CreateStream(Enumerable.Range(0, 64).Select(i => (byte)(i * 4)).ToArray());
        document.Internals.AddObject(image);
        var xObjects = new PdfDictionary(document);
        xObjects.Elements["/Im1"] = image.Reference;
        page.Resources.Elements["/XObject"] = xObjects;
        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes("q 560 0 0 800 18 20 cm /Im1 Do Q"));
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A short contract protected with a password.</summary>
    public static byte[] Encrypted()
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(Build(pages: 2)), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = "open-sesame";
        document.SecuritySettings.OwnerPassword = "owner-secret";
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A page whose text is in a composite (Type 0) font that has no usable encoding.</summary>
    public static byte[] WithCompositeFont()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        var font = new PdfDictionary(document);
        font.Elements["/Type"] = new PdfName("/Font");
        font.Elements["/Subtype"] = new PdfName("/Type0");
        font.Elements["/BaseFont"] = new PdfName("/ABCDEF+Calibri");
        font.Elements["/Encoding"] = new PdfName("/Identity-H");
        document.Internals.AddObject(font);
        PdfPageWriter.Finish(page, font, "BT /F1 11 Tf 56 700 Td <0023004400550048> Tj ET");
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
