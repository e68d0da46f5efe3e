namespace NoticeFunctions.Triggers;

/// <summary>The functions the Functions host knows this app by. A non-HTTP function is invoked at
/// <c>/{name}</c> on the handler; the folder holding its function.json carries the same name.</summary>
internal static class FunctionNames
{
    public const string Web = "web";
    public const string ProcessWork = "ProcessWork";
    public const string Sweep = "Sweep";

    /// <summary>Every minute, on the second 0 (NCRONTAB, six fields, UTC).</summary>
    public const string SweepSchedule = "0 */1 * * * *";

    /// <summary>The queue and blob bindings read their account from these settings.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The binding names, as they key <c>Data</c> in an invocation.</summary>
    public const string QueueBinding = "msg";
    public const string TimerBinding = "timer";
}
