// One benchmark program; the first argument picks the benchmark.
return args.FirstOrDefault() switch
{
    "deadlines" => Notices.Bench.DeadlineBenchmark.Run(),
    var other => Unknown(other),
};

static int Unknown(string? name)
{
    Console.Error.WriteLine($"No benchmark called '{name}'. Try: deadlines.");
    return 2;
}
