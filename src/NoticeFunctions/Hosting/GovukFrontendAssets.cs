using Notices.Azurite;

namespace NoticeFunctions.Hosting;

/// <summary>
/// Where GOV.UK Frontend's compiled CSS, fonts and images are: copied beside the app at build and
/// publish, or, when the build ran before <c>npm ci</c>, straight from the repository's node_modules.
/// </summary>
internal static class GovukFrontendAssets
{
    public const string StylesheetFile = "govuk-frontend.min.css";

    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "govuk-frontend");
        if (File.Exists(Path.Combine(beside, StylesheetFile)))
        {
            return beside;
        }

        var fromNodeModules = Path.Combine(RepositoryRoot.Find(), "node_modules", "govuk-frontend", "dist", "govuk");
        if (File.Exists(Path.Combine(fromNodeModules, StylesheetFile)))
        {
            return fromNodeModules;
        }

        throw new InvalidOperationException(
            "GOV.UK Frontend's assets were not found beside the app or in node_modules/govuk-frontend. " +
            "Run `npm ci` at the repository root, then build again.");
    }
}
