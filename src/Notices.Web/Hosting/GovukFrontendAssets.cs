namespace Notices.Web.Hosting;

/// <summary>Where GOV.UK Frontend's compiled CSS, fonts and images are: copied beside the app at build and publish.</summary>
internal static class GovukFrontendAssets
{
    public const string StylesheetFile = "govuk-frontend.min.css";

    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "govuk-frontend");
        return File.Exists(Path.Combine(beside, StylesheetFile))
            ? beside
            : throw new InvalidOperationException(
                "GOV.UK Frontend's assets were not found beside the app. Run `npm ci` at the repository root, then build again.");
    }
}
