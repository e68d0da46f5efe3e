using System.IO.Compression;
using Notices.Domain.Contracts;
using Notices.Testing.Contracts;
using Xunit;

namespace Notices.Redaction.Tests;

public class DocxRedactionTests
{
    [Fact]
    public void Corpus_BeforeRedaction_HoldsEveryPlantedStringSomewhere()
    {
        // Guards the other tests: the strings they expect gone are really there to begin with.
        var entries = PackageInspector.Entries(Corpus.Docx);
        foreach (var planted in Corpus.AllPlantedText)
        {
            Assert.True(entries.Any(e => e.TagsRemoved.Contains(planted, StringComparison.OrdinalIgnoreCase)), planted);
        }
        var places = PackageInspector.Occurrences(Corpus.Docx, [PlantedData.SupplierManager, PlantedData.ContractManager]);
        Assert.Contains(places, p => p.Contains("core", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Contains("docProps/custom.xml", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Contains("word/comments.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_ContractWithPlantedData_NoPlantedStringLeftInAnyPart()
    {
        var (output, _) = Corpus.RedactedDocx;

        Assert.Empty(PackageInspector.Occurrences(output, Corpus.AllPlantedText));
    }

    [Fact]
    public void Redact_ContractWithPlantedData_MarkersStandWhereTextWas()
    {
        var (output, _) = Corpus.RedactedDocx;

        var entries = PackageInspector.Entries(output);
        var body = entries.Single(e => e.Name == "word/document.xml").TagsRemoved;
        Assert.Contains("Notices to the Supplier go to [REDACTED: personal data] or by post.", body, StringComparison.Ordinal);
        Assert.Contains("The day rate for additional design work is [REDACTED: commercially sensitive], fixed", body, StringComparison.Ordinal);
        Assert.Contains("[REDACTED: personal data]", entries.Single(e => e.Name == "word/comments.xml").TagsRemoved, StringComparison.Ordinal);
        Assert.Contains("[REDACTED: personal data]", entries.Single(e => e.Name == "word/header1.xml" || e.Name.StartsWith("word/header", StringComparison.Ordinal)).TagsRemoved, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_ContractWithPlantedData_ReportsEachPassageWithGroundAndPart()
    {
        var (_, report) = Corpus.RedactedDocx;

        Assert.Equal(ContractFileType.Docx, report.FileType);
        Assert.Contains(report.Passages, p => p.Text == PlantedData.DayRate && p.Ground == WithholdingGround.CommerciallySensitive && p.Location.Part == "/word/document.xml" && p.Location.Paragraph > 0);
        Assert.Contains(report.Passages, p => p.Text == PlantedData.SupplierEmail && p.Location.Part == "/word/document.xml");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.ContractManager && p.Location.Part == "core properties");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.SupplierManager && p.Location.Part == "/docProps/custom.xml");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.AuthorityEmail && p.Location.Part == "/word/comments.xml");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.EmployeeMobile && p.Location.Part == "/word/footnotes.xml");
        Assert.Contains(report.Passages, p => p.Text == PlantedData.EmbeddedSalary && p.Ground == WithholdingGround.CommerciallySensitive && p.Location.Part.Contains("embedded object", StringComparison.Ordinal));
        Assert.Contains(report.Passages, p => p.Text.Contains(PlantedData.SupplierEmail, StringComparison.OrdinalIgnoreCase) && p.Location.Part.EndsWith("(links)", StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_ContractWithPlantedData_ResultIsAWordDocumentTheServiceAccepts()
    {
        var (output, _) = Corpus.RedactedDocx;

        var reread = ContractFile.FromBytes(output, ContractFileType.Docx);
        var text = ContractRedactor.ReadText(reread);
        Assert.Contains(text, b => b.Text.StartsWith("200. ", StringComparison.Ordinal));
        Assert.True(text.Count > 1000);
    }

    [Fact]
    public void Redact_ContractWithPlantedData_EmbeddedObjectAndItsPictureRemoved()
    {
        var (output, _) = Corpus.RedactedDocx;

        using var zip = new ZipArchive(new MemoryStream(output));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("embeddings", StringComparison.Ordinal));
        using var before = new ZipArchive(new MemoryStream(Corpus.Docx));
        Assert.Contains(before.Entries, e => e.FullName.Contains("embeddings", StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_SelectedPassageOnlyAtOneParagraph_OtherOccurrencesKept()
    {
        var file = ContractFile.FromBytes(Corpus.Docx, ContractFileType.Docx);
        var where = ContractRedactor.ReadText(file).First(b => b.Text.Contains($"Name: {PlantedData.AuthorityRepresentative}", StringComparison.Ordinal)).Location;
        using var output = new MemoryStream();

        var report = ContractRedactor.Redact(file, [new Redaction(PlantedData.AuthorityRepresentative, WithholdingGround.PersonalData, where)], output);

        var passage = Assert.Single(report.Passages);
        Assert.Equal(where, passage.Location);
        var body = PackageInspector.Entries(output.ToArray()).Single(e => e.Name == "word/document.xml").TagsRemoved;
        Assert.Contains("Name: [REDACTED: personal data]", body, StringComparison.Ordinal);
        Assert.Contains($"Ms {PlantedData.AuthorityRepresentative}", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_PhraseTypedWithOtherCaseAndSpacing_StillFound()
    {
        var (output, report) = Corpus.Redact(ContractFileType.Docx, Corpus.Docx, [new Redaction("DANIEL   okafor", WithholdingGround.PersonalData)]);

        Assert.NotEmpty(report.Passages);
        Assert.Empty(PackageInspector.Occurrences(output, [PlantedData.SupplierManager]));
    }

    [Fact]
    public void Redact_ThumbnailInPackage_ThumbnailRemoved()
    {
        var withThumbnail = AddThumbnail(Corpus.Docx);

        var (output, _) = Corpus.Redact(ContractFileType.Docx, withThumbnail, [new Redaction(PlantedData.Employee, WithholdingGround.PersonalData)]);

        using var zip = new ZipArchive(new MemoryStream(output));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("thumbnail", StringComparison.Ordinal));
    }

    private static byte[] AddThumbnail(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var thumbnail = document.AddThumbnailPart("image/png");
            thumbnail.FeedData(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]));
        }
        return stream.ToArray();
    }
}
