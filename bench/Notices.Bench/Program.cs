using Notices.Bench;

// One benchmark program: the first argument picks the benchmark.
switch (args.FirstOrDefault())
{
    case "storage":
        return await StorageBenchmark.RunAsync();
    case "deadlines":
        return DeadlineBenchmark.Run();
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args.FirstOrDefault()}'. Choose one of: storage, deadlines.");
        return 2;
}
