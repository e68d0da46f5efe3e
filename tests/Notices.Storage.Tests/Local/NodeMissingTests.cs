using Notices.Azurite;
using Xunit;

namespace Notices.Storage.Tests.Local;

/// <summary>Changes PATH for the whole process, so it runs with no other test alongside.</summary>
[CollectionDefinition(nameof(ChangesProcessEnvironment), DisableParallelization = true)]
public sealed class ChangesProcessEnvironment;

[Collection(nameof(ChangesProcessEnvironment))]
public sealed class NodeMissingTests
{
    [Fact]
    public async Task StartAsync_NodeNotOnPath_SaysHowToInstallIt()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var empty = Directory.CreateTempSubdirectory("no-node-").FullName;
        try
        {
            Environment.SetEnvironmentVariable("PATH", empty);

            var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteProcess.StartAsync());

            Assert.Contains("Node.js", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install nodejs npm", error.Message, StringComparison.Ordinal);
            Assert.Contains("nodejs.org", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            Directory.Delete(empty);
        }
    }
}
