using Notices.Bench;

return args.Length == 0
    ? await WorkflowBenchmark.RunAsync()
    : Unknown(args[0]);

static int Unknown(string name)
{
    Console.Error.WriteLine($"Unknown benchmark '{name}'. Run with no argument for the workflow benchmark.");
    return 2;
}
