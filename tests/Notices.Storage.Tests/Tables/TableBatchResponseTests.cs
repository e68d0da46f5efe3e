using System.Text;
using Notices.Storage.Tables;
using Xunit;

namespace Notices.Storage.Tests.Tables;

/// <summary>The multipart answers Azure and Azurite give, read without a live service.</summary>
public sealed class TableBatchResponseTests
{
    [Fact]
    public void ReadResponse_AllSucceeded_ReturnsETagsInOrder()
    {
        var body = """
            --batchresponse_1
            Content-Type: multipart/mixed; boundary=changesetresponse_2

            --changesetresponse_2
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 204 No Content
            ETag: W/"datetime'2026-11-22T02%3A28%3A08.1Z'"

            --changesetresponse_2
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 204 No Content

            --changesetresponse_2--
            --batchresponse_1--
            """.ReplaceLineEndings("\r\n");

        var outcome = TableBatch.ReadResponse(Encoding.UTF8.GetBytes(body), 2);

        Assert.Null(outcome.Failed);
        Assert.Equal(["W/\"datetime'2026-11-22T02%3A28%3A08.1Z'\"", null], outcome.ETags!);
    }

    [Fact]
    public void ReadResponse_AzuriteOver100Answer_WithStrayBoundaryLine_ReadsTheFailure()
    {
        var body = """
            --batchresponse_1
            Content-Type: multipart/mixed; boundary=changesetresponse_2

            --changesetresponse_2
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            changesetresponse_2
            HTTP/1.1 400 Bad Request
            Content-ID: 1
            Content-Type: application/json;odata=minimalmetadata;charset=utf-8

            {"odata.error":{"code":"InvalidInput","message":{"lang":"en-US","value":"0:The batch request operation exceeds the maximum 100 changes per change set.\nRequestId:x"}}}
            --changesetresponse_2--
            --batchresponse_1--
            """;

        var outcome = TableBatch.ReadResponse(Encoding.UTF8.GetBytes(body), 101);

        Assert.Equal(400, outcome.Status);
        Assert.Equal("InvalidInput", outcome.Failed!.Code);
        Assert.Equal(0, outcome.Failed.Index);
        Assert.Equal("The batch request operation exceeds the maximum 100 changes per change set.", outcome.Failed.Message);
    }

    [Fact]
    public void ReadResponse_FailureWithoutIndexInMessage_FallsBackToContentId()
    {
        var body = "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 412 Precondition Failed\r\nContent-ID: 3\r\n\r\n{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":\"The update condition specified in the request was not satisfied.\"}}}\r\n--b--";

        var outcome = TableBatch.ReadResponse(Encoding.UTF8.GetBytes(body), 3);

        Assert.Equal(412, outcome.Status);
        Assert.Equal(2, outcome.Failed!.Index);
    }

    [Fact]
    public void ReadResponse_FewerPartsThanActions_IsAFailure()
    {
        var body = "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n--b--";

        var outcome = TableBatch.ReadResponse(Encoding.UTF8.GetBytes(body), 2);

        Assert.NotNull(outcome.Failed);
    }
}
