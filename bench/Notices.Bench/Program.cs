using Notices.Bench;

// One benchmark program: the first argument picks the benchmark.
switch (args.FirstOrDefault())
{
    case "storage":
        return await StorageBenchmark.RunAsync();
    case "notices":
        return NoticesBenchmark.Run();
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args.FirstOrDefault()}'. Choose one of: storage, notices.");
        return 2;
}
