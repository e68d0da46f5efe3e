using Notices.Bench;

// One benchmark program: the first argument chooses what to measure.
return (args.Length > 0 ? args[0] : "") switch
{
    "redaction" => RedactionBenchmark.Run(),
    _ => 0,
};
