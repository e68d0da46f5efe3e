using NoticeFunctions.Triggers;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>The envelope payloads the Functions host sends a custom handler, as the reference gives them.</summary>
public sealed class InvocationRequestTests
{
    private const string QueueMetadata = """
        "Metadata": {
          "DequeueCount": 3, "ExpirationTime": "2025-06-10T09:00:00+00:00", "Id": "b1c3e7d0-4f0a-4a53-9d0e-6f3b2f1d4a10",
          "InsertionTime": "2025-06-03T09:00:00+00:00", "NextVisibleTime": "2025-06-03T09:00:30+00:00", "PopReceipt": "AgAAAAMAAAAAAAAA",
          "sys": { "MethodName": "ProcessWork", "UtcNow": "2025-06-03T09:00:00Z", "RandGuid": "0b6f2f1e-8c5e-4d5c-9a1b-2f0b7c3d4e5f" }
        }
        """;

    [Fact]
    public void QueueMessage_SentAsObject_IsTheObjectsJson()
    {
        var request = InvocationRequest.Parse($$"""{ "Data": { "msg": { "procurementId": "p-1", "n": 2 } }, {{QueueMetadata}} }""");

        Assert.Equal("""{ "procurementId": "p-1", "n": 2 }""", request.QueueMessage("msg"));
        Assert.Equal(3, request.DequeueCount());
    }

    [Fact]
    public void QueueMessage_SentAsString_IsTheString()
    {
        var request = InvocationRequest.Parse($$"""{ "Data": { "msg": "hello work" }, {{QueueMetadata}} }""");

        Assert.Equal("hello work", request.QueueMessage("msg"));
    }

    [Fact]
    public void QueueMessage_StringEncodedTwice_IsTheInnerString()
    {
        var request = InvocationRequest.Parse($$"""{ "Data": { "msg": "\"{\\\"procurementId\\\":\\\"p-1\\\"}\"" }, {{QueueMetadata}} }""");

        Assert.Equal("""{"procurementId":"p-1"}""", request.QueueMessage("msg"));
    }

    [Fact]
    public void DequeueCount_SentAsString_IsRead()
    {
        var request = InvocationRequest.Parse("""{ "Data": { "msg": "x" }, "Metadata": { "DequeueCount": "5" } }""");

        Assert.Equal(5, request.DequeueCount());
    }

    [Fact]
    public void DequeueCount_Missing_IsRefusedNamingTheField()
    {
        var request = InvocationRequest.Parse("""{ "Data": { "msg": "x" }, "Metadata": {} }""");

        var error = Assert.Throws<InvalidInvocationException>(() => request.DequeueCount());
        Assert.Contains("DequeueCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoDataObject_IsRefused()
    {
        Assert.Throws<InvalidInvocationException>(() => InvocationRequest.Parse("""{ "Metadata": {} }"""));
        Assert.Throws<InvalidInvocationException>(() => InvocationRequest.Parse("""[1, 2]"""));
    }

    [Fact]
    public void QueueMessage_OtherBinding_IsRefusedNamingIt()
    {
        var request = InvocationRequest.Parse("""{ "Data": { "other": "x" }, "Metadata": { "DequeueCount": 1 } }""");

        var error = Assert.Throws<InvalidInvocationException>(() => request.QueueMessage("msg"));
        Assert.Contains("Data.msg", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}""", false)]
    [InlineData("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2025-06-03T08:59:00+00:00","Next":"2025-06-03T09:00:00+00:00","LastUpdated":"2025-06-03T08:59:00+00:00"},"IsPastDue":true}""", true)]
    public void TimerIsPastDue_TimerPayloadAsCaptured_IsRead(string timer, bool pastDue)
    {
        var request = InvocationRequest.Parse($$"""{ "Data": { "timer": {{timer}} }, "Metadata": { "sys": { "MethodName": "Sweep" } } }""");

        Assert.Equal(pastDue, request.TimerIsPastDue("timer"));
    }
}
