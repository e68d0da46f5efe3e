using Notices.Bench;

// One benchmark program: the first argument picks the benchmark; none runs the lifecycle on the Durable engine against the bare engine.
switch (args.FirstOrDefault())
{
    case null:
        return await LifecycleBenchmark.RunAsync();
    case "storage":
        return await StorageBenchmark.RunAsync();
    case "request-costs":
        return await RequestCostBenchmark.RunAsync();
    case "notices":
        return NoticesBenchmark.Run();
    case "redaction":
        return RedactionBenchmark.Run();
    case "deadlines":
        return DeadlineBenchmark.Run();
    case "pages":
        return await PagesBenchmark.RunAsync();
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args.FirstOrDefault()}'. Run with no argument for the workflow, or one of: storage, request-costs, notices, redaction, deadlines, pages.");
        return 2;
}
