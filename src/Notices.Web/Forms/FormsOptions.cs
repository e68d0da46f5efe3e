namespace Notices.Web.Forms;

/// <summary>
/// The forms' settings: the contracting authority this deployment serves (each authority runs its own
/// Function App, so the dashboard and registers show its procurements), taken from the one Authority
/// setting the API uses too (see <see cref="Notices.Api.AuthorityOptions"/>), and how long a page of a list is.
/// </summary>
internal sealed class FormsOptions
{
    public const string Section = "Forms";

    /// <summary>The authority's identifier (Authority:BuyerId): the buyer of every procurement registered here.</summary>
    public string BuyerId { get; set; } = "";

    /// <summary>The authority's name (Authority:BuyerName), as its notices give it.</summary>
    public string BuyerName { get; set; } = "";

    /// <summary>Rows per page on every list.</summary>
    public int PageSize { get; set; } = 20;
}
