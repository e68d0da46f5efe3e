namespace NoticeFunctions.Triggers;

/// <summary>The functions the Functions host knows this app by; the folder holding each function.json carries the same name.</summary>
internal static class FunctionNames
{
    /// <summary>The JSON API and health: public paths <c>/api/...</c>, proxied as they are.</summary>
    public const string Api = "api";

    /// <summary>The forms: public paths <c>/app/...</c>, proxied as they are; the app serves them under that path base.</summary>
    public const string Web = "web";

    /// <summary>The first segment of every public path, one HTTP function each; host.json's routePrefix is empty.</summary>
    public const string ApiRoutePrefix = "api";
    public const string WebRoutePrefix = "app";
}
