namespace Notices.Web.Api;

/// <summary>Where the forms find the API: <c>Api:BaseUrl</c>, the Function App's address (its routes are under <c>/api</c>).</summary>
internal sealed class ApiClientOptions
{
    public const string Section = "Api";

    public Uri? BaseUrl { get; set; }
}
