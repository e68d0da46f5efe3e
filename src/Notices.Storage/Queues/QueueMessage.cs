namespace Notices.Storage.Queues;

/// <summary>
/// A received (or peeked) message. <see cref="Body"/> is the decoded payload: the client base64-encodes
/// on send, as the Functions host expects, and decodes on receive.
/// </summary>
public sealed record QueueMessage(
    string MessageId,
    string? PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    DateTimeOffset? NextVisibleOn,
    BinaryData Body)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Body.ToString();
}

/// <summary>What the service returns for a sent message: its id and first pop receipt.</summary>
public sealed record SendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn, DateTimeOffset NextVisibleOn);

/// <summary>What an update returns: the new pop receipt (the old one is void) and when the message shows again.</summary>
public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
