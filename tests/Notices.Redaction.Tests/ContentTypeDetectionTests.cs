using System.IO.Compression;
using System.Text;
using Xunit;

namespace Notices.Redaction.Tests;

public class ContentTypeDetectionTests
{
    [Fact]
    public async Task ReadAsync_DocxClaimedAsDocx_AcceptedWithHashAndLength()
    {
        var bytes = Corpus.Docx;

        var file = await ContractFile.ReadAsync(new MemoryStream(bytes), ContractFileType.Docx);

        Assert.Equal(ContractFileType.Docx, file.Type);
        Assert.Equal(bytes.Length, file.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
    }

    [Fact]
    public async Task ReadAsync_DocxClaimedAsPdf_RefusedSayingWhatWasFound()
    {
        var error = await Assert.ThrowsAsync<ContractFileRefusedException>(() => ContractFile.ReadAsync(new MemoryStream(Corpus.Docx), ContractFileType.Pdf));

        Assert.Equal(RefusalReason.TypeMismatch, error.Reason);
        Assert.Contains("uploaded as a PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("its content is a Word document (DOCX)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_TextClaimedAsDocx_Refused()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes(Encoding.UTF8.GetBytes("Contract for services"), ContractFileType.Docx));

        Assert.Equal(RefusalReason.TypeMismatch, error.Reason);
        Assert.Contains("plain text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_PdfHeaderClaimedAsText_Refused()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes(Encoding.ASCII.GetBytes("%PDF-1.7\n%\n1 0 obj\n"), ContractFileType.PlainText));

        Assert.Equal(RefusalReason.TypeMismatch, error.Reason);
        Assert.Contains("its content is a PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_SpreadsheetClaimedAsDocx_RefusedNamingTheSpreadsheet()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
        }

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes(stream.ToArray(), ContractFileType.Docx));

        Assert.Equal(RefusalReason.Unsupported, error.Reason);
        Assert.Contains("an Excel workbook", error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_JpegScan_RefusedAskingForTheDocx()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], ContractFileType.Pdf));

        Assert.Contains("an image", error.Message, StringComparison.Ordinal);
        Assert.Contains("upload the DOCX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_LegacyWordFile_RefusedAskingForDocx()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], ContractFileType.Docx));

        Assert.Contains("Office 97-2003", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_Latin1Text_RefusedAsNotUtf8()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes(Encoding.Latin1.GetBytes("Price £100"), ContractFileType.PlainText));

        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_TextWithNul_Refused()
    {
        Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes([0x41, 0x00, 0x42], ContractFileType.PlainText));
    }

    [Fact]
    public void FromBytes_Empty_Refused()
    {
        var error = Assert.Throws<ContractFileRefusedException>(() => ContractFile.FromBytes([], ContractFileType.PlainText));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LongerThanLimit_RefusedAsTooLarge()
    {
        var error = await Assert.ThrowsAsync<ContractFileRefusedException>(() => ContractFile.ReadAsync(new MemoryStream(new byte[2048]), ContractFileType.PlainText, maxBytes: 1024));

        Assert.Equal(RefusalReason.TooLarge, error.Reason);
    }

    [Fact]
    public void Detect_PdfWithEncryptEntry_ReportsEncrypted()
    {
        var detected = ContentTypeDetector.Detect(Encoding.ASCII.GetBytes("%PDF-1.7\ntrailer\n<< /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF"));

        Assert.Equal(ContractFileType.Pdf, detected.Type);
        Assert.True(detected.PdfEncrypted);
    }

    [Fact]
    public void Detect_PdfWithEncryptMetadataOnly_NotEncrypted()
    {
        var detected = ContentTypeDetector.Detect(Encoding.ASCII.GetBytes("%PDF-1.7\n<< /EncryptMetadata false >>\n%%EOF"));

        Assert.False(detected.PdfEncrypted);
    }
}
