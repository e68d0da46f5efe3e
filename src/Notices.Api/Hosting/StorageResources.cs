namespace Notices.Api.Hosting;

/// <summary>The storage the app itself owns (the workflow's tables, queues and containers are created by the workflow's stores).</summary>
internal static class StorageResources
{
    /// <summary>ASP.NET Data Protection keys, shared by every instance so forms and cookies survive scale-out.</summary>
    public const string DataProtectionKeys = "dataprotection-keys";
}
