using Notices.Bench;

// One benchmark program: the first argument picks the benchmark.
switch (args.FirstOrDefault())
{
    case "storage":
        return await StorageBenchmark.RunAsync();
    case "redaction":
        return RedactionBenchmark.Run();
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args.FirstOrDefault()}'. Choose one of: storage, redaction.");
        return 2;
}
