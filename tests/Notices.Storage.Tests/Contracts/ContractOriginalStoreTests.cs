using System.Security.Cryptography;
using System.Text;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Azure.Storage.Blobs;
using Notices.Storage.Contracts;
using Notices.Testing;
using Notices.Testing.Contracts;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;
using Xunit;

namespace Notices.Storage.Tests.Contracts;

/// <summary>Uploads to the private originals container, and the redacted copies made and published from them, on Azurite.</summary>
public sealed class ContractOriginalStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly ProcurementId Procurement = new("p-0a1b2c3d4e");

    private async Task<BlobContainerClient> NewContainerAsync(string prefix)
    {
        var container = azurite.Storage.Blobs.GetBlobContainerClient(UniqueName.Container(prefix));
        await container.CreateIfNotExistsAsync();
        return container;
    }

    private static async Task<List<string>> NamesAsync(BlobContainerClient container)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>A plain-text contract of about <paramref name="megabytes"/> MB: several blocks when streamed.</summary>
    private static byte[] LongText(int megabytes)
    {
        var text = new StringBuilder();
        var clause = 0;
        while (text.Length < megabytes * 1024 * 1024)
        {
            text.Append("Clause ").Append(++clause).Append(". The Supplier shall collect household waste from each property on the scheduled day.\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task SaveAsync_TextOfNineMegabytes_StreamsInBlocksWithItsSha256AndSizeUnderANameTheAppChose()
    {
        var container = await NewContainerAsync("originals");
        var store = new ContractOriginalStore(new ContractBlobContainer(container));
        var content = LongText(9);

        var upload = await store.SaveAsync(Procurement, "contract-copy", new MemoryStream(content), ContractFileType.PlainText, "../../etc/Signed contract.txt");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), upload.Sha256);
        Assert.Equal(content.LongLength, upload.Size);
        Assert.Equal(ContractFileFormat.PlainText, upload.Format);
        Assert.Equal("Signed contract.txt", upload.OriginalFileName);
        Assert.Matches("^p-0a1b2c3d4e/contract-copy/original-[0-9a-f]{32}\\.txt$", upload.BlobName);
        var stored = await container.GetBlobClient(upload.BlobName).GetPropertiesAsync();
        Assert.Equal(content.LongLength, stored.Value.ContentLength);
    }

    /// <summary>Saves a file the store must refuse, and checks that nothing of it is left in the container.</summary>
    private async Task<ContractFileRefusedException> RefusedAsync(byte[] content, ContractFileType claimed, RefusalReason reason, long maxBytes = ContractUploadLimit.MaxBytes)
    {
        var container = await NewContainerAsync("originals");
        var store = new ContractOriginalStore(new ContractBlobContainer(container));
        var refused = await Assert.ThrowsAsync<ContractFileRefusedException>(() =>
            store.SaveAsync(Procurement, "contract-copy", new MemoryStream(content), claimed, "contract", maxBytes));
        Assert.Equal(reason, refused.Reason);
        Assert.Empty(await NamesAsync(container));
        return refused;
    }

    [Fact]
    public async Task SaveAsync_PdfClaimedAsDocx_IsRefusedSayingWhatWasFoundAndNothingIsKept() =>
        Assert.StartsWith(
            "The file was uploaded as a Word document (DOCX) but its content is a PDF.",
            (await RefusedAsync(ContractPdf.Build(pages: 2), ContractFileType.Docx, RefusalReason.TypeMismatch)).Message,
            StringComparison.Ordinal);

    [Fact]
    public async Task SaveAsync_LargerThanTheLimit_IsRefusedWhileStreamingAndNothingIsKept() =>
        Assert.StartsWith(
            "The file is larger than 5 MB",
            (await RefusedAsync(LongText(9), ContractFileType.PlainText, RefusalReason.TooLarge, maxBytes: 5L * 1024 * 1024)).Message,
            StringComparison.Ordinal);

    [Fact]
    public Task SaveAsync_EncryptedPdf_IsRefusedAtUploadRatherThanAtRedaction() =>
        RefusedAsync(ContractPdf.Encrypted(), ContractFileType.Pdf, RefusalReason.Encrypted);

    [Fact]
    public Task SaveAsync_EmptyFile_IsRefused() => RefusedAsync([], ContractFileType.Docx, RefusalReason.Empty);

    [Fact]
    public async Task Copies_RedactedAndPublishedTwice_WriteOneCopyThatNeverChanges()
    {
        var originals = new ContractBlobContainer(await NewContainerAsync("originals"));
        var publishedContainer = await NewContainerAsync("redacted");
        var files = new ContractCopyFiles(originals, new ContractBlobContainer(publishedContainer), new Uri("https://notices.example.gov.uk/contract-copies/"));
        var upload = await new ContractOriginalStore(originals).SaveAsync(
            Procurement, "contract-copy", new MemoryStream(Encoding.UTF8.GetBytes("Contact jo.bloggs@greenbins.co.uk about the bins.\n")), ContractFileType.PlainText, "c.txt");
        var job = new RedactionJob(Procurement, "contract-copy", 1, upload, [new ChosenRedaction("jo.bloggs@greenbins.co.uk", WithholdingGround.PersonalData, RedactionSource.Suggestion)]);

        var first = Assert.IsType<RedactionSucceeded>(await files.RedactAsync(job, CancellationToken.None)).Copy;
        var again = Assert.IsType<RedactionSucceeded>(await files.RedactAsync(job, CancellationToken.None)).Copy;
        Assert.Equal((first.BlobName, first.Sha256, first.Size, 1), (again.BlobName, again.Sha256, again.Size, again.Passages));

        var published = await files.PublishAsync(new CopyPublicationJob(Procurement, "contract-copy", first, ContractFileFormat.PlainText), CancellationToken.None);
        await files.PublishAsync(new CopyPublicationJob(Procurement, "contract-copy", first with { BlobName = upload.BlobName }, ContractFileFormat.PlainText), CancellationToken.None);

        Assert.Equal("https://notices.example.gov.uk/contract-copies/p-0a1b2c3d4e/contract-copy.txt", published.Url);
        var download = await publishedContainer.GetBlobClient(published.Location).DownloadContentAsync();
        Assert.Equal("Contact [REDACTED: personal data] about the bins.\n", download.Value.Content.ToString());
    }

    [Fact]
    public async Task RedactAsync_NothingWithheld_CopiesTheContractAsSignedWithAStatementSayingSo()
    {
        var originals = new ContractBlobContainer(await NewContainerAsync("originals"));
        var files = new ContractCopyFiles(originals, new ContractBlobContainer(await NewContainerAsync("redacted")), new Uri("https://notices.example.gov.uk/contract-copies/"));
        var content = Encoding.UTF8.GetBytes("The Supplier shall collect household waste weekly.\n");
        var upload = await new ContractOriginalStore(originals).SaveAsync(Procurement, "contract-copy", new MemoryStream(content), ContractFileType.PlainText, "c.txt");

        var copy = Assert.IsType<RedactionSucceeded>(await files.RedactAsync(new RedactionJob(Procurement, "contract-copy", 1, upload, []), CancellationToken.None)).Copy;

        Assert.Equal((upload.Sha256, 0), (copy.Sha256, copy.Passages));
        Assert.Equal("No information has been withheld from this copy of the contract.", copy.Statement);
    }
}
