namespace Notices.Api;

/// <summary>
/// The contracting authority this deployment serves (setting section <c>Authority</c>): each authority runs its own
/// Function App, so the API registers, adopts and lists only its procurements and the forms register them as its.
/// Development has a default (appsettings.Development.json); elsewhere the deployment sets it.
/// </summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    /// <summary>The authority's identifier, such as GB-PPON-ABCD-1234-EFGH: the buyer of every procurement here.</summary>
    public string BuyerId { get; set; } = "";

    /// <summary>The authority's name, as its notices give it.</summary>
    public string BuyerName { get; set; } = "";

    public bool IsSet => !string.IsNullOrWhiteSpace(BuyerId) && !string.IsNullOrWhiteSpace(BuyerName);

    /// <summary>What is said wherever the authority is needed but not set.</summary>
    public const string NotSetText =
        "This deployment has no contracting authority set (the settings Authority:BuyerId and Authority:BuyerName), so it cannot register or list procurements; ask an administrator to set them.";
}
