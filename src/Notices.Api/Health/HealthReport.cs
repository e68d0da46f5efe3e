namespace Notices.Api.Health;

/// <summary>What <c>/api/health</c> answers: each storage service's reachability and the work queues' depths.</summary>
internal sealed record HealthReport(
    string Status,
    IReadOnlyDictionary<string, ServiceHealth> Storage,
    IReadOnlyDictionary<string, long?> QueueDepths);

/// <param name="Status"><c>reachable</c> or <c>unreachable</c>.</param>
/// <param name="Milliseconds">How long the service took to answer.</param>
/// <param name="Error">Why it is unreachable; null when reachable.</param>
internal sealed record ServiceHealth(string Status, double Milliseconds, string? Error);
