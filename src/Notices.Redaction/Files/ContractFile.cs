using System.Security.Cryptography;
using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>
/// An uploaded contract file, read once from a stream (never more than <see cref="ContractUploadLimit.MaxBytes"/>), with
/// its SHA-256 and its type as found in the content. Redaction needs random access (a DOCX is a ZIP,
/// a PDF has a cross-reference table at its end), so the bytes are held in memory.
/// </summary>
public sealed class ContractFile
{
    private readonly byte[] _content;

    private ContractFile(byte[] content, ContractFileType type, bool pdfEncrypted, string sha256)
    {
        _content = content;
        Type = type;
        PdfEncrypted = pdfEncrypted;
        Sha256 = sha256;
    }

    public ContractFileType Type { get; }

    /// <summary>True for a PDF whose trailer names an encryption dictionary.</summary>
    public bool PdfEncrypted { get; }

    /// <summary>Lower-case hex SHA-256 of the content, as uploaded.</summary>
    public string Sha256 { get; }

    public long Length => _content.Length;

    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>A read-only stream over the content.</summary>
    public Stream OpenRead() => new MemoryStream(_content, writable: false);

    /// <summary>
    /// Reads <paramref name="source"/> to its end (refusing it past <paramref name="maxBytes"/>),
    /// checks its content is the <paramref name="claimed"/> type and returns it.
    /// </summary>
    /// <exception cref="ContractFileRefusedException">Empty, too large, not the claimed type, or not a type the service accepts.</exception>
    public static async Task<ContractFile> ReadAsync(Stream source, ContractFileType claimed, long maxBytes = ContractUploadLimit.MaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new ContractFileRefusedException(RefusalReason.TooLarge,
                    ContractUploadLimit.TooLargeMessage(maxBytes));
            hash.AppendData(chunk, 0, read);
            buffer.Write(chunk, 0, read);
        }
        return FromBytes(buffer.ToArray(), claimed, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The same checks as <see cref="ReadAsync"/>, for bytes already in memory.</summary>
    public static ContractFile FromBytes(byte[] content, ContractFileType claimed, long maxBytes = ContractUploadLimit.MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > maxBytes)
            throw new ContractFileRefusedException(RefusalReason.TooLarge,
                ContractUploadLimit.TooLargeMessage(maxBytes));
        return FromBytes(content, claimed, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static ContractFile FromBytes(byte[] content, ContractFileType claimed, string sha256)
    {
        var detected = ContentTypeDetector.Detect(content);
        if (detected.Type != claimed)
        {
            throw new ContractFileRefusedException(
                detected.Type is null ? RefusalReason.Unsupported : RefusalReason.TypeMismatch,
                $"The file was uploaded as {ContentTypeDetector.Describe(claimed)} but its content is {detected.Found}. {detected.Advice ?? ContentTypeDetector.UploadAdvice}");
        }
        return new ContractFile(content, claimed, detected.PdfEncrypted, sha256);
    }
}
