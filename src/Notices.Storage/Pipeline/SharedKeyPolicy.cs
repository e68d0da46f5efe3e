using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notices.Storage.Pipeline;

/// <summary>
/// Signs each attempt with the account key. It runs just before the transport, after every policy
/// that adds headers, so the signature covers exactly what is sent.
/// </summary>
internal sealed class SharedKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly string _accountName;
    private readonly byte[] _key;
    private readonly StorageService _service;

    public SharedKeyPolicy(string accountName, string accountKey, StorageService service)
    {
        _accountName = accountName;
        _key = Convert.FromBase64String(accountKey);
        _service = service;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var method = request.Method.Method;
        var path = request.Uri.Path;
        var query = request.Uri.Query;
        string stringToSign;
        if (_service == StorageService.Table)
        {
            request.Headers.TryGetValue("Content-MD5", out var contentMd5);
            request.Headers.TryGetValue("Content-Type", out var contentType);
            request.Headers.TryGetValue("x-ms-date", out var date);
            stringToSign = SharedKeyStringToSign.ForTable(method, contentMd5, contentType, date ?? string.Empty, _accountName, path, query);
        }
        else
        {
            long? length = request.Content is not null && request.Content.TryComputeLength(out var computed) ? computed : null;
            stringToSign = SharedKeyStringToSign.ForBlobOrQueue(
                method,
                _accountName,
                path,
                query,
                request.Headers.Select(static h => new KeyValuePair<string, string>(h.Name, h.Value)),
                length);
        }

        request.Headers.SetValue("Authorization", "SharedKey " + _accountName + ":" + Sign(stringToSign));
    }

    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));
}
