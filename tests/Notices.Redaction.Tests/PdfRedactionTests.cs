using Notices.Domain.Contracts;
using Notices.Redaction.Pdf;
using Notices.Testing.Contracts;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Notices.Redaction.Tests;

public class PdfRedactionTests
{
    private static IEnumerable<string> PlantedText => Corpus.PlantedInPdf.Select(r => r.Text);

    [Fact]
    public void Corpus_BeforeRedaction_HoldsEveryPlantedStringInTextAndMetadata()
    {
        var pages = PdfInspector.PageTexts(Corpus.Pdf);
        Assert.Equal(200, pages.Count);
        foreach (var planted in PlantedText)
        {
            Assert.True(pages.Any(p => PdfInspector.WithoutSpaces(p).Contains(PdfInspector.WithoutSpaces(planted), StringComparison.Ordinal)), planted);
        }
        var objects = PdfInspector.ObjectStrings(Corpus.Pdf);
        Assert.Contains(objects, o => o.Contains(PlantedData.AuthorityEmail, StringComparison.Ordinal));
        Assert.Contains(objects, o => o.Contains("<rdf:li>" + PlantedData.ContractManager, StringComparison.Ordinal));
        Assert.Contains(PdfInspector.Occurrences(Corpus.Pdf, [PlantedData.SupplierManager]), o => o.Contains("string object", StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_ContractWithPlantedData_NoPlantedStringLeftInTextMetadataOrBytes()
    {
        var (output, _) = Corpus.RedactedPdf;

        Assert.Empty(PdfInspector.Occurrences(output, PlantedText));
    }

    [Fact]
    public void Redact_ContractWithPlantedData_EveryPageKeptAndOtherTextIntact()
    {
        var (output, _) = Corpus.RedactedPdf;

        var before = PdfInspector.PageTexts(Corpus.Pdf);
        var after = PdfInspector.PageTexts(output);
        Assert.Equal(before.Count, after.Count);
        Assert.Contains("2. Commencement and term", after[1], StringComparison.Ordinal);
        Assert.Equal(before[1].Length - PlantedData.SupplierEmail.Length - PlantedData.ContractManager.Length - PlantedData.ContractManagerPhone.Length, after[1].Length);
        Assert.Contains("Notices to the Supplier go to  or by post.", after[4], StringComparison.Ordinal);
        Assert.Contains("The day rate for additional design work is , fixed", string.Join("", after[40]), StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_ContractWithPlantedData_RemainingTextKeepsItsPlaceAndABoxCoversTheGap()
    {
        var (output, _) = Corpus.Redact(ContractFileType.Pdf, Corpus.Pdf, [new Redaction(PlantedData.SupplierEmail, WithholdingGround.PersonalData)]);

        using var original = PdfReader.Open(new MemoryStream(Corpus.Pdf), PdfDocumentOpenMode.Import);
        using var redacted = PdfReader.Open(new MemoryStream(output), PdfDocumentOpenMode.Import);
        var beforeText = PdfPageText.Read(original.Pages[4], 5);
        var afterText = PdfPageText.Read(redacted.Pages[4], 5);
        var line = beforeText.Text.IndexOf(" or by post.", StringComparison.Ordinal);
        var kept = afterText.Text.IndexOf(" or by post.", StringComparison.Ordinal);
        Assert.True(line > 0 && kept > 0);
        var beforeGlyph = beforeText.Glyphs[beforeText.GlyphAt(line + 1)];
        var afterGlyph = afterText.Glyphs[afterText.GlyphAt(kept + 1)];
        Assert.Equal(beforeGlyph.Start.X, afterGlyph.Start.X, 0.01);
        Assert.Equal(beforeGlyph.Start.Y, afterGlyph.Start.Y, 0.01);
        var operators = afterText.Operators.Select(o => o.Name).ToList();
        Assert.Equal(operators.Count(o => o == "re"), operators.Count(o => o == "f"));
        Assert.Contains("re", operators);
    }

    [Fact]
    public void Redact_ContractWithPlantedData_ReportsPassagesWithPagesAndGrounds()
    {
        var (_, report) = Corpus.RedactedPdf;

        Assert.Equal(ContractFileType.Pdf, report.FileType);
        Assert.Contains(report.Passages, p => p.Text == PlantedData.DayRate && p.Ground == WithholdingGround.CommerciallySensitive && p.Location.Page == 41);
        Assert.Contains(report.Passages, p => p.Text == PlantedData.EmployeeNationalInsurance && p.Location.Page == 77 && p.Location.Paragraph > 0);
        Assert.Equal(200, report.Passages.Count(p => p.Text == PlantedData.SupplierEmail && p.Location.Page is not null && p.Location.Paragraph == 1));
        Assert.Contains(report.Passages, p => p.Location.Part == "document information");
        Assert.Contains(report.Passages, p => p.Location.Part == "XMP metadata");
        Assert.Contains(report.Passages, p => p.Location.Part == "page 8 annotations");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.SupplierManager && p.Location.Part == "page 200 annotations");
    }

    [Fact]
    public void Redact_ImageOnlyPdf_RefusedAsScanWithAdvice()
    {
        var file = ContractFile.FromBytes(ContractPdf.ImageOnly(), ContractFileType.Pdf);
        using var output = new MemoryStream();

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Redact(file, [new Redaction("anything", WithholdingGround.PersonalData)], output));

        Assert.Equal(RefusalReason.NoTextLayer, error.Reason);
        Assert.Contains("scanned image", error.Message, StringComparison.Ordinal);
        Assert.Contains("Upload the DOCX the contract was made from", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Suggest_ImageOnlyPdf_RefusedAsScan()
    {
        var file = ContractFile.FromBytes(ContractPdf.ImageOnly(), ContractFileType.Pdf);

        Assert.Equal(RefusalReason.NoTextLayer, Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Suggest(file)).Reason);
    }

    [Fact]
    public void Redact_EncryptedPdf_RefusedSayingWhy()
    {
        var file = ContractFile.FromBytes(ContractPdf.Encrypted(), ContractFileType.Pdf);
        using var output = new MemoryStream();

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Redact(file, [new Redaction(PlantedData.SupplierEmail, WithholdingGround.PersonalData)], output));

        Assert.True(file.PdfEncrypted);
        Assert.Equal(RefusalReason.Encrypted, error.Reason);
        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
        Assert.Contains("DOCX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_FontThatCannotBeDecoded_RefusedNamingTheFont()
    {
        var file = ContractFile.FromBytes(ContractPdf.WithCompositeFont(), ContractFileType.Pdf);
        using var output = new MemoryStream();

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Redact(file, [new Redaction("Dear", WithholdingGround.PersonalData)], output));

        Assert.Equal(RefusalReason.UndecodableText, error.Reason);
        Assert.Contains("Calibri", error.Message, StringComparison.Ordinal);
        Assert.Contains("Upload the DOCX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_GeneratedPdf_FindsEveryKindOnItsPage()
    {
        var suggestions = ContractRedactor.Suggest(ContractFile.FromBytes(Corpus.Pdf, ContractFileType.Pdf));

        Assert.Equal(Enum.GetValues<PersonalDataKind>().Order(), suggestions.Select(s => s.Kind).Distinct().Order());
        Assert.Contains(suggestions, s => s.Text == PlantedData.SupplierEmail && s.Location.Page == 5);
        Assert.Contains(suggestions, s => s.Text == PlantedData.EmployeeNationalInsurance && s.Location.Page == 77);
        Assert.Contains(suggestions, s => s.Text == PlantedData.RepresentativeAddress && s.Location.Page == 3);
    }

    [Fact]
    public void Suggest_CleanGeneratedPdf_NothingSuggested()
    {
        var clean = ContractFile.FromBytes(ContractPdf.Build(pages: 30, withPlantedData: false), ContractFileType.Pdf);

        Assert.Empty(ContractRedactor.Suggest(clean));
    }
}
