using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Notices.LocalHost;

/// <summary>
/// Where the local host listens, as a client on this machine reaches it: the forms call the API there over HTTP, as
/// the web app calls the Function App in Azure. Known only once the server is listening, so asked then.
/// </summary>
internal static class OwnAddress
{
    public static Uri Of(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP on loopback where there is a choice: the call never leaves the machine.
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The local host is not listening yet, so the forms cannot reach its API.");
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        return uri.Host is "0.0.0.0" or "[::]" ? new UriBuilder(uri) { Host = "localhost" }.Uri : uri;
    }
}
