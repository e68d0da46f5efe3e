using Azure.Core;

namespace Notices.Storage;

/// <summary>
/// Pipeline options for a <see cref="StorageAccount"/>: Azure.Core's retry, diagnostics and transport
/// settings, plus the clock used for <c>x-ms-date</c>.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    public StorageClientOptions()
    {
        // Storage ids worth having in the log; Azure.Core redacts every header not listed.
        foreach (var header in new[] { "x-ms-request-id", "x-ms-client-request-id", "x-ms-error-code", "x-ms-version", "ETag", "x-ms-continuation-NextPartitionKey", "x-ms-continuation-NextRowKey" })
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }

        foreach (var parameter in new[] { "comp", "restype", "prefix", "maxresults", "numofmessages", "visibilitytimeout", "messagettl", "peekonly", "$top", "$select", "blockid" })
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>The clock that dates each request; a test can substitute its own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
