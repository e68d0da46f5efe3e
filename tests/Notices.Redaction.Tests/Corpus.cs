using Notices.Domain.Contracts;
using Notices.Testing.Contracts;

namespace Notices.Redaction.Tests;

/// <summary>The generated contracts, built once per test run, and the redactions of all their planted data.</summary>
internal static class Corpus
{
    public static IReadOnlyList<Redaction> AllPlanted { get; } =
    [
        .. PlantedData.PersonalData.Select(p => new Redaction(p, WithholdingGround.PersonalData)),
        .. PlantedData.CommerciallySensitive.Select(p => new Redaction(p, WithholdingGround.CommerciallySensitive)),
    ];

    /// <summary>The planted strings the PDF holds (it has no embedded document).</summary>
    public static IReadOnlyList<Redaction> PlantedInPdf { get; } =
    [
        .. PlantedData.PersonalData.Select(p => new Redaction(p, WithholdingGround.PersonalData)),
        new Redaction(PlantedData.DayRate, WithholdingGround.CommerciallySensitive),
    ];

    private static readonly Lazy<byte[]> LazyDocx = new(() => ContractDocx.Build());
    private static readonly Lazy<byte[]> LazyPdf = new(() => ContractPdf.Build());

    // The redactions of all planted data, done once: several tests inspect the same result.
    private static readonly Lazy<(byte[], RedactionReport)> LazyRedactedDocx = new(() => Redact(ContractFileType.Docx, Docx, AllPlanted));
    private static readonly Lazy<(byte[], RedactionReport)> LazyRedactedPdf = new(() => Redact(ContractFileType.Pdf, Pdf, PlantedInPdf));

    public static byte[] Docx => LazyDocx.Value;

    public static byte[] Pdf => LazyPdf.Value;

    public static (byte[] Output, RedactionReport Report) RedactedDocx => LazyRedactedDocx.Value;

    public static (byte[] Output, RedactionReport Report) RedactedPdf => LazyRedactedPdf.Value;

    public static IEnumerable<string> AllPlantedText => AllPlanted.Select(r => r.Text);

    public static (byte[] Output, RedactionReport Report) Redact(ContractFileType type, byte[] content, IReadOnlyList<Redaction> redactions)
    {
        var file = ContractFile.FromBytes(content, type);
        using var output = new MemoryStream();
        var report = ContractRedactor.Redact(file, redactions, output);
        return (output.ToArray(), report);
    }
}
