using System.Text;
using Notices.Domain.Contracts;
using Xunit;

namespace Notices.Redaction.Tests;

public class PlainTextRedactionTests
{
    private const string Contract = "Contract LNC-2026-0147\nContact: Priya Raman, priya.raman@leedsnorth.gov.uk\nThe day rate is £1,240 per\nconsultant per day.\nSigned by Priya Raman\n";

    [Fact]
    public void Redact_PhrasesAndPassages_TextRemovedAndMarked()
    {
        var (output, report) = Corpus.Redact(ContractFileType.PlainText, Encoding.UTF8.GetBytes(Contract),
        [
            new Redaction("Priya Raman", WithholdingGround.PersonalData),
            new Redaction("priya.raman@leedsnorth.gov.uk", WithholdingGround.PersonalData),
            new Redaction("£1,240 per consultant per day", WithholdingGround.CommerciallySensitive),
        ]);

        var text = Encoding.UTF8.GetString(output);
        Assert.DoesNotContain("Priya", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1,240", text, StringComparison.Ordinal);
        Assert.Equal("Contract LNC-2026-0147\nContact: [REDACTED: personal data], [REDACTED: personal data]\nThe day rate is [REDACTED: commercially sensitive].\nSigned by [REDACTED: personal data]\n", text);
        Assert.Equal(4, report.Passages.Count);
        Assert.Equal([2, 2, 3, 5], report.Passages.Select(p => p.Location.Paragraph ?? 0));
        Assert.Equal("£1,240 per\nconsultant per day", report.Passages[2].Text);
    }

    [Fact]
    public void Redact_PassageOnlyAtOneLine_OtherLinesKept()
    {
        var (output, report) = Corpus.Redact(ContractFileType.PlainText, Encoding.UTF8.GetBytes(Contract),
            [new Redaction("Priya Raman", WithholdingGround.PersonalData, new DocumentLocation("text", null, 5))]);

        var text = Encoding.UTF8.GetString(output);
        Assert.Contains("Contact: Priya Raman,", text, StringComparison.Ordinal);
        Assert.Contains("Signed by [REDACTED: personal data]", text, StringComparison.Ordinal);
        Assert.Single(report.Passages);
    }

    [Fact]
    public void Redact_NoRedactions_RefusedNamingTheField()
    {
        var file = ContractFile.FromBytes(Encoding.UTF8.GetBytes(Contract), ContractFileType.PlainText);
        using var output = new MemoryStream();

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Redact(file, [], output));

        Assert.Equal(RefusalReason.InvalidRedaction, error.Reason);
        Assert.StartsWith("Redactions", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Redact_BlankPhrase_RefusedNamingWhichOne()
    {
        var file = ContractFile.FromBytes(Encoding.UTF8.GetBytes(Contract), ContractFileType.PlainText);
        using var output = new MemoryStream();

        var error = Assert.Throws<ContractFileRefusedException>(() => ContractRedactor.Redact(file,
            [new Redaction("Priya", WithholdingGround.PersonalData), new Redaction("  ", WithholdingGround.PersonalData)], output));

        Assert.StartsWith("Redactions[1].Text", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Redact_TextWithByteOrderMark_MarkKept()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Contract)).ToArray();

        var (output, _) = Corpus.Redact(ContractFileType.PlainText, bytes, [new Redaction("Priya Raman", WithholdingGround.PersonalData)]);

        Assert.True(output.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.DoesNotContain("Priya Raman", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }
}
