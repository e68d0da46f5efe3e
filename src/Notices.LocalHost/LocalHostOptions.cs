namespace Notices.LocalHost;

/// <summary>What the local host starts beside the app.</summary>
internal sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    /// <summary>Start Azurite (data kept in <see cref="AzuriteDataFolder"/>) when the storage
    /// connection is the development storage account. Honoured in Development only.</summary>
    public bool StartAzurite { get; set; }

    /// <summary>Azurite's data folder, relative to the repository root.</summary>
    public string AzuriteDataFolder { get; set; } = ".azurite";
}
