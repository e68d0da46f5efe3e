namespace Notices.Storage;

/// <summary>
/// The one exception every storage operation throws: the HTTP status (0 when storage could not be
/// reached), the storage error code, and a message a person can act on.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageException(int status, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>HTTP status of the failed request; 0 when no response arrived.</summary>
    public int Status { get; }

    /// <summary>Storage error code such as <c>EntityAlreadyExists</c>; null when the service gave none.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's request id, for support cases.</summary>
    public string? RequestId { get; init; }

    /// <summary>For a failed entity group transaction: the 0-based index of the action that failed.</summary>
    public int? FailedActionIndex { get; init; }

    /// <summary>The thing already exists (409): a create-only write found it there.</summary>
    public bool IsConflict => Status == 409;

    /// <summary>An If-Match (or similar) condition did not hold (412): someone else changed it first.</summary>
    public bool IsPreconditionFailed => Status == 412;

    public bool IsNotFound => Status == 404;

    /// <summary>No response: the endpoint did not answer, even after retries.</summary>
    public bool IsUnreachable => Status == 0 && ErrorCode == UnreachableCode;

    internal const string UnreachableCode = "StorageUnreachable";
}
