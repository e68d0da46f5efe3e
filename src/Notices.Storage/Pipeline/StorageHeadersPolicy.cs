using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notices.Storage.Pipeline;

/// <summary>
/// Sets <c>x-ms-version</c> and a fresh <c>x-ms-date</c> on every attempt: Azure refuses a request
/// whose date is more than 15 minutes old, and a retry can come later than that.
/// </summary>
internal sealed class StorageHeadersPolicy(string apiVersion, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", apiVersion);
        message.Request.Headers.SetValue(
            "x-ms-date",
            timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
    }
}
