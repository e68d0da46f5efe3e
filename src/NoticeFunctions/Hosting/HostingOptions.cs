namespace NoticeFunctions.Hosting;

/// <summary>How the app is hosted: on its own (with the in-process trigger loop and, in
/// Development, its own Azurite) or as a custom handler under the Functions host.</summary>
internal sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>The port the Functions host gives its custom handler. When set, the app listens on
    /// 127.0.0.1 at that port, where the host proxies the public HTTP requests.</summary>
    public int? CustomHandlerPort { get; set; }

    /// <summary>Start Azurite (data kept in <see cref="AzuriteDataFolder"/>) when the storage
    /// connection is the development storage account. Honoured in Development only.</summary>
    public bool StartAzurite { get; set; }

    /// <summary>Azurite's data folder, relative to the repository root.</summary>
    public string AzuriteDataFolder { get; set; } = ".azurite";

    public bool IsCustomHandler => CustomHandlerPort is not null;
}
