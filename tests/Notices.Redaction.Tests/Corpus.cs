using Notices.Domain.Contracts;
using Notices.Testing.Contracts;

namespace Notices.Redaction.Tests;

/// <summary>The generated contracts, built once per test run, and the redactions of all their planted data.</summary>
internal static class Corpus
{
    private static readonly Lazy<byte[]> LazyDocx = new(() => ContractDocx.Build());

    public static byte[] Docx => LazyDocx.Value;

    public static IReadOnlyList<Redaction> AllPlanted { get; } =
    [
        .. PlantedData.PersonalData.Select(p => new Redaction(p, WithholdingGround.PersonalData)),
        .. PlantedData.CommerciallySensitive.Select(p => new Redaction(p, WithholdingGround.CommerciallySensitive)),
    ];

    public static IEnumerable<string> AllPlantedText => AllPlanted.Select(r => r.Text);

    public static (byte[] Output, RedactionReport Report) Redact(ContractFileType type, byte[] content, IReadOnlyList<Redaction> redactions)
    {
        var file = ContractFile.FromBytes(content, type);
        using var output = new MemoryStream();
        var report = ContractRedactor.Redact(file, redactions, output);
        return (output.ToArray(), report);
    }
}
