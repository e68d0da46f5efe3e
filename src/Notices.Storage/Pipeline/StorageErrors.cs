using System.Text.Json;
using System.Xml;
using Azure;

namespace Notices.Storage.Pipeline;

/// <summary>Turns an error response into a <see cref="StorageException"/> a person can act on.</summary>
internal static class StorageErrors
{
    public static StorageException FromResponse(Response response, string operation)
    {
        var (code, serviceMessage) = ReadCodeAndMessage(response);
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        var message = $"{operation} failed: {Explain(response.Status, code, serviceMessage)} (HTTP {response.Status}{(code is null ? string.Empty : " " + code)}).";
        return new StorageException(response.Status, code, message) { RequestId = requestId };
    }

    /// <summary>The storage error code of a response: the x-ms-error-code header, else the body's code.</summary>
    public static string? ErrorCode(Response response) => ReadCodeAndMessage(response).Code;

    public static StorageException Unreachable(Uri endpoint, string operation, Exception cause) =>
        new(0, StorageException.UnreachableCode, $"{operation} failed: storage unreachable at {endpoint.GetLeftPart(UriPartial.Authority)}: {cause.Message} Is Azurite (or the storage account) running and reachable?", cause);

    internal static string Explain(int status, string? code, string? serviceMessage)
    {
        switch (code)
        {
            case "EntityAlreadyExists":
                return "entity already exists (same PartitionKey and RowKey)";
            case "BlobAlreadyExists":
                return "blob already exists and the upload was create-only";
            case "ContainerAlreadyExists" or "QueueAlreadyExists" or "TableAlreadyExists":
                return "it already exists";
            case "ConditionNotMet" or "UpdateConditionNotSatisfied":
                return "condition not met: it was changed since the ETag you hold was read; read it again and retry";
            case "PopReceiptMismatch":
                return "the pop receipt is out of date: the message was received or updated again since; use the newest pop receipt";
            case "MessageNotFound":
                return "message not found: it was already deleted, or its pop receipt expired";
            case "CommandsInBatchActOnDifferentPartitions":
                return "all actions in a transaction must share one PartitionKey";
            case "InvalidDuplicateRow":
                return "the transaction names the same entity more than once";
            case "RequestBodyTooLarge" or "MessageTooLarge":
                return "the message is too large: the encoded body may be at most 64 KiB";
            case "EntityTooLarge":
                return "the entity is larger than 1 MiB";
            case "PropertyValueTooLarge":
                return "a property value is larger than 64 KiB";
            case "TooManyProperties":
                return "the entity has more than 252 properties";
            case "TableBeingDeleted" or "ContainerBeingDeleted":
                return "it is still being deleted; wait and retry";
            case "AtomFormatNotSupported":
                return "the service needs a JSON Accept header";
            default:
                break;
        }

        return status switch
        {
            404 => "not found" + Detail(serviceMessage),
            409 => "conflict" + Detail(serviceMessage),
            412 => "condition not met" + Detail(serviceMessage),
            304 => "not modified",
            401 or 403 => "not authorised: check the account key, or the identity's role assignment (Storage Blob, Queue or Table Data Contributor)" + Detail(serviceMessage),
            400 => "the service refused the request as invalid" + Detail(serviceMessage),
            >= 500 => "the storage service failed; it was retried and did not recover" + Detail(serviceMessage),
            _ => "unexpected response" + Detail(serviceMessage),
        };
    }

    private static string Detail(string? serviceMessage) =>
        string.IsNullOrWhiteSpace(serviceMessage) ? string.Empty : ": " + serviceMessage;

    private static (string? Code, string? Message) ReadCodeAndMessage(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        string? message = null;
        try
        {
            var body = response.Content;
            if (body is not null && body.ToMemory().Length > 0)
            {
                var span = body.ToMemory().Span;
                if (span[0] == (byte)'{')
                {
                    using var json = JsonDocument.Parse(body.ToMemory());
                    if (json.RootElement.TryGetProperty("odata.error", out var error))
                    {
                        if (code is null && error.TryGetProperty("code", out var codeElement))
                        {
                            code = codeElement.GetString();
                        }

                        if (error.TryGetProperty("message", out var messageElement) && messageElement.TryGetProperty("value", out var value))
                        {
                            message = value.GetString();
                        }
                    }
                }
                else if (span[0] == (byte)'<' || span.IndexOf("<Error"u8) >= 0)
                {
                    var xml = new XmlDocument { XmlResolver = null };
                    using var reader = XmlReader.Create(body.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                    xml.Load(reader);
                    code ??= xml.DocumentElement?["Code"]?.InnerText;
                    message = xml.DocumentElement?["Message"]?.InnerText;
                }
            }
        }
        catch (Exception e) when (e is JsonException or XmlException or InvalidOperationException)
        {
            // An unreadable error body still leaves the status to report.
        }

        return (string.IsNullOrEmpty(code) ? null : code, FirstLine(message));
    }

    private static string? FirstLine(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
