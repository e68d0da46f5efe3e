using System.Text;
using Notices.Storage.Queues;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Queues;

public sealed class QueueClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<QueueClient> NewQueueAsync()
    {
        var queue = azurite.Account.GetQueue(UniqueName.Queue("work"));
        Assert.True(await queue.CreateIfNotExistsAsync());
        return queue;
    }

    [Fact]
    public async Task CreateIfNotExists_QueueExists_ReturnsFalse()
    {
        var queue = await NewQueueAsync();

        Assert.False(await queue.CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task SendThenReceive_Json_ArrivesOnceWithDequeueCountOneAndPopReceipt()
    {
        var queue = await NewQueueAsync();
        var sent = await queue.SendMessageAsync("{\"order\":42,\"note\":\"ünï\"}");

        var received = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30)));

        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal("{\"order\":42,\"note\":\"ünï\"}", received.BodyText);
        Assert.Equal(1, received.DequeueCount);
        Assert.False(string.IsNullOrEmpty(received.PopReceipt));
        Assert.Empty(await queue.ReceiveMessagesAsync());
    }

    [Fact]
    public async Task Send_BodyOnTheWire_IsBase64OfUtf8AsTheFunctionsHostReadsIt()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("{\"a\":\"é\"}");

        // Read the stored text with a bare request, past the client's decoding.
        var service = azurite.Account.QueueService;
        using var message = service.CreateMessage(Azure.Core.RequestMethod.Get, queue.Name + "/messages");
        message.Request.Uri.AppendQuery("peekonly", "true");
        var response = await service.SendExpectingAsync(message, "peek", 200, CancellationToken.None);

        Assert.Contains("<MessageText>" + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"a\":\"é\"}")) + "</MessageText>", response.Content.ToString(), StringComparison.Ordinal);
        var peeked = Assert.Single(await queue.PeekMessagesAsync());
        Assert.Equal("{\"a\":\"é\"}", peeked.BodyText);
        Assert.Equal(0, peeked.DequeueCount);
        Assert.Null(peeked.PopReceipt);
    }

    [Fact]
    public async Task Receive_AfterVisibilityTimeout_MessageReappearsWithDequeueCountRaised()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("retry me");
        var first = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(1)));
        Assert.Empty(await queue.ReceiveMessagesAsync());

        var again = await ReceiveWithinAsync(queue, TimeSpan.FromSeconds(10));

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.NotEqual(first.PopReceipt, again.PopReceipt);
    }

    [Fact]
    public async Task Send_WithVisibilityDelay_IsHiddenUntilTheDelayPasses()
    {
        var queue = await NewQueueAsync();
        var sent = await queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromSeconds(2));

        Assert.Empty(await queue.ReceiveMessagesAsync());
        Assert.True(sent.NextVisibleOn >= sent.InsertedOn.AddSeconds(2));
        var received = await ReceiveWithinAsync(queue, TimeSpan.FromSeconds(10));

        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.True(DateTimeOffset.UtcNow >= sent.InsertedOn.AddSeconds(2).AddMilliseconds(-500));
    }

    [Fact]
    public async Task Send_WithTimeToLive_ExpiresThen()
    {
        var queue = await NewQueueAsync();

        var sent = await queue.SendMessageAsync("short-lived", timeToLive: TimeSpan.FromHours(1));
        var forever = await queue.SendMessageAsync("kept", timeToLive: Timeout.InfiniteTimeSpan);

        Assert.Equal(sent.InsertedOn.AddHours(1), sent.ExpiresOn);
        Assert.Equal(9999, forever.ExpiresOn.Year);
    }

    [Fact]
    public async Task DeleteMessage_WithPopReceipt_RemovesItAndSecondDeleteReturnsFalse()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("done");
        var message = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(1)));

        Assert.True(await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt!));
        Assert.False(await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt!));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Empty(await queue.ReceiveMessagesAsync());
    }

    [Fact]
    public async Task UpdateMessage_NewBodyAndVisibility_OldPopReceiptIsRefused()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("v1");
        var message = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30)));

        var update = await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt!, TimeSpan.Zero, BinaryData.FromString("v2"));
        var error = await Assert.ThrowsAsync<StorageException>(() => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt!));

        Assert.Equal(400, error.Status);
        Assert.Equal("PopReceiptMismatch", error.ErrorCode);
        Assert.Contains("pop receipt", error.Message, StringComparison.Ordinal);
        var again = Assert.Single(await queue.ReceiveMessagesAsync());
        Assert.Equal("v2", again.BodyText);
        Assert.NotEqual(message.PopReceipt, update.PopReceipt);
    }

    [Fact]
    public async Task ApproximateCount_AfterThreeSends_IsThree()
    {
        var queue = await NewQueueAsync();
        for (var i = 0; i < 3; i++)
        {
            await queue.SendMessageAsync($"m{i}");
        }

        Assert.Equal(3, await queue.GetApproximateMessageCountAsync());
        await queue.ClearMessagesAsync();
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Receive_SeveralAtOnce_ReturnsUpToTheMaximum()
    {
        var queue = await NewQueueAsync();
        for (var i = 0; i < 5; i++)
        {
            await queue.SendMessageAsync($"m{i}");
        }

        var batch = await queue.ReceiveMessagesAsync(maxMessages: 4);

        Assert.Equal(4, batch.Count);
        Assert.Equal(4, batch.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Send_LargestAllowedBody_IsAccepted()
    {
        var queue = await NewQueueAsync();
        var body = new byte[QueueClient.MaxBodyBytes];
        Random.Shared.NextBytes(body);

        await queue.SendMessageAsync(new BinaryData(body));

        Assert.Equal(body, Assert.Single(await queue.ReceiveMessagesAsync()).Body.ToArray());
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var queue = await NewQueueAsync();

        Assert.True(await queue.DeleteAsync());
        Assert.False(await queue.DeleteAsync());
    }

    private static async Task<QueueMessage> ReceiveWithinAsync(QueueClient queue, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var messages = await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30));
            if (messages.Count > 0)
            {
                return Assert.Single(messages);
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No message became visible within {limit}.");
    }
}
