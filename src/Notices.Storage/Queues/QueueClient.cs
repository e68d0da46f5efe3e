using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Notices.Storage.Pipeline;

namespace Notices.Storage.Queues;

/// <summary>
/// One queue: create, send (with a visibility delay of up to 7 days and a time-to-live), receive,
/// delete, update, peek and count. Obtain it from <see cref="StorageAccount.GetQueue"/>.
/// </summary>
public sealed class QueueClient
{
    /// <summary>The longest visibility delay or timeout the service accepts: 7 days.</summary>
    public static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    /// <summary>The largest raw payload: 64 KiB once base64-encoded.</summary>
    public const int MaxBodyBytes = 48 * 1024;

    private readonly StorageServiceClient _service;
    private readonly string _messagesPath;

    internal QueueClient(StorageServiceClient service, string name)
    {
        _service = service;
        Name = name;
        _messagesPath = name + "/messages";
    }

    public string Name { get; }

    /// <summary>Creates the queue; returns false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Create queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Put, Name);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => true,
            204 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Deletes the queue and its messages; returns false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Delete queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Delete, Name);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Sends a UTF-8 text message.</summary>
    public Task<SendReceipt> SendMessageAsync(string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendMessageAsync(BinaryData.FromString(text), visibilityDelay, timeToLive, cancellationToken);
    }

    /// <summary>
    /// Sends a message, base64-encoded. <paramref name="visibilityDelay"/> (0 to 7 days) hides it until then;
    /// <paramref name="timeToLive"/> is how long it lives (default 7 days; <see cref="Timeout.InfiniteTimeSpan"/> for ever)
    /// and must exceed the delay.
    /// </summary>
    public async Task<SendReceipt> SendMessageAsync(BinaryData body, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.ToMemory().Length > MaxBodyBytes)
        {
            throw new ArgumentException($"The message body is {body.ToMemory().Length} bytes; a queue message may carry at most {MaxBodyBytes} bytes (64 KiB once base64-encoded). Put larger payloads in a blob and send its name.", nameof(body));
        }

        var delay = visibilityDelay ?? TimeSpan.Zero;
        CheckVisibility(delay, nameof(visibilityDelay), allowZero: true);
        long? ttlSeconds = null;
        if (timeToLive is { } ttl)
        {
            if (ttl == Timeout.InfiniteTimeSpan)
            {
                ttlSeconds = -1;
            }
            else if (ttl < TimeSpan.FromSeconds(1))
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "A message's time-to-live must be at least 1 second, or Timeout.InfiniteTimeSpan for no expiry.");
            }
            else
            {
                ttlSeconds = (long)Math.Ceiling(ttl.TotalSeconds);
                if (delay >= ttl)
                {
                    throw new ArgumentException($"The visibility delay ({delay}) must be shorter than the time-to-live ({ttl}), or the message would expire unseen.", nameof(visibilityDelay));
                }
            }
        }
        else if (delay >= MaxVisibility)
        {
            throw new ArgumentException("A visibility delay of 7 days needs a time-to-live longer than the default 7 days.", nameof(visibilityDelay));
        }

        var operation = $"Send message to queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Post, _messagesPath);
        if (delay > TimeSpan.Zero)
        {
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(delay), escapeValue: false);
        }

        if (ttlSeconds is { } seconds)
        {
            message.Request.Uri.AppendQuery("messagettl", seconds.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        }

        SetMessageBody(message.Request, body);
        var response = await _service.SendExpectingAsync(message, operation, 201, cancellationToken).ConfigureAwait(false);
        var sent = ReadMessages(response).FirstOrDefault()
            ?? throw new StorageException(response.Status, null, $"{operation}: the service did not describe the sent message.");
        return new SendReceipt(sent.MessageId, sent.PopReceipt!, sent.InsertedOn, sent.ExpiresOn, sent.NextVisibleOn ?? sent.InsertedOn);
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> (1 to 32) visible messages and hides them for
    /// <paramref name="visibilityTimeout"/> (1 second to 7 days; default 30 seconds). Each receive raises
    /// the dequeue count. An empty list means nothing is visible now.
    /// </summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        CheckCount(maxMessages);
        var operation = $"Receive messages from queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Get, _messagesPath);
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        if (visibilityTimeout is { } timeout)
        {
            CheckVisibility(timeout, nameof(visibilityTimeout), allowZero: false);
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(timeout), escapeValue: false);
        }

        var response = await _service.SendExpectingAsync(message, operation, 200, cancellationToken).ConfigureAwait(false);
        return ReadMessages(response);
    }

    /// <summary>Looks at up to 32 visible messages without hiding them or raising their dequeue count.</summary>
    public async Task<IReadOnlyList<QueueMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        CheckCount(maxMessages);
        var operation = $"Peek messages in queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Get, _messagesPath);
        message.Request.Uri.AppendQuery("peekonly", "true", escapeValue: false);
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        var response = await _service.SendExpectingAsync(message, operation, 200, cancellationToken).ConfigureAwait(false);
        return ReadMessages(response);
    }

    /// <summary>The approximate number of messages, visible or not: a health figure, not an exact count.</summary>
    public async Task<long> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Count messages in queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Head, Name);
        message.Request.Uri.AppendQuery("comp", "metadata", escapeValue: false);
        var response = await _service.SendExpectingAsync(message, operation, 200, cancellationToken).ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? long.Parse(count!, CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>Deletes a received message. Returns false when it was already gone; throws if the pop receipt is stale.</summary>
    public async Task<bool> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var operation = $"Delete message '{messageId}' from queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Delete, _messagesPath + "/" + Uri.EscapeDataString(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>
    /// Hides a received message for <paramref name="visibilityTimeout"/> (0 to 7 days) from now, optionally
    /// replacing its body. Returns the new pop receipt, which replaces the old one.
    /// </summary>
    public async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, BinaryData? body = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        CheckVisibility(visibilityTimeout, nameof(visibilityTimeout), allowZero: true);
        if (body is not null && body.ToMemory().Length > MaxBodyBytes)
        {
            throw new ArgumentException($"The message body is {body.ToMemory().Length} bytes; at most {MaxBodyBytes} are allowed.", nameof(body));
        }

        var operation = $"Update message '{messageId}' in queue '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Put, _messagesPath + "/" + Uri.EscapeDataString(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout), escapeValue: false);
        if (body is not null)
        {
            SetMessageBody(message.Request, body);
        }

        var response = await _service.SendExpectingAsync(message, operation, 204, cancellationToken).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt);
        response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible);
        return new UpdateReceipt(
            newReceipt ?? throw new StorageException(response.Status, null, $"{operation}: the service returned no pop receipt."),
            nextVisible is null ? DateTimeOffset.MinValue : ParseDate(nextVisible));
    }

    /// <summary>Removes every message.</summary>
    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _service.CreateMessage(RequestMethod.Delete, _messagesPath);
        await _service.SendExpectingAsync(message, $"Clear queue '{Name}'", 204, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckVisibility(TimeSpan value, string parameterName, bool allowZero)
    {
        if (value < (allowZero ? TimeSpan.Zero : TimeSpan.FromSeconds(1)) || value > MaxVisibility)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be from {(allowZero ? "0 seconds" : "1 second")} to 7 days; a longer wait needs a message re-sent when this one shows.");
        }
    }

    private static void CheckCount(int maxMessages)
    {
        if (maxMessages is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessages), maxMessages, "A queue returns 1 to 32 messages at a time.");
        }
    }

    private static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static void SetMessageBody(Request request, BinaryData body)
    {
        // Base64 text needs no XML escaping.
        var xml = "<QueueMessage><MessageText>" + Convert.ToBase64String(body.ToMemory().Span) + "</MessageText></QueueMessage>";
        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml));
    }

    private static List<QueueMessage> ReadMessages(Response response)
    {
        var result = new List<QueueMessage>();
        using var reader = XmlReader.Create(response.ContentStream!, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var document = XDocument.Load(reader);
        foreach (var element in document.Root?.Elements("QueueMessage") ?? [])
        {
            var fields = element.Elements().ToDictionary(static e => e.Name.LocalName, static e => e.Value, StringComparer.Ordinal);
            result.Add(ToMessage(fields));
        }

        return result;
    }

    private static QueueMessage ToMessage(Dictionary<string, string> fields)
    {
        var text = fields.GetValueOrDefault("MessageText");
        return new QueueMessage(
            fields.GetValueOrDefault("MessageId") ?? string.Empty,
            fields.GetValueOrDefault("PopReceipt"),
            fields.TryGetValue("DequeueCount", out var count) ? long.Parse(count, CultureInfo.InvariantCulture) : 0,
            ParseDate(fields.GetValueOrDefault("InsertionTime")),
            ParseDate(fields.GetValueOrDefault("ExpirationTime")),
            fields.TryGetValue("TimeNextVisible", out var next) ? ParseDate(next) : null,
            text is null ? BinaryData.Empty : Decode(text));
    }

    private static BinaryData Decode(string text)
    {
        // Messages written by other tools may be plain text; keep those as they are.
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written)
            ? new BinaryData(buffer.AsMemory(0, written))
            : BinaryData.FromString(text);
    }

    private static DateTimeOffset ParseDate(string? text) =>
        text is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
