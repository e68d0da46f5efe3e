using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Notices.Api;
using Notices.Web.Hosting;

namespace Notices.Web.Forms;

internal static class FormsExtensions
{
    /// <summary>The pages, found in this assembly whichever app hosts them, and the forms' settings.</summary>
    public static void AddForms(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(FormsExtensions).Assembly);
        services.AddOptions<AuthorityOptions>().BindConfiguration(AuthorityOptions.Section);
        services.AddOptions<FormsOptions>()
            .BindConfiguration(FormsOptions.Section)
            // The authority is set once, under Authority, for the forms and the API alike.
            .Configure<IOptions<AuthorityOptions>>((forms, authority) => (forms.BuyerId, forms.BuyerName) = (authority.Value.BuyerId, authority.Value.BuyerName))
            .Validate(o => o.PageSize is > 0 and <= 200, "Forms:PageSize must be from 1 to 200.")
            .ValidateOnStart();
        services.AddAntiforgery(options => options.Cookie.Name = "notice-functions-antiforgery");
    }

    public static void MapForms(this IEndpointRouteBuilder endpoints) => endpoints.MapRazorPages();

    /// <summary>GOV.UK Frontend's stylesheet, fonts and images under <c>/assets</c>.</summary>
    public static void UseGovukFrontendAssets(this IApplicationBuilder app)
    {
        var assets = GovukFrontendAssets.Locate();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(assets),
            RequestPath = "/assets",
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(assets, "assets")),
            RequestPath = "/assets",
        });
    }
}
