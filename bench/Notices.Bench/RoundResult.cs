namespace Notices.Bench;

/// <summary>One round of procurements on one engine: how long, how many notices, the storage requests and processor time it took.</summary>
internal sealed record RoundResult(
    double Seconds, long Notices, long Requests, IReadOnlyDictionary<string, long> RequestsByKind, long Activities, TimeSpan ClientCpu, TimeSpan AzuriteCpu,
    IReadOnlyList<double> PublishMilliseconds)
{
    public double NoticesPerSecond => Notices / Seconds;
}
