namespace Notices.Web.Forms;

/// <summary>
/// The forms' settings: the contracting authority this deployment serves (each authority runs its own
/// Function App, so the dashboard and registers show its procurements) and how long a page of a list is.
/// </summary>
internal sealed class FormsOptions
{
    public const string Section = "Forms";

    /// <summary>The authority's identifier, such as GB-PPON-ABCD-1234-EFGH: the buyer of every procurement registered here.</summary>
    public string BuyerId { get; set; } = "";

    /// <summary>The authority's name, as its notices give it.</summary>
    public string BuyerName { get; set; } = "";

    /// <summary>Rows per page on every list.</summary>
    public int PageSize { get; set; } = 20;
}
