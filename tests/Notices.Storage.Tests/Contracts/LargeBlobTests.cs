using System.Diagnostics;
using System.Security.Cryptography;
using Notices.Storage.Contracts;
using Notices.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Notices.Storage.Tests.Contracts;

/// <summary>Runs alone (no other test allocating alongside) so the memory it measures is its own.</summary>
[CollectionDefinition(nameof(MeasuresMemoryAlone), DisableParallelization = true)]
public sealed class MeasuresMemoryAlone;

[Collection(nameof(MeasuresMemoryAlone))]
public sealed class LargeBlobTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const long Size = 100L * 1024 * 1024;
    private const long MemoryAllowance = 64L * 1024 * 1024;

    [Fact]
    public async Task UploadThenDownload_100MiB_RoundTripsWithPeakMemoryUnder64MiBAboveBaseline()
    {
        var blobs = azurite.Storage.Blobs.GetBlobContainerClient(UniqueName.Container("large"));
        await blobs.CreateIfNotExistsAsync();
        var container = new ContractBlobContainer(blobs);
        using var source = new GeneratedStream(Size, seed: 20250603);

        using var sampler = MemorySampler.Start();
        Assert.True(await container.UploadAsync("contract.pdf", source, "application/pdf", createOnly: true, CancellationToken.None));
        byte[] downloadedHash;
        long downloadedLength = 0;
        await using (var download = await container.OpenReadAsync("contract.pdf", CancellationToken.None))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await download!.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                downloadedLength += read;
            }

            downloadedHash = hash.GetHashAndReset();
        }

        var (workingSetPeak, managedPeak) = sampler.Stop();
        output.WriteLine($"Peak rise above baseline: working set {workingSetPeak / 1024.0 / 1024:0.0} MiB, managed heap {managedPeak / 1024.0 / 1024:0.0} MiB.");

        Assert.Equal(Size, downloadedLength);
        Assert.Equal(source.Hash(), downloadedHash);
        Assert.True(workingSetPeak < MemoryAllowance, $"Working set rose {workingSetPeak / (1024 * 1024)} MiB above its baseline; the allowance is 64 MiB.");
        Assert.True(managedPeak < MemoryAllowance, $"The managed heap rose {managedPeak / (1024 * 1024)} MiB above its baseline; the allowance is 64 MiB.");
    }

    /// <summary>Deterministic pseudo-random bytes made as they are read, hashed on the way out; never held whole.</summary>
    private sealed class GeneratedStream(long length, ulong seed) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private ulong _state = seed;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => _hash.GetCurrentHash();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, length - _position);
            var span = buffer[..count];
            for (var i = 0; i < span.Length; i++)
            {
                // xorshift64: cheap, repeatable, and not compressible by accident.
                _state ^= _state << 13;
                _state ^= _state >> 7;
                _state ^= _state << 17;
                span[i] = (byte)_state;
            }

            _hash.AppendData(span);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Samples the process working set and the managed heap every few milliseconds against a baseline taken after a full collection.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly long _workingSetBaseline;
        private readonly long _managedBaseline;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _workingSetPeak;
        private long _managedPeak;

        private MemorySampler()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            _process.Refresh();
            _workingSetBaseline = _process.WorkingSet64;
            _managedBaseline = GC.GetTotalMemory(forceFullCollection: false);
            _workingSetPeak = _workingSetBaseline;
            _managedPeak = _managedBaseline;
            _thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        }

        public static MemorySampler Start()
        {
            var sampler = new MemorySampler();
            sampler._thread.Start();
            return sampler;
        }

        public (long WorkingSetRise, long ManagedRise) Stop()
        {
            _stop = true;
            _thread.Join();
            return (_workingSetPeak - _workingSetBaseline, _managedPeak - _managedBaseline);
        }

        public void Dispose()
        {
            _stop = true;
            _process.Dispose();
        }

        private void Sample()
        {
            while (!_stop)
            {
                _process.Refresh();
                _workingSetPeak = Math.Max(_workingSetPeak, _process.WorkingSet64);
                _managedPeak = Math.Max(_managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(5);
            }
        }
    }
}
