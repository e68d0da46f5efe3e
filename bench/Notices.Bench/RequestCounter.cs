using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notices.Bench;

/// <summary>Counts every storage request sent, retries included, in total and by kind (service, verb and shape).</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, (long Requests, long Bytes)> byKind = new(StringComparer.Ordinal);
    private long count;

    public long Count => Interlocked.Read(ref count);

    /// <summary>Requests and request-body bytes sent so far, by kind.</summary>
    public IReadOnlyDictionary<string, (long Requests, long Bytes)> Snapshot() => new Dictionary<string, (long, long)>(byKind, StringComparer.Ordinal);

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref count);
        var bytes = message.Request.Content is { } content && content.TryComputeLength(out var length) ? length : 0;
        byKind.AddOrUpdate(Kind(message.Request), (1, bytes), (_, n) => (n.Requests + 1, n.Bytes + bytes));
    }

    /// <summary>A short name for the request: "table batch", "table upsert", "queue put", "blob put"...</summary>
    public static string Kind(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Uri.Path;
        var method = request.Method.Method;
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "table batch";
        }

        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            return method switch
            {
                "POST" => "queue put",
                "GET" => "queue get",
                "DELETE" => "queue delete",
                "PUT" => "queue update",
                _ => "queue " + method,
            };
        }

        if (path.Contains('(', StringComparison.Ordinal))
        {
            var keyed = path.Contains("PartitionKey=", StringComparison.Ordinal);
            return (method, keyed) switch
            {
                ("GET", true) => "table get",
                ("GET", false) => "table query",
                ("PUT", _) => "table upsert/update",
                ("MERGE" or "PATCH", _) => "table merge",
                ("DELETE", _) => "table delete",
                _ => "table " + method,
            };
        }

        return method switch
        {
            "POST" when request.Uri.Query.Length == 0 => "table insert",
            "PUT" when request.Uri.Query.Contains("comp=lease", StringComparison.Ordinal) => "blob lease",
            "PUT" => "blob put",
            "GET" => "blob get",
            _ => "other " + method,
        };
    }
}
