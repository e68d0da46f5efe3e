namespace NoticeFunctions.Triggers;

/// <summary>The functions the Functions host knows this app by. A non-HTTP function is invoked at
/// <c>/{name}</c> on the handler; the folder holding its function.json carries the same name.</summary>
internal static class FunctionNames
{
    /// <summary>The JSON API and health: public paths <c>/api/...</c>, proxied as they are.</summary>
    public const string Api = "api";

    /// <summary>The forms: public paths <c>/app/...</c>, proxied as they are; the app serves them under that path base.</summary>
    public const string Web = "web";

    public const string ProcessWork = "ProcessWork";
    public const string Sweep = "Sweep";

    /// <summary>
    /// The first segment of every public path, one HTTP function each. host.json's routePrefix is
    /// empty and no HTTP route matches <c>/{name}</c> of a queue or timer function, so those stay
    /// reachable only by the host on the handler's loopback port.
    /// </summary>
    public const string ApiRoutePrefix = "api";
    public const string WebRoutePrefix = "app";

    /// <summary>Every minute, on the second 0 (NCRONTAB, six fields, UTC).</summary>
    public const string SweepSchedule = "0 */1 * * * *";

    /// <summary>The queue and blob bindings read their account from these settings.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The binding names, as they key <c>Data</c> in an invocation.</summary>
    public const string QueueBinding = "msg";
    public const string TimerBinding = "timer";
}
