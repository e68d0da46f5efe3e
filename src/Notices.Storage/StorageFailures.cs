using Azure;

namespace Notices.Storage;

/// <summary>The storage answers the adapters and the app act on, named once so each catch says what it means.</summary>
public static class StorageFailures
{
    /// <summary>A create-only write found the thing there already (409), or a condition such as If-None-Match or If-Match failed (412).</summary>
    public static bool IsAlreadyThereOrChanged(this RequestFailedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Status is 409 or 412;
    }

    public static bool IsNotFound(this RequestFailedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Status == 404;
    }

    /// <summary>
    /// Storage refused or could not be reached. The SDK reports a request that failed on every retry as an
    /// <see cref="AggregateException"/> of each try's <see cref="RequestFailedException"/>, so both count.
    /// </summary>
    public static bool IsStorageFailure(this Exception e) =>
        e is RequestFailedException
        || (e is AggregateException aggregate && aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => inner is RequestFailedException));
}
