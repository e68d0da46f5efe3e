using Microsoft.Extensions.Time.Testing;
using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Testing.InMemory;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Publishing;

/// <summary>The local register's numbers: one per notice and one ocid per procurement, under its own prefix, however often it is asked.</summary>
public sealed class LocalRegisterTests
{
    private static readonly ProcurementId Procurement = new("p-0a1b2c3d4e");

    private static PublicationRequest Tender(ProcurementId id, string noticeKey = "uk4-1") =>
        new(id, noticeKey, NoticeType.UK4, SampleContent.Valid(NoticeType.UK4), Ocid: null);

    [Fact]
    public async Task PublishAsync_FirstNotice_MintsAnOcidUnderTheLocalPrefixNeverFindATenders()
    {
        var register = new LocalRegister(new InMemoryNoticeBlobStore(), new InMemoryNoticeNumbering(), new FakeTimeProvider(TestClocks.DefaultStart));

        var receipt = await register.PublishAsync(Tender(Procurement), CancellationToken.None);

        Assert.Equal("ocds-local-000001", receipt.Ocid);
        Assert.True(ProcurementOcid.IsLocal(receipt.Ocid));
        Assert.DoesNotContain(ProcurementOcid.Prefix, receipt.Ocid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_RetriedAfterTheReleaseFailedToWrite_UsesNoSecondNumber()
    {
        var blobs = new FailingOnce(new InMemoryNoticeBlobStore());
        var register = new LocalRegister(blobs, new InMemoryNoticeNumbering(), new FakeTimeProvider(TestClocks.DefaultStart));

        await Assert.ThrowsAsync<IOException>(() => register.PublishAsync(Tender(Procurement), CancellationToken.None));
        var retried = await register.PublishAsync(Tender(Procurement), CancellationToken.None);
        var next = await register.PublishAsync(Tender(new ProcurementId("p-5f6e7d8c9b")), CancellationToken.None);

        Assert.StartsWith("000001-", retried.NoticeId, StringComparison.Ordinal);
        Assert.Equal("ocds-local-000001", retried.Ocid);
        Assert.StartsWith("000002-", next.NoticeId, StringComparison.Ordinal);
        Assert.Equal("ocds-local-000002", next.Ocid);
    }

    /// <summary>A notices container whose first write fails, as storage might between the numbers and the release.</summary>
    private sealed class FailingOnce(INoticeBlobStore inner) : INoticeBlobStore
    {
        private int writes;

        public Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref writes) == 1
                ? throw new IOException("Storage did not answer.")
                : inner.CreateAsync(name, json, cancellationToken);

        public Task<string?> ReadAsync(string name, CancellationToken cancellationToken) => inner.ReadAsync(name, cancellationToken);
    }
}
