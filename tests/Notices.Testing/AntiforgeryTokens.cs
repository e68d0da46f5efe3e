using System.Net;
using System.Text.RegularExpressions;

namespace Notices.Testing;

/// <summary>The anti-forgery token a form page carries, for a client that posts the form as a browser would.</summary>
public static partial class AntiforgeryTokens
{
    public static string From(string page)
    {
        var match = TokenPattern().Match(page);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no anti-forgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
