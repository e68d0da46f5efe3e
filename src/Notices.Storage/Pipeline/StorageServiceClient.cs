using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notices.Storage.Pipeline;

/// <summary>
/// One service endpoint of one account with its pipeline. The blob, queue and table clients share it,
/// so a process holds one pipeline (and, through Azure.Core's shared transport, one HttpClient) per service.
/// </summary>
internal sealed class StorageServiceClient
{
    private readonly HttpPipeline _pipeline;
    private readonly string _basePath;

    public StorageServiceClient(Uri endpoint, HttpPipeline pipeline, StorageService service)
    {
        Endpoint = endpoint;
        _pipeline = pipeline;
        Service = service;
        _basePath = endpoint.AbsolutePath.TrimEnd('/');
    }

    public Uri Endpoint { get; }

    public StorageService Service { get; }

    /// <summary>A request to <c>{endpoint}/{escapedPath}</c>; <paramref name="escapedPath"/> must already be percent-encoded.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string escapedPath)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        // Appended rather than assigned: setting Path after Reset leaves Reset's URI in use.
        request.Uri.AppendPath("/" + escapedPath, escape: false);
        return message;
    }

    /// <summary>The absolute URL of a path, as a sub-request of a table batch names it.</summary>
    public string AbsoluteUrl(string escapedPath) =>
        Endpoint.GetLeftPart(UriPartial.Authority) + _basePath + "/" + escapedPath;

    /// <summary>Sends the message; HTTP errors come back as the response, network failure as <see cref="StorageException"/>.</summary>
    public async Task<Response> SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message.Response;
        }
        catch (RequestFailedException e) when (e.Status == 0)
        {
            throw StorageErrors.Unreachable(Endpoint, operation, e);
        }
        catch (HttpRequestException e)
        {
            throw StorageErrors.Unreachable(Endpoint, operation, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Azure.Core's network timeout, not the caller's cancellation.
            throw StorageErrors.Unreachable(Endpoint, operation, e);
        }
        catch (AggregateException e) when (!cancellationToken.IsCancellationRequested && e.InnerExceptions.All(static x => x is RequestFailedException { Status: 0 } or HttpRequestException or TaskCanceledException))
        {
            // The retry policy aggregates the failure of every attempt.
            throw StorageErrors.Unreachable(Endpoint, operation, e.InnerExceptions[^1]);
        }
    }

    /// <summary>Sends and throws <see cref="StorageException"/> unless the status is one of <paramref name="expected"/>.</summary>
    public async Task<Response> SendExpectingAsync(HttpMessage message, string operation, int expected, CancellationToken cancellationToken)
    {
        var response = await SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        if (response.Status != expected)
        {
            throw StorageErrors.FromResponse(response, operation);
        }

        return response;
    }
}
