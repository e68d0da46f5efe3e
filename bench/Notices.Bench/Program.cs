using Notices.Bench;

// One benchmark program: the first argument chooses what is measured.
return args.FirstOrDefault() switch
{
    "notices" => NoticesBenchmark.Run(),
    _ => 0,
};
