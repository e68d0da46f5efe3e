using Notices.Bench;

// One benchmark program: the first argument picks the benchmark.
switch (args.FirstOrDefault())
{
    case "storage":
        return await StorageBenchmark.RunAsync();
    case "notices":
        return NoticesBenchmark.Run();
    case "redaction":
        return RedactionBenchmark.Run();
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args.FirstOrDefault()}'. Choose one of: storage, notices, redaction.");
        return 2;
}
