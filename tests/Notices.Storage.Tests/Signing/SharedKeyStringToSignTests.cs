using Notices.Storage.Pipeline;
using Xunit;

namespace Notices.Storage.Tests.Signing;

/// <summary>The documented examples from "Authorize with Shared Key", and the rules around them.</summary>
public sealed class SharedKeyStringToSignTests
{
    private const string Date = "Fri, 26 Jun 2015 23:39:12 GMT";

    private static KeyValuePair<string, string>[] DocumentedHeaders =>
        [new("x-ms-date", Date), new("x-ms-version", "2015-02-21")];

    [Fact]
    public void ForBlobOrQueue_DocumentedGetContainerMetadataExample_MatchesExactly()
    {
        var signed = SharedKeyStringToSign.ForBlobOrQueue("GET", "myaccount", "/mycontainer", "?restype=container&comp=metadata&timeout=20", DocumentedHeaders, contentLength: null);

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
            signed);
    }

    [Fact]
    public void ForBlobOrQueue_DocumentedZeroLengthPutExample_SignsContentLengthAsEmpty()
    {
        var signed = SharedKeyStringToSign.ForBlobOrQueue("PUT", "myaccount", "/mycontainer", "restype=container&timeout=30", DocumentedHeaders, contentLength: 0);

        Assert.Equal(
            "PUT\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\nrestype:container\ntimeout:30",
            signed);
    }

    [Fact]
    public void ForBlobOrQueue_DocumentedListBlobsExample_JoinsRepeatedParameterValuesSorted()
    {
        var signed = SharedKeyStringToSign.ForBlobOrQueue(
            "GET", "myaccount", "/mycontainer", "?restype=container&comp=list&include=snapshots&include=metadata&include=uncommittedblobs", DocumentedHeaders, null);

        Assert.EndsWith("\n/myaccount/mycontainer\ncomp:list\ninclude:metadata,snapshots,uncommittedblobs\nrestype:container", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBlobOrQueue_DocumentedBlobExample_HasNoQueryLines()
    {
        var signed = SharedKeyStringToSign.ForBlobOrQueue("GET", "myaccount", "/mycontainer/myblob", string.Empty, DocumentedHeaders, null);

        Assert.EndsWith("x-ms-version:2015-02-21\n/myaccount/mycontainer/myblob", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBlobOrQueue_BodyAndConditions_FillTheirOwnLines()
    {
        KeyValuePair<string, string>[] headers =
        [
            new("Content-Type", "application/pdf"),
            new("If-None-Match", "*"),
            new("If-Match", "\"0x8DC\""),
            new("x-ms-date", Date),
            new("Range", "bytes=0-3"),
            new("Content-MD5", "abc=="),
        ];

        var lines = SharedKeyStringToSign.ForBlobOrQueue("put", "a", "/c/b", string.Empty, headers, 17).Split('\n');

        Assert.Equal("PUT", lines[0]);
        Assert.Equal("17", lines[3]);
        Assert.Equal("abc==", lines[4]);
        Assert.Equal("application/pdf", lines[5]);
        Assert.Equal(string.Empty, lines[6]);
        Assert.Equal("\"0x8DC\"", lines[8]);
        Assert.Equal("*", lines[9]);
        Assert.Equal("bytes=0-3", lines[11]);
    }

    [Fact]
    public void ForBlobOrQueue_MsHeaders_AreLowerCasedSortedTrimmedAndCollapsed()
    {
        KeyValuePair<string, string>[] headers =
        [
            new("X-Ms-Version", "  2024-11-04  "),
            new("x-ms-meta-Kind", "signed   contract"),
            new("x-ms-date", "Mon,  1 Jan\t2026"),
            new("Authorization", "never signed"),
        ];

        var signed = SharedKeyStringToSign.ForBlobOrQueue("GET", "a", "/c", string.Empty, headers, null);

        Assert.Contains("\nx-ms-date:Mon, 1 Jan 2026\nx-ms-meta-kind:signed contract\nx-ms-version:2024-11-04\n/a/c", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("never signed", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBlobOrQueue_AzuritePathAndEncodedQuery_SignsPathAsSentAndQueryDecoded()
    {
        var signed = SharedKeyStringToSign.ForBlobOrQueue(
            "GET", "devstoreaccount1", "/devstoreaccount1/c/dir%20one/na%C3%AFve%2Bplus.txt", "?restype=container&comp=list&prefix=a%20b", DocumentedHeaders, null);

        Assert.EndsWith("\n/devstoreaccount1/devstoreaccount1/c/dir%20one/na%C3%AFve%2Bplus.txt\ncomp:list\nprefix:a b\nrestype:container", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTable_SharedKey_IsVerbMd5TypeDateAndResourceWithCompOnly()
    {
        var signed = SharedKeyStringToSign.ForTable(
            "GET", null, null, Date, "myaccount", "/mytable()", "?$filter=PartitionKey%20eq%20'p'&$top=5&comp=list");

        Assert.Equal("GET\n\n\nFri, 26 Jun 2015 23:39:12 GMT\n/myaccount/mytable()?comp=list", signed);
    }

    [Fact]
    public void ForTable_AzuriteEntityPath_KeepsAccountTwiceAndDropsQuery()
    {
        var signed = SharedKeyStringToSign.ForTable(
            "PUT", null, "application/json", Date, "devstoreaccount1", "/devstoreaccount1/mytable(PartitionKey='p1',RowKey='r1')", "?$select=A");

        Assert.Equal("PUT\n\napplication/json\nFri, 26 Jun 2015 23:39:12 GMT\n/devstoreaccount1/devstoreaccount1/mytable(PartitionKey='p1',RowKey='r1')", signed);
    }

    [Fact]
    public void ForTableLite_IsDateAndResource()
    {
        Assert.Equal("Fri, 26 Jun 2015 23:39:12 GMT\n/myaccount/Tables", SharedKeyStringToSign.ForTableLite(Date, "myaccount", "/Tables", string.Empty));
    }

    [Fact]
    public void Sign_DocumentedExampleWithDevelopmentKey_IsTheHmacSha256OfTheString()
    {
        var policy = new SharedKeyPolicy("myaccount", StorageConnectionString.DevelopmentAccountKey, StorageService.Blob);

        var signature = policy.Sign("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20");

        // Computed independently (Python's hmac module) from the same key and string.
        Assert.Equal("1u9lui2jDxj0+fpbHjQ5m5NnastJRSYM+PSmfi8TXx4=", signature);
    }
}
